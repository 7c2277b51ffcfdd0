"""The three funnel bases on histories with skips, backward moves and imported stages."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from funneldesk.analytics.funnel import BASES, funnel
from funneldesk.analytics.scope import ReportFilter
from funneldesk.analytics.stats import ImpossibleRate, rate, wilson
from funneldesk.storage.database import Database
from tests.analytics.builders import add_lead, add_pipeline, add_user

STAGES = (("New", "open"), ("Demo", "open"), ("Offer", "open"), ("Won", "won"), ("Lost", "lost"))
MAY = datetime(2024, 5, 1, 10)


@pytest.fixture
def moves(db_target: str):
    """Leads created in April that move in May by skipping, going back and winning."""
    db = Database(db_target)
    with db.write() as s:
        owner = add_user(s, "Olga Owner", "owner")
        st = add_pipeline(s, "Sales", STAGES)
        april = MAY - timedelta(days=20)
        # Imported history that skips Demo: entered Offer in May straight from New in April.
        add_lead(s, st, [("New", april), ("Offer", MAY)], owner.id)
        # Reached Offer in April, went back to Demo in May.
        add_lead(s, st, [("New", april), ("Offer", april), ("Demo", MAY)], owner.id)
        # Won in May straight from New.
        add_lead(s, st, [("New", april), ("Won", MAY)], owner.id, closed=True)
        # Created in May, lost the same day.
        add_lead(s, st, [("New", MAY), ("Lost", MAY)], owner.id, closed=True)
    yield db, owner
    db.close()


def test_flow_counts_a_stage_entered_in_the_range_as_reaching_the_ones_before(moves) -> None:
    db, owner = moves
    may = ReportFilter(created_from=date(2024, 5, 1), created_to=date(2024, 5, 31))
    flow = funnel(db, owner, may, basis="flow")
    assert [r.reached for r in flow.stages] == [4, 3, 2, 1]
    step = flow.stages[1].conversion_from_previous
    assert step is not None and (step.hits, step.n) == (3, 4)
    # The cohort of May is the one lead created then; it was lost at New.
    cohort = funnel(db, owner, may)
    assert [r.reached for r in cohort.stages] == [1, 0, 0, 0] and cohort.stages[0].lost_here == 1
    # Now: one in Offer, one in Demo, one won; the lost one is at no stage.
    snapshot = funnel(db, owner, basis="snapshot")
    assert [(r.reached, r.current) for r in snapshot.stages] == [(3, 0), (3, 1), (2, 1), (1, 1)]


@pytest.mark.parametrize("basis", BASES)
def test_no_stage_counts_more_than_the_one_before_on_any_basis(moves, basis: str) -> None:
    db, owner = moves
    for flt in (ReportFilter(), ReportFilter(created_from=date(2024, 5, 1), created_to=date(2024, 5, 1))):
        result = funnel(db, owner, flt, basis=basis)
        reached = [r.reached for r in result.stages]
        assert reached == sorted(reached, reverse=True)
        for row in result.stages:
            if row.drop_off_rate is not None:
                assert row.drop_off_rate.hits == row.drop_off and row.drop_off_rate.n == row.reached


def test_an_impossible_rate_is_refused_naming_the_figure() -> None:
    with pytest.raises(ImpossibleRate, match="conversion to Demo: 5 out of 3"):
        rate(5, 3, "conversion to Demo")
    with pytest.raises(ImpossibleRate):
        wilson(-1, 3)
    with pytest.raises(ImpossibleRate):
        rate(1, 0)
    assert rate(0, 0).value is None and wilson(3, 3) is not None


def test_the_funnel_help_defines_each_basis_and_other_reports_take_none(
    capsys: pytest.CaptureFixture[str],
) -> None:
    import funneldesk.cli.main as cli_main
    from funneldesk.analytics.funnel import BASIS_HELP

    with pytest.raises(SystemExit) as shown:
        cli_main.parse(["report", "funnel", "--help"])
    assert shown.value.code == 0
    text = " ".join(capsys.readouterr().out.split())
    for basis, meaning in BASIS_HELP.items():
        assert f"{basis}: {meaning}" in text
    with pytest.raises(SystemExit) as refused:
        cli_main.parse(["report", "managers", "--basis", "flow"])
    assert refused.value.code == 2 and "--basis" in capsys.readouterr().err
