"""Pipelines and stages: create (from templates too), rename, reorder, delete safely."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from funneldesk.domain.errors import InvalidInput
from funneldesk.domain.records import PipelineRecord, UserRecord
from funneldesk.services import audit, history
from funneldesk.services.loading import CRITERION_FIELDS, get_pipeline, pipeline_record, pipeline_records
from funneldesk.services.permissions import require_config
from funneldesk.services.templates import load_template
from funneldesk.storage.database import Database
from funneldesk.storage.models import ExitCriterion, Lead, Pipeline, Stage, StageChange

STAGE_FIELDS = (
    "name",
    "kind",
    "probability",
    "rotting_days",
    "funnel_group",
    "color",
    "auto_advance",
    "optional",
)


def list_pipelines(db: Database, actor: UserRecord) -> list[PipelineRecord]:
    """Return every pipeline with its stages (everyone may read them)."""
    del actor
    with db.query() as conn:  # Core: the window lists them before its first cards, without the ORM
        return pipeline_records(conn)


def get(db: Database, actor: UserRecord, ref: int | str) -> PipelineRecord:
    """Return one pipeline by id or name."""
    del actor
    with db.read() as session:
        return pipeline_record(session, get_pipeline(session, ref))


def _validate_stages(stages: Sequence[Mapping[str, Any]]) -> None:
    names = [str(s.get("name", "")).strip() for s in stages]
    if not stages or any(not n for n in names):
        raise InvalidInput("a pipeline needs at least one stage, and every stage a name")
    if len({n.casefold() for n in names}) != len(names):
        raise InvalidInput("stage names must be unique within a pipeline")
    for spec in stages:
        _validate_stage(spec)


def _validate_stage(spec: Mapping[str, Any]) -> None:
    if spec.get("kind", "open") not in ("open", "won", "lost"):
        raise InvalidInput(f"stage kind must be open, won or lost, not {spec.get('kind')!r}")
    probability = spec.get("probability", 0)
    if not isinstance(probability, int) or not 0 <= probability <= 100:
        raise InvalidInput(f"win probability must be 0–100 %, not {probability!r}")
    rotting = spec.get("rotting_days")
    if rotting is not None and (not isinstance(rotting, int) or rotting < 1):
        raise InvalidInput(f"rotting limit must be a positive number of days, not {rotting!r}")


def _insert_stage(session: Session, pipeline_id: int, position: int, spec: Mapping[str, Any]) -> int:
    values = {k: spec[k] for k in STAGE_FIELDS if k in spec}
    values["name"] = str(values["name"]).strip()
    stage_id: int = session.execute(
        insert(Stage).returning(Stage.id), {**values, "pipeline_id": pipeline_id, "position": position}
    ).scalar_one()
    for index, criterion in enumerate(spec.get("criteria", [])):
        _insert_criterion(session, stage_id, index, criterion)
    return stage_id


def _insert_criterion(session: Session, stage_id: int, position: int, spec: Mapping[str, Any]) -> int:
    values = {k: spec[k] for k in CRITERION_FIELDS if k in spec}
    values.setdefault("label", "")
    criterion_id: int = session.execute(
        insert(ExitCriterion).returning(ExitCriterion.id),
        {**values, "stage_id": stage_id, "position": position},
    ).scalar_one()
    return criterion_id


def create_in_session(
    session: Session,
    actor: UserRecord,
    name: str,
    stages: Sequence[Mapping[str, Any]],
    template: str | None = None,
) -> PipelineRecord:
    """Create a pipeline inside an open transaction."""
    require_config(actor, "pipelines")
    name = name.strip()
    if not name:
        raise InvalidInput("a pipeline needs a name")
    if session.scalar(select(func.count()).where(func.lower(Pipeline.name) == name.lower())):
        raise InvalidInput(f"a pipeline named {name!r} already exists")
    _validate_stages(stages)
    pipeline = Pipeline(name=name, template=template, created_at=datetime.now())
    session.add(pipeline)
    session.flush()
    for position, spec in enumerate(stages):
        _insert_stage(session, pipeline.id, position, spec)
    audit.record(session, actor, "pipeline", pipeline.id, "create", {"name": (None, name)})
    return pipeline_record(session, pipeline)


def create(db: Database, actor: UserRecord, name: str, stages: Sequence[Mapping[str, Any]]) -> PipelineRecord:
    """Create a pipeline from stage specs (name, kind, probability, ..., criteria)."""
    with db.write() as session:
        return create_in_session(session, actor, name, stages)


def create_from_template(
    db: Database, actor: UserRecord, template: str, name: str | None = None
) -> PipelineRecord:
    """Create a pipeline from a built-in template, named after it unless told otherwise."""
    data = load_template(template)
    with db.write() as session:
        return create_in_session(session, actor, name or data["name"], data["stages"], template)


def rename(db: Database, actor: UserRecord, ref: int | str, new_name: str) -> PipelineRecord:
    """Rename a pipeline."""
    with db.write() as session:
        require_config(actor, "pipelines")
        pipeline = get_pipeline(session, ref)
        new_name = new_name.strip()
        if not new_name:
            raise InvalidInput("a pipeline needs a name")
        old, pipeline.name = pipeline.name, new_name
        audit.record(session, actor, "pipeline", pipeline.id, "rename", {"name": (old, new_name)})
        return pipeline_record(session, pipeline)


def delete_pipeline(db: Database, actor: UserRecord, ref: int | str) -> None:
    """Delete a pipeline that has never held a lead."""
    with db.write() as session:
        require_config(actor, "pipelines")
        pipeline = get_pipeline(session, ref)
        count = session.scalar(select(func.count()).where(Lead.pipeline_id == pipeline.id)) or 0
        if count:
            raise InvalidInput(f"pipeline {pipeline.name!r} holds {count} leads; move or delete them first")
        session.delete(pipeline)
        audit.record(session, actor, "pipeline", pipeline.id, "delete", {"name": (pipeline.name, None)})


def add_stage(
    db: Database,
    actor: UserRecord,
    pipeline_ref: int | str,
    spec: Mapping[str, Any],
    position: int | None = None,
) -> PipelineRecord:
    """Insert a stage at a position (default: before the won/lost stages)."""
    with db.write() as session:
        require_config(actor, "stages")
        pipeline = get_pipeline(session, pipeline_ref)
        current = pipeline_record(session, pipeline)
        if current.stage_named(str(spec.get("name", ""))):
            raise InvalidInput(f"stage {spec.get('name')!r} already exists")
        _validate_stages([*({"name": s.name} for s in current.stages), spec])
        if position is None:
            position = next((s.position for s in current.stages if s.kind != "open"), len(current.stages))
        session.execute(
            update(Stage)
            .where(Stage.pipeline_id == pipeline.id, Stage.position >= position)
            .values(position=Stage.position + 1)
        )
        stage_id = _insert_stage(session, pipeline.id, position, spec)
        audit.record(session, actor, "stage", stage_id, "create", {"name": (None, spec["name"])})
        return pipeline_record(session, pipeline)


def _refresh_leads_of(session: Session, pipeline_id: int) -> None:
    # Stage order and kind feed the analytics tables (furthest stage, won/lost).
    ids = session.scalars(select(Lead.id).where(Lead.pipeline_id == pipeline_id)).all()
    if ids:
        history.after_leads_changed(session, ids)


def update_stage(
    db: Database, actor: UserRecord, stage_id: int, changes: Mapping[str, Any]
) -> PipelineRecord:
    """Change a stage's name, kind, probability, rotting limit, group, colour or flags."""
    with db.write() as session:
        require_config(actor, "stages")
        stage = session.get(Stage, stage_id)
        if stage is None:
            raise InvalidInput(f"no stage {stage_id}")
        unknown = set(changes) - set(STAGE_FIELDS)
        if unknown:
            raise InvalidInput(f"unknown stage fields: {', '.join(sorted(unknown))}")
        merged = {k: getattr(stage, k) for k in STAGE_FIELDS} | dict(changes)
        _validate_stage(merged)
        _check_unique_name(session, stage, str(merged["name"]))
        old = {k: getattr(stage, k) for k in changes}
        for key, value in changes.items():
            setattr(stage, key, value)
        audit.record(session, actor, "stage", stage.id, "update", {k: (old[k], changes[k]) for k in changes})
        if "kind" in changes:
            _refresh_leads_of(session, stage.pipeline_id)
        return pipeline_record(session, get_pipeline(session, stage.pipeline_id))


