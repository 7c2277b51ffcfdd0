"""The accountant workbook: won deals in a period, one sheet per month, and a Summary
sheet whose totals are live SUMIF formulas over the month sheets (per currency, since
amounts in different currencies must never be added together).

Each deal stays in its own currency; two last columns give its amount in the reporting
currency and the rate used (the rate in force on the won day, as in every report),
both empty when no rate was in force. The month's total of that column is one sum."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.utils import get_column_letter
from sqlalchemy import case, func

from funneldesk.analytics.conversion import E12, PROGRESS, rate_on, reporting_currency
from funneldesk.analytics.derived import day_of, dialect_of
from funneldesk.domain.records import UserRecord
from funneldesk.services.rates import from_e12
from funneldesk.spreadsheets.cells import DATE_FORMAT, PERCENT_FORMAT, CellMaker, csv_text
from funneldesk.spreadsheets.export_data import (
    EVERYTHING,
    ExportFilter,
    amount,
    count,
    lead_query,
    net_minor,
    stream,
)
from funneldesk.spreadsheets.export_leads import Cancel, Progress, abandoning, guarded, tick
from funneldesk.storage.database import Database
from funneldesk.storage.models import Lead, Stage

HEADERS = ["Won on", "Client", "Company", "Deal", "Invoice reference", "Amount", "Discount",
           "Net amount", "Currency", "Owner", "Channel"]  # fmt: skip
WIDTHS = [12, 24, 28, 36, 18, 14, 10, 14, 9, 22, 16, 16, 14]
NET_COLUMN, CURRENCY_COLUMN, AMOUNT_COLUMN = "H", "I", "F"
CONVERTED_COLUMN = "L"


def converted_headers(base: str) -> list[str]:
    """Return the two columns added after Channel, naming the reporting currency."""
    return [f"Amount in {base}", f"Rate used ({base} per unit)"]


@dataclass(frozen=True, slots=True)
class Deal:
    """One won deal as the accountant sees it."""

    won_on: Any
    client: str | None
    company: str | None
    title: str
    reference: str | None
    gross: Decimal
    discount: Decimal
    net: Decimal
    currency: str
    owner: str | None
    channel: str | None
    converted: Decimal | None = None  # the amount in the reporting currency; None: no rate
    rate: Decimal | None = None

    @property
    def month(self) -> str:
        """Return the sheet name of the deal's month, e.g. '2017-03'."""
        return f"{self.won_on:%Y-%m}"


def _deals(rows: Any, base: str) -> Iterator[Deal]:
    for r in rows:
        currency, rep, rate = r[15], r[24], r[25]
        yield Deal(r[19], r[4], r[3], r[2], r[1], amount(r[14], currency),
                   Decimal(r[16]) / 10_000, amount(net_minor(r[14], r[16]), currency), currency,
                   r[10], r[11], None if rep is None else amount(rep, base),
                   None if rate is None else from_e12(rate))


def _with_conversion(session: Any, query: Any, base: str) -> Any:
    """Add the reporting-currency amount (lead_progress.rep_minor) and the rate used to the query."""
    day = func.coalesce(PROGRESS.c.closed_day, day_of(Lead.closed_at, dialect_of(session)))
    rate = case((Lead.currency == base, E12), else_=rate_on(Lead.currency, day, base))
    query = query.outerjoin(PROGRESS, PROGRESS.c.lead_id == Lead.id)
    return query.add_columns(PROGRESS.c.rep_minor, rate)


def export_accountant(db: Database, actor: UserRecord, target: str | Path,
                      where: ExportFilter = EVERYTHING, on_progress: Progress | None = None,
                      cancelled: Cancel | None = None) -> int:
    """Write the won deals closed in the period; return how many were written."""
    target = Path(target)
    with db.read() as session:
        query = (lead_query(session, actor, where, Lead.closed_at)
                 .where(Stage.kind == "won").order_by(Lead.closed_at, Lead.id))
        total = count(session, query)
        base = reporting_currency(session)
        deals = _deals(stream(session, _with_conversion(session, query, base)), base)
        if target.suffix.lower() == ".csv":
            return guarded(target, lambda: _write_csv(target, deals, total, base, on_progress, cancelled))
        return guarded(target, lambda: _write_xlsx(target, deals, total, base, on_progress, cancelled))


def _deal_cells(cells: CellMaker, deal: Deal, base: str) -> list[Any]:
    return [cells.formatted(deal.won_on.date(), DATE_FORMAT), cells.text(deal.client),
            cells.text(deal.company), cells.text(deal.title), cells.text(deal.reference),
            cells.money(deal.gross, deal.currency), cells.formatted(deal.discount, PERCENT_FORMAT),
            cells.money(deal.net, deal.currency), deal.currency, cells.text(deal.owner),
            cells.text(deal.channel), cells.money(deal.converted, base),
            None if deal.rate is None else float(deal.rate)]


