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
from typing import ClassVar

from sqlalchemy import FromClause
from sqlalchemy.orm import Mapped

from funneldesk.storage import tables
from funneldesk.storage.models import Base


class LeadDesk(Base):
    """One live lead's forecast weight at the start of its expected-close month and first contact."""

    __table__: ClassVar[FromClause] = tables.lead_desk

    lead_id: Mapped[int]
    pipeline_id: Mapped[int]
    status: Mapped[str]
    owner_id: Mapped[int | None]
    channel_id: Mapped[int | None]
    persona_id: Mapped[int | None]
    temperature: Mapped[str | None]
    created_day: Mapped[date]
    closed_day: Mapped[date | None]
    forecast_month: Mapped[str | None]
    # value x percent: 64-bit; SQLite's INTEGER already is (0014)
    forecast_weight: Mapped[int | None]
    first_contact_seconds: Mapped[int | None]
    overrides: Mapped[int]
    skipped_stages: Mapped[int]
    imported_past_gate: Mapped[int]
    refused_moves: Mapped[int]
