"""Safe, typed cells for exports: text never evaluates as a formula, dates and money stay typed.

OWASP CSV-injection guidance: a text cell beginning with = + - @ tab or CR can be
run by a spreadsheet program. In .xlsx such text is written as a string cell with
the quotePrefix style (shown as text, kept as text when edited); in CSV it gets a
leading apostrophe. Characters XML cannot carry (vertical tab, NUL...) are dropped.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font
from openpyxl.styles.cell_style import StyleArray
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from funneldesk.domain.money import minor_digits

DANGEROUS_START = ("=", "+", "-", "@", "\t", "\r")
DANGEROUS_FIRST = frozenset(DANGEROUS_START)
MAX_CELL_CHARS = 32_767
BOLD = Font(bold=True)
DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
PERCENT_FORMAT = "0.00%"
# Exactly the classes openpyxl itself binds as numbers ("n") and dates ("d").
_KINDS: dict[type, str] = {int: "n", float: "n", Decimal: "n", datetime: "d", date: "d"}


def clean(text: str) -> str:
    """Drop characters an .xlsx cannot hold and cut to Excel's cell limit."""
    if ILLEGAL_CHARACTERS_RE.search(text):
        text = ILLEGAL_CHARACTERS_RE.sub("", text)
    return text[:MAX_CELL_CHARS]


def is_dangerous(text: str) -> bool:
    """Say whether a spreadsheet program could evaluate this text."""
    return bool(text) and text[0] in DANGEROUS_FIRST


def csv_text(value: Any) -> Any:
    """Return a value safe for a CSV cell (dangerous text gets a leading apostrophe)."""
    if value.__class__ is str and value and value[0] in DANGEROUS_FIRST:
        return "'" + value
    return value


def money_format(currency: str) -> str:
    """Return an Excel number format showing the amount with its currency code."""
    digits = minor_digits(currency)
    decimals = "." + "0" * digits if digits else ""
    return f'#,##0{decimals} "{currency}"'


class CellMaker:
    """Makes write-only cells for one sheet, caching nothing per cell but the formats."""

    def __init__(self, sheet: WriteOnlyWorksheet) -> None:
        self.sheet = sheet
        self._styles: dict[str, StyleArray] = {}
        self._money_formats: dict[str, str] = {}

    def text(self, value: str | None) -> Any:
        """Return a plain value, or a protected cell for dangerous text."""
        if value is None:
            return None
        value = clean(value)
        if not value or value[0] not in DANGEROUS_FIRST:
            return value
        cell = WriteOnlyCell(self.sheet, value)
        cell.data_type = "s"  # openpyxl would otherwise write "=..." as a formula
        cell._style = StyleArray()  # write-only cells start without a style array
        cell._style.quotePrefix = 1
        return cell

    def formatted(self, value: Any, number_format: str) -> Any:
        """Return a typed cell (number or date) with a number format."""
        if value is None:
            return None
        style = self._styles.get(number_format)
        kind = _KINDS.get(value.__class__)
        if style is None or kind is None:
            cell = WriteOnlyCell(self.sheet, value)
            cell.number_format = number_format
            self._styles.setdefault(number_format, cell._style)
            return cell
        # Write-only cells are serialised and dropped, never restyled, so one style array
        # per format can be shared. The type is known, so openpyxl's value binding (type
        # inference, a date-format check, a style change) is skipped: it cost more than
        # the rest of the row.
        cell = WriteOnlyCell(self.sheet)
        cell._value = value
        cell.data_type = kind
        cell._style = style
        return cell

    def money(self, amount: Decimal | None, currency: str) -> Any:
        """Return a money cell: a number formatted for its currency."""
        number_format = self._money_formats.get(currency)
        if number_format is None:
            number_format = self._money_formats[currency] = money_format(currency)
        return self.formatted(amount, number_format)

    def header(self, names: list[str]) -> list[Any]:
        """Return bold header cells."""
        cells = []
        for name in names:
            cell = WriteOnlyCell(self.sheet, clean(name))
            cell.font = BOLD
            cells.append(cell)
        return cells

    def formula(self, text: str, number_format: str | None = None) -> Any:
        """Return a formula cell we wrote ourselves (never user text)."""
        cell = WriteOnlyCell(self.sheet, text)
        if number_format:
            cell.number_format = number_format
        return cell
