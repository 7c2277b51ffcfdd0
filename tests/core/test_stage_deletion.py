"""Deleting a stage: only one no lead is in and no recorded change ever entered or left."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from funneldesk.domain.errors import InvalidInput, PermissionDenied
from funneldesk.services import catalog, leads, moves, pipelines
from funneldesk.storage.database import Database
from tests.core.helpers import Team, dump, make_team


@pytest.fixture
def team(db: Database) -> Team:
    return make_team(db)


def _stage_id(db: Database, team: Team, name: str) -> int:
    stage = pipelines.get(db, team.owner, team.pipeline.id).stage_named(name)
    assert stage is not None
    return stage.id


def _lead_through_qualification(db: Database, team: Team) -> int:
    """A lead moved on to the commercial offer and back: it passed Client qualification twice."""
    catalog.add_name(db, team.owner, "persona", "Ops lead")
    fields = {"title": "Deal", "phone": "+1 555 0100", "category": "SMB", "value": "500"}
    fields["persona"] = "Ops lead"
    lead_id = leads.create_lead(db, team.owner, fields).id
    moves.move_lead(db, team.owner, lead_id, "Commercial offer")
    moves.move_lead(db, team.owner, lead_id, "Primary contact")
    return lead_id


def test_an_unused_stage_is_deleted(db: Database, team: Team) -> None:
    pipelines.add_stage(db, team.owner, team.pipeline.id, {"name": "Pilot"})
    after = pipelines.delete_stage(db, team.owner, _stage_id(db, team, "Pilot"))
    assert after.stage_named("Pilot") is None
    assert [s.name for s in after.stages] == [s.name for s in team.pipeline.stages]


def test_a_stage_a_lead_passed_through_is_kept_with_its_history(db: Database, team: Team) -> None:
    _lead_through_qualification(db, team)
    before = dump(db)
    with pytest.raises(InvalidInput, match=r"'Client qualification' is part of 2 recorded stage changes"):
        pipelines.delete_stage(db, team.owner, _stage_id(db, team, "Client qualification"))
    assert dump(db) == before


def test_a_stage_a_lead_is_in_is_kept(db: Database, team: Team) -> None:
    leads.create_lead(db, team.owner, {"title": "New"})
    with pytest.raises(InvalidInput, match="1 leads are in 'Primary contact'"):
        pipelines.delete_stage(db, team.owner, _stage_id(db, team, "Primary contact"))


def test_a_stage_only_left_in_the_history_is_kept(db: Database, team: Team) -> None:
    """A history may start past its first stage (an import): a change out of it still counts."""
    pipelines.add_stage(db, team.owner, team.pipeline.id, {"name": "Pilot"})
    pilot, first = _stage_id(db, team, "Pilot"), _stage_id(db, team, "Primary contact")
    lead_id = leads.create_lead(db, team.owner, {"title": "Imported"}).id
    with db.write() as session:  # what an imported history may hold: a move out of Pilot only
        session.execute(text(
            "INSERT INTO stage_changes (lead_id, from_stage_id, to_stage_id, at, how, reason) "
            "VALUES (:lead, :pilot, :first, '2026-01-02 10:00:00.000000', 'import', '')"
        ), {"lead": lead_id, "pilot": pilot, "first": first})
    with pytest.raises(InvalidInput, match="'Pilot' is part of 1 recorded stage changes"):
        pipelines.delete_stage(db, team.owner, pilot)


def test_only_the_owner_deletes_stages(db: Database, team: Team) -> None:
    pipelines.add_stage(db, team.owner, team.pipeline.id, {"name": "Pilot"})
    with pytest.raises(PermissionDenied):
        pipelines.delete_stage(db, team.manager, _stage_id(db, team, "Pilot"))
