"""Read leads for the table a window at a time, sorted and filtered in SQL, and act on many at once.

The table never loads every lead: ``browse_page`` returns one window of frozen
``LeadRow`` records (plus the total when asked), ordered by an indexed column
with the lead id as tie-breaker so windows never overlap. Bulk actions run each
lead through the same single-lead services (assign, move, lose) inside its own
savepoint, so one refusal never undoes the others, and report why each refused
lead was refused.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, bindparam, func, or_, select
from sqlalchemy.orm import Session

from funneldesk.domain.errors import FunnelDeskError, GateRefused
from funneldesk.domain.money import from_minor
from funneldesk.domain.records import UnmetCriterion, UserRecord
from funneldesk.services.leads import assign_in_session
from funneldesk.services.moves import lose_in_session, move_in_session
from funneldesk.services.permissions import lead_scope
from funneldesk.storage.database import Database
from funneldesk.storage.models import Channel, Lead, Pipeline, Stage, User

SORTABLE: Mapping[str, Any] = {
    "id": Lead.id, "title": Lead.title, "company": Lead.company, "contact_name": Lead.contact_name,
    "email": Lead.email, "phone": Lead.phone, "pipeline": Pipeline.name, "stage": Stage.position,
    "owner": User.name, "channel": Channel.name, "temperature": Lead.temperature,
    "value": Lead.value_minor, "expected_close": Lead.expected_close,
    "next_action": Lead.next_action, "created_at": Lead.created_at, "closed_at": Lead.closed_at,
    "updated_at": Lead.updated_at,
}
_PHONE_SEPARATORS = (" ", "-", "(", ")", ".", "/", "+")
_PHONE_LIKE = re.compile(r"[0-9 +()./-]+")
_SORT_JOINS: Mapping[str, tuple[Any, Any]] = {
    "pipeline": (Pipeline, Pipeline.id == Lead.pipeline_id),
    "owner": (User, User.id == Lead.owner_id),
    "channel": (Channel, Channel.id == Lead.channel_id),
}


@dataclass(frozen=True, slots=True)
class LeadFilter:
    """What the table shows: free text plus optional exact filters and date ranges (inclusive).

    ``lead_ids``, when given, keeps only those leads (a dashboard drill-down); an empty
    tuple matches nothing.
    """

    text: str = ""
    pipeline_id: int | None = None
    stage_id: int | None = None
    owner_id: int | None = None
    channel_id: int | None = None
    temperature: str | None = None
    status: str | None = None
    created_from: date | None = None
    created_to: date | None = None
    closed_from: date | None = None
    closed_to: date | None = None
    lead_ids: tuple[int, ...] | None = None


@dataclass(frozen=True, slots=True)
class LeadRow:
    """One row of the leads table: the columns it can show, names resolved, money as Decimal."""

    id: int
    title: str
    company: str | None
    contact_name: str | None
    email: str | None
    phone: str | None
    pipeline_id: int
    pipeline: str
    stage_id: int
    stage: str
    stage_kind: str
    stage_position: int
    owner_id: int | None
    owner: str | None
    channel: str | None
    temperature: str | None
    value: Decimal
    currency: str
    expected_close: date | None
    next_action: date | None
    created_at: datetime
    closed_at: datetime | None
    updated_at: datetime
    version: int


@dataclass(frozen=True, slots=True)
class LeadPage:
    """A window of rows starting at ``offset``; ``total`` is None unless it was asked for."""

    offset: int
    rows: tuple[LeadRow, ...]
    total: int | None


@dataclass(frozen=True, slots=True)
class Refusal:
    """Why one lead of a bulk action was left unchanged; ``code`` is the error class name."""

    lead_id: int
    title: str
    code: str
    message: str
    unmet: tuple[UnmetCriterion, ...] = ()


@dataclass(frozen=True, slots=True)
class BulkResult:
    """What a bulk action changed and what it refused."""

    changed: frozenset[int] = frozenset()
    refused: tuple[Refusal, ...] = field(default=())


def _row_select() -> Any:
    return (
        select(Lead.id, Lead.title, Lead.company, Lead.contact_name, Lead.email, Lead.phone,
               Lead.pipeline_id, Pipeline.name, Lead.stage_id, Stage.name, Stage.kind, Stage.position,
               Lead.owner_id, User.name, Channel.name, Lead.temperature, Lead.value_minor,
               Lead.currency, Lead.expected_close, Lead.next_action, Lead.created_at,
               Lead.closed_at, Lead.updated_at, Lead.version)
        .join(Stage, Stage.id == Lead.stage_id)
        .join(Pipeline, Pipeline.id == Lead.pipeline_id)
        .outerjoin(User, User.id == Lead.owner_id)
        .outerjoin(Channel, Channel.id == Lead.channel_id)
    )


def _to_row(values: tuple[object, ...]) -> LeadRow:
    items = list(values)
    items[16] = from_minor(int(items[16]), str(items[17]))  # type: ignore[call-overload]
    return LeadRow(*items)  # type: ignore[arg-type]


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def _stripped_phone() -> ColumnElement[str]:
    expr: ColumnElement[str] = func.coalesce(Lead.phone, "")
    for sep in _PHONE_SEPARATORS:
        expr = func.replace(expr, sep, "")
    return expr


def _text_clause(text: str, dialect: str) -> ColumnElement[bool]:
    pattern = f"%{text}%"
    columns = (Lead.title, Lead.company, Lead.contact_name, Lead.email, Lead.phone)
    # SQLite's LIKE already ignores ASCII case; its ilike() would wrap lower() round every row.
    terms = [c.like(pattern) if dialect == "sqlite" else c.ilike(pattern) for c in columns]
    if _PHONE_LIKE.fullmatch(text) and len(_digits(text)) >= 3:
        # "555 0134" should find "+1 (555) 013-4": compare the digits only.
        terms.append(_stripped_phone().like(f"%{_digits(text)}%"))
    return or_(*terms)


def _day_start(day: date) -> datetime:
    return datetime.combine(day, time.min)


def _conditions(session: Session, actor: UserRecord, filt: LeadFilter) -> list[ColumnElement[bool]]:
    where = [Lead.deleted_at.is_(None), lead_scope(session, actor)]
    text = filt.text.strip()
    if text:
        where.append(_text_clause(text, session.get_bind().dialect.name))
    exact = ((Lead.pipeline_id, filt.pipeline_id), (Lead.stage_id, filt.stage_id),
             (Lead.owner_id, filt.owner_id), (Lead.channel_id, filt.channel_id),
             (Lead.temperature, filt.temperature), (Stage.kind, filt.status))
    where += [column == value for column, value in exact if value is not None]
    where += _date_range(Lead.created_at, filt.created_from, filt.created_to)
    where += _date_range(Lead.closed_at, filt.closed_from, filt.closed_to)
    if filt.lead_ids is not None:
        where.append(_id_in(filt.lead_ids))
    return where


def _id_in(lead_ids: tuple[int, ...]) -> ColumnElement[bool]:
    # Rendered as literals: a drill-down can name more ids than SQLite allows bound parameters.
    ids = sorted({int(i) for i in lead_ids})
    return Lead.id.in_(bindparam("lead_ids", ids, expanding=True, literal_execute=True))


def _date_range(column: Any, start: date | None,
                end: date | None) -> list[ColumnElement[bool]]:
    where = []
    if start is not None:
        where.append(column >= _day_start(start))
    if end is not None:
        where.append(column < _day_start(end + timedelta(days=1)))
    return where


def _order(sort: str, descending: bool) -> list[Any]:
    if sort not in SORTABLE:
        raise ValueError(f"cannot sort leads by {sort!r}")
    key = SORTABLE[sort]
    keys = [key.desc() if descending else key.asc()]
    if sort != "id":
        keys.append(Lead.id.desc() if descending else Lead.id.asc())
    return keys


def _narrow(columns: Any, filt: LeadFilter, sort: str | None) -> Any:
    """Start a query over leads with only the joins the filter and the sort key need."""
    query = select(columns).select_from(Lead)
    if filt.status is not None or sort == "stage":
        query = query.join(Stage, Stage.id == Lead.stage_id)
    if sort is not None and sort in _SORT_JOINS:
        query = query.outerjoin(*_SORT_JOINS[sort])
    return query


def count_in_session(session: Session, actor: UserRecord, filt: LeadFilter) -> int:
    """Count the leads matching the filter that the actor may see."""
    query = _narrow(func.count(Lead.id), filt, None).where(*_conditions(session, actor, filt))
    return int(session.scalar(query) or 0)


def count_leads(db: Database, actor: UserRecord, filt: LeadFilter) -> int:
    """Count the actor's leads matching the filter (asked apart, so first rows come sooner)."""
    with db.read() as session:
        return count_in_session(session, actor, filt)


