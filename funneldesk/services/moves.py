"""Stage moves, lost leads, checklist ticks and approvals — all through one gate."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from funneldesk.domain.errors import FunnelDeskError, GateRefused, InvalidInput, PermissionDenied, StaleEdit
from funneldesk.domain.records import (
    CriterionStatus,
    MoveResult,
    PipelineRecord,
    StageRecord,
    UserRecord,
)
from funneldesk.gating.criteria import status
from funneldesk.gating.moves import MovePlan, next_stage, plan_move
from funneldesk.services import audit, history
from funneldesk.services.fields import named_id
from funneldesk.services.lead_rows import facts_of, history_of, load_lead, record_of
from funneldesk.services.loading import get_pipeline, pipeline_record, stage_in
from funneldesk.storage.database import Database
from funneldesk.storage.models import (
    Approval,
    ChecklistTick,
    ExitCriterion,
    GateRefusal,
    Lead,
    LostReason,
    Participant,
)
from funneldesk.storage.retry import retrying


def _pipeline_of(session: Session, lead: Lead) -> PipelineRecord:
    return pipeline_record(session, get_pipeline(session, lead.pipeline_id))


def _check_version(lead: Lead, expected: int | None) -> None:
    if expected is not None and lead.version != expected:
        raise StaleEdit(
            f"someone else changed lead {lead.id} (now version {lead.version}, "
            f"you had {expected}); reload it and try again"
        )


def plan_for(
    session: Session, actor: UserRecord, lead: Lead, target_ref: int | str
) -> tuple[MovePlan, StageRecord]:
    """Plan a move of a loaded lead; return the plan and the current stage."""
    pipeline = _pipeline_of(session, lead)
    current = stage_in(pipeline, lead.stage_id)
    target = stage_in(pipeline, target_ref)
    if target.id == current.id:
        raise InvalidInput(f"lead {lead.id} is already in {current.name!r}")
    return plan_move(pipeline.stages, current, target, facts_of(session, lead)), current


def apply_path(
    session: Session,
    actor: UserRecord,
    lead: Lead,
    current: StageRecord,
    path: tuple[StageRecord, ...],
    how: str,
    reason: str,
    at: datetime | None = None,
) -> None:
    """Put the lead in the last stage of the path and record every step."""
    at = at or datetime.now()
    final = path[-1]
    old_stage = lead.stage_id
    history.record_path(session, lead.id, current, path, at=at, user_id=actor.id, how=how, reason=reason)
    lead.stage_id, lead.stage_entered_at, lead.updated_at = final.id, at, at
    lead.closed_at = at if final.kind in ("won", "lost") else None
    if final.kind != "lost":
        lead.lost_reason_id = None
    lead.version += 1
    audit.record(session, actor, "lead", lead.id, how, {"stage_id": (old_stage, final.id)})


def move_in_session(
    session: Session,
    actor: UserRecord,
    lead_id: int,
    target: int | str,
    *,
    override: str | None = None,
    expected_version: int | None = None,
    how: str = "manual",
    reason: str = "",
) -> MoveResult:
    """Move a lead inside an open transaction; refused moves raise and change nothing."""
    lead = load_lead(session, actor, lead_id, lock=True)
    _check_version(lead, expected_version)
    plan, current = plan_for(session, actor, lead, target)
    if plan.path[-1].kind == "lost":
        raise InvalidInput("use mark_lost to lose a lead: it needs a lost reason")
    if not plan.allowed and override is None:
        raise GateRefused(plan.unmet)
    if override is not None:
        _require_override(actor, override)
    used_how = "override" if override is not None and not plan.allowed else how
    before = len(history_of(session, lead.id))
    apply_path(session, actor, lead, current, plan.path, used_how, override or reason)
    advance_automatically(session, actor, lead)
    history.after_leads_changed(session, [lead.id])
    return MoveResult(record_of(session, lead.id), tuple(history_of(session, lead.id)[before:]))


def _require_override(actor: UserRecord, reason: str) -> None:
    if actor.role != "owner":
        raise PermissionDenied(f"only an owner may override a stage gate ({actor.login} is {actor.role})")
    if not reason.strip():
        raise InvalidInput("an override needs a reason")


@retrying
def move_lead(
    db: Database,
    actor: UserRecord,
    lead_id: int,
    target: int | str,
    *,
    override: str | None = None,
    expected_version: int | None = None,
    reason: str = "",
) -> MoveResult:
    """Move a lead to a stage through the gate; an owner may override with a reason."""
    try:
        with db.write() as session:
            return move_in_session(
                session,
                actor,
                lead_id,
                target,
                override=override,
                expected_version=expected_version,
                reason=reason,
            )
    except GateRefused:
        record_refusals(db, actor, [(lead_id, target)])
        raise


def record_refusals(db: Database, actor: UserRecord, attempts: list[tuple[int, int | str]]) -> None:
    """Keep one gate_refusals row per refused move (the refused move itself rolled back)."""
    if not attempts:
        return
    with db.write() as session:
        rows: list[dict[str, object]] = []
        refused: set[int] = set()
        for lead_id, target in attempts:
            lead = session.get(Lead, lead_id)
            if lead is None:
                continue
            try:
                to_stage: int | None = stage_in(_pipeline_of(session, lead), target).id
            except FunnelDeskError:
                to_stage = None
            rows.append(
                {"lead_id": lead_id, "at": datetime.now(), "user_id": actor.id,
                 "from_stage_id": lead.stage_id, "to_stage_id": to_stage}
            )
            refused.add(lead_id)
        if rows:
            session.execute(insert(GateRefusal), rows)
            from funneldesk.analytics.desk_derived import refresh  # late: analytics builds on storage

            refresh(session, sorted(refused))


def check_move(db: Database, actor: UserRecord, lead_id: int, target: int | str) -> MovePlan:
    """Say, without changing anything, whether a move would pass the gate and why not."""
    with db.read() as session:
        lead = load_lead(session, actor, lead_id)
        return plan_for(session, actor, lead, target)[0]


def lose_in_session(
    session: Session,
    actor: UserRecord,
    lead_id: int,
    reason: str,
    note: str = "",
    expected_version: int | None = None,
) -> MoveResult:
    """Mark a lead lost with a reason inside an open transaction (always allowed)."""
    if not reason.strip():
        raise InvalidInput("a lost lead needs a reason")
    lead = load_lead(session, actor, lead_id, lock=True)
    _check_version(lead, expected_version)
    pipeline = _pipeline_of(session, lead)
    lost = next((s for s in pipeline.stages if s.kind == "lost"), None)
    if lost is None:
        raise InvalidInput(f"pipeline {pipeline.name!r} has no lost stage")
    if lead.stage_id == lost.id:
        raise InvalidInput(f"lead {lead.id} is already lost")
    reason_id = _lost_reason_id(session, reason)
    before = len(history_of(session, lead.id))
    apply_path(session, actor, lead, stage_in(pipeline, lead.stage_id), (lost,), "manual", note or reason)
    lead.lost_reason_id = reason_id
    history.after_leads_changed(session, [lead.id])
    return MoveResult(record_of(session, lead.id), tuple(history_of(session, lead.id)[before:]))


def _lost_reason_id(session: Session, reason: str) -> int:
    existing = session.scalar(
        select(LostReason.id).where(func.lower(LostReason.name) == reason.strip().lower())
    )
    if existing is not None:
        return existing
    return session.execute(insert(LostReason).returning(LostReason.id), {"name": reason.strip()}).scalar_one()


@retrying
def mark_lost(
    db: Database,
    actor: UserRecord,
    lead_id: int,
    reason: str,
    note: str = "",
    expected_version: int | None = None,
) -> MoveResult:
    """Mark a lead lost with a reason; always allowed for a lead the actor may touch."""
    with db.write() as session:
        return lose_in_session(session, actor, lead_id, reason, note, expected_version)


def advance_automatically(session: Session, actor: UserRecord, lead: Lead) -> int:
    """Move the lead on by itself while its stage advances automatically and is complete."""
    steps = 0
    pipeline = _pipeline_of(session, lead)
    while True:
        current = stage_in(pipeline, lead.stage_id)
        following = next_stage(pipeline.stages, current)
        if not current.auto_advance or not current.criteria or following is None or current.kind != "open":
            return steps
        plan = plan_move(pipeline.stages, current, following, facts_of(session, lead))
        if not plan.allowed:
            return steps
        apply_path(session, actor, lead, current, plan.path, "automatic", "exit criteria met")
        steps += 1


def gate_status(db: Database, actor: UserRecord, lead_id: int) -> list[CriterionStatus]:
    """Return the current stage's exit criteria and whether each is met."""
    with db.read() as session:
        lead = load_lead(session, actor, lead_id)
        stage = stage_in(_pipeline_of(session, lead), lead.stage_id)
        facts = facts_of(session, lead)
        return [status(c, facts) for c in stage.criteria]


