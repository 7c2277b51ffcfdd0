"""Read leads as records: one query joins the names a user wants to see.

``lead_select``, ``to_record`` and ``facts_for`` are Core: they run on a session or on a
bare ``Database.query()`` connection, so the board's first cards never import the ORM.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from funneldesk.domain.errors import NotFound
from funneldesk.domain.money import from_minor
from funneldesk.domain.records import LeadRecord, StageChangeRecord, UserRecord
from funneldesk.gating.facts import FIELD_LABELS, LeadFacts
from funneldesk.services.loading import autoflush
from funneldesk.services.permissions import lead_missing, require_lead
from funneldesk.storage import tables

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from funneldesk.storage.engine import Reader
    from funneldesk.storage.models import Lead

LEADS = tables.leads
_LEAD_KEYS = tuple(LEADS.c.keys())  # a lead_select row: these columns, then the six names
_FACT_FIELDS = tuple(FIELD_LABELS)  # every field a criterion may test


def lead_select() -> Any:
    """Return the SELECT that reads leads with stage, owner, channel, persona, lost reason."""
    stage, owner, channel = tables.stages, tables.users, tables.channels
    persona, lost = tables.personas, tables.lost_reasons
    return (
        select(
            LEADS,
            stage.c.name.label("stage_name"),
            stage.c.kind.label("stage_kind"),
            owner.c.name.label("owner_name"),
            channel.c.name.label("channel_name"),
            persona.c.name.label("persona_name"),
            lost.c.name.label("lost_reason_name"),
        )
        .select_from(
            LEADS.join(stage, stage.c.id == LEADS.c.stage_id)
            .outerjoin(owner, owner.c.id == LEADS.c.owner_id)
            .outerjoin(channel, channel.c.id == LEADS.c.channel_id)
            .outerjoin(persona, persona.c.id == LEADS.c.persona_id)
            .outerjoin(lost, lost.c.id == LEADS.c.lost_reason_id)
        )
        .where(LEADS.c.deleted_at.is_(None))
    )


def _text(value: object) -> str | None:
    return None if value is None else str(value)


def to_record(row: Sequence[Any]) -> LeadRecord:
    """Turn one row of ``lead_select()`` into a record."""
    lead = dict(zip(_LEAD_KEYS, row, strict=False))
    stage_name, stage_kind, owner, channel, persona, lost = row[len(_LEAD_KEYS):]
    return LeadRecord(
        id=lead["id"],
        title=lead["title"],
        pipeline_id=lead["pipeline_id"],
        stage_id=lead["stage_id"],
        stage_name=str(stage_name),
        stage_kind=str(stage_kind),
        owner_id=lead["owner_id"],
        owner_name=_text(owner),
        contact_name=lead["contact_name"],
        company=lead["company"],
        email=lead["email"],
        phone=lead["phone"],
        channel=_text(channel),
        persona=_text(persona),
        category=lead["category"],
        value=from_minor(lead["value_minor"], lead["currency"]),
        currency=lead["currency"],
        discount=from_minor(lead["discount_bp"], "USD"),
        temperature=lead["temperature"],
        expected_close=lead["expected_close"],
        next_action=lead["next_action"],
        lost_reason=_text(lost),
        satisfaction=lead["satisfaction"],
        notes=lead["notes"],
        external_id=lead["external_id"],
        created_at=lead["created_at"],
        updated_at=lead["updated_at"],
        closed_at=lead["closed_at"],
        stage_entered_at=lead["stage_entered_at"],
        version=lead["version"],
        custom_fields=json.loads(lead["custom_fields"] or "{}"),
    )


def load_lead(session: Session, actor: UserRecord, lead_id: int, *, lock: bool = False) -> Lead:
    """Return a live lead the actor may touch, or raise NotFound/PermissionDenied."""
    from funneldesk.storage.models import Lead

    query = select(Lead).where(Lead.id == lead_id, Lead.deleted_at.is_(None))
    if lock:
        query = query.with_for_update()
    lead = session.scalars(query).first()
    if lead is None:
        raise lead_missing(session, actor, lead_id)
    require_lead(session, actor, lead)
    return lead


def record_of(session: Reader, lead_id: int) -> LeadRecord:
    """Return the current record of a lead."""
    autoflush(session)
    row = session.execute(lead_select().where(LEADS.c.id == lead_id)).first()
    if row is None:
        raise NotFound(f"no lead {lead_id}")
    return to_record(tuple(row))


def facts_of(session: Reader, lead: Any) -> LeadFacts:
    """Gather what the gate needs to know about a lead (anything with an ``id``)."""
    return facts_for(session, [record_of(session, lead.id)])[lead.id]


def facts_for(session: Reader, leads: Sequence[LeadRecord]) -> dict[int, LeadFacts]:
    """Gather the gate facts of several leads in four queries (not four per lead)."""
    autoflush(session)
    ids = [lead.id for lead in leads]
    ticks, approvals = tables.checklist_ticks.c, tables.approvals.c
    activities, participants = tables.activities.c, tables.participants.c
    ticked = _pairs(session, select(ticks.lead_id, ticks.criterion_id).where(ticks.lead_id.in_(ids)))
    approved = _pairs(
        session, select(approvals.lead_id, approvals.criterion_id).where(approvals.lead_id.in_(ids))
    )
    done: dict[int, dict[str, int]] = {}
    for lead_id, kind, count in session.execute(
        select(activities.lead_id, activities.kind, func.count())
        .where(activities.lead_id.in_(ids), activities.done_at.is_not(None))
        .group_by(activities.lead_id, activities.kind)
    ).all():
        done.setdefault(lead_id, {})[kind] = count
    keepers = set(
        session.scalars(
            select(participants.lead_id).where(
                participants.lead_id.in_(ids), participants.engagement == "gatekeeper"
            )
        )
    )
    return {
        lead.id: LeadFacts(
            {f: getattr(lead, f) for f in _FACT_FIELDS},
            frozenset(ticked.get(lead.id, ())),
            frozenset(approved.get(lead.id, ())),
            done.get(lead.id, {}),
            lead.id in keepers,
        )
        for lead in leads
    }


def _pairs(session: Reader, query: Any) -> dict[int, set[int]]:
    found: dict[int, set[int]] = {}
    for lead_id, item in session.execute(query).all():
        found.setdefault(lead_id, set()).add(item)
    return found


def history_of(session: Session, lead_id: int) -> list[StageChangeRecord]:
    """Return a lead's stage changes, oldest first, with names resolved."""
    from sqlalchemy.orm import aliased

    from funneldesk.storage.models import Stage, StageChange, User

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