def browse_page(db: Database, actor: UserRecord, filt: LeadFilter, *, sort: str = "id",
                descending: bool = False, offset: int = 0, limit: int = 200,
                with_total: bool = False) -> LeadPage:
    """Return one window of the actor's leads matching the filter, in SQL order.

    Two steps: the ids of the window are chosen by a narrow query (the sort key and only
    the joins it needs, so SQLite's top-N sort stays cheap), then their rows are read.
    """
    with db.read() as session:
        ids_query = (_narrow(Lead.id, filt, sort).where(*_conditions(session, actor, filt))
                     .order_by(*_order(sort, descending)).offset(offset).limit(limit))
        ids = list(session.scalars(ids_query))
        found = {row.id: row for row in (_to_row(tuple(r)) for r in session.execute(
            _row_select().where(Lead.id.in_(ids))).all())} if ids else {}
        total = count_in_session(session, actor, filt) if with_total else None
        return LeadPage(offset, tuple(found[i] for i in ids if i in found), total)


def rows_by_id(db: Database, actor: UserRecord, lead_ids: Iterable[int]) -> dict[int, LeadRow]:
    """Return the current rows of these leads (those gone or out of reach are left out)."""
    ids = sorted(set(lead_ids))
    if not ids:
        return {}
    with db.read() as session:
        query = _row_select().where(Lead.id.in_(ids), *_conditions(session, actor, LeadFilter()))
        return {row.id: row for row in (_to_row(tuple(r)) for r in session.execute(query).all())}


