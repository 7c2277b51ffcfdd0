"""Audit trail: one entry per changed field, written in the caller's transaction."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from sqlalchemy import insert
from sqlalchemy.orm import Session

from funneldesk.domain.records import UserRecord
from funneldesk.storage.models import AuditEntry


def _text(value: object) -> str | None:
    return None if value is None else str(value)


def record(
    session: Session,
    actor: UserRecord | None,
    entity: str,
    entity_id: int,
    action: str,
    changes: Mapping[str, tuple[object, object]] | None = None,
) -> None:
    """Write one audit entry per (field -> (old, new)) change, or one for the action."""
    now = datetime.now()
    base = {"at": now, "user_id": actor.id if actor else None, "entity": entity}
    rows = [
        {
            **base,
            "entity_id": entity_id,
            "action": action,
            "field": name,
            "old_value": _text(old),
            "new_value": _text(new),
        }
        for name, (old, new) in (changes or {}).items()
        if old != new
    ]
    if not rows:
        rows = [
            {
                **base,
                "entity_id": entity_id,
                "action": action,
                "field": None,
                "old_value": None,
                "new_value": None,
            }
        ]
    session.execute(insert(AuditEntry), rows)
