"""Won and Lost drop zones under the board, and the dialog that asks why a lead was lost."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDropEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from funneldesk.services.board import ColumnSummary
from ui.board.column import figures_text
from ui.board.model import decode
from ui.icons import icon


class OutcomeZone(QFrame):
    """A drop target for a won or lost stage, showing its count and value."""

    card_dropped = Signal(int, int, int)  # lead id, from stage id, to stage id

    def __init__(self, summary: ColumnSummary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stage = summary.stage
        self.setAcceptDrops(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumHeight(44)
        self._icon = QLabel(self)
        self._icon.setPixmap(icon("won" if summary.stage.kind == "won" else "lost").pixmap(20, 20))
        self._label = QLabel(self)
        layout = QHBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self._icon)
        layout.addWidget(self._label)
        layout.addStretch(1)
        self.setToolTip(self.tr("Drop a card here to mark it %1").replace("%1", summary.stage.name))
        self.setAccessibleName(summary.stage.name)
        self._paint_state(False)
        self.set_summary(summary)

    def set_summary(self, summary: ColumnSummary) -> None:
        """Show the stage name and its figures."""
        self.stage = summary.stage
        self._label.setText(f"<b>{summary.stage.name}</b> · {figures_text(self, summary)}")

    def _paint_state(self, hovered: bool) -> None:
        colour = "#2f9e44" if self.stage.kind == "won" else "#e03131"
        style = "solid" if hovered else "dashed"
        self.setStyleSheet(f"OutcomeZone {{ border: 2px {style} {colour}; border-radius: 6px; }}")

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Accept card drags from other stages."""
        source = decode(event.mimeData())
        if source is not None and source[1] != self.stage.id:
            event.acceptProposedAction()
            self._paint_state(True)

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        """Drop the hover highlight."""
        self._paint_state(False)

    def dropEvent(self, event: QDropEvent) -> None:
        """Announce the drop; the core decides what happens."""
        self._paint_state(False)
        source = decode(event.mimeData())
        if source is not None:
            event.acceptProposedAction()
            self.card_dropped.emit(source[0], source[1], self.stage.id)


class LostReasonDialog(QDialog):
    """Ask why a lead was lost: pick an existing reason or type a new one, plus a note."""

    def __init__(self, title: str, reasons: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mark “%1” as lost").replace("%1", title))
        self.reason = QComboBox(self)
        self.reason.setEditable(True)
        self.reason.addItems(list(reasons))
        self.reason.setCurrentIndex(-1)
        editor = self.reason.lineEdit()
        if editor is not None:
            editor.setPlaceholderText(self.tr("Why was it lost?"))
        self.reason.setAccessibleName(self.tr("Lost reason"))
        self.note = QLineEdit(self)
        self.note.setAccessibleName(self.tr("Note"))
        self._buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self._buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Mark as lost"))
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)
        self.reason.currentTextChanged.connect(self._on_reason_changed)
        form = QFormLayout(self)
        form.addRow(self.tr("&Reason:"), self.reason)
        form.addRow(self.tr("&Note:"), self.note)
        form.addRow(self._buttons)
        self._on_reason_changed(self.reason.currentText())

    def _on_reason_changed(self, text: str) -> None:
        self._buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(text.strip()))

    def chosen(self) -> tuple[str, str]:
        """Return the reason and the note."""
        return self.reason.currentText().strip(), self.note.text().strip()
