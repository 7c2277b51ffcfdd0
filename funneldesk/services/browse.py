"""Read leads for the table a window at a time, sorted and filtered in SQL, and act on many at once.

The table never loads every lead: ``browse_page`` returns one window of frozen
``LeadRow`` records (plus the total when asked), ordered by an indexed column
with the lead id as tie-breaker so windows never overlap. Bulk actions run each
lead through the same single-lead services (assign, move, lose) inside its own
savepoint, so one refusal never undoes the others, and report why each refused
lead was refused.
"""

from __future__ import annotations

import heapq
import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from math import isqrt
from typing import Any

from sqlalchemy import ColumnElement, bindparam, func, or_, select, table
from sqlalchemy.orm import Session

from funneldesk.domain.errors import FunnelDeskError, GateRefused
from funneldesk.domain.money import from_minor
from funneldesk.domain.records import UnmetCriterion, UserRecord
from funneldesk.services.leads import assign_in_session
from funneldesk.services.moves import lose_in_session, move_in_session, record_refusals
from funneldesk.services.permissions import lead_scope, team_ids
from funneldesk.services.text_search import like_clause, matching_ids, search_condition, uses_index
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
# Sorts by a column of leads itself: each has an index whose order already ends in the id.
_INDEXED_SORTS = frozenset(key for key, attribute in SORTABLE.items() if attribute.class_ is Lead)
_SORT_NAMES = frozenset(SORTABLE) - _INDEXED_SORTS  # a name or position in another table
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


def _few_matches(session: Session, text: str, rows_wanted: int) -> list[int] | None:
    """Return the matching ids when few enough match to sort them all, else None.

    Walking the sort key's index reads about rows_wanted * N / matches leads, sorting the
    matches reads each one: they cost the same near matches = sqrt(rows_wanted * N), so the
    index is asked for at most that many (read once here, not again by the page query).
    """
    size = int(session.scalar(select(func.max(Lead.id))) or 0)
    bound = max(1000, isqrt(rows_wanted * size))
    ids = list(session.scalars(matching_ids(text).limit(bound)))
    return ids if len(ids) < bound else None


def _text_clause(session: Session, text: str, rows_wanted: int = 0,
                 walk: bool = False) -> ColumnElement[bool]:
    """Return the search condition; given the rows a page wants, choose how SQLite should use it."""
    if not rows_wanted or not uses_index(session, text):
        return search_condition(session, text)
    few = _few_matches(session, text, rows_wanted)
    if few is not None:
        listed = func.json_each(json.dumps(few)).table_valued("value")
        return Lead.id.in_(select(listed.c.value))
    if walk and text.isascii():
        # Many match, so SQLite walks the sort key's index and checks each row until the window
        # is full (at most ~sqrt(rows_wanted * N) rows) rather than listing every match (0.15 s
        # for 900k). For ASCII text, LIKE finds what the index finds (both ignore ASCII case).
        return like_clause(text, "sqlite")
    # "id + 0" hides the key from SQLite's planner, so it walks the sort key's index and
    # probes the (materialised) matches instead of sorting every match.
    return (Lead.id + 0 if walk else Lead.id).in_(matching_ids(text))


def _day_start(day: date) -> datetime:
    return datetime.combine(day, time.min)


def _conditions(session: Session, actor: UserRecord, filt: LeadFilter, rows_wanted: int = 0,
                walk: bool = False) -> list[ColumnElement[bool]]:
    where = [Lead.deleted_at.is_(None), lead_scope(session, actor)]
    text = filt.text.strip()
    if text:
        where.append(_text_clause(session, text, rows_wanted, walk))
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


def _order(sort: str, descending: bool, sqlite: bool = True) -> list[Any]:
    if sort not in SORTABLE:
        raise ValueError(f"cannot sort leads by {sort!r}")
    key = SORTABLE[sort]
    keys = [key.desc() if descending else key.asc()]
    if not sqlite:  # SQLite puts NULL first ascending (and its indexes serve that); PostgreSQL last
        keys = [keys[0].nulls_last() if descending else keys[0].nulls_first()]
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


