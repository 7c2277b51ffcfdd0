"""Undo and redo of checklist ticks and approvals given in the editor or the board's gate panel.

Used by ``UndoStack``. A tick or approval may have moved the lead on automatically;
undoing it moves the lead back first (recorded with how='undo'), then withdraws the
tick or approval through the same services.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from funneldesk.domain.records import LeadRecord, UserRecord
from funneldesk.services import moves
from funneldesk.storage.database import Database
from funneldesk.storage.models import ExitCriterion, Lead

CHECKLIST_KINDS = ("tick", "untick", "approve")


def criterion_label(db: Database, criterion_id: int) -> str:
    """Return the label of an exit criterion (the undo step's subject)."""
    with db.read() as session:
        return str(session.scalar(select(ExitCriterion.label).where(ExitCriterion.id == criterion_id)) or "")


def reverse(db: Database, actor: UserRecord, lead_id: int, kind: str, before: dict[str, Any],
            after: dict[str, Any]) -> LeadRecord:
    """Move back if the step moved the lead on, then withdraw the tick or approval."""
    with db.write() as session:
        if session.scalar(select(Lead.stage_id).where(Lead.id == lead_id)) != before["stage_id"]:
            moves.move_in_session(session, actor, lead_id, before["stage_id"], how="undo")
    if kind == "approve":
        return moves.revoke_approval(db, actor, lead_id, after["criterion_id"]).lead
    return moves.set_tick(db, actor, lead_id, after["criterion_id"], not after["ticked"]).lead


def repeat(db: Database, actor: UserRecord, lead_id: int, kind: str, after: dict[str, Any]) -> LeadRecord:
    """Tick, untick or approve again (an auto-advancing stage may move on again)."""
    if kind == "approve":
        return moves.approve(db, actor, lead_id, after["criterion_id"], after["participant_id"]).lead
    return moves.set_tick(db, actor, lead_id, after["criterion_id"], after["ticked"]).lead
