"""Weighted pipeline and expected won value by expected-close month; rotting leads.

Weighted value = value x the probability of the lead's current stage, over open
leads. Values are in the reporting currency at today's rate; an open lead in a currency
with no rate today is left out and listed in ``unconverted``. Leads without an expected
close date are grouped under ``unscheduled``. A lead
rots when it has been in an open stage longer than that stage's rotting limit.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import case, func, or_, select

from funneldesk.analytics.conversion import convert_sql, rate_case, reporting_currency, today_rates
from funneldesk.analytics.scope import EVERYTHING, P, ReportFilter, resolve
from funneldesk.analytics.stats import money
from funneldesk.domain.records import UserRecord
from funneldesk.storage import tables
from funneldesk.storage.database import Database
from funneldesk.storage.engine import dialect_of

LEADS, STAGES, USERS = tables.leads, tables.stages, tables.users


@dataclass(frozen=True, slots=True)
class ForecastRow:
    """Open leads expected to close in one month: count, value and probability-weighted value."""

    month: str
    leads: int
    value: Decimal
    weighted_value: Decimal
    unconverted: dict[str, Decimal] = field(default_factory=dict)  # open value without a rate


@dataclass(frozen=True, slots=True)
class RottingLead:
    """An open lead past its stage's rotting limit."""

    lead_id: int
    title: str
    stage: str
    owner: str | None
    days_in_stage: int
    limit_days: int


def _month(value: object) -> str:
    if value is None:
        return "unscheduled"
    return str(value)[:7]


def _percent_of(weight: int) -> int:
    """Return minor units x percent / 100, rounded half away from zero to a whole minor unit.

    Like every money figure, the weighted value keeps the reporting currency's minor unit
    (no fraction of a yen, a fils kept), not cents in every currency.
    """
    return int((Decimal(weight) / 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def forecast(
    db: Database, actor: UserRecord, flt: ReportFilter = EVERYTHING, today: date | None = None
) -> list[ForecastRow]:
    """Return open leads' value and weighted value by expected-close month (unscheduled last).

    ``today``: the day whose rates convert the open pipeline (default: today).
    """
    with db.query() as session:
        scope = resolve(session, actor, flt)
        base = reporting_currency(session)
        dialect = dialect_of(session)
        # Today's rates are one per currency: read once, given to SQL as a CASE, each open lead
        # converted and rounded as a won deal is (grouping by currency too cost 25-35 % at 100k).
        rates = today_rates(session, base, today)
        rate = rate_case(P.currency, rates)
        foreign = convert_sql(P.value_minor, rate, P.currency, base, dialect, rates)
        value = case((P.currency == base, P.value_minor), else_=foreign)
        sums = (func.sum(value), func.sum(value * STAGES.c.probability), func.count(value))
        query = select(P.expected_close, func.count(), *sums)
        query = query.join(STAGES, STAGES.c.id == P.stage_id).where(*scope.conditions, P.status == "open")
        rows = session.execute(query.group_by(P.expected_close)).all()
        lost_rows: list[Any] = []
        if any(priced < n for _, n, _, _, priced in rows):  # some open money has no rate today
            apart = select(P.expected_close, P.currency, func.sum(P.value_minor)).where(
                *scope.conditions, P.status == "open", P.currency.not_in(list(rates))
            )
            lost_rows = list(session.execute(apart.group_by(P.expected_close, P.currency)))
    months: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for expected, n, total, weight, _priced in rows:
        cell = months[_month(expected)]
        cell[0], cell[1], cell[2] = cell[0] + n, cell[1] + int(total or 0), cell[2] + int(weight or 0)
    lost: dict[str, Counter[str]] = defaultdict(Counter)
    for expected, currency, own in lost_rows:
        lost[_month(expected)][currency] += int(own or 0)
    order = sorted(months, key=lambda m: (m == "unscheduled", m))
    return [
        ForecastRow(
            m,
            months[m][0],
            money(months[m][1], base),
            money(_percent_of(months[m][2]), base),
            {cur: money(v, cur) for cur, v in sorted(lost[m].items()) if v},
        )
        for m in order
    ]


def rotting(
    db: Database, actor: UserRecord, flt: ReportFilter = EVERYTHING, now: datetime | None = None
) -> list[RottingLead]:
    """Return open leads past their stage's rotting limit, the most overdue first."""
    now = now or datetime.now()
    with db.query() as session:
        scope = resolve(session, actor, flt)
        limits = {s.id: s.rotting_days for s in scope.stages if s.kind == "open" and s.rotting_days}
        if not limits:
            return []
        late = or_(
            *(
                (P.stage_id == sid) & (P.stage_entered_at < now - timedelta(days=d))
                for sid, d in limits.items()
            )
        )
        query = select(
            P.lead_id, LEADS.c.title, STAGES.c.name, USERS.c.name, P.stage_entered_at, STAGES.c.rotting_days
        )
        query = query.join(LEADS, LEADS.c.id == P.lead_id).join(STAGES, STAGES.c.id == P.stage_id)
        query = query.outerjoin(USERS, USERS.c.id == P.owner_id).where(
            *scope.conditions, P.status == "open", late
        )
        rows = session.execute(query).all()
    found = [
        RottingLead(lid, title, stage, owner, (now - entered).days, limit)
        for lid, title, stage, owner, entered, limit in rows
    ]
    return sorted(found, key=lambda r: (r.limit_days - r.days_in_stage, r.lead_id))