def _text_only(session: Session, actor: UserRecord, filt: LeadFilter) -> bool:
    """Say whether the query is its text alone, by someone who sees every lead.

    Only then does the index say how densely the text matches what the query reads.
    """
    return replace(filt, text="") == LeadFilter() and team_ids(session, actor) is None


def _index_count(session: Session, actor: UserRecord, filt: LeadFilter) -> int | None:
    """Count from the search index alone when it can answer, else None.

    The index holds exactly the live leads, so for someone who sees every lead, text alone is
    counted there without reading a lead row, and no filter at all is its number of documents
    (FTS5's docsize table has one row per document: 4 ms at 1M where counting live leads
    reads the whole table, 0.26 s).
    """
    text = filt.text.strip()
    if session.get_bind().dialect.name != "sqlite" or not _text_only(session, actor, filt):
        return None
    if not text:
        return int(session.scalar(select(func.count()).select_from(table("lead_search_docsize"))) or 0)
    if uses_index(session, text):
        return int(session.scalar(select(func.count()).select_from(matching_ids(text).subquery())) or 0)
    return None


# -- sorts by a name in another table (SQLite) ------------------------------------------------
# Ordering 1M leads by a joined name sorts every row (0.2-0.5 s). Instead the names are put in
# order first (few owners, channels, pipelines, stages), and each group's leads are read in id
# order from an index that starts with the foreign key (owner, channel, pipeline+stage; a
# pipeline's leads by the primary key), so the first window reads ~200 entries. A group
# spanning several keys (same-named owners, a stage position shared by pipelines) merges
# their id-ordered streams.

Stream = ColumnElement[bool]
_MERGE_SKIP = 2000


def _named_groups(rows: Iterable[tuple[Any, Any]], column: Any, descending: bool,
                  nulls: bool) -> list[list[Stream]]:
    """Group foreign-key values by their sort name, in the SQL order of the name (NULL lowest)."""
    by_name: dict[Any, list[Stream]] = {}
    for key, name in rows:
        by_name.setdefault(name, []).append(column == key)
    groups = [by_name[name] for name in sorted(by_name)]
    if nulls:
        groups.insert(0, [column.is_(None)])
    return groups[::-1] if descending else groups


def _sort_groups(session: Session, actor: UserRecord, filt: LeadFilter, sort: str,
                 descending: bool) -> list[list[Stream]] | None:
    """Return the streams of each group in sort order, or None to sort with a join instead."""
    selective = (filt.text.strip() or filt.lead_ids is not None or filt.created_from or filt.created_to
                 or filt.closed_from or filt.closed_to)
    if selective or session.get_bind().dialect.name != "sqlite":
        return None  # few rows to sort, or PostgreSQL (its own NULL order): the join is fine
    if sort in ("owner", "channel"):
        model, column = (User, Lead.owner_id) if sort == "owner" else (Channel, Lead.channel_id)
        query = select(model.id, model.name)
        if sort == "owner" and (team := team_ids(session, actor)) is not None:
            query = query.where(User.id.in_(team))  # streams of other owners would only be scanned
        return _named_groups(session.execute(query).all(), column, descending, nulls=True)
    if sort == "pipeline":
        # "+ 0" keeps SQLite off ix_leads_pipeline_stage (stage order, then a sort of the whole
        # pipeline): it walks the primary key in id order and stops after the window.
        return _named_groups(session.execute(select(Pipeline.id, Pipeline.name)).all(), Lead.pipeline_id + 0,
                             descending, nulls=False)
    if sort == "stage":
        rows = session.execute(select(Stage.pipeline_id, Stage.id, Stage.position)).all()
        by_position: dict[int, list[Stream]] = {}
        for pipeline_id, stage_id, position in rows:
            # Both keys, so SQLite walks ix_leads_pipeline_stage, which is in id order per stage.
            by_position.setdefault(position, []).append(
                (Lead.pipeline_id == pipeline_id) & (Lead.stage_id == stage_id))
        groups = [by_position[key] for key in sorted(by_position)]
        return groups[::-1] if descending else groups
    return None


