"""CurrencyPage: the reporting currency and the exchange rates into it.

Owned by ``SettingsView``; every read and change goes through
``funneldesk.services.rates`` on the worker (an import of the ECB's whole history
reconverts many leads: never on the GUI thread). Only the owner may change them; the
core refuses anyone else and the refusal shows inline. Emits ``currency_changed()``
after a change, so money figures elsewhere can be re-read.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from funneldesk.domain.records import UserRecord
from funneldesk.services import rates
from ui.models_util import Db, date_text, error_text, run_for
from ui.numbers import whole
from ui.tasks import TaskRunner


class CurrencyPage(QWidget):
    """See and change the reporting currency; list, set and import exchange rates."""

    currency_changed = Signal()

    def __init__(self, runner: TaskRunner, db: Db, actor: UserRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner, self._db, self._actor = runner, db, actor
        self.base = QLineEdit(self)
        self.base.setMaxLength(3)
        self.base.setPlaceholderText(self.tr("e.g. USD"))
        self.base.setAccessibleName(self.tr("Reporting currency"))
        self.in_use = QLabel(self)
        self.in_use.setWordWrap(True)
        # One row per currency (the full ECB history is ~180,000 rates: never one row each).
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Currency"), self.tr("In force since"), self.tr("Rate today"), self.tr("Rates (since)")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("Exchange rates"))
        self.currency = QLineEdit(self)
        self.currency.setMaxLength(3)
        self.currency.setPlaceholderText(self.tr("Currency, e.g. EUR"))
        self.rate = QLineEdit(self)
        self.rate.setPlaceholderText(self.tr("Rate, e.g. 1.08"))
        self.valid_from = QDateEdit(QDate.currentDate(), self)
        self.valid_from.setCalendarPopup(True)
        self.valid_from.setDisplayFormat("yyyy-MM-dd")
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self._base_box())
        layout.addWidget(self._rates_box(), 1)
        self.reload()

    def _button(self, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text, self)
        button.clicked.connect(slot)
        return button

    def _base_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Reporting currency"), self)
        note = QLabel(
            self.tr("Every money figure in reports, the dashboard and the analytics workbook is in this "
                    "currency. Changing it converts the rates you have into it."),
            box,
        )
        note.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.base)
        row.addWidget(self._button(self.tr("Set reporting currency"), self.set_base))
        row.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addWidget(note)
        layout.addLayout(row)
        layout.addWidget(self.in_use)
        return box

    def _rates_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Exchange rates"), self)
        note = QLabel(
            self.tr("A rate is how many units of the reporting currency one unit of the currency is "
                    "worth, from a day on. A deal is converted at the rate in force on its won day; "
                    "a deal with no rate is left out of totals and shown apart."),
            box,
        )
        note.setWordWrap(True)
        row = QHBoxLayout()
        for widget in (self.currency, self.rate, self.valid_from):
            row.addWidget(widget)
        row.addWidget(self._button(self.tr("Set rate"), self.set_rate))
        row.addWidget(self._button(self.tr("Import CSV…"), self._on_import))
        layout = QVBoxLayout(box)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        return box

    # -- loading -------------------------------------------------------------------------
    def reload(self) -> None:
        """Re-read the reporting currency, the currencies in use and the rates."""
        db = self._db
        run_for(
            self,
            self._runner,
            lambda: (rates.base_currency(db), rates.currencies_in_use(db), rates.rate_summary(db)),
            self._show,
            self._on_error,
        )

    def _show(self, found: tuple[str, list[tuple[str, int]], list[rates.RateSummary]]) -> None:
        base, in_use, rows = found
        self.base.setText(base)
        used = ", ".join(f"{code} ({whole(count)})" for code, count in in_use) or "—"
        self.in_use.setText(self.tr("Leads by currency: {0}").format(used))
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            since = date_text(row.in_force_from) if row.in_force_from else self.tr("(only later rates)")
            rate = "—" if row.rate is None else f"{row.rate}"
            cells = (row.currency, since, rate, f"{whole(row.count)} ({date_text(row.first)})")
            for column, text in enumerate(cells):
                self.table.setItem(index, column, QTableWidgetItem(text))

    # -- changes -------------------------------------------------------------------------
    def _change(self, job: Callable[[], Any], done: str) -> None:
        self.message.setText(self.tr("Working…"))
        run_for(self, self._runner, job, lambda result: self._on_changed(done, result), self._on_error)

    def _on_changed(self, done: str, result: object) -> None:
        if isinstance(result, rates.ImportResult):
            done = self.tr("{0} rates read: {1} added, {2} changed.").format(
                whole(result.read), whole(result.added), whole(result.changed)
            )
        self.message.setText(done)
        self.reload()
        self.currency_changed.emit()

    def _on_error(self, exc: Exception) -> None:
        self.message.setText(error_text(exc))

    def set_base(self) -> None:
        """Make the typed code the reporting currency."""
        db, actor, code = self._db, self._actor, self.base.text()
        self._change(lambda: rates.set_base(db, actor, code), self.tr("Reporting currency saved."))

    def set_rate(self) -> None:
        """Set the typed rate of the typed currency from the chosen day."""
        db, actor = self._db, self._actor
        code, value, day = self.currency.text(), self.rate.text().replace(",", "."), self.valid_from.date()
        start = day.toPython()
        assert isinstance(start, date)
        self._change(lambda: rates.set_rate(db, actor, code, value, start), self.tr("Rate saved."))

    def import_file(self, path: Path) -> None:
        """Import a rates CSV (date,currency,rate or the ECB's reference-rate file) on the worker."""
        db, actor = self._db, self._actor
        self._change(lambda: rates.import_rates(db, actor, path), "")

    def _on_import(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import exchange rates"), "", self.tr("CSV files (*.csv);;All files (*)")
        )
        if name:
            self.import_file(Path(name))
