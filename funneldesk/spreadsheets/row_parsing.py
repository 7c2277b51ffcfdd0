"""Turn a Table's rows into typed field values, one converter per mapped column.

Conversions are memoised per column: real files repeat the same dates, owners and
stages thousands of times, and parsing each distinct cell once is most of the speed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from funneldesk.domain.money import is_currency
from funneldesk.spreadsheets.dates import DateColumn, forced_for, infer_column
from funneldesk.spreadsheets.mapping import ENTERED_PREFIX, ColumnMapping
from funneldesk.spreadsheets.table import RawValue, Table
from funneldesk.spreadsheets.values import (
    clean_text,
    decimal_comma_column,
    has_control,
    is_blank,
    parse_datetime,
    parse_number,
    parse_percent_bp,
)

Converter = Callable[[RawValue], Any]
TEXT_LIMITS = {"title": 300, "contact_name": 200, "company": 200, "email": 200, "phone": 50,
               "category": 100, "external_id": 100, "stage": 200, "owner": 200, "channel": 200,
               "persona": 200, "lost_reason": 200, "notes": 32_767, "status": 50}  # fmt: skip
DATETIME_FIELDS = ("created_at", "closed_at", "won_at", "lost_at")
DATE_FIELDS = ("expected_close", "next_action")
_MISSING = object()


@dataclass(slots=True)
class ParsedRow:
    """One data row: its file row number, converted values, and per-column errors."""

    number: int
    values: dict[str, Any] = field(default_factory=dict)
    errors: list[tuple[str, str]] = field(default_factory=list)


def _text(limit: int) -> Converter:
    def convert(raw: RawValue) -> str:
        text = clean_text(raw)
        if len(text) > limit:
            raise ValueError(f"longer than {limit} characters")
        return text

    return convert


def _currency(raw: RawValue) -> str:
    text = clean_text(raw).upper()
    if not is_currency(text):
        raise ValueError(f"not an ISO 4217 currency code: {text[:20]!r}")
    return text


def _temperature(raw: RawValue) -> str:
    text = clean_text(raw).lower()
    if text not in ("cold", "warm", "hot"):
        raise ValueError("temperature must be cold, warm or hot")
    return text


def _satisfaction(raw: RawValue) -> int:
    number, _ = parse_number(raw)
    if number != number.to_integral_value() or not 0 <= number <= 10:
        raise ValueError("satisfaction must be a whole number from 0 to 10")
    return int(number)


def _datetime(order: str | None) -> Converter:
    return lambda raw: parse_datetime(raw, order)


def _date(order: str | None) -> Converter:
    return lambda raw: parse_datetime(raw, order).date()


def _money(decimal_comma: bool) -> Converter:
    def convert(raw: RawValue) -> tuple[Decimal, str | None]:
        number, currency = parse_number(raw, decimal_comma)
        if number < 0:
            raise ValueError("value must not be negative")
        return number, currency

    return convert


def _is_date_field(name: str) -> bool:
    return name in DATETIME_FIELDS or name in DATE_FIELDS or name.startswith(ENTERED_PREFIX)


def date_columns(table: Table, mapping: ColumnMapping, default: str | None,
                 orders: dict[str, str]) -> dict[str, DateColumn]:
    """Decide every mapped date column's format from its own values (field -> column)."""
    found: dict[str, DateColumn] = {}
    for name, index in mapping.fields.items():
        if _is_date_field(name):
            header = table.headers[index]
            found[name] = infer_column(header, table.column(index), forced_for(header, orders),
                                       default)
    return found


def converter_for(table: Table, name: str, index: int, order: str | None) -> Converter:
    """Return the converter for one mapped column (``order``: its date order, if a date)."""
    if name in TEXT_LIMITS:
        return _text(TEXT_LIMITS[name])
    if name in DATETIME_FIELDS or name.startswith(ENTERED_PREFIX):
        return _datetime(order)
    if name in DATE_FIELDS:
        return _date(order)
    if name == "value":
        return _money(decimal_comma_column(table.column(index)))
    simple: dict[str, Converter] = {"currency": _currency, "temperature": _temperature,
                                    "satisfaction": _satisfaction, "discount": parse_percent_bp}
    return simple[name]


@dataclass(frozen=True, slots=True)
class _Failure:
    reason: str


_BLANK = object()
_CACHE_LIMIT = 200_000


def _convert(convert: Converter, raw: RawValue) -> Any:
    if is_blank(raw):
        return _BLANK
    try:
        return convert(raw)
    except (ValueError, ArithmeticError) as exc:
        return _Failure(str(exc) or "unreadable value")


def parse_rows(table: Table, mapping: ColumnMapping,
               dates: dict[str, DateColumn]) -> list[ParsedRow]:
    """Convert every row; blank cells are left out, bad cells become row errors."""
    parsed = [ParsedRow(number) for number in table.numbers]
    for name, index in mapping.fields.items():
        if name in TEXT_LIMITS and _plain_text_column(table, index):
            _parse_plain_text(table, parsed, name, index, TEXT_LIMITS[name])
            continue
        order = dates[name].order if name in dates else None
        convert = converter_for(table, name, index, order)
        _parse_column(table, parsed, name, index, convert)
    return parsed


def _plain_text_column(table: Table, index: int) -> bool:
    # Only strings, none holding a control character: then a text cell's conversion is
    # just strip() and a length check. One regex over the joined column says so in C.
    column = [c for c in table.column(index) if c is not None]
    return all(c.__class__ is str for c in column) and not has_control("\n".join(column))  # type: ignore[arg-type]


def _parse_plain_text(table: Table, parsed: list[ParsedRow], name: str, index: int, limit: int) -> None:
    # The text converter's result without its per-cell calls. Equal strings are shared
    # (as the memoised path shares them) so repeated owners and stages cost one object.
    header, reason = table.headers[index], f"longer than {limit} characters"
    shared: dict[str, str] = {}
    for target, row in zip(parsed, table.rows, strict=True):
        raw = row[index] if index < len(row) else None
        if raw is None:
            continue
        text = raw.strip()  # type: ignore[union-attr]
        if not text:
            continue
        if len(text) > limit:
            target.errors.append((header, reason))
        else:
            target.values[name] = shared.setdefault(text, text) if len(shared) < _CACHE_LIMIT else text


def _parse_column(table: Table, parsed: list[ParsedRow], name: str, index: int,
                  convert: Converter) -> None:
    # Column by column, each distinct cell converted once: real files repeat the
    # same owners, stages and dates thousands of times.
    header = table.headers[index]
    cache: dict[Any, Any] = {}
    for target, row in zip(parsed, table.rows, strict=True):
        raw = row[index] if index < len(row) else None
        if raw is None or raw == "":
            continue
        key = raw if raw.__class__ is str else (raw.__class__, raw)
        found = cache.get(key, _MISSING)
        if found is _MISSING:
            found = _convert(convert, raw)
            if len(cache) < _CACHE_LIMIT:
                cache[key] = found
        if found.__class__ is _Failure:
            target.errors.append((header, found.reason))
        elif found is not _BLANK:
            target.values[name] = found
