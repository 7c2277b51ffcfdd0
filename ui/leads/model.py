"""LeadTableModel: the leads table, fetched a window at a time from SQL (Anki's browser model).

Threading and ownership: lives on the GUI thread; every query runs on the database
worker through the ``TaskRunner`` and answers arrive as callbacks on the GUI thread.
A new filter or sort is a new query: the model resets and fetches the first window
(with the total). Scrolling calls ``fetchMore``, which appends the next window. A
generation counter drops answers to queries that were replaced meanwhile. After a
change elsewhere, ``refresh_rows`` re-reads just those leads and emits ``dataChanged``
(or removes rows of leads that are gone); rows are never re-filtered in Python.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from funneldesk.domain.records import UserRecord
from funneldesk.services import browse
from funneldesk.services.browse import LeadFilter, LeadPage, LeadRow
from ui.leads.columns import COLUMNS
from ui.models_util import Db, Roles, run_for, sort_key
from ui.tasks import TaskRunner

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class LeadTableModel(QAbstractTableModel):
    """Rows of ``LeadRow`` records, loaded lazily in windows of ``page_size``."""

    total_changed = Signal(int)
    query_failed = Signal(object)
    loading_changed = Signal(bool)

    def __init__(self, runner: TaskRunner, db: Db, actor: UserRecord, parent: QObject | None = None,
                 page_size: int = 200) -> None:
        super().__init__(parent)
        self._runner, self._db, self._actor = runner, db, actor
        self._page_size = page_size
        self._rows: list[LeadRow] = []
        self._total: int | None = 0
        self._exhausted = False
        self._filter = LeadFilter()
        self._sort, self._descending = "created_at", True
        self._generation = 0
        self._loading = False

    # -- the query -------------------------------------------------------------------------
    @property
    def lead_filter(self) -> LeadFilter:
        """Return the filter of the current query."""
        return self._filter

    @property
    def total(self) -> int:
        """Return how many leads match the current query (loaded rows until it is counted)."""
        return len(self._rows) if self._total is None else self._total

    @property
    def counted(self) -> bool:
        """Say whether the current query's total is counted (not just the rows loaded so far)."""
        return self._total is not None

    @property
    def loading(self) -> bool:
        """Say whether a window is being fetched."""
        return self._loading

    def sort_state(self) -> tuple[str, bool]:
        """Return the SQL sort key and whether it is descending."""
        return self._sort, self._descending

    def set_filter(self, lead_filter: LeadFilter) -> None:
        """Show the leads matching a new filter (a new query)."""
        self._filter = lead_filter
        self.requery()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Re-query in SQL order of the column (never sorted in Python)."""
        if not 0 <= column < len(COLUMNS):
            return
        wanted = (COLUMNS[column].key, order == Qt.SortOrder.DescendingOrder)
        if wanted != (self._sort, self._descending):
            self._sort, self._descending = wanted
            self.requery(recount=False)

    def requery(self, recount: bool = True) -> None:
        """Drop every loaded row and fetch the first window of the current query.

        A new sort of the same filter keeps the total (``recount=False``): the same leads match.
        """
        self._generation += 1
        total = None if recount else self._total
        self.beginResetModel()
        self._rows, self._total, self._exhausted = [], total, False
        self.endResetModel()
        self._fetch(0)
        if total is None:
            self._count()

    def _count(self) -> None:
        # Counted in a task of its own, after the first window, so first rows show sooner.
        generation, lead_filter, db, actor = self._generation, self._filter, self._db, self._actor
        run_for(self, self._runner,
                lambda: None if self._superseded(generation) else browse.count_leads(
                    db, actor, lead_filter, unwanted=lambda: self._superseded(generation)),
                lambda total: self._on_total(generation, total),
                lambda exc: self._on_error(generation, exc))

    def _superseded(self, generation: int) -> bool:
        # Read on the worker thread: a query replaced while it waited in the queue is skipped,
        # and one replaced while SQLite runs it stops there (browse's ``unwanted``), so
        # typing never leaves a search in front of the next one.
        return generation != self._generation

    def _on_total(self, generation: int, total: int | None) -> None:
        if generation == self._generation and total is not None:
            self._total = total
            self.total_changed.emit(total)

    def _fetch(self, offset: int) -> None:
        generation = self._generation
        lead_filter, sort, descending = self._filter, self._sort, self._descending
        db, actor, limit = self._db, self._actor, self._page_size
        self._set_loading(True)
        run_for(self, self._runner,
            lambda: None if self._superseded(generation) else browse.browse_page(
                db, actor, lead_filter, sort=sort, descending=descending, offset=offset, limit=limit,
                unwanted=lambda: self._superseded(generation)),
            lambda page: self._on_page(generation, page),
            lambda exc: self._on_error(generation, exc))

    def _set_loading(self, loading: bool) -> None:
        if loading != self._loading:
            self._loading = loading
            self.loading_changed.emit(loading)

    def _on_page(self, generation: int, page: LeadPage | None) -> None:
        if generation != self._generation or page is None:
            return
        self._set_loading(False)
        if len(page.rows) < self._page_size:
            self._exhausted = True
        if page.offset != len(self._rows) or not page.rows:
            return
        first = len(self._rows)
        self.beginInsertRows(_ROOT, first, first + len(page.rows) - 1)
        self._rows.extend(page.rows)
        self.endInsertRows()

    def _on_error(self, generation: int, exc: Exception) -> None:
        if generation == self._generation:
            self._set_loading(False)
            self.query_failed.emit(exc)

    # -- lazy loading ----------------------------------------------------------------------
    def canFetchMore(self, parent: Index = _ROOT) -> bool:
        """Say whether more rows of the query exist and none are being fetched."""
        return (not parent.isValid() and not self._loading and not self._exhausted
                and (self._total is None or len(self._rows) < self._total))

    def fetchMore(self, parent: Index = _ROOT) -> None:
        """Fetch the next window on the database thread."""
        if self.canFetchMore(parent):
            self._fetch(len(self._rows))

    # -- rows changed elsewhere ------------------------------------------------------------
    def refresh_rows(self, lead_ids: set[int]) -> None:
        """Re-read these leads and update their rows in place (gone ones are removed)."""
        loaded = {row.id for row in self._rows} & set(lead_ids)
        if not loaded:
            return
        generation, db, actor = self._generation, self._db, self._actor
        run_for(self, self._runner, lambda: browse.rows_by_id(db, actor, loaded),
                         lambda rows: self._on_rows(generation, loaded, rows))

    def _on_rows(self, generation: int, asked: set[int], rows: dict[int, LeadRow]) -> None:
        if generation != self._generation:
            return
        for position in reversed(range(len(self._rows))):
            lead_id = self._rows[position].id
            if lead_id not in asked:
                continue
            if lead_id in rows:
                self._rows[position] = rows[lead_id]
                self.dataChanged.emit(self.index(position, 0),
                                      self.index(position, len(COLUMNS) - 1))
            else:
                self.beginRemoveRows(_ROOT, position, position)
                del self._rows[position]
                self._total = None if self._total is None else self._total - 1
                self.endRemoveRows()

    # -- the Qt model API ------------------------------------------------------------------
    def rowCount(self, parent: Index = _ROOT) -> int:
        """Return the number of loaded rows."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        """Return the number of columns."""
        return 0 if parent.isValid() else len(COLUMNS)

    def row_at(self, row: int) -> LeadRow:
        """Return the record shown in a row."""
        return self._rows[row]

    def lead_id(self, row: int) -> int:
        """Return the lead id shown in a row."""
        return self._rows[row].id

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Return a cell's text, sort key, lead id or alignment."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.text(row)
        if role == Roles.SORT:
            return sort_key(column.raw(row))
        if role == Roles.ID:
            return row.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column.key == "value":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Return a column's translated header."""
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(COLUMNS)):
            return COLUMNS[section].title()
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Rows are selectable but not edited in place (the editor does that)."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def replace_row(self, row: LeadRow) -> None:
        """Show a record the caller already holds (after its own save)."""
        for position, current in enumerate(self._rows):
            if current.id == row.id:
                self._rows[position] = replace(row)
                self.dataChanged.emit(self.index(position, 0), self.index(position, len(COLUMNS) - 1))
