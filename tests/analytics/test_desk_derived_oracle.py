"""lead_desk's forecast and skipped stages equal their definitions, on refresh and rebuild.

The oracle reads the definitions off the raw history: the forecast stage is the open stay
that covers the expected-close month's first instant (stays cut in (at, id) order); skipped
stages are the non-lost stages strictly between an open source and a non-lost target.
Histories jump several stages at once, go back, tie on a timestamp, straddle the month's
start and expect to close in the month they were created.
"""

from __future__ import annotations

import itertools
from datetime import date, datetime, timedelta

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from funneldesk.analytics.derived import rebuild
from funneldesk.services import history
from funneldesk.storage.database import Database
from funneldesk.storage.desk_models import LeadDesk
from tests.analytics import builders

# A lost stage in the middle: never counted as skipped, and a move out of it skips nothing.
STAGES = [("A", "open"), ("B", "open"), ("X", "lost"), ("C", "open"), ("D", "open"), ("W", "won"),
          ("L", "lost")]  # fmt: skip
KIND = dict(STAGES)
POSITION = {name: i for i, (name, _) in enumerate(STAGES)}
T0 = datetime(2024, 1, 1)
_pipelines = itertools.count()

# Midnight included: a change at exactly the month's start is in force at it, on both
# dialects (SQLite once compared its stored '... 00:00:00.000000' after the start).
moment = st.builds(lambda d, hm: T0 + timedelta(days=d, hours=hm[0], minutes=hm[1]),
                   st.integers(0, 100), st.sampled_from([(0, 0), (9, 30), (15, 30)]))  # fmt: skip
path = st.lists(st.tuples(st.sampled_from([n for n, _ in STAGES]), moment), min_size=1, max_size=6)
lead = st.tuples(
    path,
    st.none() | st.builds(date, st.just(2024), st.integers(1, 5), st.integers(1, 28)),
    st.integers(0, 10**6),
)


def expected(steps: list[tuple[str, datetime]], close: date | None, value: int) -> tuple[object, ...]:
    """Return (forecast_month, forecast_weight, skipped_stages) by definition."""
    skipped = 0
    for (src, _), (dst, _) in itertools.pairwise(steps):
        if KIND[src] == "open" and KIND[dst] != "lost":
            between = (n for n, k in STAGES if k != "lost" and POSITION[src] < POSITION[n] < POSITION[dst])
            skipped += sum(1 for _ in between)
    if close is None:
        return None, None, skipped
    start = datetime(close.year, close.month, 1)
    ordered = [steps[i] for i in sorted(range(len(steps)), key=lambda i: (steps[i][1], i))]
    probability = None
    if steps[0][1] < start:
        for k, (stage, entered) in enumerate(ordered):
            left = ordered[k + 1][1] if k + 1 < len(ordered) else None
            if entered <= start and (left is None or left > start) and KIND[stage] == "open":
                probability = 10 * POSITION[stage]
    if probability is None:
        return None, None, skipped
    return close.strftime("%Y-%m"), value * probability, skipped


def _rows(db: Database, ids: list[int]) -> dict[int, tuple[object, ...]]:
    d = LeadDesk.__table__.c
    query = select(d.lead_id, d.forecast_month, d.forecast_weight, d.skipped_stages).where(d.lead_id.in_(ids))
    with db.read() as session:
        return {r[0]: tuple(r[1:]) for r in session.execute(query)}


# A move at exactly midnight on the 1st of the expected-close month: in force at its start.
AT_MIDNIGHT = [([("A", datetime(2024, 1, 10, 9, 30)), ("B", datetime(2024, 2, 1))], date(2024, 2, 15), 700)]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(leads=st.lists(lead, min_size=1, max_size=6))
@example(leads=AT_MIDNIGHT)
def test_forecast_and_skips_equal_their_definition_on_refresh_and_rebuild(
    db: Database, leads: list[tuple[list[tuple[str, datetime]], date | None, int]]
) -> None:
    with db.write() as session:
        stages = builders.add_pipeline(session, f"P{next(_pipelines)}", STAGES)
        ids = [
            builders.add_lead(
                session, stages, steps, None, value_minor=value, expected_close=close, hook=False
            )
            for steps, close, value in leads
        ]
        history.after_leads_changed(session, ids)  # the refresh of just these leads
    want = {i: expected(*spec) for i, spec in zip(ids, leads, strict=True)}
    assert _rows(db, ids) == want
    with db.write() as session:
        rebuild(session)
    assert _rows(db, ids) == want
