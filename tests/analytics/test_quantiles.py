"""Quantiles read by index walks (from either end, pooled or grouped) equal a plain sort in Python."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import Column, Index, Integer, MetaData, Table, create_engine, insert
from sqlalchemy.orm import Session

from funneldesk.analytics.quantiles import MEDIAN, P75, grouped_quantiles, pooled_quantiles
from funneldesk.analytics.stats import percentile

META = MetaData()
VALUES = Table(
    "vals",
    META,
    Column("id", Integer, primary_key=True),
    Column("grp", Integer),
    Column("v", Integer),
    Index("ix_vals_grp_v", "grp", "v"),
)
QS = (MEDIAN, P75, (1, 10), (9, 10), (0, 1), (1, 1))
ROWS = st.lists(st.tuples(st.sampled_from([1, 2, 3, None]), st.integers(0, 20)), max_size=40)


@pytest.fixture(scope="module")
def session() -> Iterator[Session]:
    """An in-memory SQLite table of (group, value)."""
    engine = create_engine("sqlite://")
    META.create_all(engine)
    with Session(engine) as s:
        yield s


def _fill(session: Session, rows: list[tuple[int | None, int]]) -> None:
    session.execute(VALUES.delete())
    if rows:
        session.execute(insert(VALUES), [{"grp": g, "v": v} for g, v in rows])


def _expected(values: list[int]) -> dict[tuple[int, int], float]:
    ordered = sorted(values)
    return _rounded({(num, den): percentile(ordered, num / den) for num, den in QS})  # type: ignore[misc]


def _rounded(quantiles: dict[tuple[int, int], float]) -> dict[tuple[int, int], float]:
    return {q: round(v, 9) for q, v in quantiles.items()}


def _all_rounded(
    found: dict[object, dict[tuple[int, int], float]],
) -> dict[object, dict[tuple[int, int], float]]:
    return {key: _rounded(q) for key, q in found.items()}


@settings(max_examples=60, deadline=None)
@given(rows=ROWS)
def test_grouped_walks_equal_a_sort(session: Session, rows: list[tuple[int | None, int]]) -> None:
    _fill(session, rows)
    c = VALUES.c
    walked = grouped_quantiles(session, [c.grp], c.v, VALUES, qs=QS, indexed=True)
    ranked = grouped_quantiles(session, [c.grp], c.v, VALUES, qs=QS, indexed=False)
    groups = {g for g, _ in rows}
    expected = {(g,): _expected([v for h, v in rows if h == g]) for g in groups}
    assert _all_rounded(walked) == expected and _all_rounded(ranked) == expected
    whole = grouped_quantiles(session, [], c.v, VALUES, qs=QS)
    assert _all_rounded(whole) == ({(): _expected([v for _, v in rows])} if rows else {})


@settings(max_examples=60, deadline=None)
@given(rows=ROWS)
def test_pooled_walks_equal_a_sort_of_the_pool(session: Session, rows: list[tuple[int | None, int]]) -> None:
    _fill(session, rows)
    pools = {"one": [1], "pair": [1, 2], "with none": [3, None], "missing": [7]}
    found = pooled_quantiles(session, VALUES.c.grp, pools, VALUES.c.v, VALUES, qs=QS)
    expected = {}
    for name, members in pools.items():
        values = [v for g, v in rows if g in members]
        if values:
            expected[name] = _expected(values)
    assert _all_rounded(found) == expected


@settings(max_examples=30, deadline=None)
@given(rows=ROWS)
def test_pools_split_over_statements_or_read_by_in_list_give_the_same(
    session: Session, rows: list[tuple[int | None, int]]
) -> None:
    from funneldesk.analytics import quantiles

    _fill(session, rows)
    pools = {"one": [1], "pair": [1, 2], "all": [1, 2, 3, None]}
    args = (session, VALUES.c.grp, pools, VALUES.c.v, VALUES)
    merged = quantiles.pooled_quantiles(*args, qs=QS)
    old = quantiles.UNION_TERMS
    quantiles.UNION_TERMS = 2  # 'all' (four members) by IN list; every ask in a statement of its own
    try:
        assert quantiles.pooled_quantiles(*args, qs=QS) == merged
    finally:
        quantiles.UNION_TERMS = old
