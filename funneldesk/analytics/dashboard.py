"""Everything one dashboard refresh needs, composed from the other analytics modules.

``dashboard(db, actor, flt)`` returns the funnel, the manager table (with the previous
period's beside it), the channel table, the trend series for this and the previous
period, time in stage, conversion by employee and stage, the forecast (of every open
lead, whenever created) and the what-if basis, so a screen makes one call on its worker.
Period presets and the previous period of a range are defined here too, and ``drill``
names the lead ids behind any bar the dashboard draws.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction
from typing import Any

from sqlalchemy import select

from funneldesk.analytics.conversion import added_up, reporting_currency
from funneldesk.analytics.drill import lead_ids
from funneldesk.analytics.forecast import ForecastRow, forecast
from funneldesk.analytics.funnel import Funnel, funnel
from funneldesk.analytics.parallel import run_all
from funneldesk.analytics.periods import PeriodRow, periods
from funneldesk.analytics.scope import P, ReportFilter, resolve
from funneldesk.analytics.steps import OwnerSteps, managers_and_steps
from funneldesk.analytics.tables import GroupRow, channels, managers
from funneldesk.analytics.timing import StageTime, stage_times
from funneldesk.analytics.whatif import Number, Projection, project
from funneldesk.domain.errors import InvalidInput
from funneldesk.domain.records import UserRecord
from funneldesk.storage import tables
from funneldesk.storage.database import Database

REASONS = tables.lost_reasons.c

PRESETS = ("this_month", "last_month", "this_quarter", "last_quarter", "this_year", "all", "custom")


@dataclass(frozen=True, slots=True)
class WhatIfBasis:
    """The current cohort funnel as a chain: entered, step conversions (exact), average won value."""

    entered: int
    steps: tuple[tuple[str, Fraction], ...]
    avg_won_value: Fraction

    def project(self, top_growth: Number = 0, changes: Mapping[str, Number] | None = None) -> Projection:
        """Project won deals and value under a top-of-funnel growth and changed step conversions."""
        return project(self.entered, self.steps, self.avg_won_value, top_growth=top_growth, changes=changes)


@dataclass(frozen=True, slots=True)
class Dashboard:
    """All figures of one dashboard refresh; ``previous`` is None without a created range.

    ``managers_previous`` carries counts and rates only (no median sales cycle): the
    screen compares conversion with the previous period, nothing else.
    """

    filter: ReportFilter
    previous: ReportFilter | None
    by: str
    funnel: Funnel
    managers: tuple[GroupRow, ...]
    managers_previous: tuple[GroupRow, ...]
    channels: tuple[GroupRow, ...]
    trend: tuple[PeriodRow, ...]
    trend_previous: tuple[PeriodRow, ...]
    stage_times: tuple[StageTime, ...]
    steps: OwnerSteps
    forecast: tuple[ForecastRow, ...]
    whatif: WhatIfBasis
    currency: str = "USD"  # the reporting currency every money figure is in
    unconverted_won: dict[str, Decimal] = field(default_factory=dict)  # won money without a rate
    unconverted_open: dict[str, Decimal] = field(default_factory=dict)  # open pipeline without a rate


def _quarter_start(day: date) -> date:
    return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)


def _month_before(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 - months
    return date(index // 12, index % 12 + 1, 1)


def preset_range(preset: str, today: date) -> tuple[date | None, date | None]:
    """Return the inclusive created range of a period preset ('all' and 'custom': no range)."""
    if preset not in PRESETS:
        raise InvalidInput(f"period preset must be one of {', '.join(PRESETS)}, not {preset!r}")
    month, quarter = today.replace(day=1), _quarter_start(today)
    ranges = {
        "this_month": (month, today),
        "last_month": (_month_before(month, 1), month - timedelta(days=1)),
        "this_quarter": (quarter, today),
        "last_quarter": (_month_before(quarter, 3), quarter - timedelta(days=1)),
        "this_year": (date(today.year, 1, 1), today),
    }
    return ranges.get(preset, (None, None))


def _months_back(day: date, months: int, month_end: bool) -> date:
    first = _month_before(day.replace(day=1), months)
    last = (_month_before(first, -1) - timedelta(days=1)).day
    return first.replace(day=last if month_end else min(day.day, last))


PRESET_MONTHS = {"this_month": 1, "last_month": 1, "this_quarter": 3, "last_quarter": 3, "this_year": 12}


def previous_range(start: date, end: date, preset: str | None = None) -> tuple[date, date]:
    """Return the period before [start, end]: a preset's unit back (this year -> the same days a
    year ago), whole months back for a range from the 1st of a month, else the same length just before."""
    months = (end.year - start.year) * 12 + end.month - start.month + 1
    if start.day != 1 or months > 12:
        length = (end - start).days + 1
        return start - timedelta(days=length), start - timedelta(days=1)
    back = PRESET_MONTHS.get(preset or "", months)
    month_end = (end + timedelta(days=1)).day == 1
    return _months_back(start, back, False), _months_back(end, back, month_end)


def previous_filter(flt: ReportFilter, preset: str | None = None) -> ReportFilter | None:
    """Return the filter moved to the previous period of its created range (None without one)."""
    if flt.created_from is None or flt.created_to is None:
        return None
    low, high = previous_range(flt.created_from, flt.created_to, preset)
    return replace(flt, created_from=low, created_to=high)


def trend_grain(flt: ReportFilter) -> str:
    """Return the period a trend over the filter's range is best drawn by."""
    if flt.created_from is None or flt.created_to is None:
        return "month"
    span = (flt.created_to - flt.created_from).days + 1
    return "day" if span <= 45 else "week" if span <= 130 else "month"


