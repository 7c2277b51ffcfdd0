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


def _three_leads(db: Database) -> tuple[UndoStack, Team, list[int]]:
    stack, team, first = _ready_lead(db)
    others = [
        leads.create_lead(db, team.owner, {"title": t, "phone": "+1 555 0101", "category": "B2B",
                                          "persona": "CFO"}).id
        for t in ("Beta", "Gamma")
    ]
    return stack, team, [first, *others]


def test_a_bulk_move_is_one_step_without_the_refused_leads(db: Database) -> None:
    stack, team, ids = _three_leads(db)
    leads.update_lead(db, team.owner, ids[2], {"phone": ""})  # its gate now refuses
    result = stack.bulk(team.owner, "move", ids, "Client qualification")
    assert result.changed == frozenset(ids[:2]) and len(result.refused) == 1
    assert stack.undo_label == UndoLabel("bulk_move", "Client qualification", 2)
    change = stack.undo(team.owner)
    assert change is not None and change.lead_ids == frozenset(ids[:2])
    assert {leads.get_lead(db, team.owner, i).stage_name for i in ids} == {"Primary contact"}
    assert leads.lead_history(db, team.owner, ids[0])[-1].how == "undo"
    assert len(leads.lead_history(db, team.owner, ids[2])) == 1
    stack.redo(team.owner)
    assert [leads.get_lead(db, team.owner, i).stage_name for i in ids[:2]] == ["Client qualification"] * 2


def test_chunks_of_one_bulk_run_merge_into_one_step(db: Database) -> None:
    stack, team, ids = _three_leads(db)
    token = object()
    stack.bulk(team.owner, "assign", ids[:1], "eli", token)
    stack.bulk(team.owner, "assign", ids[1:], "eli", token)
    assert stack.undo_label is not None and stack.undo_label.count == 3
    stack.undo(team.owner)
    assert stack.undo_label is None
    assert {leads.get_lead(db, team.owner, i).owner_id for i in ids} == {team.owner.id}


def test_bulk_lost_undo_and_redo(db: Database) -> None:
    stack, team, ids = _three_leads(db)
    stack.bulk(team.owner, "lost", ids, "Too expensive")
    assert stack.undo_label == UndoLabel("bulk_lost", "Too expensive", 3)
    stack.undo(team.owner)
    assert {leads.get_lead(db, team.owner, i).stage_name for i in ids} == {"Primary contact"}
    stack.redo(team.owner)
    assert {leads.get_lead(db, team.owner, i).lost_reason for i in ids} == {"Too expensive"}


def test_a_checklist_tick_can_be_undone_and_redone(db: Database) -> None:
    stack, team, lead_id = _ready_lead(db)
    stack.move(team.owner, lead_id, "Commercial offer")
    leads.update_lead(db, team.owner, lead_id, {"value": "500"})
    offer_sent = criterion_id(team.pipeline, "Commercial offer", "Offer sent")
    stack.tick(team.owner, lead_id, offer_sent)
    assert stack.undo_label == UndoLabel("tick", "Offer sent")
    stack.undo(team.owner)
    with pytest.raises(GateRefused):
        moves.move_lead(db, team.owner, lead_id, "Presentation")
    stack.redo(team.owner)
    assert moves.move_lead(db, team.owner, lead_id, "Presentation").lead.stage_name == "Presentation"


def test_an_approval_can_be_undone_and_redone(db: Database) -> None:
    from sqlalchemy import func, select

    from funneldesk.storage.models import Approval

    stack, team, lead_id = _ready_lead(db)
    discount = criterion_id(team.pipeline, "Agreement on terms", "Owner's approval of a discount above 15 %")

    def approvals() -> int:
        with db.read() as session:
            return int(session.scalar(select(func.count(Approval.id))) or 0)

    stack.approve(team.owner, lead_id, discount)
    assert stack.undo_label == UndoLabel("approve", "Owner's approval of a discount above 15 %")
    assert approvals() == 1
    stack.undo(team.owner)
    assert approvals() == 0
    stack.redo(team.owner)
    assert approvals() == 1
