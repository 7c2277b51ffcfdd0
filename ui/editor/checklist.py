"""The current stage's exit criteria as a live checklist: model and panel.

``GateChecklistModel`` holds ``CriterionStatus`` records from ``moves.gate_status``;
checklist items are user-checkable, and a check toggled in the view is not applied
locally: the model emits ``tick_requested(criterion_id, ticked)`` and the panel asks
the core (``moves.set_tick``), then reloads the statuses, so what is shown is what the
core decided. Approval items get an Approve button when ``moves.may_approve`` says so.
Both live on the GUI thread; the panel is owned by the editor dialog.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from funneldesk.domain.records import CriterionStatus, MoveResult, UserRecord
from funneldesk.services import engagement, moves
from funneldesk.services.engagement import ParticipantRecord
from funneldesk.services.undo import UndoStack
from ui.models_util import Db, Roles, error_text, run_for
from ui.tasks import TaskRunner

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class GateChecklistModel(QAbstractListModel):
    """One row per exit criterion of the lead's current stage."""

    tick_requested = Signal(int, bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[CriterionStatus] = []

    def set_statuses(self, statuses: list[CriterionStatus]) -> None:
        """Show a new set of statuses (same criteria: rows update in place)."""
        same = [s.criterion.id for s in statuses] == [s.criterion.id for s in self._items]
        if same and statuses:
            self._items = list(statuses)
            self.dataChanged.emit(self.index(0), self.index(len(statuses) - 1))
            return
        self.beginResetModel()
        self._items = list(statuses)
        self.endResetModel()

    def status_at(self, row: int) -> CriterionStatus:
        """Return the status shown in a row."""
        return self._items[row]

    def rowCount(self, parent: Index = _ROOT) -> int:
        """Return the number of criteria."""
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Return a criterion's words, met state or id."""
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            mark = "✓" if item.met else ("–" if not item.applies else "✗")
            return f"{mark} {item.criterion.label or item.text}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.text
        if role == Qt.ItemDataRole.CheckStateRole and item.criterion.kind == "checklist":
            return Qt.CheckState.Checked if item.met else Qt.CheckState.Unchecked
        if role in (Roles.ID, Roles.SORT):
            return item.criterion.id if role == Roles.ID else item.criterion.position
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Checklist items are checkable; other criteria only show their state."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._items[index.row()].criterion.kind == "checklist":
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Ask the core to tick or untick a checklist item (shown once it answers)."""
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        item = self._items[index.row()]
        if item.criterion.kind != "checklist":
            return False
        ticked = Qt.CheckState(value) == Qt.CheckState.Checked
        self.tick_requested.emit(item.criterion.id, ticked)
        return True


class GateChecklistPanel(QWidget):
    """The live checklist with approve buttons; emits ``lead_changed(MoveResult)`` after a change."""

    lead_changed = Signal(object)
    undo_recorded = Signal()

    def __init__(self, runner: TaskRunner, db: Db, actor: UserRecord, lead_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner, self._db, self._actor, self._lead_id = runner, db, actor, lead_id
        self.undo_stack: UndoStack | None = None  # when set, ticks and approvals are undo steps
        self.model = GateChecklistModel(self)
        self.model.tick_requested.connect(self._on_tick_requested)
        self.view = QListView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Exit criteria"))
        self.view.selectionModel().currentChanged.connect(self._on_current_changed)
        self.approve_button = QPushButton(self.tr("Approve"), self)
        self.approve_button.setEnabled(False)
        self.approve_button.clicked.connect(self._on_approve)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.approve_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Exit criteria of the current stage:"), self))
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)

    def reload(self) -> None:
        """Ask the core for the current stage's criteria and their state."""
        db, actor, lead_id = self._db, self._actor, self._lead_id
        run_for(self, self._runner, lambda: moves.gate_status(db, actor, lead_id), self.model.set_statuses,
                         self._on_error)

    def _on_tick_requested(self, criterion_id: int, ticked: bool) -> None:
        db, actor, lead_id, stack = self._db, self._actor, self._lead_id, self.undo_stack
        job = (lambda: stack.tick(actor, lead_id, criterion_id, ticked)) if stack else (
            lambda: moves.set_tick(db, actor, lead_id, criterion_id, ticked))
        run_for(self, self._runner, job, self._on_changed, self._on_error)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.approve_button.setEnabled(self._approvable(current.row()))

    def _approvable(self, row: int) -> bool:
        if not 0 <= row < self.model.rowCount():
            return False
        criterion = self.model.status_at(row).criterion
        return criterion.kind == "approval" and (
            criterion.gatekeeper or moves.may_approve(self._actor, criterion.approver_role or "manager"))

    def _on_approve(self) -> None:
        row = self.view.currentIndex().row()
        if not self._approvable(row):
            return
        criterion = self.model.status_at(row).criterion
        if criterion.gatekeeper:
            self._ask_gatekeeper(criterion.id)
        else:
            self._approve(criterion.id, None)

    def _ask_gatekeeper(self, criterion_id: int) -> None:
        db, actor, lead_id = self._db, self._actor, self._lead_id
        run_for(self, self._runner, lambda: engagement.list_participants(db, actor, lead_id),
                lambda people: self._on_gatekeepers(criterion_id, people), self._on_error)

    def _on_gatekeepers(self, criterion_id: int, people: list[ParticipantRecord]) -> None:
        keepers = [p for p in people if p.engagement == "gatekeeper"]
        if not keepers:
            self.message.setText(self.tr("Add the buyer's gatekeeper as a participant first."))
            return
        names = [p.name for p in keepers]
        name, ok = QInputDialog.getItem(self, self.tr("Gatekeeper approval"),
                                        self.tr("Approved by:"), names, 0, False)
        if ok:
            self._approve(criterion_id, keepers[names.index(name)].id)

    def _approve(self, criterion_id: int, participant_id: int | None) -> None:
        db, actor, lead_id, stack = self._db, self._actor, self._lead_id, self.undo_stack
        job = (lambda: stack.approve(actor, lead_id, criterion_id, participant_id)) if stack else (
            lambda: moves.approve(db, actor, lead_id, criterion_id, participant_id))
        run_for(self, self._runner, job, self._on_changed, self._on_error)

    def _on_changed(self, result: MoveResult) -> None:
        self.message.setText(self.tr("Moved on to {0}.").format(result.lead.stage_name)
                             if result.changes else "")
        self.lead_changed.emit(result)
        if self.undo_stack is not None:
            self.undo_recorded.emit()
        self.reload()

    def _on_error(self, exc: Exception) -> None:
        self.message.setText(error_text(exc))
        self.reload()
