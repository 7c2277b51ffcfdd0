"""Periods with the previous period, flow and snapshot funnels, forecast and rotting leads."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import update

from funneldesk.analytics.forecast import forecast, rotting
from funneldesk.analytics.funnel import funnel
from funneldesk.analytics.periods import period_of, periods
from funneldesk.analytics.scope import ReportFilter
from funneldesk.domain.errors import InvalidInput
from funneldesk.services import history
from funneldesk.storage.database import Database
from funneldesk.storage.models import Stage
from tests.analytics.builders import add_lead, add_pipeline, add_user

STAGES = (("New", "open"), ("Demo", "open"), ("Won", "won"), ("Lost", "lost"))
JAN, FEB, APR = datetime(2024, 1, 10), datetime(2024, 2, 5), datetime(2024, 4, 2)


@pytest.fixture
def sales(db_target: str):
    """Three January leads (one won in February), one April lead still open."""
    db = Database(db_target)
    with db.write() as s:
        owner = add_user(s, "Olga Owner", "owner")
        st = add_pipeline(s, "Sales", STAGES)
        add_lead(
            s,
            st,
            [("New", JAN), ("Demo", JAN + timedelta(days=3)), ("Won", FEB)],
            owner.id,
            value_minor=500_00,
            closed=True,
        )
        add_lead(s, st, [("New", JAN), ("Lost", JAN + timedelta(days=1))], owner.id, closed=True)
        add_lead(
            s,
            st,
            [("New", JAN), ("Demo", FEB)],
            owner.id,
            value_minor=1000_00,
            expected_close=datetime(2024, 5, 20).date(),
        )
        lead = add_lead(s, st, [("New", APR)], owner.id, value_minor=200_00, hook=False)
        s.execute(update(Stage).where(Stage.id == st["New"]).values(rotting_days=7))
        history.after_leads_changed(s, [lead])
    yield db, owner
    db.close()


def test_months_carry_the_previous_month_and_fill_gaps(sales) -> None:
    db, owner = sales
    rows = periods(db, owner, by="month")
    assert [r.period for r in rows] == ["2024-01", "2024-02", "2024-03", "2024-04"]
    jan, feb, mar, apr = rows
    assert (jan.created, jan.lost, jan.conversion.hits, jan.conversion.n) == (3, 1, 1, 3)
    assert (feb.won, feb.won_value, feb.previous) == (1, Decimal("500.00"), (3, 0, 1, Decimal("0.00")))
    assert mar.created == 0 and apr.previous == (0, 0, 0, Decimal("0.00"))


def test_a_period_the_range_cuts_says_how_many_of_its_days_count(sales) -> None:
    db, owner = sales
    # As "this year" on 6 April: April counts 6 of its 30 days, January to March whole.
    this_year = ReportFilter(created_from=date(2024, 1, 1), created_to=date(2024, 4, 6))
    rows = periods(db, owner, this_year, by="month")
    assert [(r.period, r.days, r.days_in_range, r.partial) for r in rows] == [
        ("2024-01", 31, 31, False),
        ("2024-02", 29, 29, False),
        ("2024-03", 31, 31, False),
        ("2024-04", 30, 6, True),
    ]
    # A range from the 10th cuts the first month (and the first ISO week: Wed 10 Jan) too.
    mid = ReportFilter(created_from=date(2024, 1, 10), created_to=date(2024, 4, 30))
    assert (periods(db, owner, mid, by="month")[0].days_in_range, periods(db, owner, mid)[-1].partial) == (
        22,
        False,
    )
    assert periods(db, owner, mid, by="week")[0].days_in_range == 5
    assert not any(r.partial for r in periods(db, owner, by="month"))  # no range, nothing cut


def test_period_labels() -> None:
    day = datetime(2017, 3, 5).date()
    assert [period_of(day, by)[0] for by in ("day", "week", "month", "quarter", "year")] == [
        "2017-03-05",
        "2017-W09",
        "2017-03",
        "2017-Q1",
        "2017",
    ]


def test_flow_counts_stage_entries_in_the_period_and_snapshot_counts_now(sales) -> None:
    db, owner = sales
    feb = ReportFilter(created_from=FEB.date(), created_to=FEB.date() + timedelta(days=27))
    # In February one lead entered Won and one entered Demo (both created in January): each
    # reached the stages before the one it entered too, so no count exceeds the one above.
    flow = {r.stage: r.reached for r in funnel(db, owner, feb, basis="flow").stages}
    assert flow == {"New": 2, "Demo": 2, "Won": 1}
    # Now: one lead in New, one in Demo, one won, one lost (at no stage).
    snapshot = funnel(db, owner, basis="snapshot")
    assert {r.stage: (r.reached, r.current) for r in snapshot.stages} == {
        "New": (3, 1),
        "Demo": (2, 1),
        "Won": (1, 1),
    }
    assert snapshot.stages[0].lost_here == 1 and snapshot.conversion.value == pytest.approx(1 / 3)
    with pytest.raises(InvalidInput):
        funnel(db, owner, basis="guess")


def test_forecast_weights_open_value_by_stage_probability(sales) -> None:
    db, owner = sales
    rows = {r.month: r for r in forecast(db, owner)}
    assert rows["2024-05"].value == Decimal("1000.00") and rows["2024-05"].weighted_value == Decimal("100.00")
    assert rows["unscheduled"].weighted_value == Decimal("0.00") and list(rows)[-1] == "unscheduled"


def test_rotting_lists_open_leads_past_their_stage_limit(sales) -> None:
    db, owner = sales
    late = rotting(db, owner, now=APR + timedelta(days=10))
    assert [(r.stage, r.days_in_stage, r.limit_days) for r in late] == [("New", 10, 7)]
    assert rotting(db, owner, now=APR + timedelta(days=3)) == []
