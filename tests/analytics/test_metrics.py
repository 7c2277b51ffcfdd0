"""Metric definitions on small hand-made data: what a manager reading the reports would see."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from funneldesk.analytics.drill import lead_ids
from funneldesk.analytics.funnel import funnel
from funneldesk.analytics.scope import ReportFilter
from funneldesk.analytics.stats import percentile, rate, wilson
from funneldesk.analytics.tables import managers
from funneldesk.analytics.timing import stage_times
from funneldesk.domain.errors import PermissionDenied
from funneldesk.storage.database import Database
from tests.analytics.builders import T0, add_lead, add_pipeline, add_user, reason

STAGES = (("New", "open"), ("Qualified", "open"), ("Proposal", "open"), ("Won", "won"), ("Lost", "lost"))


def day(n: float):
    """Return T0 plus n days."""
    return T0 + timedelta(days=n)


@pytest.fixture
def shop(db_target: str):
    """Two employees under one manager; seven leads with jumps, losses and wins."""
    db = Database(db_target)
    with db.write() as s:
        owner = add_user(s, "Olga Owner", "owner")
        boss = add_user(s, "Mia Manager", "manager")
        ann = add_user(s, "Ann Agent", "employee", boss.id)
        bob = add_user(s, "Bob Agent", "employee", boss.id)
        st = add_pipeline(s, "Sales", STAGES)
        price = reason(s, "Price")
        add_lead(s, st, [("New", day(0))], ann.id)
        add_lead(s, st, [("New", day(0)), ("Qualified", day(2))], ann.id)
        # a jump New -> Proposal records the stage passed through, at the same moment
        add_lead(s, st, [("New", day(0)), ("Qualified", day(4)), ("Proposal", day(4))], ann.id)
        add_lead(
            s,
            st,
            [("New", day(0)), ("Qualified", day(1)), ("Lost", day(3))],
            bob.id,
            lost_reason=price,
            closed=True,
        )
        add_lead(s, st, [("New", day(0)), ("Lost", day(1))], bob.id, lost_reason=price, closed=True)
        for n, value in ((10, 100_00), (20, 300_00)):
            path = [("New", day(0)), ("Qualified", day(n / 2)), ("Proposal", day(n - 1)), ("Won", day(n))]
            add_lead(s, st, path, bob.id, value_minor=value, closed=True, discount_bp=1000)
    yield db, owner, boss, ann, bob
    db.close()


def test_reached_counts_every_stage_passed_including_jumps_and_lost_leads(shop) -> None:
    db, owner, *_ = shop
    rows = {r.stage: r for r in funnel(db, owner).stages}
    assert [rows[s].reached for s in ("New", "Qualified", "Proposal", "Won")] == [7, 5, 3, 2]
    assert rows["Qualified"].conversion_from_previous.value == pytest.approx(5 / 7)
    assert rows["Won"].conversion_from_top.hits == 2 and rows["Won"].conversion_from_top.n == 7
    assert rows["New"].lost_reasons == (("Price", 1),) and rows["Qualified"].lost_here == 1
    assert "Lost" not in rows and rows["Proposal"].current == 1 and rows["New"].drop_off == 2


def test_win_rate_is_won_over_closed_and_conversion_is_won_over_cohort(shop) -> None:
    db, owner, *_ = shop
    table = {r.name: r for r in managers(db, owner)}
    bob, ann = table["Bob Agent"], table["Ann Agent"]
    assert (bob.won, bob.lost, bob.win_rate.value, bob.conversion.value) == (2, 2, 0.5, 0.5)
    assert ann.win_rate.value is None and ann.win_rate.n == 0 and ann.conversion.value == 0
    assert bob.won_value == Decimal("400.00") and bob.avg_won_value == Decimal("200.00")
    assert bob.avg_discount == 0.1 and bob.median_cycle_days == 15.0


def test_team_roll_up_sums_everyone_below_the_manager(shop) -> None:
    db, owner, *_ = shop
    (mia,) = managers(db, owner, team=True)
    assert (mia.name, mia.leads, mia.won, mia.lost, mia.won_value) == (
        "Mia Manager",
        7,
        2,
        2,
        Decimal("400.00"),
    )


def test_employee_sees_only_own_leads_and_may_not_ask_for_others(shop) -> None:
    db, _, _, ann, bob = shop
    assert funnel(db, ann).entered == 3
    with pytest.raises(PermissionDenied):
        managers(db, ann, ReportFilter(owners=(bob.login,)))


def test_cohort_filter_counts_only_leads_created_in_range(shop) -> None:
    db, owner, *_ = shop
    later = ReportFilter(created_from=date(2024, 2, 1))
    assert funnel(db, owner, later).entered == 0
    assert funnel(db, owner, ReportFilter(created_to=date(2024, 1, 1))).entered == 7


def test_time_in_stage_median_and_p75_skip_pass_through_and_open_stays(shop) -> None:
    db, owner, *_ = shop
    rows = {r.stage: r for r in stage_times(db, owner)}
    # New: stays of 2, 4, 1, 1, 5, 10 days (the lead still in New is open-ended)
    assert rows["New"].n == 6 and rows["New"].median_days == 3.0 and rows["New"].p75_days == 4.75
    assert rows["Proposal"].median_days == 1.0


def test_drill_down_returns_the_leads_behind_a_figure(shop) -> None:
    db, owner, _, _, bob = shop
    won = lead_ids(db, owner, ReportFilter(owners=(bob.login,)), figure="won")
    assert len(won) == 2
    assert len(lead_ids(db, owner, figure="reached", stage="Proposal")) == 3
    assert len(lead_ids(db, owner, figure="lost_at", stage="New")) == 1


def test_wilson_interval_values() -> None:
    low, high = wilson(2, 3)  # type: ignore[misc]
    assert (round(low, 4), round(high, 4)) == (0.2077, 0.9385)
    assert rate(60, 100).ci_low == pytest.approx(0.5020, abs=1e-4)
    assert rate(0, 0).value is None and wilson(0, 0) is None


def test_percentile_interpolates_like_percentile_cont() -> None:
    assert percentile([1, 2, 3, 4], 0.5) == 2.5 and percentile([1, 2, 4, 5, 10], 0.75) == 5


def test_index_walk_and_window_quantiles_agree(shop) -> None:
    from funneldesk.analytics.quantiles import grouped_quantiles
    from funneldesk.analytics.timing import STAYS, S

    db, *_ = shop
    with db.read() as session:
        args = (session, [S.stage_id], S.seconds, STAYS, [S.seconds > 0])
        assert grouped_quantiles(*args, indexed=True) == grouped_quantiles(*args, indexed=False)


def test_rank_reads_split_into_several_unions_agree(shop, monkeypatch: pytest.MonkeyPatch) -> None:
    from funneldesk.analytics import quantiles
    from funneldesk.analytics.timing import STAYS, S

    db, *_ = shop
    with db.read() as session:
        args = (session, [S.stage_id], S.seconds, STAYS, [S.seconds > 0])
        whole = quantiles.grouped_quantiles(*args, indexed=True)
        monkeypatch.setattr(quantiles, "UNION_TERMS", 1)  # one ORDER BY … OFFSET per statement
        assert whole and quantiles.grouped_quantiles(*args, indexed=True) == whole
        assert quantiles.grouped_quantiles(session, [], S.seconds, STAYS, [S.seconds > 0], indexed=True)
