"""Load rows by id or name and turn ORM rows into frozen records."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from funneldesk.domain.errors import NotFound
from funneldesk.domain.records import (
    CriterionRecord,
    PipelineRecord,
    StageRecord,
    UserRecord,
)
from funneldesk.storage.models import ExitCriterion, Pipeline, Stage, User

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


def user_record(user: User) -> UserRecord:
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


def criterion_record(row: ExitCriterion) -> CriterionRecord:
    """Return the record of an exit criterion row."""
    return CriterionRecord(**{name: getattr(row, name) for name in _RECORD_FIELDS})


def stage_record(stage: Stage, criteria: tuple[CriterionRecord, ...] = ()) -> StageRecord:
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


def pipeline_record(session: Session, pipeline: Pipeline) -> PipelineRecord:
    """Return a pipeline with its ordered stages and their criteria, in two queries."""
    stages = session.scalars(
        select(Stage).where(Stage.pipeline_id == pipeline.id).order_by(Stage.position)
    ).all()
    criteria = session.scalars(
        select(ExitCriterion)
        .where(ExitCriterion.stage_id.in_([s.id for s in stages]))
        .order_by(ExitCriterion.position, ExitCriterion.id)
    ).all()
    by_stage: dict[int, list[CriterionRecord]] = {}
    for row in criteria:
        by_stage.setdefault(row.stage_id, []).append(criterion_record(row))
    records = tuple(stage_record(s, tuple(by_stage.get(s.id, []))) for s in stages)
    return PipelineRecord(pipeline.id, pipeline.name, records)


def get_pipeline(session: Session, ref: int | str) -> Pipeline:
    """Find a pipeline by id or name (case-insensitive)."""
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
