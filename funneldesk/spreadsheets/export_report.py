"""The analytics workbook: Summary, Funnel, Managers, Channels and Periods sheets, each
with a native Excel chart, holding the same figures as ``funneldesk report``.

Figures come from ``funneldesk.analytics`` (one definition of every metric); this
module only lays them out. Rates are written as fractions with a percent format so
the spreadsheet can compute with them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.chart import BarChart, LineChart, Reference
from openpyxl.utils import get_column_letter

from funneldesk.domain.errors import InvalidInput
from funneldesk.domain.records import UserRecord
from funneldesk.spreadsheets.cells import DATE_FORMAT, PERCENT_FORMAT, CellMaker, money_format
from funneldesk.spreadsheets.export_data import EVERYTHING, ExportFilter
from funneldesk.spreadsheets.export_leads import guarded
from funneldesk.storage.database import Database

Progress = Callable[[int, int], None]
GROUP_HEADERS = ["Name", "Leads", "Open", "Won", "Lost", "Conversion", "Win rate", "Won value",
                 "Average won value", "Median cycle (days)"]  # fmt: skip
CHANNEL_EXTRA = ["Spend", "Cost per lead", "Cost per won deal", "ROI"]
MONEY = money_format("USD")


def _rate(rate: Any) -> float | None:
    return None if rate is None else rate.value


def _sheet(book: Workbook, title: str, headers: list[str], widths: Sequence[int]) -> tuple[Any, CellMaker]:
    sheet = book.create_sheet(title)
    sheet.freeze_panes = "A2"
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    cells = CellMaker(sheet)
    sheet.append(cells.header(headers))
    return sheet, cells


def _bar(title: str, sheet: Any, column: int, rows: int, anchor: str, y_title: str) -> None:
    chart = BarChart()
    chart.title, chart.y_axis.title, chart.height, chart.width = title, y_title, 8, 16
    chart.add_data(Reference(sheet, min_col=column, min_row=1, max_row=rows + 1), titles_from_data=True)
    chart.set_categories(Reference(sheet, min_col=1, min_row=2, max_row=rows + 1))
    sheet.add_chart(chart, anchor)


def _funnel_sheet(book: Workbook, funnel: Any) -> None:
    sheet, cells = _sheet(
        book,
        "Funnel",
        ["Stage", "Reached", "Current", "From previous", "From top", "Drop-off", "Lost here"],
        [18, 10, 10, 14, 12, 10, 10],
    )
    for s in funnel.stages:
        sheet.append(
            [
                cells.text(s.stage),
                s.reached,
                s.current,
                cells.formatted(_rate(s.conversion_from_previous), PERCENT_FORMAT),
                cells.formatted(_rate(s.conversion_from_top), PERCENT_FORMAT),
                s.drop_off,
                s.lost_here,
            ]
        )
    _bar(f"Funnel: {funnel.pipeline}", sheet, 2, len(funnel.stages), "I2", "leads reached")


def _group_cells(cells: CellMaker, row: Any, channel: bool, currency: str = "USD") -> list[Any]:
    values = [
        cells.text(row.name),
        row.leads,
        row.open,
        row.won,
        row.lost,
        cells.formatted(_rate(row.conversion), PERCENT_FORMAT),
        cells.formatted(_rate(row.win_rate), PERCENT_FORMAT),
        cells.money(row.won_value, currency),
        cells.money(row.avg_won_value, currency),
        row.median_cycle_days,
    ]
    if channel:
        values += [
            cells.money(row.spend, currency),
            cells.money(row.cost_per_lead, currency),
            cells.money(row.cost_per_won, currency),
            cells.formatted(row.roi, PERCENT_FORMAT),
        ]
    return values


def _group_sheet(book: Workbook, title: str, rows: list[Any], channel: bool, currency: str = "USD") -> None:
    headers = GROUP_HEADERS + (CHANNEL_EXTRA if channel else [])
    sheet, cells = _sheet(book, title, headers, [24] + [12] * (len(headers) - 1))
    for row in rows:
        sheet.append(_group_cells(cells, row, channel, currency))
    if rows:
        _bar(
            f"Won value by {title.lower().rstrip('s')}",
            sheet,
            8,
            len(rows),
            f"{get_column_letter(len(headers) + 2)}2",
            "won value",
        )


def _periods_sheet(book: Workbook, rows: list[Any], currency: str = "USD") -> None:
    sheet, cells = _sheet(
        book,
        "Periods",
        ["Period", "Start", "Created", "Won", "Lost", "Won value", "Conversion"],
        [12, 12, 10, 10, 10, 14, 12],
    )
    for row in rows:
        sheet.append(
            [
                row.period,
                cells.formatted(row.start, DATE_FORMAT),
                row.created,
                row.won,
                row.lost,
                cells.money(row.won_value, currency),
                cells.formatted(_rate(row.conversion), PERCENT_FORMAT),
            ]
        )
    if rows:
        chart = LineChart()
        chart.title, chart.height, chart.width = "Leads created and won", 8, 16
        chart.add_data(
            Reference(sheet, min_col=3, max_col=4, min_row=1, max_row=len(rows) + 1), titles_from_data=True
        )
        chart.set_categories(Reference(sheet, min_col=1, min_row=2, max_row=len(rows) + 1))
        sheet.add_chart(chart, "I2")


def _summary_sheet(book: Workbook, funnel: Any, managers: list[Any], currency: str = "USD") -> None:
    sheet, cells = _sheet(book, "Summary", ["Figure", "Value"], [30, 18])
    won_value = sum((m.won_value for m in managers), start=0)
    lines = [
        ("Pipeline", cells.text(funnel.pipeline)),
        ("Leads entered", funnel.entered),
        ("Won", funnel.won),
        ("Lost", sum(m.lost for m in managers)),
        ("Open", sum(m.open for m in managers)),
        ("Overall conversion", cells.formatted(_rate(funnel.conversion), PERCENT_FORMAT)),
        ("Won value", cells.money(won_value, currency)),
        ("Reporting currency", currency),
        # Won money with no exchange rate is never added to the figures above.
        ("Won, not converted (no rate)", cells.text(_left_out(managers))),
    ]
    for label, value in lines:
        sheet.append([label, value])
    chart = BarChart()
    chart.title, chart.height, chart.width = "Won, lost and open leads", 8, 14
    chart.add_data(Reference(sheet, min_col=2, min_row=4, max_row=6))
    chart.set_categories(Reference(sheet, min_col=1, min_row=4, max_row=6))
    chart.legend = None
    sheet.add_chart(chart, "D2")


def _left_out(rows: list[Any]) -> str:
    total: dict[str, Decimal] = {}
    for row in rows:
        for cur, amount in row.unconverted.items():
            total[cur] = total.get(cur, Decimal(0)) + amount
    return ", ".join(f"{amount:,} {cur}" for cur, amount in sorted(total.items())) or "none"


def export_report(
    db: Database,
    actor: UserRecord,
    target: str | Path,
    where: ExportFilter = EVERYTHING,
    on_progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Write the analytics workbook; return the number of sheets written."""
    from funneldesk.analytics import funnel, periods, tables
    from funneldesk.analytics.scope import ReportFilter
    from funneldesk.services import rates

    target = Path(target)
    if target.suffix.lower() != ".xlsx":
        raise InvalidInput("the report export writes .xlsx only (it holds charts)")
    flt = ReportFilter(pipeline=where.pipeline, created_from=where.start, created_to=where.end)
    figures = (
        funnel.funnel(db, actor, flt),
        tables.managers(db, actor, flt),
        tables.channels(db, actor, flt),
        periods.periods(db, actor, flt),
        rates.base_currency(db),
    )
    return guarded(target, lambda: _write(target, *figures, on_progress))


def _write(
    target: Path,
    fun: Any,
    managers: list[Any],
    channels: list[Any],
    series: list[Any],
    currency: str,
    on_progress: Progress | None,
) -> int:
    book = Workbook(write_only=True)
    steps: list[Callable[[], None]] = [
        lambda: _summary_sheet(book, fun, managers, currency),
        lambda: _funnel_sheet(book, fun),
        lambda: _group_sheet(book, "Managers", managers, False, currency),
        lambda: _group_sheet(book, "Channels", channels, True, currency),
        lambda: _periods_sheet(book, series, currency),
    ]
    for done, step in enumerate(steps, start=1):
        step()
        if on_progress:
            on_progress(done, len(steps))
    book.save(target)
    return len(steps)
