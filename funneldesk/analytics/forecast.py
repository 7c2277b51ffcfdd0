"""Weighted pipeline and expected won value by expected-close month; rotting leads.

Weighted value = value x the probability of the lead's current stage, over open
leads. Leads without an expected close date are grouped under ``unscheduled``. A lead
rots when it has been in an open stage longer than that stage's rotting limit.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal

from sqlalchemy import func, or_, select

from funneldesk.analytics.scope import EVERYTHING, P, ReportFilter, resolve
from funneldesk.analytics.stats import money
from funneldesk.domain.records import UserRecord
from funneldesk.storage.database import Database
from funneldesk.storage.models import Lead, Stage, User


@dataclass(frozen=True, slots=True)
class ForecastRow:
    """Open leads expected to close in one month: count, value and probability-weighted value."""

    month: str
    leads: int
    value: Decimal
    weighted_value: Decimal


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


def forecast(db: Database, actor: UserRecord, flt: ReportFilter = EVERYTHING) -> list[ForecastRow]:
    """Return open leads' value and weighted value by expected-close month (unscheduled last)."""
    with db.read() as session:
        scope = resolve(session, actor, flt)
        weighted = func.sum(P.value_minor * Stage.probability)
        query = select(P.expected_close, func.count(), func.sum(P.value_minor), weighted)
        query = query.join(Stage, Stage.id == P.stage_id).where(*scope.conditions, P.status == "open")
        rows = session.execute(query.group_by(P.expected_close)).all()
    months: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for expected, n, value, weight in rows:
        cell = months[_month(expected)]
        cell[0], cell[1], cell[2] = cell[0] + n, cell[1] + int(value or 0), cell[2] + int(weight or 0)
    order = sorted(months, key=lambda m: (m == "unscheduled", m))
    cents = Decimal("0.01")
    return [
        ForecastRow(m, months[m][0], money(months[m][1]), (money(months[m][2]) / 100).quantize(cents))
        for m in order
    ]


def rotting(
    db: Database, actor: UserRecord, flt: ReportFilter = EVERYTHING, now: datetime | None = None
) -> list[RottingLead]:
    """Return open leads past their stage's rotting limit, the most overdue first."""
    now = now or datetime.now()
    with db.read() as session:
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
        query = select(P.lead_id, Lead.title, Stage.name, User.name, P.stage_entered_at, Stage.rotting_days)
        query = query.join(Lead, Lead.id == P.lead_id).join(Stage, Stage.id == P.stage_id)
        query = query.outerjoin(User, User.id == P.owner_id).where(
            *scope.conditions, P.status == "open", late
        )
        rows = session.execute(query).all()
    found = [
        RottingLead(lid, title, stage, owner, (now - entered).days, limit)
        for lid, title, stage, owner, entered, limit in rows
    ]
    return sorted(found, key=lambda r: (r.limit_days - r.days_in_stage, r.lead_id))
