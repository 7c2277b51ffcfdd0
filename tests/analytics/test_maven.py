"""Per-agent and per-manager figures on the real Maven CRM sample equal a csv-module computation."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal

import pytest

from funneldesk.analytics.funnel import funnel
from funneldesk.analytics.quantiles import MEDIAN, grouped_quantiles
from funneldesk.analytics.scope import PROGRESS, P, ReportFilter, resolve
from funneldesk.analytics.tables import GroupRow, managers
from funneldesk.analytics.timing import STAYS, S, velocity
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


# Created ranges as the period presets make them: a quarter, and a range starting mid-month.
RANGES = [(date(2017, 4, 1), date(2017, 6, 30)), (date(2017, 2, 15), date(2017, 9, 14))]


@pytest.mark.parametrize(("low", "high"), RANGES)
def test_median_sales_cycle_under_a_created_range_matches_the_csv(
    maven_db: Database, low: date, high: date
) -> None:
    agents, teams = maven.expected_cycles(low, high)
    flt = ReportFilter(created_from=low, created_to=high)
    actor = get_actor(maven_db)
    rows = {r.name: r.median_cycle_days for r in managers(maven_db, actor, flt)}
    assert {k: rows[k] for k in agents} == pytest.approx(agents)
    by_team = {r.name: r.median_cycle_days for r in managers(maven_db, actor, flt, team=True)}
    assert {k: by_team[k] for k in teams} == pytest.approx(teams)
    # A manager's own view is not index-walked (their team is a condition): same medians.
    boss = sorted(teams)[0]
    own = managers(maven_db, get_actor(maven_db, boss), flt, team=True)
    assert [(r.name, r.median_cycle_days) for r in own] == [(boss, pytest.approx(teams[boss]))]
    everyone = velocity(maven_db, actor, flt)[-1]
    assert everyone.owner is None and everyone.cycle_days == pytest.approx(
        maven.expected_overall_cycle(low, high)
    )


@pytest.mark.parametrize(("low", "high"), RANGES)
def test_index_walks_under_a_created_range_equal_the_window_ranking(
    maven_db: Database, low: date, high: date
) -> None:
    actor = get_actor(maven_db)
    with maven_db.read() as session:
        scope = resolve(session, actor, ReportFilter(created_from=low, created_to=high))
        assert scope.indexed
        won = [*scope.conditions, P.status == "won"]
        for key in (P.owner_id, P.channel_id):
            args = (session, [key], P.cycle_seconds, PROGRESS, won, (MEDIAN,))
            assert grouped_quantiles(*args, indexed=True) == grouped_quantiles(*args, indexed=False)
        stays = resolve(session, actor, ReportFilter(created_from=low, created_to=high), STAYS)
        stage_ids = [s.id for s in stays.stages]
        args = (session, [S.stage_id], S.seconds, STAYS, [*stays.conditions, S.seconds > 0])
        walked = grouped_quantiles(*args, indexed=True, groups=stage_ids)
        assert walked and walked == grouped_quantiles(*args, indexed=False)


def test_a_filter_beyond_pipeline_and_created_range_is_not_index_walked(maven_db: Database) -> None:
    actor = get_actor(maven_db)
    with maven_db.read() as session:
        assert resolve(session, actor, ReportFilter()).indexed
        assert not resolve(session, actor, ReportFilter(closed_from=date(2017, 1, 1))).indexed
        boss = get_actor(maven_db, sorted(maven.expected()[1])[0])
        assert not resolve(session, boss, ReportFilter(created_from=date(2017, 1, 1))).indexed
