"""Export the lead list to .xlsx (streamed, typed, bold frozen header, autofilter) or .csv."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, suppress
from datetime import date, datetime
from itertools import islice
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.utils import get_column_letter

from funneldesk.domain.errors import InvalidInput
from funneldesk.domain.money import minor_digits
from funneldesk.domain.records import UserRecord
from funneldesk.spreadsheets.cells import (
    DANGEROUS_FIRST,
    DATE_FORMAT,
    DATETIME_FORMAT,
    MAX_CELL_CHARS,
    PERCENT_FORMAT,
    CellMaker,
)
from funneldesk.spreadsheets.export_data import (
    EVERYTHING,
    ExportFilter,
    amount,
    count,
    lead_query,
    stream,
    stream_stored_times,
)
from funneldesk.storage.database import Database
from funneldesk.storage.models import Lead

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]
HEADERS = ["ID", "External ID", "Title", "Company", "Contact", "E-mail", "Phone", "Pipeline",
           "Stage", "Stage kind", "Owner", "Channel", "Persona", "Category", "Value", "Currency",
           "Discount", "Temperature", "Created", "Closed", "Expected close", "Next action",
           "Lost reason", "Notes"]  # fmt: skip
WIDTHS = [8, 14, 36, 28, 22, 28, 16, 16, 14, 10, 22, 16, 16, 18, 14, 9, 10, 11, 17, 17, 14, 14,
          20, 40]  # fmt: skip
REPORT_EVERY = 1_000


class ExportCancelled(InvalidInput):
    """The user cancelled the export; the partial file was removed."""


def _xlsx_row(cells: CellMaker, row: Any) -> list[Any]:
    # Positions as in HEADERS; ID, Currency and Temperature go out as they are.
    out = list(row)
    for i in TEXT_POSITIONS:
        value = out[i]
        # Inlined CellMaker.text fast path: most text needs no cleaning and no protection.
        if value is not None and ((value and value[0] in DANGEROUS_FIRST) or len(value) > MAX_CELL_CHARS
                                  or ILLEGAL_CHARACTERS_RE.search(value)):
            out[i] = cells.text(value)
    currency = row[15]
    out[14] = cells.money(amount(row[14], currency), currency)
    out[16] = cells.formatted(row[16] / 10_000, PERCENT_FORMAT)
    for i, number_format in TIME_FORMATS:
        if out[i] is not None:
            out[i] = cells.formatted(out[i], number_format)
    return out


TEXT_POSITIONS = (*range(1, 14), 22, 23)
TIME_FORMATS = ((18, DATETIME_FORMAT), (19, DATETIME_FORMAT), (20, DATE_FORMAT), (21, DATE_FORMAT))
CSV_BATCH = 1_000
_CENTS = frozenset({"USD", "EUR", "GBP", "CHF", "CAD", "AUD"})  # two minor digits, no lookup


def money_text(minor: int, currency: str) -> str:
    """Render minor units as a plain decimal string ('1234.50') without Decimal overhead."""
    if currency not in _CENTS and minor_digits(currency) != 2:
        return str(amount(minor, currency))
    whole, cents = divmod(abs(minor), 100)
    return f"{'-' if minor < 0 else ''}{whole}.{cents:02d}"


def stored_datetime(value: Any) -> Any:
    """Return a date-time cell as str(datetime) prints it, from a datetime or SQLite's stored text."""
    if value.__class__ is not str:
        return value  # None, or a datetime (csv prints it with str())
    if len(value) == 26 and value[10] == " " and value[19] == ".":
        return value[:19] if value.endswith(".000000") else value
    return str(datetime.fromisoformat(value))


def stored_date(value: Any) -> Any:
    """Return a date cell as str(date) prints it, from a date or SQLite's stored text."""
    if value.__class__ is not str or len(value) == 10:
        return value
    return str(date.fromisoformat(value[:10]))


