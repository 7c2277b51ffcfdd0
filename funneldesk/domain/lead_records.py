"""The frozen records of pipelines, stages, leads and moves (see ``records``).

Kept apart from ``UserRecord`` so that a command that needs only the acting user (a report,
sign-in) does not build eight more dataclasses (~6 ms at start-up, issue 15); import them
from ``funneldesk.domain.records`` as before.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal


@dataclass(frozen=True, slots=True)
class CriterionRecord:
    """One exit criterion of a stage."""

    id: int
    stage_id: int
    kind: str
    label: str
    field: str | None = None
    operator: str | None = None
    operand: str | None = None
    approver_role: str | None = None
    gatekeeper: bool = False
    activity_kind: str | None = None
    min_count: int = 1
    when_field: str | None = None
    when_operator: str | None = None
    when_operand: str | None = None
    position: int = 0


@dataclass(frozen=True, slots=True)
class StageRecord:
    """A stage of a pipeline with its exit criteria."""

    id: int
    pipeline_id: int
    name: str
    position: int
    kind: str
    probability: int
    rotting_days: int | None
    funnel_group: str | None
    color: str
    auto_advance: bool = False
    optional: bool = False
    criteria: tuple[CriterionRecord, ...] = ()


@dataclass(frozen=True, slots=True)
class PipelineRecord:
    """A pipeline and its ordered stages."""

    id: int
    name: str
    stages: tuple[StageRecord, ...] = ()

    def stage_named(self, name: str) -> StageRecord | None:
        """Return the stage with this name, compared case-insensitively."""
        wanted = name.strip().casefold()
        return next((s for s in self.stages if s.name.casefold() == wanted), None)


@dataclass(frozen=True, slots=True)
class CriterionStatus:
    """Whether one criterion is met for a lead, in words a user understands."""

    criterion: CriterionRecord
    met: bool
    applies: bool
    text: str


@dataclass(frozen=True, slots=True)
class UnmetCriterion:
    """One reason a forward move was refused."""

    stage_id: int
    stage_name: str
    criterion_id: int
    kind: str
    text: str


@dataclass(frozen=True, slots=True)
class LeadRecord:
    """A lead with its money as Decimal and its names resolved."""

    id: int
    title: str
    pipeline_id: int
    stage_id: int
    stage_name: str
    stage_kind: str
    owner_id: int | None
    owner_name: str | None
    contact_name: str | None = None
    company: str | None = None
    email: str | None = None
    phone: str | None = None
    channel: str | None = None
    persona: str | None = None
    category: str | None = None
    value: Decimal = Decimal(0)
    currency: str = "USD"
    discount: Decimal = Decimal(0)
    temperature: str | None = None
    expected_close: date | None = None
    next_action: date | None = None
    lost_reason: str | None = None
    satisfaction: int | None = None
    notes: str = ""
    external_id: str | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None
    closed_at: datetime | None = None
    stage_entered_at: datetime | None = None
    version: int = 1
    custom_fields: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class StageChangeRecord:
    """One step of a lead's stage history."""

    id: int
    lead_id: int
    from_stage: str | None
    to_stage: str
    at: datetime
    user_name: str | None
    how: str
    reason: str


@dataclass(frozen=True, slots=True)
class MoveResult:
    """What a move did: the lead after it and every stage change recorded."""

    lead: LeadRecord
    changes: tuple[StageChangeRecord, ...]
