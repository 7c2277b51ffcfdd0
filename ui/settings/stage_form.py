"""StageForm: edit one stage's name, kind, probability, rotting limit, funnel group, colour, flags.

Owned by the pipeline page. It only collects values: ``changes()`` returns the fields
that differ from the stage shown, and the page sends them to ``pipelines.update_stage``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from funneldesk.domain.records import StageRecord
from ui.settings.stage_model import kind_text


class StageForm(QWidget):
    """The fields of one stage."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stage: StageRecord | None = None
        self.name = QLineEdit(self)
        self.kind = QComboBox(self)
        for kind in ("open", "won", "lost"):
            self.kind.addItem(kind_text(kind), kind)
        self.probability = QSpinBox(self)
        self.probability.setRange(0, 100)
        self.probability.setSuffix(" %")
        self.rotting = QSpinBox(self)
        self.rotting.setRange(0, 3650)
        self.rotting.setSpecialValueText(self.tr("never"))
        self.rotting.setSuffix(self.tr(" days"))
        self.group = QComboBox(self)
        for text, value in (("", None), ("TOFU", "TOFU"), ("MOFU", "MOFU"), ("BOFU", "BOFU")):
            self.group.addItem(text, value)
        self.color = QPushButton(self)
        self.color.clicked.connect(self._on_pick_color)
        self.auto_advance = QCheckBox(self.tr("Move on automatically when the criteria are met"), self)
        self.optional = QCheckBox(self.tr("Optional (may be skipped)"), self)
        self._color = "#4a90d9"
        layout = QFormLayout(self)
        for label, widget in ((self.tr("Name"), self.name), (self.tr("Kind"), self.kind),
                              (self.tr("Win probability"), self.probability),
                              (self.tr("Rotting limit"), self.rotting),
                              (self.tr("Funnel group"), self.group), (self.tr("Colour"), self.color)):
            widget.setAccessibleName(label)
            layout.addRow(label, widget)
        layout.addRow(self.auto_advance)
        layout.addRow(self.optional)

    def set_stage(self, stage: StageRecord | None) -> None:
        """Show a stage (None clears and disables the form)."""
        self._stage = stage
        self.setEnabled(stage is not None)
        if stage is None:
            return
        self.name.setText(stage.name)
        self.kind.setCurrentIndex(max(self.kind.findData(stage.kind), 0))
        self.probability.setValue(stage.probability)
        self.rotting.setValue(stage.rotting_days or 0)
        self.group.setCurrentIndex(max(self.group.findData(stage.funnel_group), 0))
        self._set_color(stage.color)
        self.auto_advance.setChecked(stage.auto_advance)
        self.optional.setChecked(stage.optional)

    def _set_color(self, color: str) -> None:
        self._color = color
        self.color.setText(color)
        self.color.setStyleSheet(f"background-color: {color};")

    def _on_pick_color(self) -> None:
        chosen = QColorDialog.getColor(QColor(self._color), self, self.tr("Stage colour"))
        if chosen.isValid():
            self._set_color(chosen.name())

    def values(self) -> dict[str, Any]:
        """Return the stage fields as the form has them."""
        return {"name": self.name.text().strip(), "kind": self.kind.currentData(),
                "probability": self.probability.value(), "rotting_days": self.rotting.value() or None,
                "funnel_group": self.group.currentData(), "color": self._color,
                "auto_advance": self.auto_advance.isChecked(), "optional": self.optional.isChecked()}

    def changes(self) -> dict[str, Any]:
        """Return the fields that differ from the stage shown."""
        if self._stage is None:
            return {}
        return {k: v for k, v in self.values().items() if getattr(self._stage, k) != v}
