"""Maintain the derived tables as a pure function of ``leads`` and ``stage_changes``.

``refresh`` replaces the rows of some leads by re-running, for just those leads, the
very ``INSERT ... SELECT`` that ``rebuild`` runs for all of them, so the incremental
tables cannot drift from a rebuild by construction (a test still compares them).
Deleted leads have no rows. Dialect differences (day of a timestamp, seconds between
two timestamps) are confined to ``day_of`` and ``seconds_between``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from sqlalchemy import (
    Connection,
    Date,
    Integer,
    Select,
    Table,
    cast,
    delete,
    func,
    insert,
    inspect,
    select,
    union_all,
)
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement, SQLColumnExpression

from funneldesk.analytics.conversion import converted, deal_day, fix_base
from funneldesk.storage.derived_models import LeadProgress, StageStay
from funneldesk.storage.models import Lead, Stage, StageChange

Executor = Session | Connection
CHUNK = 500
REBUILD_ABOVE = 5000
PROGRESS: Table = LeadProgress.__table__  # type: ignore[assignment]
# The report-filter columns every derived table copies from lead_progress, so a report
# filters any of them the same way.
FILTER_CUTS = (
    "pipeline_id", "status", "owner_id", "channel_id", "persona_id", "temperature",
    "created_day", "closed_day",
)
STAYS: Table = StageStay.__table__  # type: ignore[assignment]


def dialect_of(executor: Executor) -> str:
    """Return the dialect name ('sqlite' or 'postgresql') behind a session or connection."""
    bind = executor.get_bind() if isinstance(executor, Session) else executor
    return bind.dialect.name


def day_of(column: Any, dialect: str) -> ColumnElement[Any]:
    """Return the calendar day of a timestamp column, portably."""
    return func.date(column) if dialect == "sqlite" else cast(column, Date)


def seconds_between(start: Any, end: Any, dialect: str) -> ColumnElement[Any]:
    """Return whole seconds from start to end (NULL when end is NULL), portably."""
    if dialect == "sqlite":
        return cast(func.round((func.julianday(end) - func.julianday(start)) * 86400), Integer)
    return cast(func.round(func.extract("epoch", end - start)), Integer)


def _furthest(ids: Sequence[int] | None) -> Select[*tuple[Any, ...]]:
    history = select(StageChange.lead_id.label("lead_id"), Stage.position.label("position"))
    history = history.join(Stage, Stage.id == StageChange.to_stage_id).where(Stage.kind != "lost")
    current = select(Lead.id.label("lead_id"), Stage.position.label("position"))
    current = current.join(Stage, Stage.id == Lead.stage_id).where(Stage.kind != "lost")
    if ids is not None:
        history = history.where(StageChange.lead_id.in_(ids))
        current = current.where(Lead.id.in_(ids))
    both = union_all(history, current).subquery()
    return select(both.c.lead_id, func.max(both.c.position).label("furthest")).group_by(both.c.lead_id)


def progress_select(
    dialect: str, ids: Sequence[int] | None, base: str | None = "USD"
) -> Select[*tuple[Any, ...]]:
    """Return the recomputation of lead_progress rows (for these leads, or all).

    ``base``: the reporting currency rep_minor is converted into (see conversion.py);
    None for the schema before 0008 (a migration's rebuild): own amount, no currency columns.
    """
    reach = _furthest(ids).subquery()
    day = deal_day(day_of(Lead.closed_at, dialect))
    money: tuple[SQLColumnExpression[Any], ...] = (Lead.value_minor, Lead.discount_bp)
    if base is not None:
        money += (Lead.currency, converted(Lead.value_minor, Lead.currency, day, base, dialect))
    query = select(
        Lead.id,
        Lead.pipeline_id,
        Lead.stage_id,
        Stage.kind,
        func.coalesce(reach.c.furthest, 0),
        Lead.owner_id,
        Lead.channel_id,
        Lead.persona_id,
        Lead.temperature,
        Lead.lost_reason_id,
        Lead.created_at,
        day_of(Lead.created_at, dialect),
        Lead.closed_at,
        day_of(Lead.closed_at, dialect),
        seconds_between(Lead.created_at, Lead.closed_at, dialect),
        Lead.stage_entered_at,
        Lead.expected_close,
        *money,
    )
    query = query.join(Stage, Stage.id == Lead.stage_id).outerjoin(reach, reach.c.lead_id == Lead.id)
    query = query.where(Lead.deleted_at.is_(None))
    return query.where(Lead.id.in_(ids)) if ids is not None else query


def stays_select(ids: Sequence[int] | None, dialect: str) -> Select[*tuple[Any, ...]]:
    """Return the recomputation of stage_stays rows: each entry until the lead's next entry.

    The cut columns are copied from lead_progress, so lead_progress must be filled first.
    """
    order = (StageChange.at, StageChange.id)
    left = func.lead(StageChange.at).over(partition_by=StageChange.lead_id, order_by=order)
    inner = select(
        StageChange.id.label("change_id"),
        StageChange.lead_id,
        StageChange.to_stage_id.label("stage_id"),
        StageChange.at.label("entered_at"),
        left.label("left_at"),
    )
    if ids is not None:
        inner = inner.where(StageChange.lead_id.in_(ids))
    s = inner.subquery()
    p = PROGRESS.c
    gap = seconds_between(s.c.entered_at, s.c.left_at, dialect)
    query = select(s.c.change_id, s.c.lead_id, s.c.stage_id, s.c.entered_at, s.c.left_at, gap, *filter_cuts())
    return query.join(PROGRESS, p.lead_id == s.c.lead_id)


def _base(executor: Executor) -> str | None:
    if isinstance(executor, Session):
        return fix_base(executor)
    # A bare connection is a migration's: its schema may predate the currency columns (0008).
    if "currency" not in {c["name"] for c in inspect(executor).get_columns(PROGRESS.name)}:
        return None
    with Session(bind=executor) as session:
        return fix_base(session)


def _fill(executor: Executor, ids: Sequence[int] | None) -> None:
    dialect = dialect_of(executor)
    base = _base(executor)
    keys = list(PROGRESS.c.keys()) if base is not None else list(PROGRESS.c.keys())[:-2]
    executor.execute(insert(PROGRESS).from_select(keys, progress_select(dialect, ids, base)))
    executor.execute(insert(STAYS).from_select(list(STAYS.c.keys()), stays_select(ids, dialect)))


def rebuild(executor: Executor) -> None:
    """Recompute both derived tables from scratch from the leads and their history."""
    if isinstance(executor, Session):
        executor.flush()
    executor.execute(delete(STAYS))
    executor.execute(delete(PROGRESS))
    _fill(executor, None)
    from funneldesk.analytics import desk_derived  # issue 17: lead_desk follows lead_progress

    desk_derived.rebuild(executor)


def _chunks(ids: list[int]) -> Iterator[list[int]]:
    for start in range(0, len(ids), CHUNK):
        yield ids[start : start + CHUNK]


def refresh(executor: Executor, lead_ids: Iterable[int]) -> None:
    """Recompute the derived rows of these leads (a whole rebuild for very many)."""
    ids = sorted(set(lead_ids))
    if not ids:
        return
    if len(ids) > REBUILD_ABOVE:
        rebuild(executor)
        return
    if isinstance(executor, Session):
        executor.flush()
    for chunk in _chunks(ids):
        executor.execute(delete(STAYS).where(STAYS.c.lead_id.in_(chunk)))
        executor.execute(delete(PROGRESS).where(PROGRESS.c.lead_id.in_(chunk)))
        _fill(executor, chunk)
    from funneldesk.analytics import desk_derived  # issue 17: lead_desk follows lead_progress

    desk_derived.refresh(executor, ids)


def filter_cuts() -> list[Any]:
    """Return lead_progress's report-filter columns (FILTER_CUTS), to copy into a derived table."""
    return [PROGRESS.c[name] for name in FILTER_CUTS]
