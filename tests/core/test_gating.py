"""Stage-gating as a user meets it: refusals list everything and change nothing."""

from __future__ import annotations

import pytest

from funneldesk.domain.errors import GateRefused, InvalidInput, PermissionDenied
from funneldesk.services import engagement, leads, moves, pipelines
from funneldesk.storage.database import Database
from tests.core.helpers import Team, criterion_id, dump, make_team


@pytest.fixture
def team(db: Database) -> Team:
    return make_team(db)


def _qualified_lead(db: Database, team: Team, **extra: object) -> int:
    fields = {"title": "Deal", "phone": "+1 555 0100", "category": "SMB", "value": "500"} | extra
    from funneldesk.services import catalog

    catalog.add_name(db, team.owner, "persona", "Ops lead")
    return leads.create_lead(db, team.owner, fields | {"persona": "Ops lead"}).id


def test_refusal_lists_every_unmet_criterion_by_stage_and_changes_nothing(db: Database, team: Team) -> None:
    lead = leads.create_lead(db, team.owner, {"title": "Acme"})
    before = dump(db)
    with pytest.raises(GateRefused) as refused:
        moves.move_lead(db, team.owner, lead.id, "Commitment")
    texts = [(u.stage_name, u.text) for u in refused.value.unmet]
    assert texts == [
        ("Primary contact", "fill in the phone number"),
        ("Client qualification", "fill in the category"),
        ("Client qualification", "fill in the persona"),
        ("Commercial offer", "the value must be above 0"),
        ("Commercial offer", 'tick "Offer sent"'),
        ("Preparation for fulfilment", 'tick "Documents signed"'),
    ]
    assert dump(db) == before


def test_field_criterion_refused_then_allowed(db: Database, team: Team) -> None:
    lead = leads.create_lead(db, team.owner, {"title": "Acme"})
    with pytest.raises(GateRefused):
        moves.move_lead(db, team.owner, lead.id, "Client qualification")
    leads.update_lead(db, team.owner, lead.id, {"phone": "+44 20 7946 0000"})
    result = moves.move_lead(db, team.owner, lead.id, "Client qualification")
    assert result.lead.stage_name == "Client qualification"


def test_value_condition_needs_more_than_zero(db: Database, team: Team) -> None:
    lead_id = _qualified_lead(db, team, value="0")
    moves.move_lead(db, team.owner, lead_id, "Commercial offer")
    offer_sent = criterion_id(team.pipeline, "Commercial offer", "Offer sent")
    moves.set_tick(db, team.owner, lead_id, offer_sent)
    with pytest.raises(GateRefused) as refused:
        moves.move_lead(db, team.owner, lead_id, "Agreement on terms")
    assert [u.text for u in refused.value.unmet] == ["the value must be above 0"]


def test_checklist_criterion_refused_until_ticked(db: Database, team: Team) -> None:
    lead_id = _qualified_lead(db, team)
    moves.move_lead(db, team.owner, lead_id, "Commercial offer")
    with pytest.raises(GateRefused) as refused:
        moves.move_lead(db, team.owner, lead_id, "Agreement on terms")
    assert [u.kind for u in refused.value.unmet] == ["checklist"]
    moves.set_tick(db, team.owner, lead_id, refused.value.unmet[0].criterion_id)
    assert (
        moves.move_lead(db, team.owner, lead_id, "Agreement on terms").lead.stage_name == "Agreement on terms"
    )


def test_multi_stage_jump_records_every_intermediate_stage(db: Database, team: Team) -> None:
    lead_id = _qualified_lead(db, team)
    moves.set_tick(db, team.owner, lead_id, criterion_id(team.pipeline, "Commercial offer", "Offer sent"))
    result = moves.move_lead(db, team.owner, lead_id, "Agreement on terms")
    assert [c.to_stage for c in result.changes] == [
        "Client qualification",
        "Commercial offer",
        "Agreement on terms",
    ]
    assert [c.from_stage for c in result.changes] == [
        "Primary contact",
        "Client qualification",
        "Commercial offer",
    ]


