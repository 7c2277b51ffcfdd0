"""The funnel: per stage, leads that reached it, leads in it now, conversions, drop-off.

Bases: ``cohort`` (leads created in the created range; the default) counts a lead as
having reached every open or won stage up to the furthest it was ever in (DESIGN.md);
``flow`` counts the distinct leads that entered each stage within the created range,
whenever they were created; ``snapshot`` counts the leads in each stage now (reached
equals current). Lost stages get no row: a lost lead is shown as lost at the furthest
stage it reached, with its reason.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from sqlalchemy import Table, func, select
from sqlalchemy.orm import Session

from funneldesk.analytics.scope import (
    EVERYTHING,
    P,
    ReportFilter,
    Scope,
    StageInfo,
    day_after,
    day_start,
    resolve,
)
from funneldesk.analytics.stats import Rate, rate
from funneldesk.domain.errors import InvalidInput
from funneldesk.domain.records import UserRecord
from funneldesk.storage.database import Database
from funneldesk.storage.derived_models import StageStay
from funneldesk.storage.models import LostReason

BASES = ("cohort", "flow", "snapshot")
STAYS: Table = StageStay.__table__  # type: ignore[assignment]
S = STAYS.c


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


def _counts(
    session: Session, scope: Scope
) -> tuple[Counter[int], Counter[int], Counter[tuple[int, int | None]]]:
    query = select(P.furthest_position, P.stage_id, P.status, P.lost_reason_id, func.count())
    query = query.where(*scope.conditions).group_by(
        P.furthest_position, P.stage_id, P.status, P.lost_reason_id
    )
    furthest: Counter[int] = Counter()
    current: Counter[int] = Counter()
    lost: Counter[tuple[int, int | None]] = Counter()
    for position, stage_id, status, reason, n in session.execute(query):
        furthest[position] += n
        current[stage_id] += n
        if status == "lost":
            lost[(position, reason)] += n
    return furthest, current, lost


def _flow_reached(session: Session, actor: UserRecord, flt: ReportFilter) -> Counter[int]:
    conds = list(resolve(session, actor, flt.without_dates(), STAYS).conditions)
    if flt.created_from is not None:
        conds.append(S.entered_at >= day_start(flt.created_from))
    if flt.created_to is not None:
        conds.append(S.entered_at < day_after(flt.created_to))
    query = select(S.stage_id, func.count(func.distinct(S.lead_id))).where(*conds).group_by(S.stage_id)
    return Counter({stage_id: n for stage_id, n in session.execute(query)})


def _reached(stages: tuple[StageInfo, ...], furthest: Counter[int]) -> dict[int, int]:
    return {s.id: sum(n for pos, n in furthest.items() if pos >= s.position) for s in stages}


def _reason_names(session: Session) -> dict[int | None, str]:
    names: dict[int | None, str] = {None: "(no reason)"}
    names.update({rid: name for rid, name in session.execute(select(LostReason.id, LostReason.name))})
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
                rate(here, before) if before is not None else None,
                rate(here, top),
                here - after if stage.kind == "open" else 0,
                sum(n for _, n in reasons),
                tuple(reasons),
            )
        )
    return tuple(rows)


def funnel(db: Database, actor: UserRecord, flt: ReportFilter = EVERYTHING, basis: str = "cohort") -> Funnel:
    """Compute the funnel of a pipeline under a filter, on the cohort, flow or snapshot basis."""
    if basis not in BASES:
        raise InvalidInput(f"basis must be one of {', '.join(BASES)}, not {basis!r}")
    with db.read() as session:
        scope = resolve(session, actor, flt if basis == "cohort" else flt.without_dates())
        stages = tuple(s for s in scope.stages if s.kind != "lost")
        furthest, current, lost = _counts(session, scope)
        if basis == "cohort":
            reached = _reached(stages, furthest)
        else:
            counted = _flow_reached(session, actor, flt) if basis == "flow" else current
            reached = {s.id: counted[s.id] for s in stages}
        rows = _rows(stages, reached, current, lost, _reason_names(session))
    entered = rows[0].reached if rows else 0
    won = sum(r.reached for r in rows if r.kind == "won")
    return Funnel(scope.pipeline, basis, rows, entered, won, rate(won, entered))
