"""Audit: one entry per changed field, in the change's own transaction; the trail is append-only."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from safety_world import make_world
from sqlalchemy import func, select, text
from sqlalchemy.exc import DBAPIError

from funneldesk.services import audit, leads, moves
from funneldesk.storage.database import Database
from funneldesk.storage.models import AuditEntry, StageChange

APPEND_ONLY = ("audit_entries", "stage_changes")


def _entries(db: Database, lead_id: int) -> list[tuple[str, str | None, str | None, str | None]]:
    with db.read() as session:
        rows = session.execute(select(AuditEntry.action, AuditEntry.field, AuditEntry.old_value,
                                      AuditEntry.new_value)
                               .where(AuditEntry.entity == "lead", AuditEntry.entity_id == lead_id)
                               .order_by(AuditEntry.id)).all()
    return [tuple(r) for r in rows]  # type: ignore[misc]


def test_one_entry_per_changed_field(db: Database) -> None:
    """Three fields sent, two changed: exactly two update entries with old and new values."""
    world = make_world(db)
    lead = leads.create_lead(db, world.owner, {"title": "A", "company": "Acme"}, pipeline="Free")
    before = len(_entries(db, lead.id))
    leads.update_lead(db, world.owner, lead.id, {"title": "B", "company": "Acme", "notes": "hi"})
    added = _entries(db, lead.id)[before:]
    assert sorted(added) == [("update", "notes", "", "hi"), ("update", "title", "A", "B")]


def test_audit_is_written_in_the_same_transaction(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    """When writing the audit fails, the change itself is rolled back too (and vice versa)."""
    world = make_world(db)
    lead = leads.create_lead(db, world.owner, {"title": "A"}, pipeline="Free")
    before = _entries(db, lead.id)
    real = audit.record

    def failing(*args: object, **kwargs: object) -> None:
        real(*args, **kwargs)  # type: ignore[arg-type]
        raise RuntimeError("disk full while auditing")

    monkeypatch.setattr(audit, "record", failing)
    with pytest.raises(RuntimeError):
        leads.update_lead(db, world.owner, lead.id, {"title": "B"})
    monkeypatch.setattr(audit, "record", real)
    with pytest.raises(RuntimeError), db.write() as session:
        leads.update_in_session(session, world.owner, lead.id, {"title": "C"})
        raise RuntimeError("the action failed after auditing")
    assert leads.get_lead(db, world.owner, lead.id).title == "A"
    assert _entries(db, lead.id) == before


def test_a_move_is_audited_with_its_history(db: Database) -> None:
    """A stage move writes its stage change and its audit entry together."""
    world = make_world(db)
    lead = leads.create_lead(db, world.owner, {"title": "A"}, pipeline="Free")
    moves.move_lead(db, world.owner, lead.id, "Offer")
    assert any(e[1] == "stage_id" for e in _entries(db, lead.id))
    with db.read() as session:
        assert (session.scalar(select(func.count()).where(StageChange.lead_id == lead.id)) or 0) >= 2


@pytest.mark.parametrize("table", APPEND_ONLY)
@pytest.mark.parametrize("verb", ["UPDATE", "DELETE"])
def test_triggers_refuse_rewriting_history(db: Database, table: str, verb: str,
                                           figure: Callable[..., None]) -> None:
    """UPDATE and DELETE on the audit trail and the stage history are refused on both engines."""
    world = make_world(db)
    leads.create_lead(db, world.owner, {"title": "A"}, pipeline="Free")
    column = "field" if table == "audit_entries" else "reason"
    statement = (f"UPDATE {table} SET {column} = 'forged'" if verb == "UPDATE"
                 else f"DELETE FROM {table}")
    with db.read() as session:
        before = session.execute(text(f"SELECT * FROM {table} ORDER BY id")).all()
    with pytest.raises(DBAPIError, match="append-only"), db.write() as session:
        session.execute(text(statement))
    with db.read() as session:
        assert session.execute(text(f"SELECT * FROM {table} ORDER BY id")).all() == before
    figure(f"append-only {table} {verb}", engine=db.dialect, refused=1, failures=0)
