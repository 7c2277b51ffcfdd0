"""Leads: create, read, edit (version-checked), assign, delete and restore."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from funneldesk.domain.errors import GateRefused, InvalidInput, StaleEdit
from funneldesk.domain.records import LeadRecord, StageChangeRecord, UserRecord
from funneldesk.gating.moves import plan_move
from funneldesk.services import audit, history
from funneldesk.services.fields import to_columns
from funneldesk.services.lead_rows import history_of, lead_select, load_lead, record_of, to_record
from funneldesk.services.loading import get_pipeline, get_user, pipeline_record, stage_in
from funneldesk.services.moves import advance_automatically, apply_path
from funneldesk.services.permissions import lead_scope, require_assignable
from funneldesk.services.text_search import search_condition
from funneldesk.storage.database import Database
from funneldesk.storage.models import AuditEntry, Lead, Pipeline, Stage, User
from funneldesk.storage.retry import retrying


def _default_pipeline(session: Session) -> Pipeline:
    pipeline = session.scalars(select(Pipeline).order_by(Pipeline.id)).first()
    if pipeline is None:
        raise InvalidInput("there is no pipeline yet; create one first (funneldesk init)")
    return pipeline


def create_in_session(
    session: Session,
    actor: UserRecord,
    fields: Mapping[str, Any],
    *,
    pipeline: int | str | None = None,
    stage: int | str | None = None,
    owner: int | str | None = None,
) -> LeadRecord:
    """Create a lead inside an open transaction; starting past the first stage is gated."""
    record = pipeline_record(
        session, get_pipeline(session, pipeline) if pipeline is not None else _default_pipeline(session)
    )
    owner_id = get_user(session, owner).id if owner not in (None, "") else actor.id
    require_assignable(session, actor, owner_id)
    columns = to_columns(session, fields, str(fields.get("currency", "USD")))
    if not columns.get("title"):
        raise InvalidInput("a lead needs a title")
    first = record.stages[0]
    now = datetime.now()
    lead = Lead(
        **columns,
        pipeline_id=record.id,
        stage_id=first.id,
        owner_id=owner_id,
        created_at=now,
        updated_at=now,
        stage_entered_at=now,
        version=1,
    )
    session.add(lead)
    session.flush()
    history.record_path(session, lead.id, None, (first,), at=now, user_id=actor.id, how="manual")
    audit.record(session, actor, "lead", lead.id, "create", {k: (None, v) for k, v in columns.items()})
    if stage not in (None, "") and stage_in(record, stage).id != first.id:
        _start_later(session, actor, lead, record.stages, stage_in(record, stage))
    advance_automatically(session, actor, lead)
    history.after_leads_changed(session, [lead.id])
    return record_of(session, lead.id)


def _start_later(session: Session, actor: UserRecord, lead: Lead, stages: Any, target: Any) -> None:
    from funneldesk.services.lead_rows import facts_of

    plan = plan_move(stages, stages[0], target, facts_of(session, lead))
    if not plan.allowed:
        raise GateRefused(plan.unmet)
    apply_path(session, actor, lead, stages[0], plan.path, "manual", "created in a later stage")


@retrying
def create_lead(
    db: Database,
    actor: UserRecord,
    fields: Mapping[str, Any],
    *,
    pipeline: int | str | None = None,
    stage: int | str | None = None,
    owner: int | str | None = None,
) -> LeadRecord:
    """Create a lead (owned by the actor unless told otherwise) in the pipeline's first stage."""
    with db.write() as session:
        return create_in_session(session, actor, fields, pipeline=pipeline, stage=stage, owner=owner)


def get_lead(db: Database, actor: UserRecord, lead_id: int) -> LeadRecord:
    """Return one lead the actor may see."""
    with db.read() as session:
        load_lead(session, actor, lead_id)
        return record_of(session, lead_id)


def update_in_session(
    session: Session,
    actor: UserRecord,
    lead_id: int,
    changes: Mapping[str, Any],
    expected_version: int | None = None,
) -> LeadRecord:
    """Edit lead fields inside an open transaction; a stale version is refused."""
    lead = load_lead(session, actor, lead_id, lock=True)
    if expected_version is not None and lead.version != expected_version:
        raise StaleEdit(
            f"someone else changed lead {lead.id} while you were editing it "
            f"(version {lead.version}, you had {expected_version})",
            current=record_of(session, lead.id),
        )
    columns = to_columns(session, changes, lead.currency)
    old = {k: getattr(lead, k) for k in columns}
    for key, value in columns.items():
        setattr(lead, key, value)
    lead.version += 1
    lead.updated_at = datetime.now()
    audit.record(session, actor, "lead", lead.id, "update", {k: (old[k], columns[k]) for k in columns})
    advance_automatically(session, actor, lead)
    history.after_leads_changed(session, [lead.id])
    return record_of(session, lead.id)