def _criterion_for(session: Session, lead: Lead, criterion_id: int, kind: str) -> ExitCriterion:
    row = session.get(ExitCriterion, criterion_id)
    pipeline = _pipeline_of(session, lead)
    if row is None or row.kind != kind or all(s.id != row.stage_id for s in pipeline.stages):
        raise InvalidInput(f"criterion {criterion_id} is not a {kind} item of this lead's pipeline")
    return row


@retrying
def set_tick(
    db: Database, actor: UserRecord, lead_id: int, criterion_id: int, ticked: bool = True
) -> MoveResult:
    """Tick or untick a checklist item; an auto-advancing stage may then move on."""
    with db.write() as session:
        lead = load_lead(session, actor, lead_id, lock=True)
        row = _criterion_for(session, lead, criterion_id, "checklist")
        session.execute(
            delete(ChecklistTick).where(
                ChecklistTick.lead_id == lead.id, ChecklistTick.criterion_id == criterion_id
            )
        )
        if ticked:
            session.add(
                ChecklistTick(lead_id=lead.id, criterion_id=criterion_id, user_id=actor.id, at=datetime.now())
            )
        lead.version += 1
        lead.updated_at = datetime.now()
        audit.record(
            session, actor, "lead", lead.id, "tick", {f"checklist:{row.label}": (not ticked, ticked)}
        )
        return _after_change(session, actor, lead)


