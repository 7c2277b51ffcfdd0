"""The funnel: per stage, leads that reached it, leads in it now, conversions, drop-off.

Bases (each only changes which leads count and at which stage; "reached" always means
"at that stage or a later open or won one", so a stage's count never exceeds the one before):

- ``cohort`` (default): the leads created in the date range, each counted as having
  reached every stage up to the furthest open or won stage its history ever shows.
- ``flow``: the leads that entered an open or won stage within the date range, whenever
  they were created, each counted up to the furthest stage it entered in the range.
- ``snapshot``: the leads created in the date range as they stand now, each counted up
  to the stage it is in now (a lost lead at none).

``current`` is, of the leads the basis counts, those in the stage now. Lost stages get
no row: a lost lead is shown as lost (``lost_here``, with its reason) at the furthest
stage it ever reached. ``drop_off`` = reached here - reached at the next stage, also as
a rate of reached (``drop_off_rate``).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from sqlalchemy import Table, func, select

from funneldesk.analytics.scope import (
    EVERYTHING,
    PROGRESS,
    P,
    ReportFilter,
    Scope,
    StageInfo,
    day_after,
    day_start,
    resolve,
)
from funneldesk.analytics.stats import Rate, rate
from funneldesk.analytics.timing import created_walk
from funneldesk.domain.errors import InvalidInput
from funneldesk.domain.records import UserRecord
from funneldesk.storage import tables
from funneldesk.storage.database import Database

if TYPE_CHECKING:  # reports read on a Core connection (Database.query); sessions work the same
    from funneldesk.storage.engine import Reader

BASES = ("cohort", "flow", "snapshot")
# One sentence per basis: the CLI's --help and the README say the same.
BASIS_HELP = {
    "cohort": "the leads created in the date range, each up to the furthest stage it ever reached",
    "flow": "the leads that entered a stage in the date range (whenever created), each up to the "
    "furthest stage it entered in the range",
    "snapshot": "the leads created in the date range as they stand now, each up to the stage it "
    "is in now (lost leads at none)",
}
STAYS: Table = tables.stage_stays
S = STAYS.c
STAGES = tables.stages.c
REASONS = tables.lost_reasons.c


@dataclass(frozen=True, slots=True)
class FunnelStage:
    """One funnel row."""

    stage_id: int
    stage: str
    kind: str
    reached: int
    current: int
    conversion_from_previous: Rate | None
    conversion_from_top: Rate
    drop_off: int
    drop_off_rate: Rate | None  # drop_off out of reached (open stages only)
    lost_here: int
    lost_reasons: tuple[tuple[str, int], ...]


@dataclass(frozen=True, slots=True)
class Funnel:
    """The funnel of one pipeline under one filter and basis."""

    pipeline: str
    basis: str
    stages: tuple[FunnelStage, ...]
    entered: int
    won: int
    conversion: Rate


# One group of leads as a basis sees it: the stage position it counts them as having
# reached (None: no row, e.g. a lost lead on the snapshot basis), their stage now, status,
# lost reason, the furthest position they ever reached, and how many leads.
Group = tuple[int | None, int, str, int | None, int, int]


def _progress_groups(session: Reader, scope: Scope, snapshot: bool) -> list[Group]:
    """Group the scope's leads by furthest position, current stage, status and reason."""
    keys = (P.furthest_position, P.stage_id, P.status, P.lost_reason_id)
    query = select(*keys, func.count()).where(*scope.conditions).group_by(*keys)
    # Snapshot: a lead counts at the stage it is in now; a lost one at no stage.
    where_now = {s.id: s.position for s in scope.stages if s.kind != "lost"}
    groups: list[Group] = []
    for furthest, stage_id, status, reason, n in session.execute(query):
        reached = where_now.get(stage_id) if snapshot else furthest
        groups.append((reached, stage_id, status, reason, int(furthest), int(n)))
    return groups


