"""The manager's-desk derived table (0010), recomputable at any time like lead_progress.

``lead_desk`` holds one row per live lead with the report cut columns (copied from
``lead_progress``, so the report filter applies unchanged) and two figures rebuilt from
the history: the weight the lead carried in the forecast for its expected-close month
as it stood at that month's start (value x the probability of the stage it was then in;
NULL when it was not yet created or no longer open then), and the seconds from its
creation to its first done call, meeting, e-mail or demo; and its process counts: gate
overrides and imports past the gate (one per event, however many stages it crossed),
stages skipped by forward moves, and refused gate attempts. Kept current by
``funneldesk.analytics.desk_derived`` from ``analytics.derived.refresh``.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import BigInteger, Date, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from funneldesk.storage.models import Base


class LeadDesk(Base):
    """One live lead's forecast weight at the start of its expected-close month and first contact."""

    __tablename__ = "lead_desk"
    __table_args__ = (
        # Forecast accuracy: one index-only walk grouped by month (owners filtered inside it).
        Index("ix_lead_desk_forecast", "pipeline_id", "forecast_month", "owner_id", "forecast_weight"),
        # Median first contact per owner: an ordered walk, LIMIT/OFFSET to the middle.
        Index("ix_lead_desk_contact", "pipeline_id", "owner_id", "first_contact_seconds", "created_day"),
        # The compliance counts: one index-only walk grouped by owner.
        Index(
            "ix_lead_desk_compliance",
            "pipeline_id",
            "owner_id",
            "overrides",
            "skipped_stages",
            "imported_past_gate",
            "refused_moves",
            "first_contact_seconds",
            "created_day",
        ),
    )

    lead_id: Mapped[int] = mapped_column(
        ForeignKey("leads.id", ondelete="CASCADE"), primary_key=True, autoincrement=False
    )
    pipeline_id: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(4))
    owner_id: Mapped[int | None] = mapped_column(Integer)
    channel_id: Mapped[int | None] = mapped_column(Integer)
    persona_id: Mapped[int | None] = mapped_column(Integer)
    temperature: Mapped[str | None] = mapped_column(String(4))
    created_day: Mapped[date] = mapped_column(Date)
    closed_day: Mapped[date | None] = mapped_column(Date)
    forecast_month: Mapped[str | None] = mapped_column(String(7))
    # value x percent: 64-bit; SQLite's INTEGER already is (0014)
    forecast_weight: Mapped[int | None] = mapped_column(Integer().with_variant(BigInteger(), "postgresql"))
    first_contact_seconds: Mapped[int | None] = mapped_column(Integer)
    overrides: Mapped[int] = mapped_column(Integer, default=0)
    skipped_stages: Mapped[int] = mapped_column(Integer, default=0)
    imported_past_gate: Mapped[int] = mapped_column(Integer, default=0)
    refused_moves: Mapped[int] = mapped_column(Integer, default=0)