def _bulk(db: Database, actor: UserRecord, lead_ids: Iterable[int],
          action: Callable[[Session, int], object]) -> BulkResult:
    changed: set[int] = set()
    refused: list[Refusal] = []
    with db.write() as session:
        titles = dict(session.execute(select(Lead.id, Lead.title).where(Lead.id.in_(set(lead_ids)))).all())
        for lead_id in sorted(set(lead_ids)):
            try:
                with session.begin_nested():
                    action(session, lead_id)
            except FunnelDeskError as exc:
                unmet = exc.unmet if isinstance(exc, GateRefused) else ()
                refused.append(Refusal(lead_id, str(titles.get(lead_id, "")), type(exc).__name__,
                                       str(exc), unmet))
            else:
                changed.add(lead_id)
    return BulkResult(frozenset(changed), tuple(refused))


def bulk_assign(db: Database, actor: UserRecord, lead_ids: Iterable[int],
                owner: int | str | None) -> BulkResult:
    """Give each lead to the owner through the single-lead rules; report refusals."""
    return _bulk(db, actor, lead_ids, lambda s, i: assign_in_session(s, actor, i, owner))


def bulk_move(db: Database, actor: UserRecord, lead_ids: Iterable[int],
              target: int | str) -> BulkResult:
    """Move each lead to the stage (id, or name in its own pipeline) through its gate."""
    return _bulk(db, actor, lead_ids, lambda s, i: move_in_session(s, actor, i, target))


def bulk_lose(db: Database, actor: UserRecord, lead_ids: Iterable[int], reason: str,
              note: str = "") -> BulkResult:
    """Mark each lead lost with the reason; report the ones that could not be."""
    return _bulk(db, actor, lead_ids, lambda s, i: lose_in_session(s, actor, i, reason, note))
