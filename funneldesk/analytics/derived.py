"""Maintain the derived tables as a pure function of ``leads`` and ``stage_changes``.

``refresh`` replaces the rows of some leads by re-running, for just those leads, the
very ``INSERT ... SELECT`` that ``rebuild`` runs for all of them, so the incremental
tables cannot drift from a rebuild by construction (a test still compares them).
Deleted leads have no rows. Dialect differences (day of a timestamp, seconds between
two timestamps) are confined to ``day_of`` and ``seconds_between``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy import (
    Column,
    Connection,
    Date,
    Integer,
    MetaData,
    Select,
    Table,
    case,
    cast,
    delete,
    func,
    insert,
    inspect,
    select,
    text,
    tuple_,
    union_all,
)
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement, SQLColumnExpression

from funneldesk.analytics.conversion import converted, deal_day, fix_base
from funneldesk.storage.bulk_load import sorting_in_parallel
from funneldesk.storage.derived_models import LeadProgress, StageStay
from funneldesk.storage.models import Lead, Stage, StageChange

Executor = Session | Connection
CHUNK = 500
# A refresh of more leads than this, when they are at least half of all leads (a big import
# into an empty or small database), is one set-wise rebuild instead.
REBUILD_ABOVE = 5000
PROGRESS: Table = LeadProgress.__table__  # type: ignore[assignment]
# The report-filter columns every derived table copies from lead_progress, so a report
# filters any of them the same way.
FILTER_CUTS = (
    "pipeline_id", "status", "owner_id", "channel_id", "persona_id", "temperature",
    "created_day", "closed_day",
)
STAYS: Table = StageStay.__table__  # type: ignore[assignment]
# The ids a large incremental refresh covers, for the length of one refresh.
_CHOSEN = Table("fd_refresh_ids", MetaData(), Column("id", Integer, primary_key=True))


def dialect_of(executor: Executor) -> str:
    """Return the dialect name ('sqlite' or 'postgresql') behind a session or connection."""
    bind = executor.get_bind() if isinstance(executor, Session) else executor
    return bind.dialect.name


def day_of(column: Any, dialect: str) -> ColumnElement[Any]:
    """Return the calendar day of a timestamp column, portably."""
    return func.date(column) if dialect == "sqlite" else cast(column, Date)


def seconds_between(start: Any, end: Any, dialect: str) -> ColumnElement[Any]:
    """Return whole seconds from start to end, halves away from zero (NULL when end is NULL), portably.

    SQLite: whole milliseconds first (julianday keeps no finer), then seconds; rounding the
    seconds of two julian days straight put 86399.5 s at 86399 (float error) where
    PostgreSQL says 86400.
    """
    if dialect == "sqlite":
        millis = func.round((func.julianday(end) - func.julianday(start)) * 86_400_000)
        return cast(func.round(millis / 1000.0), Integer)
    return cast(func.round(func.extract("epoch", end - start)), Integer)


def _furthest(ids: Sequence[int] | None) -> Select[*tuple[Any, ...]]:
    """Return (lead_id, furthest): every entered and current non-lost stage, grouped by lead."""
    history = select(StageChange.lead_id.label("lead_id"), Stage.position.label("position"))
    history = history.join(Stage, Stage.id == StageChange.to_stage_id).where(Stage.kind != "lost")
    current = select(Lead.id.label("lead_id"), Stage.position.label("position"))
    current = current.join(Stage, Stage.id == Lead.stage_id).where(Stage.kind != "lost")
    if ids is not None:
        history = history.where(StageChange.lead_id.in_(ids))
        current = current.where(Lead.id.in_(ids))
    both = union_all(history, current).subquery()
    return select(both.c.lead_id, func.max(both.c.position).label("furthest")).group_by(both.c.lead_id)


def _furthest_each() -> ColumnElement[Any]:
    """Return the lead's furthest non-lost stage position, now or ever entered (0 if none).

    ``_furthest``'s figure looked up per lead (SQLite): one step down the lead's stretch of
    ix_stage_changes_lead_at, which covers it; at 1M leads 0.73x of sorting every change into
    groups. PostgreSQL keeps the grouping: its hash aggregate beats a million subplans (2.7x).
    Reads the outer query's Lead and its current Stage.
    """
    entered = Stage.__table__.alias("entered")
    reached = (
        select(func.max(entered.c.position))
        .select_from(StageChange)
        .join(entered, entered.c.id == StageChange.to_stage_id)
        .where(StageChange.lead_id == Lead.id, entered.c.kind != "lost")
        .correlate(Lead)
        .scalar_subquery()
    )
    now = case((Stage.kind != "lost", Stage.position), else_=0)
    return func.max(now, func.coalesce(reached, 0))  # SQLite's max of two: the larger one


def progress_select(
    dialect: str, ids: Sequence[int] | None, base: str | None = "USD"
) -> Select[*tuple[Any, ...]]:
    """Return the recomputation of lead_progress rows (for these leads, or all).

    ``base``: the reporting currency rep_minor is converted into (see conversion.py);
    None for the schema before 0008 (a migration's rebuild): own amount, no currency columns.
    """
    reach = _furthest(ids).subquery() if dialect != "sqlite" else None
    furthest = func.coalesce(reach.c.furthest, 0) if reach is not None else _furthest_each()
    day = deal_day(day_of(Lead.closed_at, dialect))
    money: tuple[SQLColumnExpression[Any], ...] = (Lead.value_minor, Lead.discount_bp)
    if base is not None:
        money += (Lead.currency, converted(Lead.value_minor, Lead.currency, day, base, dialect))
    query = select(
        Lead.id,
        Lead.pipeline_id,
        Lead.stage_id,
        Stage.kind,
        furthest,
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
    query = query.join(Stage, Stage.id == Lead.stage_id)
    if reach is not None:
        query = query.outerjoin(reach, reach.c.lead_id == Lead.id)
    query = query.where(Lead.deleted_at.is_(None))
    return query.where(Lead.id.in_(ids)) if ids is not None else query


def _next_entry(dialect: str) -> ColumnElement[Any]:
    """Return when the lead next entered a stage after this change ((at, id) order), or NULL.

    SQLite: one step down the lead's stretch of ix_stage_changes_lead_at per change; at 1M
    leads (3.57M changes) the stays rebuild took 0.83x of a window's, which buffers every
    lead's partition. PostgreSQL keeps the window: it streams the partitions.
    """
    order = (StageChange.at, StageChange.id)
    if dialect != "sqlite":
        return func.lead(StageChange.at).over(partition_by=StageChange.lead_id, order_by=order)
    after = StageChange.__table__.alias("after")
    return (
        select(after.c.at)
        .where(after.c.lead_id == StageChange.lead_id, tuple_(after.c.at, after.c.id) > tuple_(*order))
        .order_by(after.c.at, after.c.id)
        .limit(1)
        .correlate(StageChange)
        .scalar_subquery()
    )


def stays_select(ids: Sequence[int] | None, dialect: str) -> Select[*tuple[Any, ...]]:
    """Return the recomputation of stage_stays rows: each entry until the lead's next entry.

    The cut columns are copied from lead_progress, so lead_progress must be filled first.
    """
    inner = select(
        StageChange.id.label("change_id"),
        StageChange.lead_id,
        StageChange.to_stage_id.label("stage_id"),
        StageChange.at.label("entered_at"),
        _next_entry(dialect).label("left_at"),
    )
    if ids is not None:
        inner = inner.where(StageChange.lead_id.in_(ids))
    if dialect == "sqlite":
        # OFFSET keeps SQLite from flattening the subquery, which would run the look-up
        # twice (left_at and the seconds).
        inner = inner.offset(0)
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


def refresh(executor: Executor, lead_ids: Iterable[int]) -> None:
    """Recompute the derived rows of these leads, set-wise (one rebuild when they are most leads)."""
    ids = sorted(set(lead_ids))
    if not ids:
        return
    if isinstance(executor, Session):
        executor.flush()
    if len(ids) > REBUILD_ABOVE and 2 * len(ids) >= _lead_count(executor):
        _bulk_rebuild(executor)
        return
    from funneldesk.analytics import desk_derived  # issue 17: lead_desk follows lead_progress

    with _chosen(executor, ids) as chosen:
        executor.execute(delete(STAYS).where(STAYS.c.lead_id.in_(chosen)))
        executor.execute(delete(PROGRESS).where(PROGRESS.c.lead_id.in_(chosen)))
        _fill(executor, chosen)  # an IN list or a query of ids: IN takes either
        desk_derived.refresh_chosen(executor, chosen)


def _lead_count(executor: Executor) -> int:
    return int(executor.execute(select(func.count()).select_from(Lead)).scalar_one())


@contextmanager
def _chosen(executor: Executor, ids: list[int]) -> Iterator[Any]:
    """Yield what ``IN`` takes for these ids: the list itself, or a temporary table's ids.

    A few ids go inline; many go into a temporary table in one executemany, so each
    ``INSERT ... SELECT`` runs once over all of them (not once per chunk of an IN list).
    """
    if len(ids) <= CHUNK:
        yield ids
        return
    connection = executor.connection() if isinstance(executor, Session) else executor
    mark = "?" if dialect_of(executor) == "sqlite" else "%s"
    connection.exec_driver_sql(f"CREATE TEMPORARY TABLE {_CHOSEN.name} (id INTEGER PRIMARY KEY)")
    connection.exec_driver_sql(f"INSERT INTO {_CHOSEN.name} (id) VALUES ({mark})", [(i,) for i in ids])
    yield select(_CHOSEN.c.id)
    # Not in a finally: after a failure the rollback removes the table (both dialects),
    # and PostgreSQL would refuse the DROP in an aborted transaction anyway.
    connection.exec_driver_sql(f"DROP TABLE {_CHOSEN.name}")


def _bulk_rebuild(executor: Executor) -> None:
    """``rebuild``, with the derived tables' indexes built once after their rows (SQLite).

    Growing 16 secondary indexes a row at a time cost more than computing the rows;
    lead_progress and stage_stays get theirs back before lead_desk is filled, whose
    per-lead subqueries need the stays' lead index.
    """
    from funneldesk.analytics import desk_derived

    with _indexes_deferred(executor, (PROGRESS.name, STAYS.name)):
        executor.execute(delete(STAYS))
        executor.execute(delete(PROGRESS))
        _fill(executor, None)
    with _indexes_deferred(executor, (desk_derived.DESK.name,)):
        desk_derived.rebuild(executor)


@contextmanager
def _indexes_deferred(executor: Executor, tables: Sequence[str]) -> Iterator[None]:
    """On SQLite, drop these tables' secondary indexes and create them again afterwards.

    All in the caller's transaction, so a failure rolls the indexes back with the rows.
    PostgreSQL keeps them: dropping one would lock the table against every reader.
    """
    if dialect_of(executor) != "sqlite":
        yield
        return
    marks = ", ".join(f"'{t}'" for t in tables)
    found = executor.execute(text(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
        f"AND tbl_name IN ({marks})")).all()
    for name, _sql in found:
        executor.execute(text(f'DROP INDEX "{name}"'))
    yield
    with sorting_in_parallel(executor):
        for _name, sql in found:
            executor.execute(text(sql))


def filter_cuts() -> list[Any]:
    """Return lead_progress's report-filter columns (FILTER_CUTS), to copy into a derived table."""
    return [PROGRESS.c[name] for name in FILTER_CUTS]
