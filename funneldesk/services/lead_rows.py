"""Read leads as records: one query joins the names a user wants to see."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from funneldesk.domain.errors import NotFound
from funneldesk.domain.money import from_minor
from funneldesk.domain.records import LeadRecord, StageChangeRecord, UserRecord
from funneldesk.gating.facts import FIELD_LABELS, LeadFacts
from funneldesk.services.permissions import lead_missing, require_lead
from funneldesk.storage.models import (
    Activity,
    Approval,
    Channel,
    ChecklistTick,
    Lead,
    LostReason,
    Participant,
    Persona,
    Stage,
    StageChange,
    User,
)


def lead_select() -> Any:
    """Return the SELECT that reads leads with stage, owner, channel, persona, lost reason."""
    return (
        select(Lead, Stage.name, Stage.kind, User.name, Channel.name, Persona.name, LostReason.name)
        .join(Stage, Stage.id == Lead.stage_id)
        .outerjoin(User, User.id == Lead.owner_id)
        .outerjoin(Channel, Channel.id == Lead.channel_id)
        .outerjoin(Persona, Persona.id == Lead.persona_id)
        .outerjoin(LostReason, LostReason.id == Lead.lost_reason_id)
        .where(Lead.deleted_at.is_(None))
    )


def _text(value: object) -> str | None:
    return None if value is None else str(value)


def to_record(row: Sequence[object]) -> LeadRecord:
    """Turn one row of ``lead_select()`` into a record."""
    lead, stage_name, stage_kind, owner, channel, persona, lost = row
    assert isinstance(lead, Lead)
    return LeadRecord(
        id=lead.id,
        title=lead.title,
        pipeline_id=lead.pipeline_id,
        stage_id=lead.stage_id,
        stage_name=str(stage_name),
        stage_kind=str(stage_kind),
        owner_id=lead.owner_id,
        owner_name=_text(owner),
        contact_name=lead.contact_name,
        company=lead.company,
        email=lead.email,
        phone=lead.phone,
        channel=_text(channel),
        persona=_text(persona),
        category=lead.category,
        value=from_minor(lead.value_minor, lead.currency),
        currency=lead.currency,
        discount=from_minor(lead.discount_bp, "USD"),
        temperature=lead.temperature,
        expected_close=lead.expected_close,
        next_action=lead.next_action,
        lost_reason=_text(lost),
        satisfaction=lead.satisfaction,
        notes=lead.notes,
        external_id=lead.external_id,
        created_at=lead.created_at,
        updated_at=lead.updated_at,
        closed_at=lead.closed_at,
        stage_entered_at=lead.stage_entered_at,
        version=lead.version,
        custom_fields=json.loads(lead.custom_fields or "{}"),
    )


def load_lead(session: Session, actor: UserRecord, lead_id: int, *, lock: bool = False) -> Lead:
    """Return a live lead the actor may touch, or raise NotFound/PermissionDenied."""
    query = select(Lead).where(Lead.id == lead_id, Lead.deleted_at.is_(None))
    if lock:
        query = query.with_for_update()
    lead = session.scalars(query).first()
    if lead is None:
        raise lead_missing(session, actor, lead_id)
    require_lead(session, actor, lead)
    return lead


def record_of(session: Session, lead_id: int) -> LeadRecord:
    """Return the current record of a lead."""
    row = session.execute(lead_select().where(Lead.id == lead_id)).first()
    if row is None:
        raise NotFound(f"no lead {lead_id}")
    return to_record(tuple(row))


def facts_of(session: Session, lead: Lead) -> LeadFacts:
    """Gather what the gate needs to know about a lead."""
    record = record_of(session, lead.id)
    values = {name: getattr(record, name) for name in FIELD_LABELS}
    ticked = frozenset(
        session.scalars(select(ChecklistTick.criterion_id).where(ChecklistTick.lead_id == lead.id))
    )
    approved = frozenset(session.scalars(select(Approval.criterion_id).where(Approval.lead_id == lead.id)))
    done = dict(
        session.execute(
            select(Activity.kind, func.count())
            .where(Activity.lead_id == lead.id, Activity.done_at.is_not(None))
            .group_by(Activity.kind)
        ).all()
    )
    gatekeeper = bool(
        session.scalar(
            select(func.count()).where(Participant.lead_id == lead.id, Participant.engagement == "gatekeeper")
        )
    )
    return LeadFacts(values, ticked, approved, done, gatekeeper)


def history_of(session: Session, lead_id: int) -> list[StageChangeRecord]:
    """Return a lead's stage changes, oldest first, with names resolved."""
    source, target = aliased(Stage), aliased(Stage)
    rows = session.execute(
        select(StageChange, source.name, target.name, User.name)
        .outerjoin(source, source.id == StageChange.from_stage_id)
        .join(target, target.id == StageChange.to_stage_id)
        .outerjoin(User, User.id == StageChange.user_id)
        .where(StageChange.lead_id == lead_id)
        .order_by(StageChange.at, StageChange.id)
    ).all()
    return [
        StageChangeRecord(c.id, c.lead_id, src, str(dst), c.at, who, c.how, c.reason)
        for c, src, dst, who in rows
    ]
