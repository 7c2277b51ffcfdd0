"""LeadFieldsForm: every editable lead field, with input hints; the core does the validating.

Values leave the form in the core's edge formats: ``Decimal`` money (with its currency
code), ``date`` or None for dates, None for blanks. ``values_of(record)`` puts a record
in the same shape, so ``changes_from(record)`` can say which fields the user edited and
the conflict dialog can compare two versions field by field.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QDate, QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from funneldesk.domain.money import currency_codes
from funneldesk.domain.records import LeadRecord
from ui.models_util import tr

_NO_DATE = QDate(1900, 1, 1)
FIELD_ORDER = ("title", "contact_name", "company", "email", "phone", "value", "currency", "discount",
               "temperature", "channel", "persona", "category", "expected_close", "next_action",
               "satisfaction", "external_id", "notes")


def field_label(name: str) -> str:
    """Return a field's translated label."""
    labels = {
        "title": tr("LeadFields", "Title"), "contact_name": tr("LeadFields", "Contact person"),
        "company": tr("LeadFields", "Company"), "email": tr("LeadFields", "E-mail"),
        "phone": tr("LeadFields", "Phone"), "value": tr("LeadFields", "Value"),
        "currency": tr("LeadFields", "Currency"), "discount": tr("LeadFields", "Discount (%)"),
        "temperature": tr("LeadFields", "Temperature"), "channel": tr("LeadFields", "Channel"),
        "persona": tr("LeadFields", "Persona"), "category": tr("LeadFields", "Category"),
        "expected_close": tr("LeadFields", "Expected close"),
        "next_action": tr("LeadFields", "Next action"),
        "satisfaction": tr("LeadFields", "Satisfaction (1–5)"),
        "external_id": tr("LeadFields", "External id"), "notes": tr("LeadFields", "Notes"),
    }
    return labels.get(name, name)


def values_of(record: LeadRecord) -> dict[str, Any]:
    """Return a record's editable fields in the form's value shapes."""
    return {name: getattr(record, name) for name in FIELD_ORDER}


def value_text(value: object) -> str:
    """Show one field value as text (for the conflict comparison)."""
    if value is None or value == "":
        return tr("LeadFields", "(blank)")
    return value.isoformat() if isinstance(value, date) else str(value)


