"""Maintain ``lead_desk`` as a pure function of leads, their stage stays and activities.

Run right after ``analytics.derived`` has refreshed ``lead_progress`` and ``stage_stays``
for the same leads (it calls ``refresh``/``rebuild`` here), so the cut columns and the
stays it reads are current. ``refresh`` re-runs, for just those leads, the very
``INSERT ... SELECT`` that ``rebuild`` runs for all, so the two cannot drift.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Any

from sqlalchemy import (
    BigInteger,
    Connection,
    Select,
    Table,
    and_,
    case,
    cast,
    delete,
    func,
    insert,
    inspect,
    literal_column,
    select,
    union_all,
)
from sqlalchemy.orm import Session

from funneldesk.analytics.derived import PROGRESS, Executor, dialect_of, filter_cuts, seconds_between
from funneldesk.domain.enums import IMPORTED_PAST_GATE
from funneldesk.storage.desk_models import LeadDesk
from funneldesk.storage.models import Activity, GateRefusal, Stage, StageChange

DESK: Table = LeadDesk.__table__  # type: ignore[assignment]
CONTACT_KINDS = ("call", "meeting", "email", "demo")
CHUNK = 500
# lead_desk's counts most leads have none of (see _rare_counts), in lead_desk's column order.
RARE = ("overrides", "skipped", "imported", "refused")


def month_key(column: Any, dialect: str) -> Any:
    """Return 'YYYY-MM' of a date or timestamp column, portably.

    On SQLite the text's first seven characters: dates and timestamps are stored as ISO
    text ('YYYY-MM-DD...', which ``funneldesk check`` verifies), and cutting it is a third
    of strftime's cost, which parses the date (0.4 µs a row; lead_desk's rebuild reads two
    per lead: ~1 s of a 1M-lead demo).
    """
    if dialect == "sqlite":
        return func.substr(column, 1, 7)
    return func.to_char(column, "YYYY-MM")


def month_start(column: Any, dialect: str) -> Any:
    """Return midnight on the first day of the column's month, portably.

    On SQLite as the text a stored timestamp has ('YYYY-MM-01 00:00:00.000000'), so a change
    made exactly at midnight compares equal to it, as on PostgreSQL (datetime()'s shorter
    text sorted before it: such a change counted as after the month's start). Made from
    the stored ISO text's 'YYYY-MM-', as ``month_key`` is.
    """
    if dialect == "sqlite":
        return func.substr(column, 1, 8).concat("01 00:00:00.000000")
    return func.date_trunc("month", column)


def desk_select(dialect: str, ids: Sequence[int] | Select[tuple[int]] | None) -> Select[tuple[Any, ...]]:
    """Return the recomputation of lead_desk rows (for these leads, or all)."""
    p = PROGRESS.c
    start = month_start(p.expected_close, dialect)
    first = (
        select(func.min(Activity.done_at))
        .where(Activity.lead_id == p.lead_id, Activity.done_at.is_not(None), Activity.kind.in_(CONTACT_KINDS))
        .scalar_subquery()
    )
    if ids is not None and not isinstance(ids, Select):
        # Listed once: the union below filters each of its four parts by these leads too.
        listed = select(p.lead_id).where(p.lead_id.in_(ids)).cte("listed")
        ids = select(listed.c.lead_id)
    rare = _rare_counts(ids)
    inner = select(
        p.lead_id,
        *filter_cuts(),
        p.expected_close,
        p.value_minor,
        p.created_at,
        case((and_(p.expected_close.is_not(None), p.created_at < start), _probability_at(start)), else_=None)
        .label("probability"),
        first.label("first_at"),
        *(func.coalesce(rare.c[name], 0).label(name) for name in RARE),
    )
    inner = inner.select_from(PROGRESS.outerjoin(rare, rare.c.lead_id == p.lead_id))
    if ids is not None:
        inner = inner.where(p.lead_id.in_(ids))
    # OFFSET 0 keeps the inner select whole (SQLite and PostgreSQL would flatten it into the
    # outer one, copying probability and first_at into two expressions each: every one of
    # their subqueries then ran twice per lead).
    q = inner.offset(literal_column("0")).subquery()
    gap = seconds_between(q.c.created_at, q.c.first_at, dialect)
    return select(
        q.c.lead_id,
        q.c.pipeline_id,
        q.c.status,
        q.c.owner_id,
        q.c.channel_id,
        q.c.persona_id,
        q.c.temperature,
        q.c.created_day,
        q.c.closed_day,
        case((q.c.probability.is_not(None), month_key(q.c.expected_close, dialect)), else_=None),
        cast(q.c.value_minor, BigInteger) * q.c.probability,  # past 2^31 on PostgreSQL (0014)
        case((gap < 0, 0), else_=gap),
        q.c.overrides,
        q.c.skipped,
        q.c.imported,
        q.c.refused,
    )


def _probability_at(start: Any) -> Any:
    """Return the probability of the lead's stage at ``start`` when that stage is open, else NULL.

    That stage is the one its last change at or before ``start`` entered (in (at, id) order,
    as its stays are cut): one backward step in ix_stage_changes_lead_at, which covers it,
    instead of fetching every stay of the lead to test its bounds. (Ties on ``at`` are sorted
    until that index holds ``id`` too, as 0015 makes it.)
    """
    lead = PROGRESS.c.lead_id
    return (
        select(case((Stage.kind == "open", Stage.probability), else_=None))
        .select_from(StageChange)
        .join(Stage, Stage.id == StageChange.to_stage_id)
        .where(StageChange.lead_id == lead, StageChange.at <= start)
        .order_by(StageChange.at.desc(), StageChange.id.desc())
        .limit(1)
        .scalar_subquery()
    )


@cache
def _jumps() -> Any:
    """Return the (from, to) stage pairs a forward move skips stages over, with how many it skips.

    Skipped: non-lost stages of the source's pipeline strictly between (from an open stage,
    to a stage that is not lost). A few pairs per pipeline, computed from stages alone.
    Built once: it has no parameters, and building it cost more than running it for a lead.
    """
    stages: Table = Stage.__table__  # type: ignore[assignment]
    src, dst, mid = stages.alias("src"), stages.alias("dst"), stages.alias("mid")
    return (
        select(src.c.id.label("from_id"), dst.c.id.label("to_id"), func.count().label("over"))
        .select_from(src)
        # a stage strictly between needs two whole positions of distance
        .join(dst, dst.c.position - src.c.position > 1)
        .join(
            mid,
            and_(
                mid.c.pipeline_id == src.c.pipeline_id,
                mid.c.position > src.c.position,
                mid.c.position < dst.c.position,
            ),
        )
        .where(src.c.kind == "open", dst.c.kind != "lost", mid.c.kind != "lost")
        .group_by(src.c.id, dst.c.id)
        .subquery("jumps")
    )


def _rare_counts(ids: Sequence[int] | Select[tuple[int]] | None) -> Any:
    """Return per lead with any: its overrides, skipped stages, imports past the gate, refusals.

    Most leads have none of these, so they are gathered set-wise from their few rows (one
    UNION ALL, one join to it) rather than looked for with four index probes per lead.
    """
    jumps = _jumps()
    # An event per moment: a jump writes one row per stage it passes.
    events = func.count(StageChange.at.distinct())
    parts = [
        _counted(StageChange.lead_id, events, "overrides", ids).where(StageChange.how == "override"),
        _counted(StageChange.lead_id, func.sum(jumps.c.over), "skipped", ids)
        .select_from(jumps)
        .join(
            StageChange,
            and_(StageChange.from_stage_id == jumps.c.from_id, StageChange.to_stage_id == jumps.c.to_id),
        ),
        _counted(StageChange.lead_id, events, "imported", ids).where(
            StageChange.how == "import", StageChange.reason == IMPORTED_PAST_GATE
        ),
        _counted(GateRefusal.lead_id, func.count(GateRefusal.id), "refused", ids),
    ]
    each = union_all(*parts).subquery()
    sums = (func.sum(each.c[name]).label(name) for name in RARE)
    return select(each.c.lead_id, *sums).group_by(each.c.lead_id).subquery("rare")


def _counted(
    lead: Any, count: Any, name: str, ids: Sequence[int] | Select[tuple[int]] | None
) -> Select[tuple[Any, ...]]:
    """Return (lead_id, the RARE columns) per lead: ``count`` as column ``name``, 0 elsewhere."""
    zero: Any = literal_column("0")
    query = select(lead.label("lead_id"), *((count if n == name else zero).label(n) for n in RARE))
    return (query.where(lead.in_(ids)) if ids is not None else query).group_by(lead)


def _fill(executor: Executor, ids: Sequence[int] | None) -> None:
    executor.execute(insert(DESK).from_select(list(DESK.c.keys()), desk_select(dialect_of(executor), ids)))


def _exists(executor: Executor) -> bool:
    """Say whether lead_desk exists (not yet while an older migration rebuilds lead_progress)."""
    bind = executor.connection() if isinstance(executor, Session) else executor
    assert isinstance(bind, Connection)
    return bool(inspect(bind).has_table(DESK.name))


def rebuild(executor: Executor) -> None:
    """Recompute lead_desk from scratch (after lead_progress and stage_stays)."""
    if not _exists(executor):
        return
    executor.execute(delete(DESK))
    _fill(executor, None)


def refresh(executor: Executor, ids: Sequence[int]) -> None:
    """Recompute the lead_desk rows of these leads (after their lead_progress and stays)."""
    for start in range(0, len(ids), CHUNK):
        chunk = list(ids[start : start + CHUNK])
        executor.execute(delete(DESK).where(DESK.c.lead_id.in_(chunk)))
        _fill(executor, chunk)


def refresh_chosen(executor: Executor, chosen: Sequence[int] | Select[tuple[int]]) -> None:
    """Recompute the lead_desk rows of the chosen leads: a list of ids or a query of them."""
    executor.execute(delete(DESK).where(DESK.c.lead_id.in_(chosen)))
    _fill(executor, chosen)  # type: ignore[arg-type]
