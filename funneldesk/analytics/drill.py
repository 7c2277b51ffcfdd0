"""Drill-down: the ids of the leads behind any figure, under the same filter and scope.

Figures: ``leads``, ``open``, ``won``, ``lost`` (any table cell: put the manager or
channel in the filter), ``reached``/``current``/``lost_at`` with a stage (funnel bars),
``rotting``; ``stuck_at`` with a stage: leads that reached it but never the next
non-lost stage (a cell of the step-conversion matrix). The ids come back sorted,
ready for the leads table to filter on.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, select

from funneldesk.analytics.forecast import rotting
from funneldesk.analytics.scope import EVERYTHING, P, ReportFilter, StageInfo, resolve
from funneldesk.domain.errors import InvalidInput
from funneldesk.domain.records import UserRecord
from funneldesk.storage.database import Database

FIGURES = ("leads", "open", "won", "lost", "reached", "current", "lost_at", "rotting", "stuck_at")


def lead_ids(
    db: Database,
    actor: UserRecord,
    flt: ReportFilter = EVERYTHING,
    *,
    figure: str = "leads",
    stage: str | int | None = None,
) -> tuple[int, ...]:
    """Return the ids of the leads counted in one figure of a report."""
    if figure not in FIGURES:
        raise InvalidInput(f"figure must be one of {', '.join(FIGURES)}, not {figure!r}")
    if figure == "rotting":
        return tuple(sorted(r.lead_id for r in rotting(db, actor, flt)))
    with db.query() as session:
        scope = resolve(session, actor, flt)
        conds = list(scope.conditions)
        if figure in ("open", "won", "lost"):
            conds.append(P.status == figure)
        elif figure != "leads":
            found = [s for s in scope.stages if stage is not None and str(stage) in (s.name, str(s.id))]
            if not found:
                raise InvalidInput(f"figure {figure!r} needs a stage of pipeline {scope.pipeline!r}")
            if figure == "stuck_at":
                conds.append(_stuck_condition(scope.stages, found[0]))
            else:
                conds.append(_stage_condition(figure, found[0].id, found[0].position))
        rows = session.execute(select(P.lead_id).where(*conds).order_by(P.lead_id))
        return tuple(row[0] for row in rows)


def _stage_condition(figure: str, stage_id: int, position: int) -> ColumnElement[bool]:
    if figure == "reached":
        return P.furthest_position >= position
    if figure == "current":
        return P.stage_id == stage_id
    return (P.status == "lost") & (P.furthest_position == position)


def _stuck_condition(stages: tuple[StageInfo, ...], stage: StageInfo) -> ColumnElement[bool]:
    later = [s.position for s in stages if s.kind != "lost" and s.position > stage.position]
    if stage.kind == "lost" or not later:
        raise InvalidInput(f"figure 'stuck_at' needs a stage with a next stage, not {stage.name!r}")
    return (P.furthest_position >= stage.position) & (P.furthest_position < min(later))
