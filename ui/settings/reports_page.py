"""ReportsPage: settings that change what reports count (today, the discount threshold).

Owned by ``SettingsView``; reads and saves go through ``funneldesk.services.settings``
on the worker. An owner or a manager may change the threshold; the core refuses an
employee and the refusal shows inline (the controls are also greyed for them).
Emits ``reports_changed()`` after a save, so the discounts report can be re-read.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from funneldesk.domain.records import UserRecord
from funneldesk.services import settings
from ui.models_util import Db, error_text, run_for
from ui.tasks import TaskRunner

CAN_CHANGE = ("owner", "manager")


class ReportsPage(QWidget):
    """See and change the discount threshold of the discounts report."""

    reports_changed = Signal()

    def __init__(self, runner: TaskRunner, db: Db, actor: UserRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner, self._db, self._actor = runner, db, actor
        self.threshold = QDoubleSpinBox(self)
        self.threshold.setRange(0, 100)
        self.threshold.setDecimals(2)
        self.threshold.setSingleStep(1)
        self.threshold.setSuffix(" %")
        self.threshold.setAccessibleName(self.tr("Discount threshold"))
        self.source = QLabel(self)
        self.source.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.save_button = self._button(self.tr("Save threshold"), self.save)
        self.default_button = self._button(self.tr("Use the approval gate's figure"), self.use_default)
        for widget in (self.threshold, self.save_button, self.default_button):
            widget.setEnabled(actor.role in CAN_CHANGE)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self._threshold_box())
        layout.addStretch(1)
        self.reload()

    def _button(self, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text, self)
        button.clicked.connect(slot)
        return button

    def _threshold_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Discount threshold"), self)
        note = QLabel(
            self.tr("The discounts report counts the deals whose discount is above this figure. "
                    "Without one, each pipeline uses its discount approval gate (15 % in typical "
                    "sales). An owner or a manager may change it."),
            box,
        )
        note.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.threshold)
        row.addWidget(self.save_button)
        row.addWidget(self.default_button)
        row.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addWidget(note)
        layout.addLayout(row)
        layout.addWidget(self.source)
        return box

    def reload(self) -> None:
        """Re-read the stored threshold."""
        db = self._db
        run_for(self, self._runner, lambda: settings.discount_threshold(db), self._show, self._on_error)

    def _show(self, found: settings.Threshold) -> None:
        self.threshold.setValue(float(found.percent))
        self.source.setText(
            self.tr("Set for every pipeline.") if found.stored
            else self.tr("Not set: the approval gate's figure is used.")
        )

    def _change(self, job: Callable[[], Any], done: str) -> None:
        self.message.setText(self.tr("Working…"))
        run_for(self, self._runner, job, lambda result: self._on_saved(done, result), self._on_error)

    def _on_saved(self, done: str, found: settings.Threshold) -> None:
        self._show(found)
        self.message.setText(done)
        self.reports_changed.emit()

    def _on_error(self, exc: Exception) -> None:
        self.message.setText(error_text(exc))

    def save(self) -> None:
        """Store the figure in the field as the discount threshold."""
        db, actor = self._db, self._actor
        value = Decimal(str(round(self.threshold.value(), 2)))
        self._change(lambda: settings.set_discount_threshold(db, actor, value), self.tr("Threshold saved."))

    def use_default(self) -> None:
        """Forget the stored threshold: each pipeline's approval gate decides again."""
        db, actor = self._db, self._actor
        self._change(
            lambda: settings.set_discount_threshold(db, actor, None),
            self.tr("Threshold removed: the approval gate's figure is used."),
        )