def _check_unique_name(session: Session, stage: Stage, name: str) -> None:
    if not name.strip():
        raise InvalidInput("a stage needs a name")
    clash = session.scalar(
        select(func.count()).where(
            Stage.pipeline_id == stage.pipeline_id,
            Stage.id != stage.id,
            func.lower(Stage.name) == name.strip().lower(),
        )
    )
    if clash:
        raise InvalidInput(f"stage {name!r} already exists in this pipeline")


def reorder_stages(
    db: Database, actor: UserRecord, pipeline_ref: int | str, stage_ids: Sequence[int]
) -> PipelineRecord:
    """Put the pipeline's stages in the given order (every stage exactly once)."""
    with db.write() as session:
        require_config(actor, "stages")
        pipeline = get_pipeline(session, pipeline_ref)
        existing = set(session.scalars(select(Stage.id).where(Stage.pipeline_id == pipeline.id)))
        if set(stage_ids) != existing or len(stage_ids) != len(existing):
            raise InvalidInput("the new order must list every stage of the pipeline once")
        for position, stage_id in enumerate(stage_ids):
            session.execute(update(Stage).where(Stage.id == stage_id).values(position=position))
        audit.record(
            session,
            actor,
            "pipeline",
            pipeline.id,
            "reorder",
            {"stages": (None, ",".join(map(str, stage_ids)))},
        )
        _refresh_leads_of(session, pipeline.id)
        return pipeline_record(session, pipeline)


