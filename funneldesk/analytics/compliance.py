"""Process compliance per owner (or per manager's team): how the stage gate was kept.

For the leads of the report filter (``lead_progress`` conditions), per lead owner:

- ``overrides``: gate overrides (one per override, however many stages it crossed);
- ``skipped_stages``: stages jumped over by forward moves (optional stages a jump passes);
- ``imported_past_gate``: imported stage changes that crossed unmet exit criteria
  (``how = import`` with the reason ``IMPORTED_PAST_GATE``);
- ``refused_moves``: refused attempts to move past unmet criteria (``gate_refusals``);
- ``missing_data``: open leads whose current stage's exit criteria are unmet and that
  have sat in it longer than its rotting limit (the criteria evaluated in SQL, mirroring
  ``gating.criteria``);
- ``overdue_activities``: open activities due before today;
- ``no_next_action``: open leads with no next-action date and no open activity;
- ``median_first_contact_days``: median days from a lead's creation to its first done
  call, meeting, e-mail or demo.

The first four are kept per lead in ``lead_desk`` (rebuilt from the history with
lead_progress), so they are one grouped index walk. Each measure is one SELECT of
(owner, lead, weight) rows: the counts sum it, and ``leads_behind`` lists exactly its
leads, so a clicked count opens the leads it counts.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from functools import cache
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    String,
    and_,
    case,
    cast,
    false,
    func,
    literal,
    not_,
    or_,
    select,
    true,
)
from sqlalchemy.orm import InstrumentedAttribute, Session
from sqlalchemy.sql.elements import SQLColumnExpression

from funneldesk.analytics.desk_derived import DESK
from funneldesk.analytics.scope import EVERYTHING, PROGRESS, P, ReportFilter, Scope, StageInfo, resolve
from funneldesk.analytics.stats import days
from funneldesk.domain.errors import InvalidInput
from funneldesk.domain.money import other_minor_digits
from funneldesk.domain.records import UserRecord
from funneldesk.services.activities import day_start, due_between, no_next_action_condition
from funneldesk.services.permissions import subordinate_ids
from funneldesk.storage.database import Database
from funneldesk.storage.models import (
    Activity,
    Approval,
    Channel,
    ChecklistTick,
    ExitCriterion,
    Lead,
    Persona,
    User,
)

MEASURES = (
    "overrides",
    "skipped_stages",
    "imported_past_gate",
    "refused_moves",
    "missing_data",
    "overdue_activities",
    "no_next_action",
)
STORED = ("overrides", "skipped_stages", "imported_past_gate", "refused_moves")  # kept in lead_desk
D = DESK.c


@dataclass(frozen=True, slots=True)
class ComplianceRow:
    """One owner's (or one manager's team's) compliance counts."""

    owner_id: int | None
    owner: str
    login: str | None
    leads: int
    overrides: int
    skipped_stages: int
    imported_past_gate: int
    refused_moves: int
    missing_data: int
    overdue_activities: int
    no_next_action: int
    median_first_contact_days: float | None


# --- exit criteria as SQL (mirrors funneldesk.gating.criteria.is_met / applies) ------------

_NUMERIC = {
    "discount": Lead.discount_bp / 100.0,
    "satisfaction": Lead.satisfaction,
}


@cache
def _value_in_its_currency() -> ColumnElement[Any]:
    """Return the lead's value in its own currency's units, as the gate compares it.

    Minor units over 100 made 150,000 yen 1,500 and 0.400 dinar 4 (ISO 4217: JPY has no
    minor unit, KWD three); the gate reads 150000 and 0.4.
    """
    scale = {code: float(10**digits) for code, digits in other_minor_digits().items()}
    return Lead.value_minor / case(scale, value=Lead.currency, else_=100.0)


def _numeric(field: str) -> SQLColumnExpression[Any] | None:
    """Return the SQL of a numeric field the gate can compare, or None for other fields."""
    return _value_in_its_currency() if field == "value" else _NUMERIC.get(field)