def _flow_groups(session: Reader, actor: UserRecord, flt: ReportFilter, scope: Scope) -> list[Group]:
    """Group the leads that entered an open or won stage in the created range by the furthest one."""
    cuts = replace(flt, created_from=None, created_to=None)
    conds = list(resolve(session, actor, cuts, STAYS).conditions)
    if flt.created_from is not None:
        conds.append(S.entered_at >= day_start(flt.created_from))
    if flt.created_to is not None:
        conds.append(S.entered_at < day_after(flt.created_to))
    # Entering a stage counts as reaching every stage before it too (skips, imported
    # history, a stage entered in the range after the earlier ones were entered before).
    # The cause of hits > n was counting each stage's own entries instead.
    chain = [s.id for s in scope.stages if s.kind != "lost"]
    if len(conds) > 1 and flt.created_from is None and flt.created_to is None:
        conds.append(created_walk())  # filtered, no range: see created_walk (an employee: 6.8 -> 0.9 s)
    entered = (
        select(S.lead_id.label("lead_id"), func.max(STAGES.position).label("reached"))
        .join(tables.stages, STAGES.id == S.stage_id)
        .where(*conds, S.stage_id.in_(chain))
        .group_by(S.lead_id)
        .subquery()
    )
    keys = (entered.c.reached, P.stage_id, P.status, P.lost_reason_id, P.furthest_position)
    query = select(*keys, func.count()).select_from(entered).join(PROGRESS, P.lead_id == entered.c.lead_id)
    query = query.group_by(*keys)
    return [(r, sid, st, why, int(far), int(n)) for r, sid, st, why, far, n in session.execute(query)]


def _reached(stages: tuple[StageInfo, ...], groups: list[Group]) -> dict[int, int]:
    """Return per stage the leads counted at it or at a later stage."""
    return {
        s.id: sum(n for pos, *_, n in groups if pos is not None and pos >= s.position) for s in stages
    }


def _current(groups: list[Group]) -> Counter[int]:
    current: Counter[int] = Counter()
    for _, stage_id, *_, n in groups:
        current[stage_id] += n
    return current


def _lost(groups: list[Group]) -> Counter[tuple[int, int | None]]:
    lost: Counter[tuple[int, int | None]] = Counter()
    for _, _, status, reason, furthest, n in groups:
        if status == "lost":
            lost[(furthest, reason)] += n
    return lost


def _reason_names(session: Reader) -> dict[int | None, str]:
    names: dict[int | None, str] = {None: "(no reason)"}
    names.update({rid: name for rid, name in session.execute(select(REASONS.id, REASONS.name))})
    return names


def _rows(
    stages: tuple[StageInfo, ...],
    reached: dict[int, int],
    current: Counter[int],
    lost: Counter[tuple[int, int | None]],
    names: dict[int | None, str],
) -> tuple[FunnelStage, ...]:
    rows: list[FunnelStage] = []
    top = reached[stages[0].id] if stages else 0
    for i, stage in enumerate(stages):
        here = reached[stage.id]
        before = reached[stages[i - 1].id] if i else None
        after = reached[stages[i + 1].id] if i + 1 < len(stages) else here
        reasons = sorted(
            ((names.get(r, "?"), n) for (pos, r), n in lost.items() if pos == stage.position),
            key=lambda item: (-item[1], item[0]),
        )
        rows.append(
            FunnelStage(
                stage.id,
                stage.name,
                stage.kind,
                here,
                current[stage.id],
                rate(here, before, f"conversion to {stage.name}") if before is not None else None,
                rate(here, top, f"conversion from the top to {stage.name}"),
                here - after if stage.kind == "open" else 0,
                rate(here - after, here, f"drop-off at {stage.name}") if stage.kind == "open" else None,
                sum(n for _, n in reasons),
                tuple(reasons),
            )
        )
    return tuple(rows)


def basis_groups(
    session: Reader, actor: UserRecord, flt: ReportFilter, basis: str
) -> tuple[Scope, list[Group]]:
    """Resolve the filter and group its leads as the basis counts them."""
    if basis not in BASES:
        raise InvalidInput(f"basis must be one of {', '.join(BASES)}, not {basis!r}")
    if basis == "flow":
        scope = resolve(session, actor, flt.without_dates())
        return scope, _flow_groups(session, actor, flt, scope)
    scope = resolve(session, actor, flt)
    return scope, _progress_groups(session, scope, basis == "snapshot")


def funnel(db: Database, actor: UserRecord, flt: ReportFilter = EVERYTHING, basis: str = "cohort") -> Funnel:
    """Compute the funnel of a pipeline under a filter, on the cohort, flow or snapshot basis."""
    with db.query() as session:
        scope, groups = basis_groups(session, actor, flt, basis)
        stages = tuple(s for s in scope.stages if s.kind != "lost")
        reached = _reached(stages, groups)
        rows = _rows(stages, reached, _current(groups), _lost(groups), _reason_names(session))
    entered = rows[0].reached if rows else 0
    won = sum(r.reached for r in rows if r.kind == "won")
    return Funnel(scope.pipeline, basis, rows, entered, won, rate(won, entered, "overall conversion"))
