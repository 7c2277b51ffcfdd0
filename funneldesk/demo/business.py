"""Get or create the demo business's reference data: people, channels, personas, reasons, pipeline.

Everything is looked up by its natural key (login, name) first, so the demo can run on a
database that ``init`` prepared, or twice on the same one, without clashing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from funneldesk.demo import profiles
from funneldesk.demo.contacts import login_for
from funneldesk.domain.records import PipelineRecord, UserRecord
from funneldesk.services.loading import pipeline_record, user_record
from funneldesk.services.pipelines import create_in_session
from funneldesk.services.templates import load_template
from funneldesk.storage.models import Channel, LostReason, Persona, Pipeline, User


@dataclass(frozen=True, slots=True)
class Business:
    """The ids the lead simulation draws from."""

    owner: UserRecord
    manager_ids: tuple[int, ...]
    staff_ids: tuple[int, ...]  # parallel to profiles.STAFF
    channel_ids: tuple[int, ...]  # parallel to profiles.CHANNELS
    persona_ids: tuple[int, ...]
    lost_reason_ids: tuple[int, ...]  # parallel to profiles.LOST_REASONS
    pipeline: PipelineRecord


def _get_or_insert(session: Session, model: Any, key: str, value: str, row: dict[str, Any]) -> int:
    column = getattr(model, key)
    found = session.scalar(select(model.id).where(func.lower(column) == value.lower()))
    if found is not None:
        return int(found)
    return int(session.execute(insert(model).returning(model.id), {key: value, **row}).scalar_one())


def ensure_owner(session: Session, joined: datetime) -> UserRecord:
    """Return the first owner, creating the demo owner when there is none."""
    owner = session.scalars(select(User).where(User.role == "owner").order_by(User.id)).first()
    if owner is None:
        row = {"name": profiles.OWNER_NAME, "role": "owner", "active": True, "created_at": joined}
        _get_or_insert(session, User, "login", "owner", row)
        owner = session.scalars(select(User).where(User.role == "owner").order_by(User.id)).one()
    return user_record(owner)


def _person(session: Session, name: str, role: str, manager_id: int | None, joined: datetime) -> int:
    row = {"name": name, "role": role, "manager_id": manager_id, "active": True, "created_at": joined}
    return _get_or_insert(session, User, "login", login_for(name), row)


def ensure_people(
    session: Session, owner: UserRecord, joined: datetime
) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Create the two managers and the eight employees; return (manager ids, staff ids)."""
    managers = tuple(_person(session, n, "manager", owner.id, joined) for n in profiles.MANAGERS)
    staff = tuple(
        _person(session, p.name, "employee", managers[p.team], joined + timedelta(days=7 * i))
        for i, p in enumerate(profiles.STAFF)
    )
    return managers, staff


def ensure_catalog(session: Session) -> tuple[tuple[int, ...], tuple[int, ...], tuple[int, ...]]:
    """Create channels, personas and lost reasons; return their ids."""
    channels = tuple(
        _get_or_insert(session, Channel, "name", c.name, {"kind": c.kind}) for c in profiles.CHANNELS
    )
    personas = tuple(
        _get_or_insert(session, Persona, "name", n, {"description": d}) for n, d in profiles.PERSONAS
    )
    reasons = tuple(_get_or_insert(session, LostReason, "name", r[0], {}) for r in profiles.LOST_REASONS)
    return channels, personas, reasons


def _usable(pipeline: PipelineRecord) -> bool:
    kinds = [s.kind for s in pipeline.stages]
    return "open" in kinds and "won" in kinds and "lost" in kinds


def ensure_pipeline(session: Session, owner: UserRecord) -> PipelineRecord:
    """Return the first pipeline with open, won and lost stages, else create 'Typical sales'."""
    for pipeline in session.scalars(select(Pipeline).order_by(Pipeline.id)):
        record = pipeline_record(session, pipeline)
        if _usable(record):
            return record
    data = load_template("typical-sales")
    taken = session.scalar(select(func.count()).where(func.lower(Pipeline.name) == data["name"].lower()))
    name = f"{data['name']} (demo)" if taken else data["name"]
    return create_in_session(session, owner, name, data["stages"], "typical-sales")


def ensure_business(session: Session, start: datetime) -> Business:
    """Get or create everything the leads refer to."""
    joined = start - timedelta(days=60)
    owner = ensure_owner(session, joined - timedelta(days=365))
    managers, staff = ensure_people(session, owner, joined)
    channels, personas, reasons = ensure_catalog(session)
    pipeline = ensure_pipeline(session, owner)
    return Business(owner, managers, staff, channels, personas, reasons, pipeline)
