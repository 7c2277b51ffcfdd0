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
from typing import Any

from sqlalchemy import BigInteger, Date, DateTime, ForeignKey, Index, Integer, String, Table, event, text
from sqlalchemy.orm import Mapped, mapped_column

from funneldesk.storage.models import Base

UNCONVERTED_WHERE = "rep_minor IS NULL"

class LeadProgress(Base):
    """One live lead as the reports see it: furthest stage, status, cut columns."""

    __tablename__ = "lead_progress"
    __table_args__ = (
        # Measured: covering indexes, one per report query, turn the scans of the
        # default dashboard into index-only scans (7x for the funnel on SQLite);
        # non-covering ones led by pipeline_id (true of nearly every row) were slower.
        # Each ends in created_day (migration 0006): under a created range (the period
        # presets) the report is still an index-only walk in GROUP BY order, no sort and
        # no table lookups (funnel this year at 100k: 34 -> 15 ms).
        Index(
            "ix_lead_progress_funnel",
            "pipeline_id",
            "furthest_position",
            "stage_id",
            "status",
            "lost_reason_id",
            "created_day",
        ),
        # Carries furthest_position (0007): one walk grouped by owner, status and furthest
        # stage answers the manager table and the conversion by employee and stage.
        Index(
            "ix_lead_progress_owner_sums",
            "pipeline_id",
            "owner_id",
            "status",
            "furthest_position",
            "rep_minor",
            "discount_bp",
            "created_day",
        ),
        Index(
            "ix_lead_progress_channel_sums",
            "pipeline_id",
            "channel_id",
            "status",
            "rep_minor",
            "discount_bp",
            "created_day",
        ),
        Index(
            "ix_lead_progress_owner_cycle",
            "pipeline_id",
            "status",
            "owner_id",
            "cycle_seconds",
            "created_day",
        ),
        Index(
            "ix_lead_progress_channel_cycle",
            "pipeline_id",
            "status",
            "channel_id",
            "cycle_seconds",
            "created_day",
        ),
        # The sums indexes carry rep_minor, the amount in the reporting currency (0008).
        # Only the leads with no amount in the reporting currency (no rate): tiny once rates
        # exist, so listing the money a report leaves out costs nothing (0008).
        Index(
            "ix_lead_progress_unconverted",
            "pipeline_id",
            "status",
            "owner_id",
            "channel_id",
            "currency",
            "value_minor",
            "closed_day",
            "created_day",
            sqlite_where=text(UNCONVERTED_WHERE),
            # postgresql_where is added just before CREATE on PostgreSQL (see below).
        ),
        Index("ix_lead_progress_created", "pipeline_id", "created_day", "status"),
        Index("ix_lead_progress_closed", "pipeline_id", "closed_day", "status", "rep_minor"),
    )

    lead_id: Mapped[int] = mapped_column(
        ForeignKey("leads.id", ondelete="CASCADE"), primary_key=True, autoincrement=False
    )
    pipeline_id: Mapped[int] = mapped_column(Integer)
    stage_id: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(4))
    furthest_position: Mapped[int] = mapped_column(Integer)
    owner_id: Mapped[int | None] = mapped_column(Integer)
    channel_id: Mapped[int | None] = mapped_column(Integer)
    persona_id: Mapped[int | None] = mapped_column(Integer)
    temperature: Mapped[str | None] = mapped_column(String(4))
    lost_reason_id: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    created_day: Mapped[date] = mapped_column(Date)
    closed_at: Mapped[datetime | None] = mapped_column(DateTime)
    closed_day: Mapped[date | None] = mapped_column(Date)
    cycle_seconds: Mapped[int | None] = mapped_column(Integer)
    stage_entered_at: Mapped[datetime] = mapped_column(DateTime)
    expected_close: Mapped[date | None] = mapped_column(Date)
    value_minor: Mapped[int] = mapped_column(Integer)  # in the lead's own currency
    discount_bp: Mapped[int] = mapped_column(Integer)
    currency: Mapped[str] = mapped_column(String(3))
    # The amount in the reporting currency at the rate in force on the closed day (today
    # while open), NULL when no rate is known, so a sum never adds unlike money (0008).
    # 64-bit: a deal near the 32-bit limit in its own currency can exceed it converted.
    rep_minor: Mapped[int | None] = mapped_column(BigInteger)


@event.listens_for(LeadProgress.__table__, "before_create")
def _partial_on_postgresql(table: Table, connection: Any, **_kw: Any) -> None:
    """Make the unconverted index partial on PostgreSQL as well as on SQLite.

    Set here rather than as postgresql_where in __table_args__: naming a dialect's
    option there imports that dialect (~25 ms) at every start, SQLite or not (issue 15).
    """
    if connection.dialect.name == "postgresql":
        index = next(i for i in table.indexes if i.name == "ix_lead_progress_unconverted")
        index.dialect_options["postgresql"]["where"] = text(UNCONVERTED_WHERE)


class StageStay(Base):
    """One stay of a lead in a stage: entered, left (None while still there), seconds.

    Carries the lead's cut columns too (same names as lead_progress), so time-in-stage
    reports filter without a join (measured: the join tripled the query time).
    """

    __tablename__ = "stage_stays"
    __table_args__ = (
        Index("ix_stage_stays_lead", "lead_id"),
        # Ends in created_day: quantiles under a created range walk it in seconds order (0006).
        Index("ix_stage_stays_stage_seconds", "pipeline_id", "stage_id", "seconds", "created_day"),
        # Counts each stage's stays in a created range without visiting the others (0006).
        Index("ix_stage_stays_stage_day", "pipeline_id", "stage_id", "created_day", "seconds"),
        # Measured: a created range (the dashboard's period presets) otherwise walks every
        # stay of the pipeline through ix_stage_stays_stage_seconds (0.9 s -> 9 ms at 100k).
        Index("ix_stage_stays_created", "pipeline_id", "created_day", "stage_id", "owner_id", "seconds"),
        # The flow funnel: stays entered in a date range, walked in the index (0013).
        Index("ix_stage_stays_entered", "pipeline_id", "entered_at", "stage_id", "lead_id"),
    )

    change_id: Mapped[int] = mapped_column(Integer, primary_key=True)  # the stage change's id, copied
    lead_id: Mapped[int] = mapped_column(ForeignKey("leads.id", ondelete="CASCADE"))
    stage_id: Mapped[int] = mapped_column(Integer)
    entered_at: Mapped[datetime] = mapped_column(DateTime)
    left_at: Mapped[datetime | None] = mapped_column(DateTime)
    seconds: Mapped[int | None] = mapped_column(Integer)
    pipeline_id: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(4))
    owner_id: Mapped[int | None] = mapped_column(Integer)
    channel_id: Mapped[int | None] = mapped_column(Integer)
    persona_id: Mapped[int | None] = mapped_column(Integer)
    temperature: Mapped[str | None] = mapped_column(String(4))
    created_day: Mapped[date] = mapped_column(Date)
    closed_day: Mapped[date | None] = mapped_column(Date)