@retrying
def update_lead(
    db: Database,
    actor: UserRecord,
    lead_id: int,
    changes: Mapping[str, Any],
    expected_version: int | None = None,
) -> LeadRecord:
    """Edit lead fields; with expected_version, someone else's intervening save is refused."""
    with db.write() as session:
        return update_in_session(session, actor, lead_id, changes, expected_version)


def assign_in_session(
    session: Session, actor: UserRecord, lead_id: int, owner: int | str | None
) -> LeadRecord:
    """Give a lead to another owner inside an open transaction."""
    lead = load_lead(session, actor, lead_id, lock=True)
    owner_id = get_user(session, owner).id if owner not in (None, "") else None
    require_assignable(session, actor, owner_id)
    old, lead.owner_id = lead.owner_id, owner_id
    lead.version += 1
    lead.updated_at = datetime.now()
    audit.record(session, actor, "lead", lead.id, "assign", {"owner_id": (old, owner_id)})
    history.after_leads_changed(session, [lead.id])
    return record_of(session, lead.id)


@retrying
def assign_lead(db: Database, actor: UserRecord, lead_id: int, owner: int | str | None) -> LeadRecord:
    """Give a lead to another owner within the actor's reach."""
    with db.write() as session:
        return assign_in_session(session, actor, lead_id, owner)


@retrying
def delete_lead(db: Database, actor: UserRecord, lead_id: int) -> None:
    """Move a lead to the trash (its history is kept; restore_lead brings it back)."""
    with db.write() as session:
        lead = load_lead(session, actor, lead_id, lock=True)
        lead.deleted_at = datetime.now()
        lead.version += 1
        audit.record(session, actor, "lead", lead.id, "delete", {"deleted": (False, True)})
        history.after_leads_changed(session, [lead.id])


@retrying
def restore_lead(db: Database, actor: UserRecord, lead_id: int) -> LeadRecord:
    """Bring a deleted lead back from the trash."""
    with db.write() as session:
        lead = session.get(Lead, lead_id)
        if lead is None or lead.deleted_at is None:
            raise InvalidInput(f"lead {lead_id} is not in the trash")
        lead.deleted_at = None
        load_lead(session, actor, lead_id)  # permission check on the live lead
        lead.version += 1
        audit.record(session, actor, "lead", lead.id, "restore", {"deleted": (True, False)})
        history.after_leads_changed(session, [lead.id])
        return record_of(session, lead.id)


def lead_history(db: Database, actor: UserRecord, lead_id: int) -> list[StageChangeRecord]:
    """Return a lead's stage-change timeline."""
    with db.read() as session:
        load_lead(session, actor, lead_id)
        return history_of(session, lead_id)


def lead_audit(
    db: Database, actor: UserRecord, lead_id: int
) -> list[tuple[datetime, str | None, str, str | None, str | None, str | None]]:
    """Return (when, who, action, field, old, new) of every change to a lead, oldest first."""
    with db.read() as session:
        load_lead(session, actor, lead_id)
        rows = session.execute(
            select(
                AuditEntry.at,
                User.name,
                AuditEntry.action,
                AuditEntry.field,
                AuditEntry.old_value,
                AuditEntry.new_value,
            )
            .outerjoin(User, User.id == AuditEntry.user_id)
            .where(AuditEntry.entity == "lead", AuditEntry.entity_id == lead_id)
            .order_by(AuditEntry.id)
        ).all()
        return list(rows)


def list_leads(
    db: Database,
    actor: UserRecord,
    *,
    pipeline: int | str | None = None,
    stage: str | None = None,
    owner: str | None = None,
    status: str | None = None,
    search: str | None = None,
    limit: int | None = None,
) -> list[LeadRecord]:
    """Return the leads the actor may see, filtered, newest first."""
    with db.read() as session:
        query = lead_select().where(lead_scope(session, actor)).order_by(Lead.id.desc())
        if pipeline is not None:
            query = query.where(Lead.pipeline_id == get_pipeline(session, pipeline).id)
        if stage:
            query = query.where(func.lower(Stage.name) == stage.strip().lower())
        if owner:
            query = query.where(Lead.owner_id == get_user(session, owner).id)
        if status:
            query = query.where(Stage.kind == status)
        if search and search.strip():  # the leads table's own match (services.text_search)
            query = query.where(search_condition(session, search))
        if limit:
            query = query.limit(limit)
        return [to_record(tuple(r)) for r in session.execute(query).all()]