def _csv_row(row: Any) -> list[Any]:
    # csv writes None as "" and datetimes via str() (ISO with a space): only text that
    # could run as a formula, stored times, money and the discount need converting.
    # Inlined checks: this runs once per exported lead, and calls dominate its cost.
    plain = list(row)
    for i in TEXT_POSITIONS:
        value = plain[i]
        if value.__class__ is str and value and value[0] in DANGEROUS_FIRST:
            plain[i] = "'" + value
    plain[14] = money_text(row[14], row[15])
    plain[16] = f"{row[16] / 100:g}%" if row[16] else "0%"
    created, closed, expected, action = row[18:22]
    if created is not None:
        plain[18] = stored_datetime(created)
    if closed is not None:
        plain[19] = stored_datetime(closed)
    if expected is not None:
        plain[20] = stored_date(expected)
    if action is not None:
        plain[21] = stored_date(action)
    return plain


def batched(rows: Iterable[Any], size: int) -> Iterator[list[Any]]:
    """Yield lists of up to ``size`` rows (itertools.batched arrived in Python 3.12)."""
    iterator = iter(rows)
    while batch := list(islice(iterator, size)):
        yield batch


def export_leads(db: Database, actor: UserRecord, target: str | Path,
                 where: ExportFilter = EVERYTHING, on_progress: Progress | None = None,
                 cancelled: Cancel | None = None) -> int:
    """Write the actor's leads to .xlsx or .csv; return how many were written."""
    target = Path(target)
    with db.read() as session:
        query = lead_query(session, actor, where, Lead.created_at).order_by(Lead.id)
        total = count(session, query)
        as_csv = target.suffix.lower() == ".csv"
        rows = stream_stored_times(session, query) if as_csv else stream(session, query)
        writer = _write_csv if as_csv else _write_xlsx
        return guarded(target, lambda: writer(target, rows, total, on_progress, cancelled))


def guarded(target: Path, write: Callable[[], int]) -> int:
    """Run a writer; on any failure remove the half-written file."""
    if target.suffix.lower() not in (".xlsx", ".csv"):
        raise InvalidInput(f"{target.name}: export to .xlsx or .csv")
    try:
        return write()
    except BaseException:
        target.unlink(missing_ok=True)
        raise


@contextmanager
def abandoning(book: Workbook) -> Iterator[None]:
    """On failure, finish the write-only sheets' temp files so nothing leaks."""
    try:
        yield
    except BaseException:
        for sheet in book.worksheets:
            with suppress(Exception):
                sheet.close()
        raise


def tick(done: int, total: int, on_progress: Progress | None, cancelled: Cancel | None) -> None:
    """Report progress every so often and stop if the user cancelled."""
    if done % REPORT_EVERY:
        return
    if on_progress:
        on_progress(done, total)
    if cancelled and cancelled():
        raise ExportCancelled("export cancelled")


def _write_xlsx(target: Path, rows: Any, total: int, on_progress: Progress | None,
                cancelled: Cancel | None) -> int:
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Leads")
    _decorate(sheet, len(HEADERS), total)
    cells = CellMaker(sheet)
    sheet.append(cells.header(HEADERS))
    done = 0
    with abandoning(book):
        for row in rows:
            sheet.append(_xlsx_row(cells, row))
            done += 1
            tick(done, total, on_progress, cancelled)
    book.save(target)
    if on_progress:
        on_progress(done, total)
    return done


def _decorate(sheet: Any, width: int, total: int) -> None:
    # Write-only sheets take layout before the first row is appended.
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(width)}{total + 1}"
    for index, size in enumerate(WIDTHS[:width], start=1):
        sheet.column_dimensions[get_column_letter(index)].width = size


def _write_csv(target: Path, rows: Any, total: int, on_progress: Progress | None,
               cancelled: Cancel | None) -> int:
    done = 0
    with target.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle).writerow(HEADERS)
        # Rows go to a text buffer and the file takes one write per batch: writing
        # straight to the file encodes every row on its own.
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        for batch in batched(rows, CSV_BATCH):
            writer.writerows([_csv_row(row) for row in batch])
            handle.write(buffer.getvalue())
            buffer.seek(0)
            buffer.truncate()
            done += len(batch)
            tick(done, total, on_progress, cancelled)
    if on_progress:
        on_progress(done, total)
    return done
