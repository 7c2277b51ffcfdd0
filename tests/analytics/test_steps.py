"""Step conversion per employee: hand-computed figures, the Maven sample, scoping, drill, CLI."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

import funneldesk.cli.main as cli_main
from funneldesk.analytics.drill import lead_ids
from funneldesk.analytics.scope import ReportFilter
from funneldesk.analytics.stats import rate, wilson
from funneldesk.analytics.steps import MIN_SAMPLE, managers_and_steps, owner_steps
from funneldesk.analytics.tables import managers
from funneldesk.domain.errors import InvalidInput, PermissionDenied
from funneldesk.domain.records import UserRecord
from funneldesk.services.users import get_actor
from funneldesk.storage.database import Database
from funneldesk.storage.models import Lead
from tests.analytics import maven
from tests.analytics.builders import T0, add_lead, add_pipeline, add_user, reason

STAGES = (("New", "open"), ("Qualified", "open"), ("Proposal", "open"), ("Won", "won"), ("Lost", "lost"))
PATHS = {
    "new": ["New"],
    "new_lost": ["New", "Lost"],
    "qualified": ["New", "Qualified"],
    "qualified_lost": ["New", "Qualified", "Lost"],
    "proposal": ["New", "Qualified", "Proposal"],
    "jump": ["New", "Proposal"],  # skipped Qualified: still counts as having reached it
    "won": ["New", "Qualified", "Proposal", "Won"],
}


def at(n: int) -> datetime:
    """Return T0 plus n days."""
    return T0 + timedelta(days=n)


@dataclass
class Team:
    """The hand-built history: who is who and which leads each path produced."""

    db: Database
    owner: UserRecord
    boss: UserRecord
    ann: UserRecord
    bob: UserRecord
    cid: UserRecord
    ids: dict[tuple[str, str], list[int]]  # (login, path kind) -> lead ids


@pytest.fixture
def team(db_target: str) -> Iterator[Team]:
    """Ann 12 leads, Bob 20, Cid 3 (too few to judge), all under Mia."""
    db = Database(db_target)
    ids: dict[tuple[str, str], list[int]] = {}
    with db.write() as s:
        owner = add_user(s, "Olga Owner", "owner")
        boss = add_user(s, "Mia Manager", "manager")
        ann = add_user(s, "Ann Agent", "employee", boss.id)
        bob = add_user(s, "Bob Agent", "employee", boss.id)
        cid = add_user(s, "Cid Agent", "employee", boss.id)
        st = add_pipeline(s, "Sales", STAGES)
        price = reason(s, "Price")
        plan = {
            ann: {"new": 3, "new_lost": 3, "qualified": 2, "qualified_lost": 1, "proposal": 2, "won": 1},
            bob: {"new": 5, "qualified": 10, "jump": 1, "won": 4},
            cid: {"new": 3},
        }
        for user, kinds in plan.items():
            for kind, count in kinds.items():
                for _ in range(count):
                    path = [(name, at(i)) for i, name in enumerate(PATHS[kind])]
                    lost = PATHS[kind][-1] == "Lost"
                    lead = add_lead(s, st, path, user.id, lost_reason=price if lost else None, closed=lost)
                    ids.setdefault((user.login, kind), []).append(lead)
    yield Team(db, owner, boss, ann, bob, cid, ids)
    db.close()


def test_each_cell_is_advanced_over_reached_beside_the_team_rate(team: Team) -> None:
    result = owner_steps(team.db, team.owner)
    assert [s.name for s in result.steps] == ["New → Qualified", "Qualified → Proposal", "Proposal → Won"]
    assert [name for _, name in result.rows] == ["Ann Agent", "Bob Agent", "Cid Agent"]
    # By hand: Ann reached New 12, Qualified 6, Proposal 3, Won 1; Bob 20, 15, 5, 4; Cid 3, 0, 0, 0.
    figures = {
        name: [(c.advanced, c.reached) for c in row]
        for (_, name), row in zip(result.rows, result.cells, strict=True)
    }
    assert figures == {
        "Ann Agent": [(6, 12), (3, 6), (1, 3)],
        "Bob Agent": [(15, 20), (5, 15), (4, 5)],
        "Cid Agent": [(0, 3), (0, 0), (0, 0)],
    }
    assert [(r.hits, r.n) for r in result.team_rates] == [(21, 35), (8, 21), (5, 8)]
    cell = result.cell(team.ann.id, 0)
    assert cell.conversion == rate(6, 12) and cell.team_conversion == rate(21, 35)
    assert (cell.conversion.ci_low, cell.conversion.ci_high) == wilson(6, 12)
    assert result.cell(team.cid.id, 1).conversion.value is None  # nobody reached Qualified: undefined


def test_the_weakest_cell_needs_a_sample_and_is_judged_against_the_team(team: Team) -> None:
    result = owner_steps(team.db, team.owner)
    assert MIN_SAMPLE == 10
    first, second, third = result.weakest_per_step
    # New → Qualified: Cid converts 0 of 3, too few to judge; Ann's 6 of 12 is the lowest real rate.
    assert first is not None and first.owner == "Ann Agent"
    # Qualified → Proposal: Ann reached it with 6 leads only, so Bob's 5 of 15 is named.
    assert second is not None and second.owner == "Bob Agent"
    assert third is None  # nobody reached Proposal with 10 leads
    # Bob's 15 of 20 at New → Qualified is above the team's 21 of 35: never "weakest", even alone.
    assert result.cell(team.bob.id, 0).below_team is False and first.below_team
    # Upper bound over team rate: Ann 6/12 -> 0.75/0.60, Bob 5/15 -> 0.58/0.38, Bob 15/20 -> 0.89/0.60.
    ann_score = wilson(6, 12)[1] / (21 / 35)  # type: ignore[index]
    bob_score = wilson(5, 15)[1] / (8 / 21)  # type: ignore[index]
    assert ann_score < bob_score
    assert result.weakest is not None and (result.weakest.owner, result.weakest.step) == ("Ann Agent", 0)


def test_team_roll_up_sums_everyone_below_the_manager(team: Team) -> None:
    result = owner_steps(team.db, team.owner, team=True)
    assert result.rows == ((team.boss.id, "Mia Manager"),)
    assert [c.conversion for c in result.cells[0]] == list(result.team_rates)


@pytest.mark.parametrize("roll_up", [False, True])
def test_one_read_gives_the_same_manager_table_and_steps(team: Team, roll_up: bool) -> None:
    for actor in (team.owner, team.boss):
        rows, steps = managers_and_steps(team.db, actor, team=roll_up)
        assert rows == managers(team.db, actor, team=roll_up)
        assert steps == owner_steps(team.db, actor, team=roll_up)


def test_employee_sees_only_self_and_may_not_ask_for_others(team: Team) -> None:
    mine = owner_steps(team.db, team.ann)
    assert mine.rows == ((team.ann.id, "Ann Agent"),)
    assert [(r.hits, r.n) for r in mine.team_rates] == [(6, 12), (3, 6), (1, 3)]
    with pytest.raises(PermissionDenied):
        owner_steps(team.db, team.ann, ReportFilter(owners=(team.bob.login,)))
    assert {name for _, name in owner_steps(team.db, team.boss).rows} == {
        "Ann Agent",
        "Bob Agent",
        "Cid Agent",
    }


def test_drill_gives_the_leads_that_reached_a_step_but_not_the_next_stage(team: Team) -> None:
    ann = ReportFilter(owners=(team.ann.login,))
    stuck = lead_ids(team.db, team.owner, ann, figure="stuck_at", stage="Qualified")
    expected = team.ids[("ann.agent", "qualified")] + team.ids[("ann.agent", "qualified_lost")]
    assert stuck == tuple(sorted(expected))
    assert len(stuck) == owner_steps(team.db, team.owner).cell(team.ann.id, 1).reached - 3
    bob_new = lead_ids(
        team.db, team.owner, ReportFilter(owners=(team.bob.login,)), figure="stuck_at", stage="New"
    )
    assert bob_new == tuple(sorted(team.ids[("bob.agent", "new")]))
    with pytest.raises(InvalidInput):
        lead_ids(team.db, team.owner, figure="stuck_at", stage="Won")
    with pytest.raises(PermissionDenied):
        lead_ids(team.db, team.ann, ReportFilter(owners=(team.bob.login,)), figure="stuck_at", stage="New")


# -- the Maven sample -------------------------------------------------------------------


@pytest.fixture(scope="module")
def maven_db(maven_target: str) -> Iterator[Database]:
    """Open the Maven database for this module."""
    db = Database(maven_target)
    yield db
    db.close()


def _csv_steps() -> dict[str, tuple[int, int, int]]:
    """Per agent from the CSV alone: opportunities, engaged (has engage_date), won."""
    out: dict[str, tuple[int, int, int]] = {}
    for row in maven.read("sales_pipeline.csv"):
        leads, engaged, won = out.get(row["sales_agent"], (0, 0, 0))
        out[row["sales_agent"]] = (
            leads + 1,
            engaged + bool(row["engage_date"]),
            won + (row["deal_stage"] == "Won"),
        )
    return out


@pytest.mark.skipif(not maven.DATA.exists(), reason="Maven CRM sample not present")
def test_maven_step_conversion_per_agent_matches_the_csv(maven_db: Database) -> None:
    result = owner_steps(maven_db, get_actor(maven_db))
    assert [s.name for s in result.steps] == ["Prospecting → Engaging", "Engaging → Won"]
    expected = _csv_steps()
    assert {name for _, name in result.rows} == set(expected)
    for (_, name), (to_engaging, to_won) in zip(result.rows, result.cells, strict=True):
        leads, engaged, won = expected[name]
        assert (to_engaging.reached, to_engaging.advanced) == (leads, engaged)
        assert (to_won.reached, to_won.advanced) == (engaged, won)
        assert to_won.conversion.value == pytest.approx(won / engaged)
    totals = [sum(v[i] for v in expected.values()) for i in range(3)]
    assert [(r.n, r.hits) for r in result.team_rates] == [(totals[0], totals[1]), (totals[1], totals[2])]


@pytest.mark.skipif(not maven.DATA.exists(), reason="Maven CRM sample not present")
def test_maven_drill_ids_are_the_agents_engaged_deals_not_won(maven_db: Database) -> None:
    actor = get_actor(maven_db)
    result = owner_steps(maven_db, actor)
    assert result.weakest is not None
    agent = result.weakest.owner
    wanted = {
        row["opportunity_id"]
        for row in maven.read("sales_pipeline.csv")
        if row["sales_agent"] == agent and row["engage_date"] and row["deal_stage"] != "Won"
    }
    with maven_db.read() as session:
        by_external = dict(session.execute(select(Lead.external_id, Lead.id)).all())
    got = lead_ids(maven_db, actor, ReportFilter(owners=(agent,)), figure="stuck_at", stage="Engaging")
    assert set(got) == {by_external[e] for e in wanted}


@pytest.mark.skipif(not maven.DATA.exists(), reason="Maven CRM sample not present")
def test_steps_report_json_shape(maven_target: str, capsys: pytest.CaptureFixture[str]) -> None:
    status = cli_main.run_command(
        cli_main.parse(["--db", maven_target, "report", "steps", "--format", "json"])
    )
    assert status == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["report"] == "steps" and doc["total"] is None
    keys = {"manager", "step", "reached", "advanced"} | {
        f"{name}{suffix}"
        for name in ("conversion", "team_conversion")
        for suffix in ("", "_n", "_ci_low", "_ci_high")
    }
    assert all(set(row) == keys for row in doc["rows"])
    expected = _csv_steps()
    assert len(doc["rows"]) == 2 * len(expected)
    row = next(r for r in doc["rows"] if r["step"] == "Engaging → Won")
    _, engaged, won = expected[row["manager"]]
    assert (row["reached"], row["advanced"], row["conversion_n"]) == (engaged, won, engaged)
    assert 0 <= row["conversion_ci_low"] <= row["conversion"] <= row["conversion_ci_high"] <= 1
    assert cli_main.run_command(cli_main.parse(["--db", maven_target, "report", "steps", "--team"])) == 0
