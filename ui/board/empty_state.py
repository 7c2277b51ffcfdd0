"""What the board shows on an empty database: load demo data, or import a spreadsheet."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from ui.icons import icon


class EmptyState(QWidget):
    """Two large buttons under a short explanation; the window decides what they do."""

    demo_requested = Signal()
    import_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel(self.tr("<h2>No leads yet</h2>"), self)
        text = QLabel(
            self.tr(
                "Try FunnelDesk with a few hundred realistic demo leads, or bring your "
                "own from an .xlsx or .csv file."
            ),
            self,
        )
        text.setWordWrap(True)
        self.demo_button = QPushButton(icon("demo"), self.tr("Load demo data"), self)
        self.demo_button.setToolTip(self.tr("Fill this database with sample leads, users and channels"))
        self.import_button = QPushButton(icon("import"), self.tr("Import a spreadsheet…"), self)
        self.import_button.setToolTip(self.tr("Bring leads in from an .xlsx or .csv file"))
        for button in (self.demo_button, self.import_button):
            button.setMinimumHeight(40)
            button.setAccessibleName(button.text())
        self.demo_button.clicked.connect(self.demo_requested)
        self.import_button.clicked.connect(self.import_requested)
        layout = QVBoxLayout(self)
        layout.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for widget in (heading, text, self.demo_button, self.import_button):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        text.setMaximumWidth(420)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
