"""DrillDialog: the leads behind a clicked bar, listed until the leads table can filter to ids.

Opened by ``DashboardView`` when nobody else takes ``drill_requested`` (``open_drill``
True). Rows come from ``services.browse.rows_by_id`` on the worker, at most
``MAX_ROWS``; double-clicking a row emits ``lead_activated(int)``. Deletes itself on close.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from funneldesk.domain.records import UserRecord
from funneldesk.services.browse import LeadRow, rows_by_id
from ui.models_util import Db, date_text, error_text, money_text, run_for
from ui.numbers import whole
from ui.tasks import TaskRunner

MAX_ROWS = 2000


class DrillDialog(QDialog):
    """A read-only list of the leads behind one figure."""

    lead_activated = Signal(int)

    def __init__(
        self,
        runner: TaskRunner,
        db: Db,
        actor: UserRecord,
        ids: list[int],
        caption: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(caption)
        self.resize(900, 520)
        self.ids = ids
        shown = ids[:MAX_ROWS]
        self.note = QLabel(
            self.tr("%Ln lead(s)", "", len(ids))
            if len(ids) <= MAX_ROWS
            else self.tr("%Ln lead(s); the first %1 are listed", "", len(ids)).replace("%1", whole(MAX_ROWS)),
            self,
        )
        self.table = QTableWidget(0, 7, self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Id"),
                self.tr("Title"),
                self.tr("Company"),
                self.tr("Stage"),
                self.tr("Owner"),
                self.tr("Value"),
                self.tr("Created"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.cellDoubleClicked.connect(self._on_double_clicked)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        run_for(self, runner, lambda: rows_by_id(db, actor, shown), self._on_rows, self._on_error)

    def _on_rows(self, rows: dict[int, LeadRow]) -> None:
        ordered = [rows[i] for i in self.ids if i in rows]
        self.table.setRowCount(len(ordered))
        for number, row in enumerate(ordered):
            cells = (
                str(row.id),
                row.title,
                row.company or "",
                row.stage,
                row.owner or "",
                money_text(row.value, row.currency),
                date_text(row.created_at),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, row.id)
                self.table.setItem(number, column, item)
        self.table.resizeColumnsToContents()

    def _on_error(self, exc: Exception) -> None:
        self.note.setText(error_text(exc))

    def _on_double_clicked(self, row: int, _column: int) -> None:
        item = self.table.item(row, 0)
        if item is not None:
            self.lead_activated.emit(int(item.data(Qt.ItemDataRole.UserRole)))
