"""Undo and redo of bulk actions from the leads table: one step for every lead that changed.

Used by ``UndoStack``. Reversing and repeating run every lead through the same
single-lead services inside one transaction, so a refusal raises and changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from funneldesk.services import browse
from funneldesk.services.browse import BulkResult
from funneldesk.services.leads import assign_in_session
from funneldesk.services.moves import lose_in_session, move_in_session
from funneldesk.storage.database import Database
from funneldesk.storage.models import Lead, Stage, User

_RUN: dict[str, Callable[..., BulkResult]] = {
    "assign": browse.bulk_assign, "move": browse.bulk_move, "lost": browse.bulk_lose,
}


def run(db: Database, actor: Any, kind: str, lead_ids: list[int], value: Any) -> BulkResult:
    """Run the bulk action of this kind ("assign", "move", "lost") through the browse services."""
    return _RUN[kind](db, actor, lead_ids, value)


def values_before(db: Database, actor: Any, kind: str, lead_ids: list[int]) -> dict[int, Any]:
    """Return each lead's owner (assign) or stage (move, lost) before the action."""
    column = Lead.owner_id if kind == "assign" else Lead.stage_id
    with db.read() as session:
        rows = session.execute(select(Lead.id, column).where(Lead.id.in_(lead_ids))).all()
        return {int(lead_id): value for lead_id, value in rows}


def subject(db: Database, kind: str, value: Any) -> str:
    """Name what the leads were given: the stage, the owner or the lost reason."""
    if kind == "lost" or isinstance(value, str) or value is None:
        return str(value or "")
    model = Stage if kind == "move" else User
    with db.read() as session:
        return str(session.scalar(select(model.name).where(model.id == value)) or value)


def reverse(db: Database, actor: Any, kind: str, before: dict[int, Any]) -> None:
    """Put every lead back: moves back are recorded with how='undo'; owners are given back."""
    with db.write() as session:
        for lead_id, value in sorted(before.items()):
            _put_back(session, actor, kind, lead_id, value)


def _put_back(session: Session, actor: Any, kind: str, lead_id: int, value: Any) -> None:
    if kind == "bulk_assign":
        assign_in_session(session, actor, lead_id, value)
    elif session.scalar(select(Lead.stage_id).where(Lead.id == lead_id)) != value:
        move_in_session(session, actor, lead_id, value, how="undo")


def repeat(db: Database, actor: Any, kind: str, lead_ids: list[int], after: dict[str, Any]) -> None:
    """Do the action again on the same leads; any refusal raises and changes nothing."""
    value = after["value"]
    with db.write() as session:
        for lead_id in sorted(lead_ids):
            if kind == "bulk_assign":
                assign_in_session(session, actor, lead_id, value)
            elif kind == "bulk_move":
                move_in_session(session, actor, lead_id, value)
            else:
                lose_in_session(session, actor, lead_id, value)


