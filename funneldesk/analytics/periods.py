"""Per-period series: created, won, lost, won value and cohort conversion, with the previous period.

Leads count in the period they were created (created, and conversion = won / created
of that cohort) and in the period they closed (won, lost, won value, win rate). The
created range of the filter bounds both (created in it, closed in it); the closed range
and the other cuts select the leads as in every report. Grouping is by day in SQL and
into weeks (ISO), months, quarters or years in Python, so both engines agree. A period the range cuts
(this year's December on the 6th) says how many of its days the range covers, so a
short last period is not read as a collapse. Won value is in the reporting currency at
the rate of the won day; won money with no rate is left out and listed in ``unconverted``.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select

from funneldesk.analytics.conversion import reporting_currency
from funneldesk.analytics.scope import EVERYTHING, P, ReportFilter, resolve
from funneldesk.analytics.stats import Rate, money, rate
from funneldesk.domain.errors import InvalidInput
from funneldesk.domain.records import UserRecord
from funneldesk.storage.database import Database

PERIODS = ("day", "week", "month", "quarter", "year")
ONE_DAY = timedelta(days=1)


@dataclass(frozen=True, slots=True)
class PeriodRow:
    """One period's figures and the previous period's beside them."""

    period: str
    start: date
    created: int
    won: int
    lost: int
    won_value: Decimal
    conversion: Rate
    previous: tuple[int, int, int, Decimal] | None
    days: int  # the period's length in days
    days_in_range: int  # of them, inside the filter's created range (fewer: a partial period)
    win_rate: Rate  # won / (won + lost): the leads closed in the period
    unconverted: dict[str, Decimal] = field(default_factory=dict)  # won money without a rate

    @property
    def created_won(self) -> int:
        """Return the leads created in the period that are won by now (conversion's hits)."""
        return self.conversion.hits

    @property
    def partial(self) -> bool:
        """Say whether the filter's range cuts this period (its figures cover only part of it)."""
        return self.days_in_range < self.days


def period_of(day: date, by: str) -> tuple[str, date]:
    """Return the label and first day of the period holding a day."""
    if by == "day":
        return day.isoformat(), day
    if by == "week":
        year, week, weekday = day.isocalendar()
        return f"{year}-W{week:02d}", day - timedelta(days=weekday - 1)
    if by == "month":
        return f"{day.year}-{day.month:02d}", day.replace(day=1)
    if by == "quarter":
        q = (day.month - 1) // 3
        return f"{day.year}-Q{q + 1}", date(day.year, 3 * q + 1, 1)
    return str(day.year), date(day.year, 1, 1)


def _as_date(value: object) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def _by_day(
    db: Database, actor: UserRecord, flt: ReportFilter
) -> tuple[Sequence[Any], Sequence[Any], Sequence[Any], str]:
    with db.query() as session:
        # The created range bounds both series (below); the closed range cuts the leads, as in
        # every other report (it used to be dropped with the created range, unnoticed).
        conds = resolve(session, actor, replace(flt, created_from=None, created_to=None)).conditions
        lo, hi = flt.created_from, flt.created_to
        # Grouped by status in the order of ix_lead_progress_created/_closed: plain counts
        # and sums, no CASE per row; the statuses are told apart in Python.
        created = select(P.created_day, P.status, func.count()).where(*conds)
        created = created.where(
            *([P.created_day >= lo] if lo else []), *([P.created_day <= hi] if hi else [])
        ).group_by(P.created_day, P.status)
        value = func.sum(P.rep_minor)  # in the reporting currency; NULL (no rate) is left out
        closed = select(P.closed_day, P.status, func.count(), value, func.count(P.rep_minor))
        in_range = (*([P.closed_day >= lo] if lo else []), *([P.closed_day <= hi] if hi else []))
        closed = closed.where(*conds, P.status != "open", *in_range)
        closed_rows = session.execute(closed.group_by(P.closed_day, P.status)).all()
        lost: Sequence[Any] = ()
        if any(status == "won" and priced < n for _, status, n, _, priced in closed_rows):
            query = select(P.closed_day, P.currency, func.sum(P.value_minor)).where(
                *conds, *in_range, P.status == "won", P.rep_minor.is_(None)
            )
            lost = session.execute(query.group_by(P.closed_day, P.currency)).all()
        return session.execute(created).all(), closed_rows, lost, reporting_currency(session)


def periods(
    db: Database, actor: UserRecord, flt: ReportFilter = EVERYTHING, by: str = "month"
) -> list[PeriodRow]:
    """Return the series of periods (gaps filled with zeros), each with the previous one's figures."""
    if by not in PERIODS:
        raise InvalidInput(f"period must be one of {', '.join(PERIODS)}, not {by!r}")
    created_rows, closed_rows, lost_rows, base = _by_day(db, actor, flt)
    figures: dict[tuple[str, date], list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0])
    # Each day comes once per status and in both queries: its period is worked out once.
    cells: dict[object, list[int]] = {}
    for day, status, n in created_rows:
        cell = cells.get(day) or cells.setdefault(day, figures[period_of(_as_date(day), by)])
        cell[0] += n
        cell[4] += n if status == "won" else 0
    for day, status, n, value, _priced in closed_rows:
        cell = cells.get(day) or cells.setdefault(day, figures[period_of(_as_date(day), by)])
        cell[1 if status == "won" else 2] += n
        cell[3] += int(value or 0) if status == "won" else 0
    lost: dict[tuple[str, date], Counter[str]] = defaultdict(Counter)
    for day, currency, minor in lost_rows:
        lost[period_of(_as_date(day), by)][currency] += int(minor or 0)
    return _series(figures, by, flt.created_from, flt.created_to, lost, base)


def _series(
    figures: dict[tuple[str, date], list[int]],
    by: str,
    low: date | None,
    high: date | None,
    lost: dict[tuple[str, date], Counter[str]] | None = None,
    currency: str = "USD",
) -> list[PeriodRow]:
    if not figures:
        return []
    keys = sorted(figures, key=lambda k: k[1])
    rows: list[PeriodRow] = []
    key, last = keys[0], keys[-1]
    while True:
        c, w, lo, v, cw = figures.get(key, [0, 0, 0, 0, 0])
        prev = rows[-1] if rows else None
        before = (prev.created, prev.won, prev.lost, prev.won_value) if prev else None
        start, after = key[1], _next_start(key[1], by)
        days = (after - start).days
        inside = (min(after, high + ONE_DAY) if high else after) - (max(start, low) if low else start)
        conversion = rate(cw, c, f"conversion of the {key[0]} cohort")
        win_rate = rate(w, w + lo, f"win rate of {key[0]}")
        left_out = {cur: money(m, cur) for cur, m in sorted((lost or {}).get(key, {}).items()) if m}
        won_value = money(v, currency)
        row = PeriodRow(
            key[0], start, c, w, lo, won_value, conversion, before, days, inside.days, win_rate, left_out
        )
        rows.append(row)
        if key == last:
            return rows
        key = period_of(after, by)


def _next_start(start: date, by: str) -> date:
    if by in ("day", "week"):
        return start + timedelta(days=1 if by == "day" else 7)
    months = {"month": 1, "quarter": 3, "year": 12}[by]
    index = start.year * 12 + start.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)
