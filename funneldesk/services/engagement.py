"""Participants on the buyer side and activities on a lead; both can open gates."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from funneldesk.domain.errors import InvalidInput, NotFound
from funneldesk.domain.records import UserRecord
from funneldesk.services import audit, history
from funneldesk.services.lead_rows import load_lead
from funneldesk.services.moves import advance_automatically
from funneldesk.storage.database import Database
from funneldesk.storage.models import Activity, Participant, User

ENGAGEMENTS = ("driver", "participant", "gatekeeper", "not_involved")
ACTIVITY_KINDS = ("call", "meeting", "email", "task", "demo")


@dataclass(frozen=True, slots=True)
class ParticipantRecord:
    """A buyer-side person on a lead."""

    id: int
    lead_id: int
    name: str
    title: str
    email: str | None
    phone: str | None
    engagement: str


@dataclass(frozen=True, slots=True)
class ActivityRecord:
    """A call, meeting, e-mail, task or demo on a lead."""

    id: int
    lead_id: int
    kind: str
    subject: str
    due_at: datetime | None
    done_at: datetime | None
    user_name: str | None
    notes: str


def _participant(p: Participant) -> ParticipantRecord:
    return ParticipantRecord(p.id, p.lead_id, p.name, p.title, p.email, p.phone, p.engagement)


def list_participants(db: Database, actor: UserRecord, lead_id: int) -> list[ParticipantRecord]:
    """Return the buyer-side people on a lead."""
    with db.read() as session:
        load_lead(session, actor, lead_id)
        rows = session.scalars(
            select(Participant).where(Participant.lead_id == lead_id).order_by(Participant.id)
        )
        return [_participant(p) for p in rows]


def add_participant(
    db: Database,
    actor: UserRecord,
    lead_id: int,
    name: str,
    engagement: str = "participant",
    title: str = "",
    email: str | None = None,
    phone: str | None = None,
) -> ParticipantRecord:
    """Add a buyer-side person to a lead."""
    if not name.strip():
        raise InvalidInput("a participant needs a name")
    if engagement not in ENGAGEMENTS:
        raise InvalidInput(f"engagement must be one of {', '.join(ENGAGEMENTS)}")
    with db.write() as session:
        lead = load_lead(session, actor, lead_id, lock=True)
        person = Participant(
            lead_id=lead.id, name=name.strip(), title=title, email=email, phone=phone, engagement=engagement
        )
        session.add(person)
        session.flush()
        audit.record(
            session, actor, "lead", lead.id, "participant", {"participant": (None, f"{name} ({engagement})")}
        )
        return _participant(person)


def set_engagement(
    db: Database, actor: UserRecord, participant_id: int, engagement: str
) -> ParticipantRecord:
    """Change a participant's engagement level."""
    if engagement not in ENGAGEMENTS:
        raise InvalidInput(f"engagement must be one of {', '.join(ENGAGEMENTS)}")
    with db.write() as session:
        person = session.get(Participant, participant_id)
        if person is None:
            raise NotFound(f"no participant {participant_id}")
        load_lead(session, actor, person.lead_id, lock=True)
        old, person.engagement = person.engagement, engagement
        audit.record(
            session,
            actor,
            "lead",
            person.lead_id,
            "participant",
            {f"engagement:{person.name}": (old, engagement)},
        )
        return _participant(person)


def remove_participant(db: Database, actor: UserRecord, participant_id: int) -> None:
    """Remove a participant from a lead."""
    with db.write() as session:
        person = session.get(Participant, participant_id)
        if person is None:
            raise NotFound(f"no participant {participant_id}")
        load_lead(session, actor, person.lead_id, lock=True)
        session.delete(person)
        audit.record(
            session, actor, "lead", person.lead_id, "participant", {"participant": (person.name, None)}
        )


def list_activities(db: Database, actor: UserRecord, lead_id: int) -> list[ActivityRecord]:
    """Return a lead's activities, due first then done."""
    with db.read() as session:
        load_lead(session, actor, lead_id)
        rows = session.execute(
            select(Activity, User.name)
            .outerjoin(User, User.id == Activity.user_id)
            .where(Activity.lead_id == lead_id)
            .order_by(Activity.id)
        ).all()
        return [
            ActivityRecord(a.id, a.lead_id, a.kind, a.subject, a.due_at, a.done_at, who, a.notes)
            for a, who in rows
        ]


def log_activity(
    db: Database,
    actor: UserRecord,
    lead_id: int,
    kind: str,
    subject: str = "",
    *,
    due_at: datetime | None = None,
    done: bool = False,
    notes: str = "",
) -> int:
    """Log a done activity or schedule one; a done one may open an auto-advancing gate."""
    if kind not in ACTIVITY_KINDS:
        raise InvalidInput(f"activity kind must be one of {', '.join(ACTIVITY_KINDS)}")
    with db.write() as session:
        lead = load_lead(session, actor, lead_id, lock=True)
        activity = Activity(
            lead_id=lead.id,
            kind=kind,
            subject=subject,
            due_at=due_at,
            notes=notes,
            done_at=datetime.now() if done else None,
            user_id=actor.id,
        )
        session.add(activity)
        session.flush()
        audit.record(session, actor, "lead", lead.id, "activity", {f"{kind}": (None, subject or kind)})
        if done:
            advance_automatically(session, actor, lead)
            history.after_leads_changed(session, [lead.id])
        return activity.id


def complete_activity(db: Database, actor: UserRecord, activity_id: int, done: bool = True) -> None:
    """Mark an activity done (or not done again)."""
    with db.write() as session:
        activity = session.get(Activity, activity_id)
        if activity is None:
            raise NotFound(f"no activity {activity_id}")
        lead = load_lead(session, actor, activity.lead_id, lock=True)
        activity.done_at = datetime.now() if done else None
        audit.record(session, actor, "lead", lead.id, "activity", {f"{activity.kind} done": (not done, done)})
        advance_automatically(session, actor, lead)
        history.after_leads_changed(session, [lead.id])
