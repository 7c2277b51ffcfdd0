"""One board column: a header (stage, count, value, conversion) over a list view of painted cards."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QFrame, QLabel, QListView, QVBoxLayout, QWidget

from funneldesk.services.board import CardRecord, ColumnSummary
from ui.board.delegate import CardDelegate, money_text
from ui.board.model import CARD_ROLE, CardListModel
from ui.context import AppContext

COLUMN_WIDTH = 250
GLOW_MS = 900
GLOW_STEPS = 6


class CardListView(QListView):
    """A list of cards that also moves the selected card with Ctrl+Left/Ctrl+Right."""

    move_requested = Signal(int, int)  # lead id, direction (-1 or +1)
    edit_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setUniformItemSizes(True)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(False)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.doubleClicked.connect(self._on_double_clicked)

    def current_card(self) -> CardRecord | None:
        """Return the selected card, if any."""
        card = self.currentIndex().data(CARD_ROLE) if self.currentIndex().isValid() else None
        return card if isinstance(card, CardRecord) else None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Ctrl+arrows move the card; Enter and F2 open it; anything else navigates."""
        card = self.current_card()
        ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if card is not None and ctrl and event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self.move_requested.emit(card.id, 1 if event.key() == Qt.Key.Key_Right else -1)
            return
        if card is not None and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
            self.edit_requested.emit(card.id)
            return
        super().keyPressEvent(event)

    def _on_double_clicked(self, index: QModelIndex) -> None:
        card = index.data(CARD_ROLE)
        if isinstance(card, CardRecord):
            self.edit_requested.emit(card.id)


class BoardColumn(QFrame):
    """A stage's column; owns its model, view and header labels."""

    def __init__(self, ctx: AppContext, summary: ColumnSummary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stage = summary.stage
        self.setObjectName("boardColumn")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFixedWidth(COLUMN_WIDTH)
        self.model = CardListModel(ctx, summary.stage.id, self)
        self.view = CardListView(self)
        self.view.setModel(self.model)
        self.view.setItemDelegate(CardDelegate(self.view))
        self.view.setAccessibleName(self.tr("Leads in %1").replace("%1", summary.stage.name))
        self._title = QLabel(self)
        self._bar = QFrame(self)
        self._bar.setFixedHeight(4)
        self._figures = QLabel(self)
        self._conversion = QLabel(self)
        self._title.setTextFormat(Qt.TextFormat.PlainText)
        font = self._title.font()
        font.setBold(True)
        self._title.setFont(font)
        self._figures.setToolTip(self.tr("Leads in this stage and their total value"))
        self._conversion.setToolTip(
            self.tr("Of the leads that reached the previous stage, the share that also reached this one")
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(2)
        layout.addWidget(self._title)
        layout.addWidget(self._bar)
        layout.addWidget(self._figures)
        layout.addWidget(self._conversion)
        layout.addWidget(self.view, 1)
        self.set_summary(summary)

    def set_summary(self, summary: ColumnSummary) -> None:
        """Show the stage's name, count, value and conversion."""
        self.stage = summary.stage
        # Called after every move: restyle only what changed (a style sheet re-polishes the widget).
        bar_style = f"background-color: {summary.stage.color}; border-radius: 2px;"
        if self._bar.styleSheet() != bar_style:
            self._bar.setStyleSheet(bar_style)
        _set_text(self._title, summary.stage.name)
        _set_text(self._figures, figures_text(self, summary, conversion=False))
        # The header shows the first currency and "…"; the tooltip names every currency's total.
        tip = self.tr("Leads in this stage and their total value")
        if len(summary.totals) > 1:
            tip += "\n" + "\n".join(money_text(amount, currency) for currency, amount in summary.totals)
        if self._figures.toolTip() != tip:
            self._figures.setToolTip(tip)
        _set_text(self._conversion, conversion_text(self, summary))

    def glow(self, lead_id: int) -> None:
        """Animate a card that just arrived: a highlight that fades out in a few steps.

        A handful of steps, not 60 frames a second: every frame repaints and takes the
        GIL from the database worker, which made moves right after a move slower.
        """
        timer = QTimer(self)
        steps = iter(range(GLOW_STEPS, -1, -1))

        def step() -> None:
            left = next(steps, 0)
            self.model.set_glow(lead_id, left / GLOW_STEPS)
            if left == 0:
                timer.stop()
                timer.deleteLater()

        timer.timeout.connect(step)
        step()
        timer.start(GLOW_MS // GLOW_STEPS)

    def select_lead(self, lead_id: int) -> bool:
        """Select and show a lead's card if it is loaded; return whether it was."""
        row = self.model.row_of(lead_id)
        if row is None:
            return False
        index = self.model.index(row)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        self.view.setFocus()
        return True


def _set_text(label: QLabel, text: str) -> None:
    if label.text() != text:
        label.setText(text)


def conversion_text(widget: QWidget, summary: ColumnSummary) -> str:
    """Return '45 % from previous stage', or a note for the first column."""
    if summary.first:
        return widget.tr("first stage")
    if summary.conversion is None:
        return ""  # still being worked out (it follows the counts), or nobody reached the stage before
    return widget.tr("%1 % from previous stage").replace("%1", str(round(summary.conversion * 100)))


def figures_text(widget: QWidget, summary: ColumnSummary, conversion: bool = True) -> str:
    """Return '12 leads · 34,000 USD · 45 %' for a column header ('Counting…' before the counts)."""
    if not summary.counted:
        return QCoreApplication.translate("BoardColumn", "Counting…")
    count = summary.count
    parts = [QCoreApplication.translate("BoardColumn", "%Ln lead(s)", None, count)]
    if summary.totals:
        currency, amount = summary.totals[0]
        parts.append(money_text(amount, currency) + ("…" if len(summary.totals) > 1 else ""))
    if conversion and summary.conversion is not None:
        parts.append(widget.tr("%1 % from previous").replace("%1", str(round(summary.conversion * 100))))
    return " · ".join(parts)
