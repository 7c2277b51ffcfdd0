"""Read a .xlsx/.xls/.ods/.csv file into a Table, with the header row detected."""

from __future__ import annotations

from pathlib import Path

from funneldesk.domain.errors import InvalidInput
from funneldesk.spreadsheets.csv_reading import read_csv_rows
from funneldesk.spreadsheets.limits import DEFAULT_LIMITS, Limits
from funneldesk.spreadsheets.mapping import header_score
from funneldesk.spreadsheets.table import RawValue, Table
from funneldesk.spreadsheets.xlsx_reading import read_workbook_rows

WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".xlsb", ".ods")
TEXT_SUFFIXES = (".csv", ".txt", ".tsv")
HEADER_SEARCH_ROWS = 20


def read_table(path: str | Path, limits: Limits = DEFAULT_LIMITS, encoding: str | None = None) -> Table:
    """Read the file's first sheet; raise InvalidInput with one line for anything unusable."""
    path = Path(path)
    raw, used = _read_rows(path, limits, encoding)
    index = detect_header(raw)
    headers = [_header_text(c) for c in raw[index]]
    kept = [(n, r) for n, r in enumerate(raw[index + 1 :], start=index + 2) if not _is_empty(r)]
    rows, numbers = [r for _, r in kept], [n for n, _ in kept]
    if not rows:
        raise InvalidInput(f"{path.name} has a header row but no data rows")
    if path.suffix.lower() in WORKBOOK_SUFFIXES:  # csv's field limit already checked text
        _check_cells(rows, numbers, limits)
    return Table(source=path, headers=headers, rows=rows, numbers=numbers, encoding=used)


def _read_rows(path: Path, limits: Limits,
               encoding: str | None) -> tuple[list[list[RawValue]], str | None]:
    if not path.is_file():
        raise InvalidInput(f"no such file: {path}")
    size = path.stat().st_size
    if size > limits.max_file_bytes:
        raise InvalidInput(f"{path.name} is {size:,} bytes; the limit is {limits.max_file_bytes:,}")
    if size == 0:
        raise InvalidInput(f"{path.name} is empty")
    suffix, used = path.suffix.lower(), None
    if suffix in WORKBOOK_SUFFIXES:
        rows = read_workbook_rows(path, limits)
    elif suffix in TEXT_SUFFIXES:
        rows, used = read_csv_rows(path, limits, encoding)  # type: ignore[assignment]
    else:
        raise InvalidInput(f"{path.name}: unsupported file type; use .xlsx or .csv")
    if not any(not _is_empty(r) for r in rows):
        raise InvalidInput(f"{path.name} has no rows")
    return rows, used


def detect_header(rows: list[list[RawValue]]) -> int:
    """Return the index of the header row: the early row naming the most known fields."""
    best, best_score = -1, 0
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        score = header_score(list(row))
        if score > best_score:
            best, best_score = index, score
    if best >= 0:
        return best
    # No known names: the first row that is all text (titles above it are rare then).
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        if not _is_empty(row):
            return index
    return 0


def _header_text(cell: RawValue) -> str:
    return "" if cell is None else str(cell).replace("\x00", "").strip()


def _is_empty(row: list[RawValue]) -> bool:
    return all(c is None or c == "" for c in row)


def _check_cells(rows: list[list[RawValue]], numbers: list[int], limits: Limits) -> None:
    limit = limits.max_cell_chars
    for number, row in zip(numbers, rows, strict=True):
        for col, cell in enumerate(row):
            if isinstance(cell, str) and len(cell) > limit:
                raise InvalidInput(f"row {number}, column {col + 1}: a cell of "
                                   f"{len(cell):,} characters; the limit is {limit:,}")
