"""LeadEditorDialog: edit one lead (or create one) with its gates, people, activities and history.

Construct with ``LeadEditorDialog(runner, db, actor, lead_id | None, parent)`` and call
``open()``; the caller owns it (``WA_DeleteOnClose`` is fine).

Signals:
- ``lead_saved(LeadRecord)``: the lead's fields were saved (or the lead was created).
- ``leads_changed(set[int])``: anything about the lead changed (save, tick, approval,
  participant, activity, automatic move); views refresh just these ids.

Saving sends only the edited fields with ``expected_version``; when someone else saved
in between, the core refuses (``StaleEdit``) and ``ConflictDialog`` shows both versions:
nothing is ever overwritten silently. Changes the user makes through the other tabs
(ticks, activities) advance the version too; the dialog rebases its edits on them.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTabWidget, QVBoxLayout, QWidget

from funneldesk.domain.errors import StaleEdit
from funneldesk.domain.records import LeadRecord, MoveResult, UserRecord
from funneldesk.services import catalog, leads
from funneldesk.services.undo import UndoStack
from ui.editor.checklist import GateChecklistPanel
from ui.editor.conflict import Choice, ConflictDialog
from ui.editor.engagement import ActivitiesPanel, ParticipantsPanel
from ui.editor.fields import LeadFieldsForm, values_of
from ui.editor.timeline import HistoryPanel
from ui.models_util import Db, error_text, run_for
from ui.screen import scrolled, within_screen
from ui.tasks import TaskRunner


class LeadEditorDialog(QDialog):
    """Every field of a lead plus its live checklist, people, activities and history."""

    lead_saved = Signal(object)
    leads_changed = Signal(object)
    undo_recorded = Signal()

    def __init__(self, runner: TaskRunner, db: Db, actor: UserRecord, lead_id: int | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner, self._db, self._actor = runner, db, actor
        self.lead_id = lead_id
        self.record: LeadRecord | None = None
        self.conflict: ConflictDialog | None = None
        self._pending: dict[str, Any] = {}
        self.form = LeadFieldsForm(self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(scrolled(self.form), self.tr("Details"))  # scrolls on a small screen
        self.checklist: GateChecklistPanel | None = None
        self.participants: ParticipantsPanel | None = None
        self.activities: ActivitiesPanel | None = None
        self.history: HistoryPanel | None = None
        self._undo_stack: UndoStack | None = None
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Close, self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setWindowTitle(self.tr("New lead") if lead_id is None else self.tr("Lead"))
        self.resize(within_screen(parent, QSize(720, 640)))
        self._load_names()
        if lead_id is not None:
            self._add_panels(lead_id)
            self.reload()

    def _load_names(self) -> None:
        db, actor = self._db, self._actor
        run_for(self, self._runner, lambda: ([n for _i, n in catalog.list_names(db, actor, "channel")],
                                  [n for _i, n in catalog.list_names(db, actor, "persona")]),
                         lambda names: self.form.set_names(*names), self._on_error)

    def set_undo_stack(self, stack: UndoStack) -> None:
        """Make ticks and approvals in the live checklist undo steps (announced by undo_recorded)."""
        self._undo_stack = stack
        if self.checklist is not None:
            self.checklist.undo_stack = stack

    def _add_panels(self, lead_id: int) -> None:
        args = (self._runner, self._db, self._actor, lead_id, self)
        self.checklist = GateChecklistPanel(*args)
        self.checklist.undo_stack = self._undo_stack
        self.checklist.undo_recorded.connect(self.undo_recorded)
        self.checklist.lead_changed.connect(self._on_checklist_changed)
        participants, activities = ParticipantsPanel(*args), ActivitiesPanel(*args)
        participants.lead_changed.connect(self._on_side_change)
        activities.lead_changed.connect(self._on_side_change)
        self.participants, self.activities = participants, activities
        self.history = HistoryPanel(*args)
        for panel, title in ((self.checklist, self.tr("Exit criteria")),
                             (participants, self.tr("Participants")),
                             (activities, self.tr("Activities")),
                             (self.history, self.tr("History"))):
            self.tabs.addTab(panel, title)

    def reload(self) -> None:
        """Re-read the lead and every panel, dropping unsaved edits."""
        assert self.lead_id is not None
        db, actor, lead_id = self._db, self._actor, self.lead_id
        run_for(self, self._runner, lambda: leads.get_lead(db, actor, lead_id), self._show, self._on_error)
        self._reload_panels()

    def _reload_panels(self) -> None:
        for panel in (self.checklist, self.participants, self.activities, self.history):
            if panel is not None:
                panel.reload()

    def _show(self, record: LeadRecord) -> None:
        self.record = record
        self.form.set_values(values_of(record))
        self.setWindowTitle(self.tr("Lead — {0}").format(record.title))

    def _rebase(self, record: LeadRecord) -> None:
        """Adopt a newer version of the lead but keep the user's unsaved edits on top."""
        edits = self.form.changes_from(self.record) if self.record else {}
        self._show(record)
        self.form.set_values(edits)

    # -- saving ----------------------------------------------------------------------------
    def save(self) -> None:
        """Save the edited fields (or create the lead); conflicts open the comparison."""
        db, actor = self._db, self._actor
        if self.lead_id is None:
            fields = {k: v for k, v in self.form.values().items() if v not in (None, "")}
            run_for(self, self._runner, lambda: leads.create_lead(db, actor, fields), self._on_created,
                             self._on_error)
            return
        assert self.record is not None
        changes, lead_id, version = self.form.changes_from(self.record), self.lead_id, self.record.version
        if not changes:
            self.message.setText(self.tr("Nothing to save."))
            return
        self._pending = changes
        run_for(self, self._runner,
                lambda: leads.update_lead(db, actor, lead_id, changes, expected_version=version),
                         self._on_saved, self._on_save_error)

    def _on_created(self, record: LeadRecord) -> None:
        self.lead_id = record.id
        self._add_panels(record.id)
        self._reload_panels()
        self._on_saved(record)

    def _on_saved(self, record: LeadRecord) -> None:
        self._show(record)
        self.message.setText(self.tr("Saved."))
        self.lead_saved.emit(record)
        self.leads_changed.emit({record.id})
        if self.history is not None:
            self.history.reload()
        if self.checklist is not None:
            self.checklist.reload()

    def _on_save_error(self, exc: Exception) -> None:
        if isinstance(exc, StaleEdit) and isinstance(exc.current, LeadRecord):
            self._show_conflict(exc.current)
        else:
            self._on_error(exc)

    def _show_conflict(self, theirs: LeadRecord) -> None:
        self.message.setText(self.tr("Not saved: someone else changed this lead meanwhile."))
        self.conflict = ConflictDialog(self.form.values(), set(self._pending), theirs, self)
        self.conflict.finished.connect(lambda _code: self._on_conflict_decided(theirs))
        self.conflict.open()

    def _on_conflict_decided(self, theirs: LeadRecord) -> None:
        assert self.conflict is not None
        if self.conflict.choice == Choice.TAKE_THEIRS:
            self._show(theirs)
            self.message.setText(self.tr("Reloaded their version; your edits were dropped."))
        else:
            self._rebase(theirs)
            self.message.setText(self.tr("Your edits are kept; saving now replaces their values "
                                         "for the fields you changed."))
        self.leads_changed.emit({theirs.id})
        self._reload_panels()

    # -- changes made through the other tabs -----------------------------------------------
    def _on_checklist_changed(self, result: MoveResult) -> None:
        self._rebase(result.lead)
        self.leads_changed.emit({result.lead.id})
        if self.history is not None:
            self.history.reload()

    def _on_side_change(self) -> None:
        assert self.lead_id is not None
        db, actor, lead_id = self._db, self._actor, self.lead_id
        run_for(self, self._runner, lambda: leads.get_lead(db, actor, lead_id),
                self._on_side_record, self._on_error)

    def _on_side_record(self, record: LeadRecord) -> None:
        self._rebase(record)
        self.leads_changed.emit({record.id})
        if self.checklist is not None:
            self.checklist.reload()
        if self.history is not None:
            self.history.reload()

    def _on_error(self, exc: Exception) -> None:
        self.message.setText(error_text(exc))