def test_approval_needed_only_when_discount_exceeds_15_percent(db: Database, team: Team) -> None:
    lead_id = _qualified_lead(db, team, discount="20")
    moves.set_tick(db, team.owner, lead_id, criterion_id(team.pipeline, "Commercial offer", "Offer sent"))
    moves.move_lead(db, team.owner, lead_id, "Agreement on terms")
    moves.set_tick(
        db, team.owner, lead_id, criterion_id(team.pipeline, "Preparation for fulfilment", "Documents signed")
    )
    with pytest.raises(GateRefused) as refused:
        moves.move_lead(db, team.owner, lead_id, "Commitment")
    assert [u.kind for u in refused.value.unmet] == ["approval"]
    assert "discount" in refused.value.unmet[0].text
    leads.update_lead(db, team.owner, lead_id, {"discount": "10"})
    assert moves.move_lead(db, team.owner, lead_id, "Commitment").lead.stage_kind == "won"


def test_approval_given_by_owner_opens_the_gate_but_a_manager_cannot_give_it(
    db: Database, team: Team
) -> None:
    lead_id = leads.create_lead(db, team.owner, {"title": "Deal", "discount": "30"}, owner="eli").id
    approval = criterion_id(team.pipeline, "Agreement on terms", "Owner's approval of a discount above 15 %")
    with pytest.raises(PermissionDenied):
        moves.approve(db, team.manager, lead_id, approval)
    moves.approve(db, team.owner, lead_id, approval)
    statuses = {s.criterion.id: s.met for s in _stage_status(db, team, lead_id, "Agreement on terms")}
    assert statuses[approval] is True


def _stage_status(db: Database, team: Team, lead_id: int, stage: str) -> list:  # type: ignore[type-arg]
    from funneldesk.gating.criteria import status
    from funneldesk.services.lead_rows import facts_of, load_lead

    found = team.pipeline.stage_named(stage)
    assert found is not None
    with db.read() as session:
        facts = facts_of(session, load_lead(session, team.owner, lead_id))
    return [status(c, facts) for c in found.criteria]


def test_activity_criterion_counts_done_activities_only(db: Database, team: Team) -> None:
    pipeline = pipelines.create_from_template(db, team.owner, "aida", "AIDA test")
    lead = leads.create_lead(db, team.owner, {"title": "Shop", "channel": None}, pipeline=pipeline.id)
    from funneldesk.services import catalog

    catalog.add_name(db, team.owner, "channel", "Referral", "earned")
    leads.update_lead(db, team.owner, lead.id, {"channel": "Referral"})
    moves.move_lead(db, team.owner, lead.id, "Interest")
    engagement.log_activity(db, team.owner, lead.id, "call", "planned", done=False)
    with pytest.raises(GateRefused) as refused:
        moves.move_lead(db, team.owner, lead.id, "Desire")
    assert "0 done so far" in refused.value.unmet[0].text
    engagement.log_activity(db, team.owner, lead.id, "call", "talked", done=True)
    assert moves.move_lead(db, team.owner, lead.id, "Desire").lead.stage_name == "Desire"


def test_gatekeeper_approval_needs_a_gatekeeper_participant(db: Database, team: Team) -> None:
    pipeline = pipelines.create_from_template(db, team.owner, "b2b-journey", "B2B")
    lead = leads.create_lead(db, team.owner, {"title": "Corp"}, pipeline=pipeline.id)
    validation = pipeline.stage_named("Validation")
    assert validation is not None
    approval = validation.criteria[0].id
    driver = engagement.add_participant(db, team.owner, lead.id, "Dana Driver", "driver")
    with pytest.raises(InvalidInput):
        moves.approve(db, team.owner, lead.id, approval, participant_id=driver.id)
    keeper = engagement.add_participant(db, team.owner, lead.id, "Gil Keeper", "gatekeeper")
    moves.approve(db, team.owner, lead.id, approval, participant_id=keeper.id)
    with db.read() as session:
        from funneldesk.services.lead_rows import facts_of, load_lead

        assert approval in facts_of(session, load_lead(session, team.owner, lead.id)).approved


def test_backward_moves_are_always_allowed(db: Database, team: Team) -> None:
    lead_id = _qualified_lead(db, team)
    moves.move_lead(db, team.owner, lead_id, "Commercial offer")
    result = moves.move_lead(db, team.owner, lead_id, "Primary contact")
    assert result.lead.stage_name == "Primary contact"
    assert [c.to_stage for c in result.changes] == ["Primary contact"]


