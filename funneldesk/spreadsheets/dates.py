"""Date formats decided column by column, from every value of the column.

A real export mixes conventions (a first-contact date typed as m/d/yyyy, a won date
written as dd-mm-yyyy HH:MM by another tool), so each date column gets its own
order. A column is ambiguous only when no value tells (every day and month <= 12
with day != month): then the user names the order (``--date-format COLUMN=dmy``, or
the global ``--date-format dmy`` for every column that cannot tell). A forced order
that a value contradicts is refused rather than applied: it would misread every
date whose day is 12 or less.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime

from funneldesk.domain.errors import InvalidInput
from funneldesk.spreadsheets.mapping import normalise_header
from funneldesk.spreadsheets.table import RawValue
from funneldesk.spreadsheets.values import _ISO, _TRIPLE, DATE_ORDERS

ORDER_WORDS = {"dmy": "day/month/year", "mdy": "month/day/year", "ymd": "year-month-day"}
SAMPLES = 3
_SERIAL = re.compile(r"\d{4,7}(\.\d+)?$")


@dataclass(slots=True)
class DateColumn:
    """How one date column is read: its order, the shapes seen, and what decided it."""

    header: str
    order: str | None = None  # dmy / mdy for d/m/y-like text; None when no such text
    shapes: set[str] = field(default_factory=set)  # "triple", "iso", "serial", "cells"
    with_time: bool = False
    decided_by: str = ""  # "values", "option", "global option" or "" (nothing to decide)
    evidence: str | None = None  # the cell that proved the order

    def describe(self) -> str:
        """Say in words how the column is read, e.g. 'day/month/year with time'."""
        parts = []
        if "triple" in self.shapes:
            parts.append(ORDER_WORDS.get(self.order or "", "day and month equal"))
        if "iso" in self.shapes:
            parts.append("ISO 8601")
        if "serial" in self.shapes:
            parts.append("spreadsheet serial numbers")
        if "cells" in self.shapes:
            parts.append("date cells")
        text = " and ".join(parts) or "empty"
        if self.with_time:
            text += " with time"
        if self.decided_by == "values" and self.evidence:
            text += f" (decided by {self.evidence})"
        elif self.decided_by in ("option", "global option"):
            text += f" (from --date-format {self.order})"
        return text


@dataclass(slots=True)
class _Evidence:
    dmy: str | None = None
    mdy: str | None = None
    undecided: list[str] = field(default_factory=list)


def infer_column(header: str, values: list[RawValue], forced: str | None = None,
                 default: str | None = None) -> DateColumn:
    """Decide how to read one date column; raise InvalidInput when it cannot be told."""
    column, seen = DateColumn(header), _Evidence()
    # Distinct texts in file order (a dict, not a set): the value named as deciding the
    # order is the first one in the file, the same on every run.
    texts: dict[str, None] = {}
    for value in values:
        if value.__class__ is str:
            texts[value] = None
        elif value is not None and not _typed_known(column, value):
            _look((value.__class__, value), column, seen)
    for text in texts:
        _look(text, column, seen)
    if seen.dmy and seen.mdy:
        raise InvalidInput(f"column {header!r} mixes day/month/year ({seen.dmy}) and "
                           f"month/day/year ({seen.mdy}) dates; fix the file")
    proven = "dmy" if seen.dmy else "mdy" if seen.mdy else None
    if forced:
        return _forced(column, forced, proven, seen)
    if proven:
        column.order, column.decided_by = proven, "values"
        column.evidence = seen.dmy or seen.mdy
    elif seen.undecided and default in ("dmy", "mdy"):
        column.order, column.decided_by = default, "global option"
    elif seen.undecided:
        samples = ", ".join(sorted(seen.undecided)[:SAMPLES])
        raise InvalidInput(f"column {header!r} has dates like {samples} that could be "
                           "day/month/year or month/day/year; pass --date-format "
                           f"'{header}=dmy' or '{header}=mdy'")
    return column


def _forced(column: DateColumn, forced: str, proven: str | None, seen: _Evidence) -> DateColumn:
    if proven and forced != proven:
        raise InvalidInput(f"--date-format {column.header}={forced}: the column has "
                           f"{seen.dmy or seen.mdy}, which is {ORDER_WORDS[proven]}")
    column.order, column.decided_by = forced, "option"
    return column


def _typed_known(column: DateColumn, value: object) -> bool:
    # Typed cells (dates, serial numbers) never decide an order; once a column is known
    # to hold them with a time, the rest of them add nothing (100k cells cost 0.3 s).
    shape = "cells" if isinstance(value, date) else "serial"
    return shape in column.shapes and column.with_time


def _look(value: object, column: DateColumn, seen: _Evidence) -> None:
    if value.__class__ is tuple:  # (type, value) of a typed cell
        kind, cell = value
        if kind in (datetime, date):
            column.shapes.add("cells")
            column.with_time |= kind is datetime and (cell.hour, cell.minute, cell.second) != (0, 0, 0)
        elif kind in (int, float):
            column.shapes.add("serial")
            column.with_time |= kind is float and not float(cell).is_integer()
        return
    text = str(value).strip()
    if not text:
        return
    found = _ISO.match(text)
    if found:
        column.shapes.add("iso")
        column.with_time |= found.group(4) is not None
        return
    found = _TRIPLE.match(text)
    if found:
        column.shapes.add("triple")
        column.with_time |= found.group(4) is not None
        _weigh(int(found.group(1)), int(found.group(2)), text, seen)
    elif _SERIAL.match(text):
        column.shapes.add("serial")


def _weigh(first: int, second: int, text: str, seen: _Evidence) -> None:
    if first > 12 and second <= 12:
        seen.dmy = seen.dmy or text
    elif second > 12 and first <= 12:
        seen.mdy = seen.mdy or text
    elif first != second and first <= 12 and second <= 12 and len(seen.undecided) < 50:
        seen.undecided.append(text)


def parse_date_formats(pairs: list[str], default: str | None = None) -> tuple[str | None, dict[str, str]]:
    """Split ``--date-format`` values into the global order and COLUMN=order pairs."""
    orders: dict[str, str] = {}
    for pair in pairs:
        column, sep, order = pair.rpartition("=")
        order = order.strip().lower()
        if order not in DATE_ORDERS:
            raise InvalidInput(f"--date-format {pair!r}: the order must be dmy, mdy or ymd")
        if not sep:
            default = order
        elif not column.strip():
            raise InvalidInput(f"--date-format {pair!r}: name the column before '='")
        else:
            orders[normalise_header(column)] = order
    return default, orders


def forced_for(header: str, orders: dict[str, str]) -> str | None:
    """Return the order the user gave for a column (header matched loosely), if any."""
    return orders.get(normalise_header(header))


def unknown_columns(headers: list[str], orders: dict[str, str]) -> list[str]:
    """Return the --date-format columns that name no column of the file."""
    known = {normalise_header(h) for h in headers}
    return sorted(set(orders) - known)
