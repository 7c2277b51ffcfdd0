"""Counts grouped by day and key then added up (time in stage under a created range) are exact."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import Column, Index, Integer, MetaData, Table, create_engine, insert
from sqlalchemy.orm import Session

from funneldesk.analytics.quantiles import MEDIAN, P75, grouped_quantiles
from funneldesk.analytics.scope import ReportFilter, resolve
from funneldesk.analytics.stats import days, percentile
from funneldesk.analytics.timing import STAYS, S, stage_times
from funneldesk.services.users import get_actor
from funneldesk.storage.database import Database
from tests.analytics import maven

META = MetaData()
VALUES = Table(
    "day_vals",
    META,
    Column("id", Integer, primary_key=True),
    Column("day", Integer),
    Column("grp", Integer),
    Column("v", Integer),
    Index("ix_day_vals_day_grp", "day", "grp", "v"),
)
QS = (MEDIAN, P75)
ROWS = st.lists(
    st.tuples(st.integers(1, 4), st.sampled_from([1, 2, 3]), st.one_of(st.none(), st.integers(0, 20))),
    max_size=40,
)


@pytest.fixture(scope="module")
def session() -> Iterator[Session]:
    """An in-memory SQLite table of (day, group, value)."""
    engine = create_engine("sqlite://")
    META.create_all(engine)
    with Session(engine) as s:
        yield s


@settings(max_examples=60, deadline=None)
@given(rows=ROWS, wanted=st.lists(st.sampled_from([1, 2, 3]), unique=True))
def test_counts_by_day_give_each_wanted_group_its_quantiles(
    session: Session, rows: list[tuple[int, int, int | None]], wanted: list[int]
) -> None:
    session.execute(VALUES.delete())
    if rows:
        session.execute(insert(VALUES), [{"day": d, "grp": g, "v": v} for d, g, v in rows])
    c = VALUES.c
    counts: dict[tuple[object, ...], int] = {}
    found = grouped_quantiles(
        session, [c.grp], c.v, VALUES, [c.day >= 2], QS,
        indexed=True, counts=counts, groups=wanted, counted_by=c.day,
    )
    values = {g: sorted(v for d, h, v in rows if h == g and d >= 2 and v is not None) for g in wanted}
    expected = {(g,): {q: percentile(vs, q[0] / q[1]) for q in QS} for g, vs in values.items() if vs}
    assert {k: {q: round(x, 9) for q, x in v.items()} for k, v in found.items()} == {
        k: {q: round(x, 9) for q, x in v.items()} for k, v in expected.items()
    }
    assert counts == {(g,): len(vs) for g, vs in values.items() if vs}


@pytest.fixture(scope="module")
def maven_db(maven_target: str) -> Iterator[Database]:
    """Open the Maven database for this module."""
    db = Database(maven_target)
    yield db
    db.close()


@pytest.mark.skipif(not maven.DATA.exists(), reason="Maven CRM sample not present")
@pytest.mark.parametrize(
    ("low", "high"),
    [(date(2017, 4, 1), date(2017, 6, 30)), (None, date(2017, 6, 30)), (date(2017, 2, 15), None)],
)
def test_time_in_stage_under_a_created_range_equals_the_window_ranking(
    maven_db: Database, low: date | None, high: date | None
) -> None:
    """What the report shows per stage (n, median, 75th percentile) equals ranking every stay."""
    actor = get_actor(maven_db)
    flt = ReportFilter(created_from=low, created_to=high)
    rows = stage_times(maven_db, actor, flt)
    with maven_db.query() as conn:
        scope = resolve(conn, actor, flt, STAYS)
        counts: dict[tuple[object, ...], int] = {}
        ranked = grouped_quantiles(
            conn, [S.stage_id], S.seconds, STAYS, [*scope.conditions, S.seconds > 0], QS, counts=counts
        )
    assert rows
    assert {r.stage_id: (r.n, r.median_days, r.p75_days) for r in rows} == {
        key[0]: (counts[key], days(q[MEDIAN]), days(q[P75])) for key, q in ranked.items()
    }
