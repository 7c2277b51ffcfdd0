"""Load rows by id or name and turn rows into frozen records.

The records are built from plain rows (ORM objects or Core rows alike: same names), and
the pipeline reads are Core selects that run on a session or a bare ``Database.query()``
connection: the window's path to its first cards never imports the ORM (issue 15).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from funneldesk.domain.errors import NotFound
from funneldesk.domain.records import (
    CriterionRecord,
    PipelineRecord,
    StageRecord,
    UserRecord,
)
from funneldesk.storage import tables

if TYPE_CHECKING:  # the ORM loads only where a caller passes its objects in
    from sqlalchemy.orm import Session

    from funneldesk.storage.engine import Reader
    from funneldesk.storage.models import Pipeline, User

STAGES = tables.stages.c
CRITERIA = tables.exit_criteria.c
PIPELINES = tables.pipelines.c

# What a user edits on a criterion; the record adds its identity and place.
CRITERION_FIELDS = (
    "kind",
    "label",
    "field",
    "operator",
    "operand",
    "approver_role",
    "gatekeeper",
    "activity_kind",
    "min_count",
    "when_field",
    "when_operator",
    "when_operand",
)
_RECORD_FIELDS = ("id", "stage_id", *CRITERION_FIELDS, "position")


def user_record(user: Any) -> UserRecord:
    """Return the record of a user row."""
    return UserRecord(
        user.id,
        user.name,
        user.login,
        user.role,
        user.manager_id,
        user.active,
        user.password_hash is not None,
    )


def criterion_record(row: Any) -> CriterionRecord:
    """Return the record of an exit criterion row."""
    return CriterionRecord(**{name: getattr(row, name) for name in _RECORD_FIELDS})


def stage_record(stage: Any, criteria: tuple[CriterionRecord, ...] = ()) -> StageRecord:
    """Return the record of a stage row with its criteria."""
    return StageRecord(
        stage.id,
        stage.pipeline_id,
        stage.name,
        stage.position,
        stage.kind,
        stage.probability,
        stage.rotting_days,
        stage.funnel_group,
        stage.color,
        stage.auto_advance,
        stage.optional,
        criteria,
    )


def pipeline_record(session: Reader, pipeline: Any) -> PipelineRecord:
    """Return a pipeline (a row with id and name) with its ordered stages and their criteria."""
    return PipelineRecord(pipeline.id, pipeline.name, stage_records(session, pipeline.id))


def autoflush(session: Reader) -> None:
    """Flush an ORM session's pending changes before a Core read (which, unlike an ORM one, does not).

    A write that changes rows and then reads its records back must see its own changes;
    a bare Core connection has nothing pending.
    """
    flush = getattr(session, "flush", None)
    if flush is not None:
        flush()


def stage_records(session: Reader, pipeline_id: int) -> tuple[StageRecord, ...]:
    """Return a pipeline's stages in order with their criteria, in two Core queries."""
    autoflush(session)
    stages = session.execute(
        select(tables.stages).where(STAGES.pipeline_id == pipeline_id).order_by(STAGES.position)
    ).all()
    criteria = session.execute(
        select(tables.exit_criteria)
        .where(CRITERIA.stage_id.in_([s.id for s in stages]))
        .order_by(CRITERIA.position, CRITERIA.id)
    ).all()
    by_stage: dict[int, list[CriterionRecord]] = {}
    for row in criteria:
        by_stage.setdefault(row.stage_id, []).append(criterion_record(row))
    return tuple(stage_record(s, tuple(by_stage.get(s.id, []))) for s in stages)


def pipeline_by_id(session: Reader, pipeline_id: int) -> PipelineRecord:
    """Return one pipeline's record by id (Core: no ORM object), or raise NotFound."""
    row = session.execute(select(PIPELINES.id, PIPELINES.name).where(PIPELINES.id == pipeline_id)).first()
    if row is None:
        raise NotFound(f"no pipeline {pipeline_id!r}")
    return pipeline_record(session, row)


def pipeline_records(session: Reader) -> list[PipelineRecord]:
    """Return every pipeline with its stages, oldest first (Core)."""
    rows = session.execute(select(PIPELINES.id, PIPELINES.name).order_by(PIPELINES.id)).all()
    return [pipeline_record(session, row) for row in rows]


def get_pipeline(session: Session, ref: int | str) -> Pipeline:
    """Find a pipeline by id or name (case-insensitive)."""
    from funneldesk.storage.models import Pipeline

    found: Pipeline | None
    if isinstance(ref, int) or ref.isdigit():
        found = session.get(Pipeline, int(ref))
    else:
        wanted = ref.strip().casefold()
        found = next((p for p in session.scalars(select(Pipeline)) if p.name.casefold() == wanted), None)
    if found is None:
        raise NotFound(f"no pipeline {ref!r}")
    return found


def get_user(session: Session, ref: int | str) -> User:
    """Find a user by id, login or name (case-insensitive)."""
    from funneldesk.storage.models import User

    if isinstance(ref, int):
        found = session.get(User, ref)
    else:
        wanted = ref.strip().casefold()
        users = session.scalars(select(User)).all()
        found = next((u for u in users if u.login.casefold() == wanted), None) or next(
            (u for u in users if u.name.casefold() == wanted), None
        )
    if found is None:
        raise NotFound(f"no user {ref!r}")
    return found


def stage_in(pipeline: PipelineRecord, ref: int | str) -> StageRecord:
    """Find a stage of the pipeline by id or name."""
    if isinstance(ref, int) or ref.isdigit():
        found = next((s for s in pipeline.stages if s.id == int(ref)), None)
    else:
        found = pipeline.stage_named(ref)
    if found is None:
        raise NotFound(f"no stage {ref!r} in pipeline {pipeline.name!r}")
    return found