def _after_change(session: Session, actor: UserRecord, lead: Lead) -> MoveResult:
    before = len(history_of(session, lead.id))
    advance_automatically(session, actor, lead)
    history.after_leads_changed(session, [lead.id])
    return MoveResult(record_of(session, lead.id), tuple(history_of(session, lead.id)[before:]))


@retrying
def approve(
    db: Database,
    actor: UserRecord,
    lead_id: int,
    criterion_id: int,
    participant_id: int | None = None,
    note: str = "",
) -> MoveResult:
    """Give an approval: by a user of the required role, or on behalf of a gatekeeper."""
    with db.write() as session:
        lead = load_lead(session, actor, lead_id, lock=True)
        row = _criterion_for(session, lead, criterion_id, "approval")
        if row.gatekeeper:
            _require_gatekeeper(session, lead.id, participant_id)
        else:
            _require_approver(actor, row.approver_role or "manager")
        session.execute(
            delete(Approval).where(Approval.lead_id == lead.id, Approval.criterion_id == criterion_id)
        )
        session.add(
            Approval(
                lead_id=lead.id,
                criterion_id=criterion_id,
                user_id=actor.id,
                participant_id=participant_id,
                at=datetime.now(),
                note=note,
            )
        )
        lead.version += 1
        lead.updated_at = datetime.now()
        audit.record(
            session, actor, "lead", lead.id, "approve", {f"approval:{row.label}": (None, actor.login)}
        )
        return _after_change(session, actor, lead)


def may_approve(actor: UserRecord, approver_role: str) -> bool:
    """Say whether the actor's role can give an approval that needs approver_role."""
    return actor.role == "owner" or (actor.role == "manager" and approver_role == "manager")


def _require_approver(actor: UserRecord, approver_role: str) -> None:
    if not may_approve(actor, approver_role):
        raise PermissionDenied(
            f"this approval needs {'an' if approver_role == 'owner' else 'a'} "
            f"{approver_role}; {actor.login} is {'an' if actor.role == 'owner' else 'a'} {actor.role}"
        )


def _require_gatekeeper(session: Session, lead_id: int, participant_id: int | None) -> None:
    person = session.get(Participant, participant_id) if participant_id else None
    if person is None or person.lead_id != lead_id or person.engagement != "gatekeeper":
        raise InvalidInput("name the gatekeeper participant of this lead who gave the approval")


@retrying
def revoke_approval(db: Database, actor: UserRecord, lead_id: int, criterion_id: int) -> MoveResult:
    """Withdraw an approval (same rights as giving it)."""
    with db.write() as session:
        lead = load_lead(session, actor, lead_id, lock=True)
        row = _criterion_for(session, lead, criterion_id, "approval")
        if not row.gatekeeper:
            _require_approver(actor, row.approver_role or "manager")
        session.execute(
            delete(Approval).where(Approval.lead_id == lead.id, Approval.criterion_id == criterion_id)
        )
        lead.version += 1
        audit.record(
            session, actor, "lead", lead.id, "revoke", {f"approval:{row.label}": (actor.login, None)}
        )
        return _after_change(session, actor, lead)


def lost_reason_named(session: Session, name: str) -> int | None:
    """Return a lost reason's id by name (None for blank)."""
    return named_id(session, LostReason, name)
