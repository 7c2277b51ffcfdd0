"""LeadsView: the leads table with its filter bar, column chooser and bulk actions.

Construct with ``LeadsView(runner, db, actor, parent)``; the main window owns it.

Signals:
- ``lead_activated(int)``: a row was double-clicked or Enter pressed on it; the view opens
  the ``LeadEditorDialog`` itself unless ``open_editor`` is set to False.
- ``leads_changed(set[int])``: a bulk action or an editor save changed these leads.
- ``count_changed(int)``: the number of leads matching the current query.
- ``undo_recorded()``: a bulk action became a step of ``undo_stack`` (when one is set).

Slots for the window: ``refresh_leads(ids)`` after changes made elsewhere (board,
undo), ``set_search_text(text)`` for the global search field, ``reload_choices()``
after settings changed pipelines, users or channels, ``selected_ids()``,
``open_lead(id | None)`` (None: a new lead, for Ctrl+N), ``header_state()`` /
``restore_header_state(state)`` for remembering columns in QSettings,
``show_lead_ids(ids, caption)`` for a dashboard drill-down (a captioned bar with a
Clear button; the filter bar then narrows within those leads) and ``clear_lead_ids()``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QByteArray, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from funneldesk.domain.records import PipelineRecord, UserRecord
from funneldesk.services import browse, catalog, pipelines, users
from funneldesk.services.browse import BulkResult, LeadFilter
from funneldesk.services.undo import UndoStack
from ui.leads.bulk import BulkRun, RefusalSummaryDialog, ask_lost_reason, ask_owner, ask_stage
from ui.leads.columns import COLUMNS
from ui.leads.filter_bar import LeadFilterBar
from ui.leads.model import LeadTableModel
from ui.models_util import Db, error_text, run_for
from ui.numbers import with_grouped_count
from ui.tasks import TaskRunner


class LeadsView(QWidget):
    """Search, filter, sort and act on leads; rows come from SQL a window at a time."""

    lead_activated = Signal(int)
    leads_changed = Signal(object)
    count_changed = Signal(int)
    undo_recorded = Signal()

    def __init__(self, runner: TaskRunner, db: Db, actor: UserRecord,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner, self._db, self._actor = runner, db, actor
        self._pipelines: list[PipelineRecord] = []
        self._users: list[UserRecord] = []
        self._reasons: list[str] = []
        self.open_editor = True
        self.last_summary: RefusalSummaryDialog | None = None
        self.undo_stack: UndoStack | None = None  # set by the window: bulk actions become undo steps
        self.model = LeadTableModel(runner, db, actor, self)
        self.filter_bar = LeadFilterBar(self)
        self.table = self._make_table()
        self.count_label = QLabel(self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        self._lead_ids: tuple[int, ...] | None = None
        self.drill_bar = QWidget(self)
        self.drill_caption = QLabel(self.drill_bar)
        self.drill_caption.setWordWrap(True)
        self.drill_clear = QPushButton(self.tr("Clear"), self.drill_bar)
        self.drill_clear.setToolTip(self.tr("Show all leads again"))
        self.drill_bar.setVisible(False)
        self._lay_out()
        self.filter_bar.filter_changed.connect(self._on_filter_changed)
        self.drill_clear.clicked.connect(self.clear_lead_ids)
        self.model.total_changed.connect(self._on_total_changed)
        self.model.query_failed.connect(self._show_error)
        self.reload_choices()
        self.model.requery()

    def _make_table(self) -> QTableView:
        table = QTableView(self)
        table.setModel(self.model)
        table.setAccessibleName(self.tr("Leads"))
        created = next(n for n, c in enumerate(COLUMNS) if c.key == "created_at")
        table.horizontalHeader().setSortIndicator(created, Qt.SortOrder.DescendingOrder)
        table.setSortingEnabled(True)  # sorts by the indicator: the model's default, no query
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        table.setWordWrap(False)
        table.horizontalHeader().setDefaultSectionSize(130)
        table.horizontalHeader().setStretchLastSection(True)
        table.horizontalHeader().setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.horizontalHeader().customContextMenuRequested.connect(self._on_header_menu)
        for number, column in enumerate(COLUMNS):
            table.setColumnHidden(number, column.hidden)
        table.activated.connect(self._on_activated)  # double-click, or Enter on the row
        return table

    def _lay_out(self) -> None:
        buttons = QHBoxLayout()
        for text, slot in ((self.tr("Assign…"), self._on_assign), (self.tr("Move…"), self._on_move),
                           (self.tr("Mark lost…"), self._on_lose),
                           (self.tr("Columns…"), self._on_columns_button)):
            button = QPushButton(text, self)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)
        drill = QHBoxLayout(self.drill_bar)
        drill.setContentsMargins(0, 0, 0, 0)
        drill.addWidget(self.drill_caption, 1)
        drill.addWidget(self.drill_clear)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.drill_bar)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)

    # -- choices and counts ----------------------------------------------------------------
    def reload_choices(self) -> None:
        """Re-read pipelines, users, channels and lost reasons for the filters and bulk actions."""
        db, actor = self._db, self._actor
        run_for(self, self._runner, lambda: (pipelines.list_pipelines(db, actor), users.list_users(db, actor),
                                  catalog.list_channels(db, actor),
                                  catalog.list_names(db, actor, "lost_reason")),
                         self._on_choices, self._show_error)

    def _on_choices(self, choices: tuple[Any, Any, Any, Any]) -> None:
        self._pipelines, self._users, channels, reasons = choices
        self._reasons = [name for _id, name in reasons]
        self.filter_bar.set_choices(self._pipelines, self._users, channels)

    def _on_total_changed(self, total: int) -> None:
        self.count_label.setText(with_grouped_count(self.tr("%n lead(s)", "", total), total))
        self.count_changed.emit(total)

    def _show_error(self, exc: Exception) -> None:
        self.message.setText(error_text(exc))
        self.message.setVisible(True)

    # -- the window's slots ----------------------------------------------------------------
    def refresh_leads(self, lead_ids: set[int]) -> None:
        """Update the rows of leads changed elsewhere."""
        self.model.refresh_rows(set(lead_ids))

    def set_search_text(self, text: str) -> None:
        """Search for text (as if typed in the search field)."""
        self.filter_bar.set_text(text)

    def show_lead_ids(self, lead_ids: list[int], caption: str) -> None:
        """Show exactly these leads (a drill-down) under a caption, until Clear is pressed."""
        self._lead_ids = tuple(lead_ids)
        self.drill_caption.setText(
            with_grouped_count(self.tr("Showing %n lead(s) from the dashboard: %1", "", len(lead_ids)),
                               len(lead_ids)).replace("%1", caption)
        )
        self.drill_bar.setVisible(True)
        self.filter_bar.reset()  # "exactly those ids": no leftover filter may hide some
        self.model.set_filter(replace(self.filter_bar.current_filter(), lead_ids=self._lead_ids))

    def clear_lead_ids(self) -> None:
        """Drop the drill-down and show the leads the filter bar describes."""
        self._lead_ids = None
        self.drill_bar.setVisible(False)
        self.model.set_filter(self.filter_bar.current_filter())

    @property
    def lead_ids(self) -> tuple[int, ...] | None:
        """Return the drill-down's lead ids, or None when all leads are shown."""
        return self._lead_ids

    def _on_filter_changed(self, lead_filter: LeadFilter) -> None:
        self.model.set_filter(replace(lead_filter, lead_ids=self._lead_ids))

    def selected_ids(self) -> list[int]:
        """Return the ids of the selected leads, top to bottom."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.lead_id(row) for row in rows]

    def header_state(self) -> QByteArray:
        """Return the column order, widths and visibility (for the window's QSettings)."""
        return self.table.horizontalHeader().saveState()

    def restore_header_state(self, state: QByteArray) -> bool:
        """Restore what ``header_state`` returned."""
        return self.table.horizontalHeader().restoreState(state)

    # -- columns ---------------------------------------------------------------------------
    def column_menu(self) -> QMenu:
        """Return a menu of checkable columns (the column chooser)."""
        menu = QMenu(self.tr("Columns"), self)
        for number, column in enumerate(COLUMNS):
            action = QAction(column.title(), menu)
            action.setCheckable(True)
            action.setChecked(not self.table.isColumnHidden(number))
            action.setData(number)
            action.toggled.connect(self._on_column_toggled)
            menu.addAction(action)
        return menu

    def _on_column_toggled(self, checked: bool) -> None:
        action = self.sender()
        assert isinstance(action, QAction)
        self.table.setColumnHidden(int(action.data()), not checked)

    def _on_header_menu(self, point: QPoint) -> None:
        self.column_menu().exec(self.table.horizontalHeader().mapToGlobal(point))

    def _on_columns_button(self) -> None:
        self.column_menu().exec(self.mapToGlobal(self.count_label.pos()))

    # -- opening a lead --------------------------------------------------------------------
    def _on_activated(self, index: QModelIndex) -> None:
        lead_id = self.model.lead_id(index.row())
        self.lead_activated.emit(lead_id)
        if self.open_editor:
            self.open_lead(lead_id)

    def open_lead(self, lead_id: int | None) -> None:
        """Open the lead editor (None for a new lead); its saves refresh the table."""
        from ui.editor.dialog import LeadEditorDialog

        dialog = LeadEditorDialog(self._runner, self._db, self._actor, lead_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.leads_changed.connect(self._on_editor_changed)
        dialog.open()

    def _on_editor_changed(self, lead_ids: set[int]) -> None:
        self.refresh_leads(lead_ids)
        self.leads_changed.emit(set(lead_ids))

    # -- bulk actions ----------------------------------------------------------------------
    def _on_assign(self) -> None:
        ids = self.selected_ids()
        owner = ask_owner(self, self._users) if ids else None
        if owner is not None:
            self.run_bulk(self.bulk_job("assign", owner, browse.bulk_assign), ids, self.tr("Assign"))

    def _on_move(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        row = self.model.row_at(self.table.selectionModel().selectedRows()[0].row())
        pipeline = next((p for p in self._pipelines if p.id == row.pipeline_id), None)
        stage = ask_stage(self, pipeline) if pipeline else None
        if stage is not None:
            self.run_bulk(self.bulk_job("move", stage, browse.bulk_move), ids, self.tr("Move"))

    def _on_lose(self) -> None:
        ids = self.selected_ids()
        reason = ask_lost_reason(self, self._reasons) if ids else None
        if reason is not None:
            self.run_bulk(self.bulk_job("lost", reason, browse.bulk_lose), ids, self.tr("Mark lost"))

    def bulk_job(self, kind: str, value: Any,
                  plain: Callable[..., BulkResult]) -> Callable[[list[int]], BulkResult]:
        """Return the chunk job: through the undo stack (all chunks one step) when there is one."""
        db, actor, stack, token = self._db, self._actor, self.undo_stack, object()
        if stack is None:
            return lambda chunk: plain(db, actor, chunk, value)
        return lambda chunk: stack.bulk(actor, kind, chunk, value, token)

    def run_bulk(self, job: Callable[[list[int]], BulkResult], lead_ids: list[int], action: str) -> None:
        """Run job(chunk of ids) over the leads; refresh changed rows and summarise refusals."""
        self.message.setText(self.tr("{0}: working…").format(action))
        self.message.setVisible(True)
        run = BulkRun(self._runner, job, list(lead_ids), action, self)
        run.finished.connect(lambda result, skipped: self._on_bulk_done(result, skipped, action))
        run.failed.connect(self._show_error)
        run.finished.connect(run.deleteLater)  # deferred: failed, emitted next, still arrives
        run.start()

    def _on_bulk_done(self, result: BulkResult, skipped: int, action: str) -> None:
        text = self.tr("{0}: {1} changed, {2} refused.").format(action, len(result.changed),
                                                                len(result.refused))
        if skipped:
            text += " " + self.tr("Cancelled: {0} not processed.").format(skipped)
        self.message.setText(text)
        self.refresh_leads(set(result.changed))
        if result.changed and self.undo_stack is not None:
            self.undo_recorded.emit()
        if result.changed:
            self.leads_changed.emit(set(result.changed))
        if result.refused:
            self.last_summary = RefusalSummaryDialog(result, action, self)
            self.last_summary.open()