_TEXT: dict[str, InstrumentedAttribute[str | None]] = {
    name: getattr(Lead, name)
    for name in ("title", "contact_name", "company", "email", "phone", "category", "temperature", "notes")
}
_DATES: dict[str, InstrumentedAttribute[date | None]] = {
    "expected_close": Lead.expected_close,
    "next_action": Lead.next_action,
}
_NAMED: dict[str, tuple[type[Channel] | type[Persona], InstrumentedAttribute[int | None]]] = {
    "channel": (Channel, Lead.channel_id),
    "persona": (Persona, Lead.persona_id),
}


def _number(text: str | None) -> float | None:
    try:
        return float(Decimal(text)) if text is not None else None
    except InvalidOperation:
        return None


def _ordered(column: Any, operator: str, operand: Any) -> ColumnElement[bool]:
    ops: dict[str, Callable[[Any, Any], ColumnElement[bool]]] = {
        "eq": lambda a, b: a == b,
        "ne": lambda a, b: a != b,
        "gt": lambda a, b: a > b,
        "gte": lambda a, b: a >= b,
        "lt": lambda a, b: a < b,
        "lte": lambda a, b: a <= b,
    }
    return ops[operator](column, operand)


def field_condition(field: str, operator: str, operand: str | None) -> ColumnElement[bool]:
    """Return SQL true where the lead's field satisfies the operator (unset never compares)."""
    column = _numeric(field)
    if column is not None:
        if operator == "set":
            return column.is_not(None)
        target = _number(operand)
        return false() if target is None else and_(column.is_not(None), _ordered(column, operator, target))
    if field in _NAMED:
        model, key = _NAMED[field]
        if operator == "set":
            return key.is_not(None)
        name = select(func.lower(model.name)).where(model.id == key).scalar_subquery()
        return and_(key.is_not(None), _ordered(name, operator, (operand or "").casefold()))
    other = _TEXT.get(field, _DATES.get(field))
    if other is None:
        return false()
    filled = and_(other.is_not(None), func.trim(cast(other, String)) != "")
    if operator == "set":
        return filled
    text = func.lower(cast(other, String))
    return and_(filled, _ordered(text, operator, (operand or "").casefold()))


def criterion_met(c: ExitCriterion) -> ColumnElement[bool]:
    """Return SQL true where the lead meets the criterion (or its condition does not apply)."""
    if c.kind == "field":
        met = field_condition(c.field or "", c.operator or "set", c.operand)
    elif c.kind == "checklist":
        met = (
            select(ChecklistTick.id)
            .where(ChecklistTick.lead_id == Lead.id, ChecklistTick.criterion_id == c.id)
            .exists()
        )
    elif c.kind == "approval":
        met = select(Approval.id).where(Approval.lead_id == Lead.id, Approval.criterion_id == c.id).exists()
    elif c.kind == "activity":
        done = select(func.count(Activity.id)).where(
            Activity.lead_id == Lead.id,
            Activity.kind == (c.activity_kind or ""),
            Activity.done_at.is_not(None),
        )
        met = done.scalar_subquery() >= c.min_count
    else:
        return true()
    if c.when_field and c.when_operator:
        return or_(not_(field_condition(c.when_field, c.when_operator, c.when_operand)), met)
    return met


def _rotting(stages: tuple[StageInfo, ...], now: datetime) -> ColumnElement[bool]:
    """Return the lead_progress-only test 'in an open stage past its rotting limit' (checked first)."""
    late = [
        and_(P.stage_id == s.id, P.stage_entered_at < now - timedelta(days=s.rotting_days))
        for s in stages
        if s.kind == "open" and s.rotting_days
    ]
    return or_(*late) if late else false()


