"""Maintain ``lead_desk`` as a pure function of leads, their stage stays and activities.

Run right after ``analytics.derived`` has refreshed ``lead_progress`` and ``stage_stays``
for the same leads (it calls ``refresh``/``rebuild`` here), so the cut columns and the
stays it reads are current. ``refresh`` re-runs, for just those leads, the very
``INSERT ... SELECT`` that ``rebuild`` runs for all, so the two cannot drift.
"""

from __future__ import annotations

from collections.abc import Sequence
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
    or_,
    select,
)
from sqlalchemy.orm import Session, aliased

from funneldesk.analytics.derived import PROGRESS, STAYS, Executor, dialect_of, filter_cuts, seconds_between
from funneldesk.domain.enums import IMPORTED_PAST_GATE
from funneldesk.storage.desk_models import LeadDesk
from funneldesk.storage.models import Activity, GateRefusal, Stage, StageChange

DESK: Table = LeadDesk.__table__  # type: ignore[assignment]
CONTACT_KINDS = ("call", "meeting", "email", "demo")
CHUNK = 500


def month_key(column: Any, dialect: str) -> Any:
    """Return 'YYYY-MM' of a date or timestamp column, portably."""
    if dialect == "sqlite":
        return func.strftime("%Y-%m", column)
    return func.to_char(column, "YYYY-MM")


def month_start(column: Any, dialect: str) -> Any:
    """Return midnight on the first day of the column's month, portably."""
    if dialect == "sqlite":
        return func.datetime(column, "start of month")
    return func.date_trunc("month", column)


def desk_select(dialect: str, ids: Sequence[int] | None) -> Select[tuple[Any, ...]]:
    """Return the recomputation of lead_desk rows (for these leads, or all)."""
    p, s = PROGRESS.c, STAYS.c
    start = month_start(p.expected_close, dialect)
    # The probability of the open stage the lead was in at its expected-close month's start.
    then = (
        select(Stage.probability)
        .select_from(STAYS)
        .join(Stage, Stage.id == s.stage_id)
        .where(
            s.lead_id == p.lead_id,
            s.entered_at <= start,
            or_(s.left_at.is_(None), s.left_at > start),
            Stage.kind == "open",
        )
        .limit(1)
        .scalar_subquery()
    )
    first = (
        select(func.min(Activity.done_at))
        .where(Activity.lead_id == p.lead_id, Activity.done_at.is_not(None), Activity.kind.in_(CONTACT_KINDS))
        .scalar_subquery()
    )
    inner = select(
        p.lead_id,
        *filter_cuts(),
        p.expected_close,
        p.value_minor,
        p.created_at,
        case((and_(p.expected_close.is_not(None), p.created_at < start), then), else_=None).label(
            "probability"
        ),
        first.label("first_at"),
        _events(p.lead_id, StageChange.how == "override").label("overrides"),
        _skipped(p.lead_id).label("skipped"),
        _events(p.lead_id, StageChange.how == "import", StageChange.reason == IMPORTED_PAST_GATE).label(
            "imported"
        ),
        select(func.count(GateRefusal.id))
        .where(GateRefusal.lead_id == p.lead_id)
        .scalar_subquery()
        .label("refused"),
    )
    if ids is not None:
        inner = inner.where(p.lead_id.in_(ids))
    q = inner.subquery()
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


def _events(lead: Any, *conds: Any) -> Any:
    """Count the lead's stage-change events (one per moment: a jump writes one row per stage)."""
    count = func.count(StageChange.at.distinct())
    counted = select(count).where(StageChange.lead_id == lead, *conds).scalar_subquery()
    # Most leads have none: an index probe answers them, not a DISTINCT set built per lead
    # (SQLite makes one even for no rows: a third of a lead_desk rebuild at 100k leads).
    found = select(StageChange.id).where(StageChange.lead_id == lead, *conds).exists()
    return case((found, counted), else_=0)


def _skipped(lead: Any) -> Any:
    """Count the stages the lead's forward moves jumped over (non-lost stages strictly between)."""
    src, dst, mid = aliased(Stage), aliased(Stage), aliased(Stage)
    query = (
        select(func.count())
        .select_from(StageChange)
        .join(src, src.id == StageChange.from_stage_id)
        .join(dst, dst.id == StageChange.to_stage_id)
        .join(
            mid,
            and_(
                mid.pipeline_id == src.pipeline_id, mid.position > src.position, mid.position < dst.position
            ),
        )
        .where(StageChange.lead_id == lead, src.kind == "open", dst.kind != "lost", mid.kind != "lost",
               # implied by a stage strictly between (whole positions); lets a one-step move
               # skip the search for stages between
               dst.position - src.position > 1)
    )
    return query.scalar_subquery()


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