class _MonthSheets:
    """Opens one write-only sheet per month as deals arrive in date order."""

    def __init__(self, book: Workbook, base: str) -> None:
        self.book = book
        self.base = base
        self.sheet: Any = None
        self.cells: CellMaker | None = None
        self.months: dict[str, tuple[int, set[str]]] = {}

    def add(self, deal: Deal) -> None:
        """Append a deal to its month's sheet, opening the sheet first if needed."""
        if deal.month not in self.months:
            self._open(deal.month)
        rows, currencies = self.months[deal.month]
        currencies.add(deal.currency)
        self.months[deal.month] = (rows + 1, currencies)
        self.sheet.append(_deal_cells(self.cells, deal, self.base))  # type: ignore[arg-type]

    def _open(self, month: str) -> None:
        self.close()
        self.sheet = self.book.create_sheet(month)
        self.sheet.freeze_panes = "A2"
        for index, size in enumerate(WIDTHS, start=1):
            self.sheet.column_dimensions[get_column_letter(index)].width = size
        self.cells = CellMaker(self.sheet)
        self.sheet.append(self.cells.header(HEADERS + converted_headers(self.base)))
        self.months[month] = (0, set())

    def close(self) -> None:
        """Finish the open month sheet with typed totals per currency."""
        if self.sheet is None:
            return
        month = self.sheet.title
        rows, currencies = self.months[month]
        self.sheet.append([])
        for currency in sorted(currencies):
            self.sheet.append(_month_total(self.cells, rows, currency))  # type: ignore[arg-type]
        self.sheet.append(_converted_total(self.cells, rows, self.base))  # type: ignore[arg-type]


def _month_total(cells: CellMaker, rows: int, currency: str) -> list[Any]:
    span = f"{CURRENCY_COLUMN}2:{CURRENCY_COLUMN}{rows + 1}"
    gross = f'=SUMIF({span},"{currency}",{AMOUNT_COLUMN}2:{AMOUNT_COLUMN}{rows + 1})'
    net = f'=SUMIF({span},"{currency}",{NET_COLUMN}2:{NET_COLUMN}{rows + 1})'
    fmt = cells_money_format(currency)
    return ["Total", None, None, None, None, cells.formula(gross, fmt), None,
            cells.formula(net, fmt), currency]


def _converted_total(cells: CellMaker, rows: int, base: str) -> list[Any]:
    """One sum in the reporting currency (deals without a rate have an empty cell)."""
    total = f"=SUM({CONVERTED_COLUMN}2:{CONVERTED_COLUMN}{rows + 1})"
    return [f"Total in {base}", *[None] * 10, cells.formula(total, cells_money_format(base))]


def cells_money_format(currency: str) -> str:
    """Return the money format used for a currency's totals."""
    from funneldesk.spreadsheets.cells import money_format

    return money_format(currency)


def _write_xlsx(target: Path, deals: Iterator[Deal], total: int, base: str,
                on_progress: Progress | None, cancelled: Cancel | None) -> int:
    book = Workbook(write_only=True)
    summary = book.create_sheet("Summary")
    months = _MonthSheets(book, base)
    done = 0
    with abandoning(book):
        for deal in deals:
            months.add(deal)
            done += 1
            tick(done, total, on_progress, cancelled)
    months.close()
    _write_summary(summary, months.months)
    book.save(target)
    return done


def _write_summary(sheet: Any, months: dict[str, tuple[int, set[str]]]) -> None:
    cells = CellMaker(sheet)
    for index, size in enumerate([12, 10, 10, 18, 18], start=1):
        sheet.column_dimensions[get_column_letter(index)].width = size
    sheet.append(cells.header(["Month", "Currency", "Deals", "Amount", "Net amount"]))
    lines = [(m, c, rows) for m, (rows, cur) in months.items() for c in sorted(cur)]
    for month, currency, rows in lines:
        sheet.append(_summary_line(cells, month, currency, rows))
    sheet.append([])
    for currency in sorted({c for _, c, _ in lines}):
        sheet.append(_grand_total(cells, currency, len(lines)))


def _summary_line(cells: CellMaker, month: str, currency: str, rows: int) -> list[Any]:
    span = f"'{month}'!{CURRENCY_COLUMN}2:{CURRENCY_COLUMN}{rows + 1}"

    def over(column: str) -> str:
        return f"=SUMIF({span},\"{currency}\",'{month}'!{column}2:{column}{rows + 1})"

    fmt = cells_money_format(currency)
    return [month, currency, cells.formula(f'=COUNTIF({span},"{currency}")'),
            cells.formula(over(AMOUNT_COLUMN), fmt), cells.formula(over(NET_COLUMN), fmt)]


def _grand_total(cells: CellMaker, currency: str, lines: int) -> list[Any]:
    end = lines + 1
    fmt = cells_money_format(currency)

    def over(column: str) -> str:
        return f'=SUMIF(B2:B{end},"{currency}",{column}2:{column}{end})'

    return ["Total", currency, cells.formula(over("C")), cells.formula(over("D"), fmt),
            cells.formula(over("E"), fmt)]


def _write_csv(target: Path, deals: Iterator[Deal], total: int, base: str,
               on_progress: Progress | None, cancelled: Cancel | None) -> int:
    done = 0
    with target.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADERS + converted_headers(base))
        for deal in deals:
            writer.writerow([deal.won_on.date().isoformat(), *map(csv_text, (
                deal.client, deal.company, deal.title, deal.reference)), deal.gross,
                f"{deal.discount:.2%}", deal.net, deal.currency, csv_text(deal.owner),
                csv_text(deal.channel), "" if deal.converted is None else deal.converted,
                "" if deal.rate is None else deal.rate])
            done += 1
            tick(done, total, on_progress, cancelled)
    return done