def whatif_basis(current: Funnel, manager_rows: tuple[GroupRow, ...] | list[GroupRow]) -> WhatIfBasis:
    """Return the what-if chain of a cohort funnel, as ``whatif.what_if`` builds it."""
    rows = current.stages
    steps = [
        (r.stage, Fraction(r.reached, rows[i - 1].reached) if rows[i - 1].reached else Fraction(0))
        for i, r in enumerate(rows)
        if i and r.kind in ("open", "won")
    ]
    won_rows = [r for r in rows if r.kind == "won"]
    steps = steps[: rows.index(won_rows[0])] if won_rows else steps
    won_value = sum((m.won_value for m in manager_rows), Decimal(0))
    # Over the won deals whose value is known in the reporting currency (those with a rate).
    priced = sum(m.won_priced for m in manager_rows)
    avg = Fraction(str(won_value)) / priced if priced else Fraction(0)
    return WhatIfBasis(current.entered, tuple(steps), avg)


def dashboard(
    db: Database,
    actor: UserRecord,
    flt: ReportFilter | None = None,
    *,
    team: bool = False,
    preset: str | None = None,
) -> Dashboard:
    """Compute every figure of the dashboard for a filter (team: managers rolled up; preset: its name).

    The reports run as one batch on the report threads, the slowest first (time in stage,
    then the manager table with the step conversion, which share one read of the owners'
    figures), so neither thread idles while the other finishes a long one: at 1M leads
    this beat the counts first, then the slow pair, by ~15 %.
    """
    flt = flt or ReportFilter()
    before, by = previous_filter(flt, preset), trend_grain(flt)
    jobs: dict[str, Callable[[], Any]] = {
        "times": lambda: tuple(stage_times(db, actor, flt)),
        "people": lambda: managers_and_steps(db, actor, flt, team=team),
        "people_before": lambda: (
            tuple(managers(db, actor, before, team=team, cycles=False)) if before else ()
        ),
        "channels": lambda: tuple(channels(db, actor, flt)),
        "funnel": lambda: funnel(db, actor, flt),
        "trend": lambda: tuple(periods(db, actor, flt, by)),
        "trend_before": lambda: tuple(periods(db, actor, before, by)) if before else (),
        "everyone": lambda: tuple(managers(db, actor, flt, cycles=False)) if team else (),
        "forecast": lambda: tuple(forecast(db, actor, flt.without_dates())),
        "currency": lambda: _currency(db),
    }
    got = run_all(jobs)
    current, (owner_rows, steps) = got["funnel"], got["people"]
    people = tuple(owner_rows)
    return Dashboard(
        flt,
        before,
        by,
        current,
        people,
        got["people_before"],
        got["channels"],
        got["trend"],
        got["trend_before"],
        got["times"],
        steps,
        got["forecast"],
        whatif_basis(current, got["everyone"] if team else people),
        got["currency"],
        added_up(row.unconverted for row in (got["everyone"] if team else people)),
        added_up(row.unconverted for row in got["forecast"]),
    )


def _currency(db: Database) -> str:
    with db.query() as session:
        return reporting_currency(session)



def drill(
    db: Database,
    actor: UserRecord,
    flt: ReportFilter,
    figure: str,
    *,
    owner: int | None = None,
    team: bool = False,
    channel: int | None = None,
    stage: str | int | None = None,
    reason: str | None = None,
) -> tuple[int, ...]:
    """Return the ids of the leads behind one bar: a figure narrowed to an owner, channel or lost reason."""
    if owner is not None:
        flt = replace(flt, owners=(owner,), team=team)
    if channel is not None:
        flt = replace(flt, channels=(channel,))
    if figure != "lost_reason":
        return lead_ids(db, actor, flt, figure=figure, stage=stage)
    found = set(lead_ids(db, actor, flt, figure="lost_at", stage=stage))
    with db.query() as session:
        conds = resolve(session, actor, flt).conditions
        reason_id = session.scalar(select(REASONS.id).where(REASONS.name == reason))
        query = select(P.lead_id).where(*conds, P.status == "lost")
        query = query.where(
            P.lost_reason_id.is_(None) if reason_id is None else P.lost_reason_id == reason_id
        )
        return tuple(sorted(found & set(session.scalars(query))))