def _group_ids(session: Session, base: Any, streams: list[Stream], descending: bool, skip: int,
               wanted: int) -> list[int]:
    """Return ids ``skip`` to ``skip + wanted`` of one group, merging its id-ordered streams."""
    order = Lead.id.desc() if descending else Lead.id.asc()
    if len(streams) > 1 and skip > _MERGE_SKIP:
        # Deep in a many-stream group, one sorted query beats reading every stream up to ``skip``.
        query = base.where(or_(*streams)).order_by(order).offset(skip).limit(wanted)
        return list(session.scalars(query))
    runs = [list(session.scalars(base.where(stream).order_by(order).limit(skip + wanted)))
            for stream in streams]
    merged = runs[0] if len(runs) == 1 else list(heapq.merge(*runs, reverse=descending))
    return merged[skip:skip + wanted]


def _grouped_page(session: Session, base: Any, groups: list[list[Stream]], descending: bool,
                  offset: int, limit: int) -> list[int]:
    """Return the window's ids, group after group, skipping whole groups before ``offset``."""
    ids: list[int] = []
    skip = offset
    for streams in groups:
        if skip:
            # Counting stops at ``skip``: a group wholly before the window costs what OFFSET would.
            capped = base.where(or_(*streams)).limit(skip).subquery()
            seen = int(session.scalar(select(func.count()).select_from(capped)) or 0)
            if seen < skip:
                skip -= seen
                continue
        ids += _group_ids(session, base, streams, descending, skip, limit - len(ids))
        skip = 0
        if len(ids) >= limit:
            break
    return ids


def count_in_session(session: Session, actor: UserRecord, filt: LeadFilter) -> int:
    """Count the leads matching the filter that the actor may see."""
    counted = _index_count(session, actor, filt)
    if counted is not None:
        return counted
    query = _narrow(func.count(Lead.id), filt, None).where(*_conditions(session, actor, filt))
    return int(session.scalar(query) or 0)


def count_leads(db: Database, actor: UserRecord, filt: LeadFilter,
                unwanted: Callable[[], bool] | None = None) -> int:
    """Count the actor's leads matching the filter (asked apart, so first rows come sooner).

    ``unwanted``: see ``browse_page``.
    """
    with db.read(unwanted) as session:
        return count_in_session(session, actor, filt)


def _window_ids(session: Session, actor: UserRecord, filt: LeadFilter, sort: str, descending: bool,
                offset: int, limit: int) -> list[int]:
    groups = _sort_groups(session, actor, filt, sort, descending) if sort in _SORT_NAMES else None
    if groups is not None:
        base = _narrow(Lead.id, filt, None).where(*_conditions(session, actor, filt))
        return _grouped_page(session, base, groups, descending, offset, limit)
    walk = sort in _INDEXED_SORTS and _text_only(session, actor, filt)
    where = _conditions(session, actor, filt, offset + limit, walk)
    sqlite = session.get_bind().dialect.name == "sqlite"
    query = _narrow(Lead.id, filt, sort).where(*where).order_by(*_order(sort, descending, sqlite))
    return list(session.scalars(query.offset(offset).limit(limit)))


def browse_page(db: Database, actor: UserRecord, filt: LeadFilter, *, sort: str = "id",
                descending: bool = False, offset: int = 0, limit: int = 200,
                with_total: bool = False, unwanted: Callable[[], bool] | None = None) -> LeadPage:
    """Return one window of the actor's leads matching the filter, in SQL order.

    Two steps: the ids of the window are chosen by a narrow query (the sort key and only
    the joins it needs, so SQLite's top-N sort stays cheap), then their rows are read.
    ``unwanted``: once it says True (a newer search was typed), SQLite stops and
    ``Abandoned`` is raised instead of finishing a scan nobody will look at.
    """
    with db.read(unwanted) as session:
        ids = _window_ids(session, actor, filt, sort, descending, offset, limit)
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
    result = _bulk(db, actor, lead_ids, lambda s, i: move_in_session(s, actor, i, target))
    # Each refused attempt is kept for the compliance report (the moves themselves rolled back).
    record_refusals(db, actor, [(r.lead_id, target) for r in result.refused if r.unmet])
    return result


def bulk_lose(db: Database, actor: UserRecord, lead_ids: Iterable[int], reason: str,
              note: str = "") -> BulkResult:
    """Mark each lead lost with the reason; report the ones that could not be."""
    return _bulk(db, actor, lead_ids, lambda s, i: lose_in_session(s, actor, i, reason, note))
