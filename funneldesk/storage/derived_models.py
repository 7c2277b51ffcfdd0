"""Derived analytics tables, recomputable at any time from leads and their stage history.

``lead_progress`` holds one narrow row per live (not deleted) lead: its furthest stage
reached, status and the columns every report cuts by, so count reports scan one small
table. ``stage_stays`` holds one row per stage entered (keyed by the stage change that
entered it) with when the lead left and the seconds it stayed, so medians of time in
stage need no window over the whole history. Both are kept current by
``funneldesk.analytics.derived.refresh`` inside the transaction of every change.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import ClassVar

from sqlalchemy import FromClause
from sqlalchemy.orm import Mapped

from funneldesk.storage import tables
from funneldesk.storage.models import Base
from funneldesk.storage.tables import UNCONVERTED_WHERE  # noqa: F401  (re-exported)


class LeadProgress(Base):
    """One live lead as the reports see it: furthest stage, status, cut columns."""

    __table__: ClassVar[FromClause] = tables.lead_progress

    lead_id: Mapped[int]
    pipeline_id: Mapped[int]
    stage_id: Mapped[int]
    status: Mapped[str]
    furthest_position: Mapped[int]
    owner_id: Mapped[int | None]
    channel_id: Mapped[int | None]
    persona_id: Mapped[int | None]
    temperature: Mapped[str | None]
    lost_reason_id: Mapped[int | None]
    created_at: Mapped[datetime]
    created_day: Mapped[date]
    closed_at: Mapped[datetime | None]
    closed_day: Mapped[date | None]
    cycle_seconds: Mapped[int | None]
    stage_entered_at: Mapped[datetime]
    expected_close: Mapped[date | None]
    value_minor: Mapped[int]  # in the lead's own currency
    discount_bp: Mapped[int]
    currency: Mapped[str]
    # The amount in the reporting currency at the rate in force on the closed day (today
    # while open), NULL when no rate is known, so a sum never adds unlike money (0008).
    # 64-bit: a deal near the 32-bit limit in its own currency can exceed it converted.
    rep_minor: Mapped[int | None]


class StageStay(Base):
    """One stay of a lead in a stage: entered, left (None while still there), seconds.

    Carries the lead's cut columns too (same names as lead_progress), so time-in-stage
    reports filter without a join (measured: the join tripled the query time).
    """

    __table__: ClassVar[FromClause] = tables.stage_stays

    change_id: Mapped[int]  # the stage change's id, copied
    lead_id: Mapped[int]
    stage_id: Mapped[int]
    entered_at: Mapped[datetime]
    left_at: Mapped[datetime | None]
    seconds: Mapped[int | None]
    pipeline_id: Mapped[int]
    status: Mapped[str]
    owner_id: Mapped[int | None]
    channel_id: Mapped[int | None]
    persona_id: Mapped[int | None]
    temperature: Mapped[str | None]
    created_day: Mapped[date]
    closed_day: Mapped[date | None]
