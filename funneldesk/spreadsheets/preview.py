"""Preview a spreadsheet for the import wizard: first rows, detected types and the automatic mapping.

Pure reading (no database): composed from ``reading``, ``values`` and ``mapping``.
Returns codes ("number", "date", "text", "empty"; "dmy"/"mdy"/"ambiguous"), never words.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from funneldesk.domain.errors import InvalidInput
from funneldesk.spreadsheets.dates import DateColumn, infer_column
from funneldesk.spreadsheets.limits import DEFAULT_LIMITS, Limits
from funneldesk.spreadsheets.mapping import build_mapping, recognise_source
from funneldesk.spreadsheets.reading import read_table
from funneldesk.spreadsheets.table import RawValue, Table
from funneldesk.spreadsheets.values import is_blank, parse_datetime, parse_number

PREVIEW_ROWS = 20
TYPE_SAMPLE = 2_000


DISTINCT_LIMIT = 100  # a stage column has a few values; more means free text


@dataclass(frozen=True, slots=True)
class ColumnPreview:
    """One source column: header, detected type, date order and the field it maps to."""

    index: int
    header: str
    kind: str
    mixed: bool
    date_order: str | None
    guess: str | None


@dataclass(frozen=True, slots=True)
class FilePreview:
    """The head of a file with one ColumnPreview per column."""

    path: Path
    total_rows: int
    columns: list[ColumnPreview] = field(default_factory=list)
    rows: list[list[RawValue]] = field(default_factory=list)
    numbers: list[int] = field(default_factory=list)
    distinct: dict[int, list[str]] = field(default_factory=dict)  # column -> its few distinct values
    source: str | None = None  # the CRM whose export the headers look like
    encoding: str | None = None  # how a text file was decoded
    dates: dict[int, DateColumn] = field(default_factory=dict)  # date column -> how it reads


def value_kind(value: RawValue) -> str:
    """Classify one cell as 'empty', 'number', 'date' or 'text'."""
    if is_blank(value):
        return "empty"
    if isinstance(value, int | float) and not isinstance(value, bool):
        return "number"
    if not isinstance(value, str):
        return "date" if hasattr(value, "year") else "text"
    for kind, parse in (("number", parse_number), ("date", _any_date)):
        try:
            parse(value)
        except (ValueError, ArithmeticError):
            continue
        return kind
    return "text"


def _any_date(value: RawValue) -> None:
    # A lone 03/04/2017 is a date whichever order the column turns out to use.
    try:
        parse_datetime(value, "dmy")
    except ValueError:
        parse_datetime(value, "mdy")


def column_kind(values: list[RawValue]) -> tuple[str, bool]:
    """Return a column's dominant kind and whether it mixes kinds (blanks ignored)."""
    counts = Counter(value_kind(v) for v in values[:TYPE_SAMPLE])
    counts.pop("empty", None)
    if not counts:
        return "empty", False
    return counts.most_common(1)[0][0], len(counts) > 1


def column_date_order(values: list[RawValue]) -> str | None:
    """Return 'dmy', 'mdy', 'ambiguous' or None (no slashed dates) for a column."""
    found = date_column("", values)
    return "ambiguous" if found is None else found.order


def date_column(header: str, values: list[RawValue]) -> DateColumn | None:
    """Return how the import would read a date column by itself, or None if it cannot tell."""
    try:
        return infer_column(header, values)
    except InvalidInput:
        return None


def preview_table(table: Table, rows: int = PREVIEW_ROWS) -> FilePreview:
    """Describe an already-read table."""
    mapping = build_mapping(table.headers)
    by_index = {index: name for name, index in mapping.fields.items()}
    columns, dates = [], {}
    for index, header in enumerate(table.headers):
        values = table.column(index)
        kind, mixed = column_kind(values)
        order = None
        if kind == "date":
            found = date_column(header, values)
            order = "ambiguous" if found is None else found.order
            if found is not None:
                dates[index] = found
        columns.append(ColumnPreview(index, header, kind, mixed, order, by_index.get(index)))
    head = [list(r) + [None] * (len(table.headers) - len(r)) for r in table.rows[:rows]]
    distinct = {c.index: texts for c in columns if (texts := distinct_values(table.column(c.index)))}
    return FilePreview(table.source, len(table.rows), columns, head, table.numbers[:rows], distinct,
                       recognise_source(table.headers), table.encoding, dates)


def distinct_values(values: list[RawValue], limit: int = DISTINCT_LIMIT) -> list[str]:
    """Return a column's distinct non-blank texts in first-seen order; [] past limit (not a category)."""
    seen: dict[str, None] = {}
    for value in values:
        text = str(value).strip() if value is not None else ""
        if text and text not in seen:
            seen[text] = None
            if len(seen) > limit:
                return []
    return list(seen)


def preview_file(path: str | Path, rows: int = PREVIEW_ROWS, limits: Limits = DEFAULT_LIMITS) -> FilePreview:
    """Read a file and describe its first rows, column types and automatic mapping."""
    return preview_table(read_table(path, limits), rows)
