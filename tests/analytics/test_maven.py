"""Per-agent and per-manager figures on the real Maven CRM sample equal a csv-module computation."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest

from funneldesk.analytics.funnel import funnel
from funneldesk.analytics.tables import GroupRow, managers
from funneldesk.services.users import get_actor
from funneldesk.storage.database import Database
from tests.analytics import maven

pytestmark = pytest.mark.skipif(not maven.DATA.exists(), reason="Maven CRM sample not present")


@pytest.fixture(scope="module")
def maven_db(maven_target: str) -> Iterator[Database]:
    """Open the Maven database for this module."""
    db = Database(maven_target)
    yield db
    db.close()


def _check(row: GroupRow, won: int, lost: int, value: int) -> None:
    assert (row.won, row.lost, row.won_value) == (won, lost, Decimal(value).quantize(Decimal("0.01")))
    assert row.win_rate.value == pytest.approx(won / (won + lost)) and row.win_rate.n == won + lost


def test_every_agent_matches_the_csv(maven_db: Database) -> None:
    agents, _ = maven.expected()
    rows = {r.name: r for r in managers(maven_db, get_actor(maven_db))}
    assert set(rows) == set(agents)
    for name, (won, lost, value) in agents.items():
        _check(rows[name], won, lost, value)


def test_every_manager_team_roll_up_matches_the_csv(maven_db: Database) -> None:
    _, teams = maven.expected()
    rows = {r.name: r for r in managers(maven_db, get_actor(maven_db), team=True)}
    # João Vitor manages one agent with no opportunities: a row of zeros, not a missing row
    assert set(rows) - set(teams) == {"João Vitor"} and rows["João Vitor"].leads == 0
    for name, (won, lost, value) in teams.items():
        _check(rows[name], won, lost, value)


def test_a_manager_sees_only_their_team(maven_db: Database) -> None:
    _, teams = maven.expected()
    boss = sorted(teams)[0]
    rows = managers(maven_db, get_actor(maven_db, boss), team=True)
    assert [r.name for r in rows] == [boss]
    assert funnel(maven_db, get_actor(maven_db, boss)).won == teams[boss][0]


def test_median_sales_cycle_per_agent_and_per_team_matches_the_csv(maven_db: Database) -> None:
    agents, teams = maven.expected_cycles()
    actor = get_actor(maven_db)
    by_agent = {r.name: r.median_cycle_days for r in managers(maven_db, actor)}
    by_team = {r.name: r.median_cycle_days for r in managers(maven_db, actor, team=True)}
    assert {k: by_agent[k] for k in agents} == pytest.approx(agents)
    assert {k: by_team[k] for k in teams} == pytest.approx(teams)