def test_lost_needs_a_reason_and_is_always_allowed(db: Database, team: Team) -> None:
    lead = leads.create_lead(db, team.owner, {"title": "Unqualified"})
    with pytest.raises(InvalidInput):
        moves.mark_lost(db, team.owner, lead.id, "  ")
    result = moves.mark_lost(db, team.owner, lead.id, "No budget")
    assert (result.lead.stage_kind, result.lead.lost_reason) == ("lost", "No budget")
    assert result.lead.closed_at is not None


def test_override_is_owner_only_and_recorded_with_its_reason(db: Database, team: Team) -> None:
    lead = leads.create_lead(db, team.owner, {"title": "Rush"}, owner="eli")
    with pytest.raises(PermissionDenied):
        moves.move_lead(db, team.manager, lead.id, "Commitment", override="please")
    result = moves.move_lead(db, team.owner, lead.id, "Commitment", override="signed on paper")
    assert {c.how for c in result.changes} == {"override"}
    assert all(c.reason == "signed on paper" for c in result.changes)
    assert result.lead.stage_kind == "won"


def test_automatic_advance_moves_the_lead_when_criteria_become_met(db: Database, team: Team) -> None:
    first = team.pipeline.stages[0]
    pipelines.update_stage(db, team.owner, first.id, {"auto_advance": True})
    lead = leads.create_lead(db, team.owner, {"title": "Auto"})
    assert lead.stage_name == "Primary contact"
    updated = leads.update_lead(db, team.owner, lead.id, {"phone": "+1 555 0199"})
    assert updated.stage_name == "Client qualification"
    history = leads.lead_history(db, team.owner, lead.id)
    assert (history[-1].to_stage, history[-1].how) == ("Client qualification", "automatic")


def test_creating_a_lead_in_a_later_stage_is_gated(db: Database, team: Team) -> None:
    with pytest.raises(GateRefused):
        leads.create_lead(db, team.owner, {"title": "Skipper"}, stage="Commercial offer")
    assert leads.list_leads(db, team.owner) == []


def test_stale_edit_is_refused(db: Database, team: Team) -> None:
    from funneldesk.domain.errors import StaleEdit

    lead = leads.create_lead(db, team.owner, {"title": "Shared"})
    leads.update_lead(db, team.owner, lead.id, {"company": "First"}, expected_version=lead.version)
    with pytest.raises(StaleEdit):
        leads.update_lead(db, team.owner, lead.id, {"company": "Second"}, expected_version=lead.version)
    assert leads.get_lead(db, team.owner, lead.id).company == "First"


def test_every_changed_field_writes_one_audit_entry(db: Database, team: Team) -> None:
    lead = leads.create_lead(db, team.owner, {"title": "Audit"})
    leads.update_lead(db, team.owner, lead.id, {"company": "Co", "phone": "+1 555 0111", "title": "Audit"})
    entries = [e for e in leads.lead_audit(db, team.owner, lead.id) if e[2] == "update"]
    assert sorted((e[3], e[4], e[5]) for e in entries) == [
        ("company", None, "Co"),
        ("phone", None, "+1 555 0111"),
    ]


def test_reordering_stages_keeps_the_analytics_tables_equal_to_a_rebuild(db: Database, team: Team) -> None:
    from sqlalchemy import text

    from funneldesk.analytics.derived import rebuild

    lead_id = _qualified_lead(db, team)
    moves.move_lead(db, team.owner, lead_id, "Client qualification")
    order = [s.id for s in team.pipeline.stages]
    order[1], order[3] = order[3], order[1]  # the lead's stage now comes later: it reached further
    pipelines.reorder_stages(db, team.owner, team.pipeline.id, order)

    def snapshot() -> list[tuple[object, ...]]:
        with db.read() as session:
            return [tuple(r) for r in session.execute(text("SELECT * FROM lead_progress ORDER BY 1"))]

    kept = snapshot()
    with db.write() as session:
        rebuild(session)
    assert snapshot() == kept