def _missing_clause(session: Session, stages: tuple[StageInfo, ...], now: datetime) -> ColumnElement[bool]:
    rotting = {s.id: s.rotting_days for s in stages if s.kind == "open" and s.rotting_days}
    criteria: dict[int, list[ExitCriterion]] = defaultdict(list)
    if rotting:
        for c in session.scalars(select(ExitCriterion).where(ExitCriterion.stage_id.in_(sorted(rotting)))):
            criteria[c.stage_id].append(c)
    parts = [
        and_(
            P.stage_id == sid,
            P.stage_entered_at < now - timedelta(days=rotting[sid]),
            not_(and_(*(criterion_met(c) for c in found))),
        )
        for sid, found in criteria.items()
        if found
    ]
    return or_(*parts) if parts else false()


# --- the measures: each a SELECT of (owner_id, lead_id, weight) ---------------------------


def measure_select(
    session: Session, scope: Scope, measure: str, now: datetime, today: date, desk: Scope | None = None
) -> Select:  # type: ignore[type-arg]
    """Return the (owner_id, lead_id, weight) rows behind one compliance count.

    The four history counts are kept per lead in lead_desk (``desk`` is the filter resolved
    on it); the others depend on today and are read live.
    """
    if measure in STORED:
        assert desk is not None
        column = D[measure]
        return select(D.owner_id, D.lead_id, column).where(*desk.conditions, column > 0)
    if measure == "overdue_activities":
        query = select(P.owner_id, P.lead_id, literal(1)).select_from(Activity)
        query = query.join(PROGRESS, P.lead_id == Activity.lead_id)
        return query.where(*scope.conditions, due_between(None, day_start(today)))
    open_leads = (
        select(P.owner_id, P.lead_id, literal(1)).select_from(PROGRESS).join(Lead, Lead.id == P.lead_id)
    )
    open_leads = open_leads.where(*scope.conditions, P.status == "open")
    if measure == "missing_data":
        return open_leads.where(_rotting(scope.stages, now), _missing_clause(session, scope.stages, now))
    if measure == "no_next_action":
        return open_leads.where(no_next_action_condition())
    raise InvalidInput(f"no compliance measure {measure!r}; choose one of {', '.join(MEASURES)}")


Counts = dict[int | None, int]


def _stored_counts(session: Session, desk: Scope) -> tuple[Counts, dict[str, Counts]]:
    """Return leads per owner and the four history counts (and 'contacted') per owner, in one walk."""
    sums = [func.sum(D[m]) for m in STORED]
    contacted = func.count(D.first_contact_seconds)
    query = select(D.owner_id, func.count(), contacted, *sums).where(*desk.conditions).group_by(D.owner_id)
    leads: dict[int | None, int] = {}
    counts: dict[str, dict[int | None, int]] = {m: {} for m in (*STORED, "contacted")}
    for owner, n, reached, *values in session.execute(query):
        leads[owner] = int(n)
        counts["contacted"][owner] = int(reached)
        for m, v in zip(STORED, values, strict=True):
            counts[m][owner] = int(v or 0)
    return leads, counts


def _counts(session: Session, query: Select) -> dict[int | None, int]:  # type: ignore[type-arg]
    rows = query.subquery()
    owner, weight = rows.c[0], rows.c[2]
    return {k: int(v or 0) for k, v in session.execute(select(owner, func.sum(weight)).group_by(owner))}


def owner_in(column: Any, owners: Sequence[int | None]) -> ColumnElement[bool]:
    """Return column IN owners, NULL (unassigned) included when asked for."""
    known = [o for o in owners if o is not None]
    return or_(column.in_(known), column.is_(None) if None in owners else false())