def delete_stage(db: Database, actor: UserRecord, stage_id: int) -> PipelineRecord:
    """Delete a stage no lead is in or has ever passed through (history is kept whole)."""
    with db.write() as session:
        require_config(actor, "stages")
        stage = session.get(Stage, stage_id)
        if stage is None:
            raise InvalidInput(f"no stage {stage_id}")
        in_stage = session.scalar(select(func.count()).where(Lead.stage_id == stage_id)) or 0
        if in_stage:
            raise InvalidInput(f"{in_stage} leads are in {stage.name!r}; move them to another stage first")
        touched = (
            session.scalar(
                select(func.count()).where(
                    (StageChange.to_stage_id == stage_id) | (StageChange.from_stage_id == stage_id)
                )
            )
            or 0
        )
        if touched:
            raise InvalidInput(
                f"{stage.name!r} is part of {touched} recorded stage changes; "
                "rename it instead, so the history stays true"
            )
        pipeline_id = stage.pipeline_id
        session.delete(stage)
        audit.record(session, actor, "stage", stage_id, "delete", {"name": (stage.name, None)})
        return pipeline_record(session, get_pipeline(session, pipeline_id))


def add_criterion(db: Database, actor: UserRecord, stage_id: int, spec: Mapping[str, Any]) -> PipelineRecord:
    """Add an exit criterion to a stage."""
    with db.write() as session:
        require_config(actor, "exit criteria")
        stage = session.get(Stage, stage_id)
        if stage is None:
            raise InvalidInput(f"no stage {stage_id}")
        _validate_criterion(spec)
        count = session.scalar(select(func.count()).where(ExitCriterion.stage_id == stage_id)) or 0
        criterion_id = _insert_criterion(session, stage_id, count, spec)
        audit.record(
            session, actor, "criterion", criterion_id, "create", {"label": (None, spec.get("label", ""))}
        )
        return pipeline_record(session, get_pipeline(session, stage.pipeline_id))


def update_criterion(
    db: Database, actor: UserRecord, criterion_id: int, changes: Mapping[str, Any]
) -> PipelineRecord:
    """Change an exit criterion."""
    with db.write() as session:
        require_config(actor, "exit criteria")
        row = session.get(ExitCriterion, criterion_id)
        if row is None:
            raise InvalidInput(f"no exit criterion {criterion_id}")
        merged = {k: getattr(row, k) for k in CRITERION_FIELDS} | dict(changes)
        _validate_criterion(merged)
        old = {k: getattr(row, k) for k in changes}
        for key, value in changes.items():
            setattr(row, key, value)
        audit.record(
            session, actor, "criterion", criterion_id, "update", {k: (old[k], changes[k]) for k in changes}
        )
        stage = session.get(Stage, row.stage_id)
        assert stage is not None
        return pipeline_record(session, get_pipeline(session, stage.pipeline_id))


def delete_criterion(db: Database, actor: UserRecord, criterion_id: int) -> PipelineRecord:
    """Remove an exit criterion (its ticks and approvals go with it)."""
    with db.write() as session:
        require_config(actor, "exit criteria")
        row = session.get(ExitCriterion, criterion_id)
        if row is None:
            raise InvalidInput(f"no exit criterion {criterion_id}")
        stage = session.get(Stage, row.stage_id)
        assert stage is not None
        session.execute(delete(ExitCriterion).where(ExitCriterion.id == criterion_id))
        audit.record(session, actor, "criterion", criterion_id, "delete", {"label": (row.label, None)})
        return pipeline_record(session, get_pipeline(session, stage.pipeline_id))


def _validate_criterion(spec: Mapping[str, Any]) -> None:
    from funneldesk.gating.facts import FIELD_LABELS

    kind = spec.get("kind")
    if kind not in ("field", "checklist", "approval", "activity"):
        raise InvalidInput(f"criterion kind must be field, checklist, approval or activity, not {kind!r}")
    if kind == "field" and spec.get("field") not in FIELD_LABELS:
        raise InvalidInput(f"unknown lead field {spec.get('field')!r}")
    if kind == "checklist" and not str(spec.get("label") or "").strip():
        raise InvalidInput("a checklist item needs a label")
    if kind == "activity" and spec.get("activity_kind") not in ("call", "meeting", "email", "task", "demo"):
        raise InvalidInput(f"unknown activity kind {spec.get('activity_kind')!r}")
    if (
        kind == "approval"
        and not spec.get("gatekeeper")
        and spec.get("approver_role") not in ("owner", "manager")
    ):
        raise InvalidInput("an approval needs an approver role (owner or manager) or a gatekeeper")
