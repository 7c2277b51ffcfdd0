"""stage_stays equals its definition on refresh and rebuild: each entry lasts until the next.

The oracle orders a lead's changes by (at, id), the order the history is read in
everywhere, and gives each the next one's time as its end (none for the last) and the
whole seconds between. Histories tie on a timestamp (the id decides), arrive out of time
order (ids not in time order), go back to an earlier stage and fall within one second.
"""

from __future__ import annotations

import itertools
import math
from datetime import datetime, timedelta

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from funneldesk.analytics.derived import rebuild
from funneldesk.services import history
from funneldesk.storage.database import Database
from funneldesk.storage.derived_models import StageStay
from funneldesk.storage.models import StageChange
from tests.analytics import builders

STAGES = [("A", "open"), ("B", "open"), ("C", "open"), ("W", "won"), ("L", "lost")]
T0 = datetime(2024, 3, 1, 9)
_pipelines = itertools.count()

# Few distinct moments, so ties are common; the half second tests the rounding.
moment = st.builds(lambda d, s: T0 + timedelta(days=d, seconds=s),
                   st.integers(0, 3), st.sampled_from([0, 0.5, 59, 3600]))  # fmt: skip
path = st.lists(st.tuples(st.sampled_from([n for n, _ in STAGES]), moment), min_size=1, max_size=6)

Stay = tuple[str, datetime, datetime | None, int | None]


def expected(steps: list[tuple[str, datetime]]) -> list[Stay]:
    """Return (stage, entered, left, seconds) per change, in the order the changes were written."""
    order = sorted(range(len(steps)), key=lambda i: (steps[i][1], i))
    stays: dict[int, Stay] = {}
    for k, i in enumerate(order):
        stage, entered = steps[i]
        left = steps[order[k + 1]][1] if k + 1 < len(order) else None
        seconds = None if left is None else math.floor((left - entered).total_seconds() + 0.5)
        stays[i] = (stage, entered, left, seconds)
    return [stays[i] for i in range(len(steps))]


def _stays(db: Database, lead_id: int, names: dict[int, str]) -> list[Stay]:
    s = StageStay.__table__.c
    query = (
        select(s.stage_id, s.entered_at, s.left_at, s.seconds)
        .join(StageChange, StageChange.id == s.change_id)
        .where(s.lead_id == lead_id)
        .order_by(StageChange.id)
    )
    with db.read() as session:
        return [(names[r[0]], r[1], r[2], r[3]) for r in session.execute(query)]


# Two changes at one moment written in reverse time order around them: (at, id) decides.
TIED = [[("B", T0 + timedelta(days=1)), ("A", T0), ("C", T0), ("W", T0 + timedelta(seconds=0.5))]]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(paths=st.lists(path, min_size=1, max_size=5))
@example(paths=TIED)
def test_stays_equal_their_definition_on_refresh_and_rebuild(
    db: Database, paths: list[list[tuple[str, datetime]]]
) -> None:
    with db.write() as session:
        stages = builders.add_pipeline(session, f"P{next(_pipelines)}", STAGES)
        ids = [builders.add_lead(session, stages, steps, None, hook=False) for steps in paths]
        history.after_leads_changed(session, ids)  # the refresh of just these leads
    names = {v: k for k, v in stages.items()}
    want = {i: expected(steps) for i, steps in zip(ids, paths, strict=True)}
    assert {i: _stays(db, i, names) for i in ids} == want
    with db.write() as session:
        rebuild(session)
    assert {i: _stays(db, i, names) for i in ids} == want