def contact_medians(
    session: Session,
    conds: tuple[Any, ...],
    pools: Mapping[Any, Sequence[int | None]],
    counts: Mapping[int | None, int] | None = None,
) -> dict[Any, float | None]:
    """Return each pool's median seconds to first contact (from lead_desk, middle rows only).

    ``counts`` (leads with a first contact per owner) may come from ``_stored_counts``.
    """
    seconds = D.first_contact_seconds
    if counts is None:
        counted = select(D.owner_id, func.count(seconds)).where(*conds).group_by(D.owner_id)
        counts = {k: int(n) for k, n in session.execute(counted)}
    found: dict[Any, float | None] = {}
    for key, members in pools.items():
        n = sum(counts.get(m, 0) for m in members)
        if not n:
            found[key] = None
            continue
        # The middle one (odd n) or two (even n) values of an ordered index walk.
        middle = select(seconds).where(*conds, seconds.is_not(None), owner_in(D.owner_id, members))
        middle = middle.order_by(seconds).limit(2 - n % 2).offset((n - 1) // 2)
        values = [float(v) for v in session.scalars(middle)]
        found[key] = sum(values) / len(values)
    return found


def _people(session: Session) -> dict[int | None, tuple[str, str | None]]:
    people: dict[int | None, tuple[str, str | None]] = {None: ("(unassigned)", None)}
    people.update(
        {uid: (name, login) for uid, name, login in session.execute(select(User.id, User.name, User.login))}
    )
    return people


def compliance(
    db: Database,
    actor: UserRecord,
    flt: ReportFilter = EVERYTHING,
    *,
    team: bool = False,
    now: datetime | None = None,
) -> list[ComplianceRow]:
    """Return the compliance counts per owner (or with team, per manager's team), by name."""
    now = now or datetime.now()
    with db.read() as session:
        scope = resolve(session, actor, flt)
        desk = resolve(session, actor, flt, DESK)
        leads, counts = _stored_counts(session, desk)
        for m in MEASURES:
            if m not in STORED:
                counts[m] = _counts(session, measure_select(session, scope, m, now, now.date()))
        people = _people(session)
        pools = _pools(session, scope, leads, counts, team)
        medians = contact_medians(session, desk.conditions, pools, counts.pop("contacted"))
    rows = []
    for key, members in pools.items():
        name, login = people.get(key, ("?", None))
        # By name (the measures are the row's field names): after *figures, a list of unknown
        # length, a positional median could not be matched to its field.
        figures = {m: sum(counts[m].get(o, 0) for o in members) for m in MEASURES}
        total = sum(leads.get(o, 0) for o in members)
        median = days(medians.get(key))
        rows.append(ComplianceRow(key, name, login, total, median_first_contact_days=median, **figures))
    return rows if team else sorted(rows, key=lambda r: r.owner)


def _pools(
    session: Session,
    scope: Scope,
    leads: Mapping[int | None, int],
    counts: Mapping[str, Mapping[int | None, int]],
    team: bool,
) -> dict[int | None, Sequence[int | None]]:
    """Return the rows to show: each owner alone, or each manager with everyone below."""
    if not team:
        owners = set(leads) | {o for c in counts.values() for o in c}
        return {o: [o] for o in owners}
    query = select(User.id).where(User.role == "manager").order_by(User.name)
    bosses = [uid for uid in session.scalars(query) if scope.owner_ids is None or uid in scope.owner_ids]
    return {boss: sorted({boss} | subordinate_ids(session, boss)) for boss in bosses}


def leads_behind(
    db: Database,
    actor: UserRecord,
    flt: ReportFilter,
    measure: str,
    owners: Sequence[int | None],
    *,
    team: bool = False,
    now: datetime | None = None,
) -> list[int]:
    """Return the ids of exactly the leads behind one count (of these owners, or their teams)."""
    now = now or datetime.now()
    with db.read() as session:
        scope, desk = resolve(session, actor, flt), resolve(session, actor, flt, DESK)
        wanted = owners
        if team:
            wanted = sorted({m for o in owners if o is not None for m in {o} | subordinate_ids(session, o)})
        rows = measure_select(session, scope, measure, now, now.date(), desk).subquery()
        owner, lead = rows.c[0], rows.c[1]
        query = select(lead).where(owner_in(owner, wanted)).distinct().order_by(lead)
        return list(session.scalars(query))
