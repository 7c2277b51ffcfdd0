"""The stage values of a file that match no stage of the pipeline, each with a stage to map it to.

Owned by the mapping page. Values that name a stage (case-insensitively) are not listed;
the rest default to “reject these rows”, as the core would do without a stage map.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHeaderView, QTableWidget, QTableWidgetItem, QWidget


class StageMapTable(QTableWidget):
    """List unmatched stage values with a combo of the pipeline's stages; ``pairs()`` gives the map."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 2, parent)
        self.setHorizontalHeaderLabels([self.tr("Value in the file"), self.tr("Stage")])
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setVisible(False)
        self.setAccessibleName(self.tr("Stage values"))
        self._values: list[str] = []

    def fill(self, values: list[str], stage_names: list[str]) -> None:
        """Show the values that match no stage; keep earlier choices of values still listed."""
        kept = dict(zip(self._values, self.choices(), strict=True))
        known = {name.casefold() for name in stage_names}
        # The core matches values case-insensitively, so "prospect" goes where "Prospect" goes.
        unique = {v.casefold(): v for v in reversed(values)}
        self._values = [v for v in values if unique[v.casefold()] == v
                        and v.casefold() not in known and "=" not in v]
        self.setRowCount(len(self._values))
        for row, value in enumerate(self._values):
            item = QTableWidgetItem(value)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.setItem(row, 0, item)
            combo = QComboBox(self)
            combo.addItem(self.tr("— reject these rows —"), None)
            for name in stage_names:
                combo.addItem(name, name)
            previous = kept.get(value)
            if previous is not None and previous in stage_names:
                combo.setCurrentIndex(stage_names.index(previous) + 1)
            self.setCellWidget(row, 1, combo)
        self.setVisible(bool(self._values))

    def choices(self) -> list[str | None]:
        """Return the chosen stage of each listed value (None: reject)."""
        return [self._combo(row).currentData() for row in range(self.rowCount())]

    def choose(self, value: str, stage: str) -> None:
        """Map a listed value to a stage (as the user would in its combo)."""
        combo = self._combo(self._values.index(value))
        combo.setCurrentIndex(combo.findData(stage))

    def pairs(self) -> list[str]:
        """Return the map as the core's ``VALUE=STAGE`` pairs (rejected values left out)."""
        return [f"{v}={s}" for v, s in zip(self._values, self.choices(), strict=True) if s]

    def _combo(self, row: int) -> QComboBox:
        widget = self.cellWidget(row, 1)
        assert isinstance(widget, QComboBox)
        return widget
