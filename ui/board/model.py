"""A lazily fetched list model of one stage's cards (Anki's table-model habit, one column).

Rows arrive a window at a time from ``board_cards`` on the database worker
(``canFetchMore``/``fetchMore``); changes after a move are applied with precise
insert/remove/dataChanged signals; only a new search or pipeline resets the model.
Owned by its column widget; used on the GUI thread only; never imports widgets.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from funneldesk.services.board import CardRecord, board_cards
from ui.context import AppContext

CARD_ROLE = Qt.ItemDataRole.UserRole + 1
GLOW_ROLE = Qt.ItemDataRole.UserRole + 2  # 0..1: how strongly a card that just arrived glows
MIME_TYPE = "application/x-funneldesk-lead"
PAGE_SIZE = 200
FIRST_PAGE = 40  # enough to fill a tall column; read with the summaries in one worker call
Index = QModelIndex | QPersistentModelIndex


class CardListModel(QAbstractListModel):
    """The cards of one stage, newest lead first, fetched in pages of PAGE_SIZE."""

    card_dropped = Signal(int, int, int)  # lead id, from stage id, to stage id
    page_loaded = Signal()

    def __init__(self, ctx: AppContext, stage_id: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.stage_id = stage_id
        self._cards: list[CardRecord] = []
        self._total = 0
        self._search = ""
        self._fetching = False
        self._generation = 0
        self._glow: dict[int, float] = {}

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Return the number of cards loaded so far."""
        return 0 if parent.isValid() else len(self._cards)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Return the card record, its title, or a tooltip."""
        if not index.isValid() or index.row() >= len(self._cards):
            return None
        card = self._cards[index.row()]
        if role == CARD_ROLE:
            return card
        if role == GLOW_ROLE:
            return self._glow.get(card.id, 0.0)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return card.title if not card.company else f"{card.title} — {card.company}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr(
                "%1\nDrag to another stage, or press Ctrl+Right / Ctrl+Left. Enter opens it."
            ).replace("%1", card.title)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Cards are selectable and draggable; the list accepts drops."""
        base = Qt.ItemFlag.ItemIsDropEnabled
        if not index.isValid():
            return base
        return base | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled

    def canFetchMore(self, parent: Index) -> bool:
        """Say whether more cards exist beyond those loaded."""
        return not parent.isValid() and not self._fetching and len(self._cards) < self._total

    def fetchMore(self, parent: Index) -> None:
        """Ask the worker for the next page; rows are inserted when it arrives."""
        if not self.canFetchMore(parent):
            return
        self._fetching = True
        offset, generation, search = len(self._cards), self._generation, self._search
        actor, db, stage_id = self._ctx.actor, self._ctx.db, self.stage_id
        self._ctx.run(
            lambda: board_cards(db, actor, stage_id, offset, PAGE_SIZE, search),
            lambda cards: self._on_page_fetched(generation, cards),
        )

    def _on_page_fetched(self, generation: int, cards: Sequence[CardRecord]) -> None:
        if generation != self._generation:
            return  # a newer search replaced this query
        self._fetching = False
        known = {c.id for c in self._cards}
        fresh = [c for c in cards if c.id not in known]
        if fresh:
            first = len(self._cards)
            self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
            self._cards.extend(fresh)
            self.endInsertRows()
        if not cards:
            self._total = len(self._cards)
        self.page_loaded.emit()

    def reload(self, total: int, search: str, first: Sequence[CardRecord] | None = None) -> None:
        """Start a new query (new search or pipeline): the one place the model resets."""
        self.beginResetModel()
        self._generation += 1
        self._cards, self._total, self._search, self._fetching = list(first or []), total, search, False
        self.endResetModel()
        if first is None:
            self.fetchMore(QModelIndex())

    @property
    def total(self) -> int:
        """Return how many cards the stage holds, loaded or not."""
        return self._total

    @property
    def fetching(self) -> bool:
        """Say whether a page is on its way from the worker."""
        return self._fetching

    @property
    def fully_loaded(self) -> bool:
        """Say whether every card of the stage is loaded and no page is pending."""
        return not self._fetching and len(self._cards) >= self._total

    def row_of(self, lead_id: int) -> int | None:
        """Return the row of a lead's card, if loaded."""
        return next((i for i, c in enumerate(self._cards) if c.id == lead_id), None)

    def card_at(self, row: int) -> CardRecord:
        """Return the card in a row."""
        return self._cards[row]

    def set_glow(self, lead_id: int, strength: float) -> None:
        """Make a card glow (the move animation); 0 stops it."""
        if strength <= 0:
            self._glow.pop(lead_id, None)
        else:
            self._glow[lead_id] = strength
        row = self.row_of(lead_id)
        if row is not None:
            index = self.index(row)
            self.dataChanged.emit(index, index, [GLOW_ROLE])

    def set_total(self, total: int) -> None:
        """Record the stage's count from a fresh summary (after cards were placed)."""
        self._total = max(total, len(self._cards))

    def remove_card(self, lead_id: int) -> None:
        """Take a lead's card out (it moved away or was deleted)."""
        row = self.row_of(lead_id)
        if row is None:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._cards[row]
        self.endRemoveRows()

    def put_card(self, card: CardRecord) -> int | None:
        """Insert or update a card in id order; return its row, or None when beyond the loaded window."""
        row = self.row_of(card.id)
        if row is not None:
            self._cards[row] = card
            index = self.index(row)
            self.dataChanged.emit(index, index)
            return row
        row = next((i for i, c in enumerate(self._cards) if c.id < card.id), len(self._cards))
        if row == len(self._cards) and len(self._cards) < self._total:
            return None  # it belongs to a page not fetched yet
        self.beginInsertRows(QModelIndex(), row, row)
        self._cards.insert(row, card)
        self.endInsertRows()
        return row

    def supportedDropActions(self) -> Qt.DropAction:
        """Cards move between stages."""
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        """Return the private type that carries a lead id and its stage."""
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        """Pack the dragged card's lead id and stage."""
        data = QMimeData()
        card = self._cards[indexes[0].row()]
        data.setData(MIME_TYPE, QByteArray(f"{card.id}:{self.stage_id}".encode()))
        return data

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        """Accept cards coming from another stage."""
        source = decode(data)
        return source is not None and source[1] != self.stage_id

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        """Announce the drop and refuse it here: the core decides, then the board updates."""
        source = decode(data)
        if source is not None and source[1] != self.stage_id:
            self.card_dropped.emit(source[0], source[1], self.stage_id)
        return False


def decode(data: QMimeData) -> tuple[int, int] | None:
    """Return (lead id, stage id) from a card drag, or None for anything else."""
    if not data.hasFormat(MIME_TYPE):
        return None
    lead, _, stage = bytes(data.data(MIME_TYPE).data()).decode().partition(":")
    return int(lead), int(stage)
