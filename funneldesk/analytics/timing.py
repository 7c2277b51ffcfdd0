"""Time in stage (median and 75th percentile, per stage and per owner) and sales velocity.

A stay runs from entering a stage to the next stage change; stays still open and the
zero-length stays of stages passed through within one move are left out. Sales
velocity = open leads x win rate x average won value / median sales cycle in days.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, Table, select

from funneldesk.analytics.quantiles import MEDIAN, P75, grouped_quantiles
from funneldesk.analytics.scope import EVERYTHING, P, ReportFilter, resolve
from funneldesk.analytics.stats import Rate, days
from funneldesk.analytics.tables import GroupRow
from funneldesk.domain.records import UserRecord
from funneldesk.storage import tables
from funneldesk.storage.database import Database

STAYS: Table = tables.stage_stays
S = STAYS.c
USERS = tables.users.c
EVER = date(1, 1, 1)  # no lead is created before it


def created_walk() -> ColumnElement[bool]:
    """Return a created-day bound every stay meets: it steers SQLite to ix_stage_stays_created.

    For a read of a pipeline's stays filtered on what no index leads with (owners,
    channels...) and no created range, SQLite took ix_stage_stays_stage_seconds and looked
    every stay up in the table in seconds order, at random (1M leads, an employee's time in
    stage: 2.2 s through the (pipeline, stage, created_day) index dropped in 0017, 6.5 s
    without it). Bounded, it walks ix_stage_stays_created: the owner and the seconds are in
    it, and the other columns are looked up in creation order, near the table's own (0.9 s).
    PostgreSQL plans it as any other always-true range.
    """
    return S.created_day >= EVER


@dataclass(frozen=True, slots=True)
class StageTime:
    """Median and 75th percentile days in a stage, overall (owner None) or for one owner."""

    stage_id: int
    stage: str
    owner_id: int | None
    owner: str | None
    n: int
    median_days: float | None
    p75_days: float | None


@dataclass(frozen=True, slots=True)
class Velocity:
    """Sales velocity of one owner (or of everyone, owner None): value won per day."""

    owner: str | None
    open: int
    win_rate: Rate  # won / (won + lost), with its sample and interval
    avg_won_value: Decimal | None
    cycle_days: float | None
    per_day: Decimal | None


def stage_times(
    db: Database, actor: UserRecord, flt: ReportFilter = EVERYTHING, per_owner: bool = False
) -> list[StageTime]:
    """Return time-in-stage quantiles per stage, and per owner within stage when asked."""
    with db.query() as session:
        scope = resolve(session, actor, flt, STAYS)
        keys = [S.stage_id, S.owner_id] if per_owner else [S.stage_id]
        conds = [*scope.conditions, S.seconds > 0]
        if (per_owner or not scope.owner_indexed) and flt.created_from is None:
            conds.append(created_walk())  # ranked by windows: see created_walk
        counts: dict[tuple[Any, ...], int] = {}
        # Only this pipeline's stages are shown. With no created range, naming them lets
        # the counts seek each stage's stays in ix_stage_stays_stage_seconds. Under a
        # created range the counts are grouped by day and stage: an in-order walk of the
        # range in ix_stage_stays_created, about as fast as the (pipeline, stage,
        # created_day) index dropped in 0017 (this year at 1M leads: 0.20 s vs 0.18 s).
        stage_ids = [s.id for s in scope.stages]
        ranged = flt.created_from is not None or flt.created_to is not None
        found = grouped_quantiles(
            session,
            keys,
            S.seconds,
            STAYS,
            conds,
            (MEDIAN, P75),
            indexed=scope.owner_indexed,
            counts=counts,
            groups=stage_ids,
            counted_by=S.created_day if ranged else None,
        )
        users = {k: v for k, v in session.execute(select(USERS.id, USERS.name))}
    rows = []
    for stage in scope.stages:
        mine = sorted((k for k in found if k[0] == stage.id), key=lambda k: str(users.get(k[-1], "")))
        for key in mine:
            owner = key[1] if per_owner else None
            q = found[key]
            rows.append(
                StageTime(
                    stage.id,
                    stage.name,
                    owner,
                    users.get(owner) if owner else None,
                    counts.get(key, 0),
                    days(q[MEDIAN]),
                    days(q[P75]),
                )
            )
    return rows


def velocity_of(row: GroupRow, owner: str | None) -> Velocity:
    """Compute sales velocity from a manager-table row."""
    win, avg, cycle = row.win_rate.value, row.avg_won_value, row.median_cycle_days
    per_day = None
    if win is not None and avg is not None and cycle:
        per_day = (Decimal(row.open) * Decimal(str(win)) * avg / Decimal(str(cycle))).quantize(
            Decimal("0.01")
        )
    return Velocity(owner, row.open, row.win_rate, avg, cycle, per_day)


def velocity(db: Database, actor: UserRecord, flt: ReportFilter = EVERYTHING) -> list[Velocity]:
    """Return sales velocity per owner, then for everyone in scope (owner None)."""
    from funneldesk.analytics.conversion import reporting_currency
    from funneldesk.analytics.tables import (
        Sums,
        group_sums,
        make_row,
        owner_names,
        owner_rows,
        pooled_cycle_medians,
    )

    with db.query() as session:
        scope = resolve(session, actor, flt)
        sums = group_sums(session, P.owner_id, scope.conditions)
        rows = [velocity_of(r, r.name) for r in owner_rows(session, scope, sums, owner_names(session))]
        # The owners partition the scope, so everyone's sums are the owners' added up.
        total = sum(sums.values(), Sums()) if sums else None
        median = pooled_cycle_medians(session, {"all": list(sums)}, scope).get("all") if sums else None
        base = reporting_currency(session)
    if total is not None:
        rows.append(velocity_of(make_row(None, "(all)", total, median, currency=base), None))
    return rows
