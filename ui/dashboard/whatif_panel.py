"""WhatIfPanel: spin boxes per stage conversion and for top-of-funnel growth; current vs projected.

The projection is ``funneldesk.analytics.whatif.project`` (through ``WhatIfBasis.project``):
exact arithmetic on a handful of numbers, so it runs on the GUI thread as the user types.
The spin boxes are rebuilt only when the pipeline's steps change. Owned by ``DashboardView``.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from funneldesk.analytics.dashboard import WhatIfBasis
from funneldesk.analytics.whatif import Projection
from ui.dashboard.text import money_text
from ui.numbers import decimal


class WhatIfPanel(QGroupBox):
    """What if the top of the funnel grew, or a step converted better? Won deals and value, now and then."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("What if…"), parent)
        self.basis: WhatIfBasis | None = None
        self.projection: Projection | None = None
        self.growth = QSpinBox(self)
        self.growth.setRange(-100, 1000)
        self.growth.setSuffix(" %")
        self.growth.setToolTip(self.tr("Change in the number of leads entering the funnel"))
        self.growth.valueChanged.connect(self._on_value_changed)
        self.steps: dict[str, QDoubleSpinBox] = {}
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self._labels: dict[QWidget, QLabel] = {}
        self._add_row(self.tr("Top-of-funnel volume"), self.growth)
        self.won = QLabel(self)
        self.value = QLabel(self)
        for label in (self.won, self.value):
            label.setWordWrap(True)
        self.reset = QPushButton(self.tr("Back to current figures"), self)
        self.reset.clicked.connect(self._on_reset_clicked)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.won)
        layout.addWidget(self.value)
        layout.addWidget(self.reset)
        layout.addStretch(1)

    def update_from(self, basis: WhatIfBasis) -> None:
        """Show a new current funnel; keep the user's changes where the steps are the same."""
        names = [name for name, _c in basis.steps]
        self.basis = basis
        if names != list(self.steps):
            self._rebuild(names)
        for name, conversion in basis.steps:
            box = self.steps[name]
            box.setToolTip(self.tr("Now {0} %").format(decimal(float(conversion) * 100, 1)))
            label = self._labels.get(box)
            if label is not None:
                label.setText(self.tr("→ {0} (now {1} %)").format(name, decimal(float(conversion) * 100, 1)))
        self._on_reset_clicked()

    def _rebuild(self, names: list[str]) -> None:
        for box in self.steps.values():
            self._labels.pop(box, None)
            row = box.parentWidget()
            if row is not None:
                self.form.removeRow(row)  # the row widget holding the box and its label
        self.steps = {}
        for name in names:
            box = QDoubleSpinBox(self)
            box.setRange(0.0, 100.0)
            box.setDecimals(1)
            box.setSingleStep(1.0)
            box.setSuffix(" %")
            box.setAccessibleName(name)
            box.valueChanged.connect(self._on_value_changed)
            self._add_row(name, box)
            self.steps[name] = box

    def _add_row(self, text: str, field: QWidget) -> None:
        # Label above its field in one row widget, so a long stage name wraps to the panel's
        # width (QFormLayout would size the label to its whole text and widen the panel).
        row = QWidget(self)
        label = QLabel(text, row)
        label.setWordWrap(True)
        label.setBuddy(field)
        box = QVBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(label)
        field.setParent(row)
        box.addWidget(field)
        self.form.addRow(row)
        self._labels[field] = label

    def _on_reset_clicked(self) -> None:
        if self.basis is None:
            return
        for box in (self.growth, *self.steps.values()):
            box.blockSignals(True)
        self.growth.setValue(0)
        for name, conversion in self.basis.steps:
            self.steps[name].setValue(round(float(conversion) * 100, 1))
        for box in (self.growth, *self.steps.values()):
            box.blockSignals(False)
        self._on_value_changed()

    def changes(self) -> dict[str, Decimal]:
        """Return the steps whose conversion the user changed, as fractions."""
        assert self.basis is not None
        out: dict[str, Decimal] = {}
        for name, conversion in self.basis.steps:
            shown = Decimal(str(self.steps[name].value()))
            if shown != Decimal(str(round(float(conversion) * 100, 1))):
                out[name] = shown / 100
        return out

    def _on_value_changed(self) -> None:
        if self.basis is None:
            return
        growth = Decimal(self.growth.value()) / 100
        self.projection = self.basis.project(top_growth=growth, changes=self.changes())
        p = self.projection
        self.won.setText(
            self.tr("<b>Won deals</b>: {0} now → {1} ({2})").format(
                _deals(p.won_now), _deals(p.won_then), ("+" if p.extra_won >= 0 else "") + _deals(p.extra_won)
            )
        )
        self.value.setText(
            self.tr("<b>Won value</b>: {0} now → {1} ({2})").format(
                money_text(p.won_value_now),
                money_text(p.won_value_then),
                ("+" if p.extra_value >= 0 else "") + money_text(p.extra_value),
            )
        )


def _deals(count: object) -> str:
    """Show whole deals without decimals; a projection keeps one decimal."""
    number = float(count)  # type: ignore[arg-type]
    return decimal(number, 0) if number == int(number) else decimal(number, 1)