class LeadFieldsForm(QWidget):
    """The lead's fields as a form; owned by the editor dialog."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edits: dict[str, QWidget] = {}
        layout = QFormLayout(self)
        for name in FIELD_ORDER:
            if name == "currency":
                continue
            widget = self._money_row() if name == "value" else self._make(name)
            layout.addRow(field_label(name), widget)

    def _make(self, name: str) -> QWidget:
        makers = {"discount": self._discount, "temperature": self._temperature,
                  "channel": self._named, "persona": self._named, "expected_close": self._date,
                  "next_action": self._date, "satisfaction": self._satisfaction,
                  "notes": self._notes}
        widget = makers.get(name, self._line)()
        widget.setAccessibleName(field_label(name))
        self.edits[name] = widget
        if name == "email":
            self._hint(widget, self.tr("name@example.com"), r"[^@\s]*@?[^@\s]*")
        elif name == "phone":
            self._hint(widget, self.tr("+1 555 0100 (digits, spaces, + - ( ) . /)"), r"\+?[0-9 ()./-]{0,30}")
        return widget

    def _hint(self, widget: QWidget, placeholder: str, pattern: str) -> None:
        assert isinstance(widget, QLineEdit)
        widget.setPlaceholderText(placeholder)
        widget.setToolTip(placeholder)
        widget.setValidator(QRegularExpressionValidator(QRegularExpression(pattern), widget))

    def _line(self) -> QLineEdit:
        return QLineEdit(self)

    def _money_row(self) -> QWidget:
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        value = QLineEdit(row)
        value.setPlaceholderText("0.00")
        money = QRegularExpression(r"[0-9]{0,13}([.,][0-9]{0,3})?")
        value.setValidator(QRegularExpressionValidator(money, value))
        value.setAccessibleName(field_label("value"))
        currency = QComboBox(row)
        currency.setEditable(True)
        currency.addItems(currency_codes())  # ISO 4217, from the published table
        currency.setCurrentText("USD")
        code = QRegularExpressionValidator(QRegularExpression("[A-Za-z]{0,3}"), currency)
        line = currency.lineEdit()
        if line is not None:
            line.setValidator(code)
        currency.setAccessibleName(field_label("currency"))
        layout.addWidget(value, 1)
        layout.addWidget(currency)
        self.edits["value"], self.edits["currency"] = value, currency
        return row

    def _discount(self) -> QDoubleSpinBox:
        spin = QDoubleSpinBox(self)
        spin.setRange(0, 100)
        spin.setDecimals(2)
        spin.setSuffix(" %")
        return spin

    def _temperature(self) -> QComboBox:
        combo = QComboBox(self)
        for text, value in (("", None), (self.tr("cold"), "cold"), (self.tr("warm"), "warm"),
                            (self.tr("hot"), "hot")):
            combo.addItem(text, value)
        return combo

    def _named(self) -> QComboBox:
        combo = QComboBox(self)
        combo.addItem("", None)
        return combo

    def _date(self) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumDate(_NO_DATE)
        edit.setSpecialValueText(self.tr("none"))
        edit.setDate(_NO_DATE)
        return edit

    def _satisfaction(self) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(0, 5)
        spin.setSpecialValueText(self.tr("not rated"))
        return spin

    def _notes(self) -> QPlainTextEdit:
        return QPlainTextEdit(self)

    def set_names(self, channels: list[str], personas: list[str]) -> None:
        """Offer these channel and persona names (keeping the current choice)."""
        for name, names in (("channel", channels), ("persona", personas)):
            combo = self.edits[name]
            assert isinstance(combo, QComboBox)
            current = combo.currentData()
            combo.clear()
            combo.addItem("", None)
            for text in names:
                combo.addItem(text, text)
            self._choose(combo, current)

    @staticmethod
    def _choose(combo: QComboBox, value: object) -> None:
        index = combo.findData(value)
        if index < 0 and value is not None:
            combo.addItem(str(value), value)
            index = combo.count() - 1
        combo.setCurrentIndex(max(index, 0))

    def set_values(self, values: dict[str, Any]) -> None:
        """Show these field values."""
        for name, value in values.items():
            self._set(name, self.edits[name], value)

    def _set(self, name: str, widget: QWidget, value: Any) -> None:
        if isinstance(widget, QDateEdit):
            widget.setDate(QDate(value.year, value.month, value.day) if value else _NO_DATE)
        elif isinstance(widget, QDoubleSpinBox):
            widget.setValue(float(value or 0))
        elif isinstance(widget, QSpinBox):
            widget.setValue(int(value or 0))
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText(str(value or ""))
        elif isinstance(widget, QComboBox) and name == "currency":
            widget.setCurrentText(str(value or "USD"))
        elif isinstance(widget, QComboBox):
            self._choose(widget, value)
        elif isinstance(widget, QLineEdit):
            widget.setText("" if value is None else str(value))

    def values(self) -> dict[str, Any]:
        """Return every field as the user has it now."""
        return {name: self._get(name, self.edits[name]) for name in FIELD_ORDER}

    def _get(self, name: str, widget: QWidget) -> Any:
        if isinstance(widget, QDateEdit):
            day = widget.date()
            return None if day == _NO_DATE else date(day.year(), day.month(), day.day())
        if isinstance(widget, QDoubleSpinBox):
            return Decimal(str(round(widget.value(), 2))).quantize(Decimal("0.01"))
        if isinstance(widget, QSpinBox):
            return widget.value() or None
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        if isinstance(widget, QComboBox) and name == "currency":
            return widget.currentText().strip().upper() or "USD"
        if isinstance(widget, QComboBox):
            return widget.currentData()
        assert isinstance(widget, QLineEdit)
        return self._money(widget.text()) if name == "value" else (widget.text().strip() or None)

    @staticmethod
    def _money(text: str) -> Decimal | str:
        try:
            return Decimal(text.replace(",", ".") or "0")
        except InvalidOperation:
            return text  # the core rejects it with a message the dialog shows inline

    def changes_from(self, record: LeadRecord) -> dict[str, Any]:
        """Return the fields whose value differs from the record's."""
        return differing(values_of(record), self.values())


def differing(old: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    """Return the entries of new that differ from old (money compared as numbers)."""
    return {name: value for name, value in new.items() if not _same(old.get(name), value)}


def _same(old: Any, new: Any) -> bool:
    if isinstance(old, Decimal) or isinstance(new, Decimal):
        try:
            return Decimal(str(old or 0)) == Decimal(str(new or 0))
        except InvalidOperation:
            return False
    return (old or None) == (new or None)
