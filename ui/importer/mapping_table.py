"""The mapping table (one row per source column, with a target combo) and the preview table.

Both are thin QTableWidgets owned by the mapping page; they hold no rules, only
what the core's preview said and what the user chose.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from funneldesk.spreadsheets.preview import ColumnPreview, FilePreview
from ui.importer.words import IGNORE, cell_text, field_label, kind_label, target_fields

SAMPLE_VALUES = 3


def _item(text: str, tip: str = "") -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    item.setToolTip(tip or text)
    return item


class MappingTable(QTableWidget):
    """Source column, detected type, first values, and a combo choosing the target field."""

    mapping_edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 4, parent)
        self.setHorizontalHeaderLabels(
            [
                self.tr("Column in the file"),
                self.tr("Detected type"),
                self.tr("First values"),
                self.tr("Import as"),
            ]
        )
        self.setAccessibleName(self.tr("Column mapping"))
        self.verticalHeader().setVisible(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setAlternatingRowColors(True)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(3, 260)
        self.combos: list[QComboBox] = []
        # One height for every row: the combos set it, not the longest sample.
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 16)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)

    def fill(self, preview: FilePreview, stage_names: list[str]) -> None:
        """Show one row per column, each preset to the automatic mapping."""
        self.setRowCount(len(preview.columns))
        self.combos = []
        for column in preview.columns:
            self._fill_row(column, preview, stage_names)

    def _fill_row(self, column: ColumnPreview, preview: FilePreview, stage_names: list[str]) -> None:
        row = column.index
        header = column.header or self.tr("(column %1 has no name)").replace("%1", str(row + 1))
        samples = [cell_text(r[row]) for r in preview.rows if cell_text(r[row])][:SAMPLE_VALUES]
        self.setItem(row, 0, _item(header))
        self.setItem(row, 1, _item(kind_label(column.kind, column.mixed, column.date_order)))
        self.setItem(row, 2, _item(" · ".join(samples), "\n".join(samples)))
        combo = QComboBox(self)
        combo.setAccessibleName(self.tr("Import column %1 as").replace("%1", header))
        combo.setEnabled(bool(column.header))
        self._fill_combo(combo, stage_names, column.guess or IGNORE)
        combo.currentIndexChanged.connect(self.mapping_edited)
        self.setCellWidget(row, 3, combo)
        self.combos.append(combo)

    def _fill_combo(self, combo: QComboBox, stage_names: list[str], chosen: str) -> None:
        combo.blockSignals(True)
        combo.clear()
        for name in target_fields(stage_names):
            combo.addItem(field_label(name), name)
        index = combo.findData(chosen)
        if index < 0:  # an entered:<Stage> the pipeline lacks stays visible, and is refused later
            combo.addItem(field_label(chosen), chosen)
            index = combo.count() - 1
        combo.setCurrentIndex(index)
        combo.blockSignals(False)

    def set_stages(self, stage_names: list[str]) -> None:
        """Offer the 'entered:<Stage>' targets of another pipeline, keeping each choice."""
        for combo in self.combos:
            self._fill_combo(combo, stage_names, combo.currentData())
        self.mapping_edited.emit()

    def choices(self) -> list[str]:
        """Return the chosen target per column ('' for ignored)."""
        return [str(c.currentData()) for c in self.combos]

    def choose(self, column: int, target: str) -> None:
        """Set the target of one column (tests and keyboard users)."""
        combo = self.combos[column]
        combo.setCurrentIndex(combo.findData(target))


class PreviewTable(QTableWidget):
    """The first rows of the file as they read, with the file's row numbers."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("First rows of the file"))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)

    def fill(self, preview: FilePreview) -> None:
        """Show the preview rows."""
        self.setColumnCount(len(preview.columns))
        self.setRowCount(len(preview.rows))
        self.setHorizontalHeaderLabels([c.header for c in preview.columns])
        self.setVerticalHeaderLabels([str(n) for n in preview.numbers])
        for r, values in enumerate(preview.rows):
            for c, value in enumerate(values):
                self.setItem(r, c, _item(cell_text(value)))
        self.resizeColumnsToContents()
        for c in range(self.columnCount()):
            self.setColumnWidth(c, min(self.columnWidth(c), 240))
