"""Builders for analytics tests: users, a pipeline and leads with explicit history (Core inserts)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from funneldesk.domain.records import UserRecord
from funneldesk.services import history
from funneldesk.storage.models import Lead, LostReason, Pipeline, Stage, StageChange, User

T0 = datetime(2024, 1, 1, 9, 0)


def add_user(session: Session, name: str, role: str, manager_id: int | None = None) -> UserRecord:
    """Insert a user and return its record (login = name lower-cased, spaces to dots)."""
    login = name.lower().replace(" ", ".")
    values = {"name": name, "login": login, "role": role, "manager_id": manager_id, "created_at": T0}
    uid = session.execute(insert(User).returning(User.id), values).scalar_one()
    return UserRecord(uid, name, login, role, manager_id)


def add_pipeline(session: Session, name: str, stages: Sequence[tuple[str, str]]) -> dict[str, int]:
    """Insert a pipeline with (name, kind) stages in order; return stage ids by name."""
    pid = session.execute(
        insert(Pipeline).returning(Pipeline.id), {"name": name, "created_at": T0}
    ).scalar_one()
    ids: dict[str, int] = {}
    for position, (stage, kind) in enumerate(stages):
        values = {
            "pipeline_id": pid,
            "name": stage,
            "position": position,
            "kind": kind,
            "probability": 10 * position,
        }
        ids[stage] = session.execute(insert(Stage).returning(Stage.id), values).scalar_one()
    return ids


def reason(session: Session, name: str) -> int:
    """Return the id of a lost reason, creating it."""
    found = session.scalar(select(LostReason.id).where(LostReason.name == name))
    return found or session.execute(insert(LostReason).returning(LostReason.id), {"name": name}).scalar_one()


def add_lead(
    session: Session,
    stages: dict[str, int],
    path: Sequence[tuple[str, datetime]],
    owner: int | None,
    *,
    value_minor: int = 0,
    lost_reason: int | None = None,
    closed: bool = False,
    hook: bool = True,
    **columns: object,
) -> int:
    """Insert a lead whose history is the path of (stage name, when); return its id."""
    pipeline = session.scalar(select(Stage.pipeline_id).where(Stage.id == stages[path[0][0]]))
    last, at = path[-1]
    values = {
        "title": f"lead {last}",
        "pipeline_id": pipeline,
        "stage_id": stages[last],
        "owner_id": owner,
        "value_minor": value_minor,
        "lost_reason_id": lost_reason,
        "created_at": path[0][1],
        "updated_at": at,
        "stage_entered_at": at,
        "closed_at": at if closed else None,
        **columns,
    }
    lead_id = session.execute(insert(Lead).returning(Lead.id), values).scalar_one()
    previous = None
    for name, when in path:
        change = {
            "lead_id": lead_id,
            "from_stage_id": previous,
            "to_stage_id": stages[name],
            "at": when,
            "user_id": owner,
            "how": "import",
            "reason": "",
        }
        session.execute(insert(StageChange), change)
        previous = stages[name]
    if hook:
        history.after_leads_changed(session, [lead_id])
    return lead_id
