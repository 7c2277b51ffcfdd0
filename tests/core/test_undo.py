"""Undo/redo in the core: moves, lost, edits, assignments and deletions go back through the services."""

from __future__ import annotations

from decimal import Decimal

import pytest

from funneldesk.domain.errors import GateRefused
from funneldesk.services import catalog, leads, moves
from funneldesk.services.undo import UndoLabel, UndoStack
from funneldesk.storage.database import Database
from tests.core.helpers import Team, criterion_id, make_team


def _ready_lead(db: Database) -> tuple[UndoStack, Team, int]:
    team = make_team(db)
    catalog.add_name(db, team.owner, "persona", "CFO")
    lead = leads.create_lead(
        db, team.owner, {"title": "Acme", "phone": "+1 555 0100", "category": "B2B", "persona": "CFO"}
    )
    return UndoStack(db), team, lead.id


def test_undo_move_records_a_stage_change_with_how_undo(db: Database) -> None:
    stack, team, lead_id = _ready_lead(db)
    stack.move(team.owner, lead_id, "Client qualification")
    assert stack.undo_label == UndoLabel("move", "Client qualification")
    change = stack.undo(team.owner)
    assert change is not None and change.lead is not None
    assert change.lead.stage_name == "Primary contact"
    history = leads.lead_history(db, team.owner, lead_id)
    assert history[-1].how == "undo" and history[-1].to_stage == "Primary contact"
    assert stack.undo_label is None and stack.redo_label == UndoLabel("move", "Client qualification")


def test_redo_repeats_the_move(db: Database) -> None:
    stack, team, lead_id = _ready_lead(db)
    stack.move(team.owner, lead_id, "Client qualification")
    stack.undo(team.owner)
    change = stack.redo(team.owner)
    assert change is not None and change.lead is not None
    assert change.lead.stage_name == "Client qualification"
    assert stack.redo_label is None


def test_undoing_a_backward_move_passes_the_gate_again(db: Database) -> None:
    stack, team, lead_id = _ready_lead(db)
    moves.move_lead(db, team.owner, lead_id, "Client qualification")
    stack.move(team.owner, lead_id, "Primary contact")
    leads.update_lead(db, team.owner, lead_id, {"phone": ""})
    with pytest.raises(GateRefused):
        stack.undo(team.owner)
    assert stack.undo_label == UndoLabel("move", "Primary contact")
    assert leads.get_lead(db, team.owner, lead_id).stage_name == "Primary contact"


def test_undo_lost_and_redo(db: Database) -> None:
    stack, team, lead_id = _ready_lead(db)
    stack.mark_lost(team.owner, lead_id, "Too expensive")
    assert leads.get_lead(db, team.owner, lead_id).stage_kind == "lost"
    stack.undo(team.owner)
    assert leads.get_lead(db, team.owner, lead_id).stage_name == "Primary contact"
    stack.redo(team.owner)
    assert leads.get_lead(db, team.owner, lead_id).lost_reason == "Too expensive"


def test_undo_edit_restores_old_values(db: Database) -> None:
    stack, team, lead_id = _ready_lead(db)
    stack.update(team.owner, lead_id, {"value": Decimal("1200"), "company": "Acme Ltd"})
    stack.undo(team.owner)
    lead = leads.get_lead(db, team.owner, lead_id)
    assert lead.value == Decimal(0) and lead.company is None
    stack.redo(team.owner)
    assert leads.get_lead(db, team.owner, lead_id).company == "Acme Ltd"


def test_undo_assign_and_delete(db: Database) -> None:
    stack, team, lead_id = _ready_lead(db)
    stack.assign(team.owner, lead_id, "eli")
    assert stack.undo_label == UndoLabel("assign", "Acme")
    stack.undo(team.owner)
    assert leads.get_lead(db, team.owner, lead_id).owner_id == team.owner.id
    stack.delete(team.owner, lead_id)
    assert not leads.list_leads(db, team.owner)
    stack.undo(team.owner)
    assert [lead.id for lead in leads.list_leads(db, team.owner)] == [lead_id]


def test_a_new_step_clears_redo(db: Database) -> None:
    stack, team, lead_id = _ready_lead(db)
    stack.move(team.owner, lead_id, "Client qualification")
    stack.undo(team.owner)
    stack.assign(team.owner, lead_id, "mia")
    assert stack.redo_label is None


def test_checklist_tick_then_move_is_allowed(db: Database) -> None:
    stack, team, lead_id = _ready_lead(db)
    stack.move(team.owner, lead_id, "Commercial offer")
    leads.update_lead(db, team.owner, lead_id, {"value": "500"})
    with pytest.raises(GateRefused):
        stack.move(team.owner, lead_id, "Presentation")
    moves.set_tick(db, team.owner, lead_id, criterion_id(team.pipeline, "Commercial offer", "Offer sent"))
    assert stack.move(team.owner, lead_id, "Presentation").lead.stage_name == "Presentation"


def test_an_edit_saved_elsewhere_can_be_undone(db: Database) -> None:
    stack, team, lead_id = _ready_lead(db)
    before = leads.get_lead(db, team.owner, lead_id)
    after = leads.update_lead(db, team.owner, lead_id, {"company": "Acme Ltd", "value": "250"})
    assert stack.record_edit(before, after)
    assert not stack.record_edit(after, after)
    stack.undo(team.owner)
    lead = leads.get_lead(db, team.owner, lead_id)
    assert lead.company is None and lead.value == Decimal(0)
    stack.redo(team.owner)
    assert leads.get_lead(db, team.owner, lead_id).value == Decimal(250)
