"""SQLAlchemy 2.0 typed ORM classes, mapped onto the Core tables of ``storage.tables``.

The schema (columns, constraints, indexes) is declared once, in ``tables``; each class
here names its table (``__table__ = tables.leads``) and annotates its attributes for
the type checker. Read-only paths that need no objects (reports, scoping, sign-in) use
the tables directly and never import this module (issue 15). Money is integer minor
units; relationships are deliberately absent: services query with explicit
``select()`` so nothing loads lazily behind their back.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import ClassVar

from sqlalchemy import FromClause
from sqlalchemy.orm import DeclarativeBase, Mapped

from funneldesk.storage import tables
from funneldesk.storage.tables import (  # noqa: F401  (re-exported: the enumerations' one home is tables)
    ACTIVITY_KINDS,
    CHANGE_HOWS,
    CHANNEL_KINDS,
    CRITERION_KINDS,
    ENGAGEMENTS,
    FUNNEL_GROUPS,
    NAMING_CONVENTION,
    OPERATORS,
    ROLES,
    STAGE_KINDS,
    TEMPERATURES,
)


class Base(DeclarativeBase):
    """Declarative base over the one Core MetaData of ``tables`` (naming convention included).

    Each class's ``__table__`` keeps declarative's FromClause type; code that wants the
    Table (columns, insert) uses ``storage.tables`` directly.
    """

    metadata = tables.metadata


class User(Base):
    """A person who signs in: owner, manager or employee, with an optional manager."""

    __table__: ClassVar[FromClause] = tables.users

    id: Mapped[int]
    name: Mapped[str]
    login: Mapped[str]
    role: Mapped[str]
    manager_id: Mapped[int | None]
    password_hash: Mapped[str | None]
    active: Mapped[bool]
    failed_logins: Mapped[int]
    last_failed_at: Mapped[datetime | None]
    created_at: Mapped[datetime]


class Pipeline(Base):
    """A named, ordered set of stages that leads move through."""

    __table__: ClassVar[FromClause] = tables.pipelines

    id: Mapped[int]
    name: Mapped[str]
    template: Mapped[str | None]
    created_at: Mapped[datetime]


class Stage(Base):
    """One step of a pipeline, ordered by position."""

    __table__: ClassVar[FromClause] = tables.stages

    id: Mapped[int]
    pipeline_id: Mapped[int]
    name: Mapped[str]
    position: Mapped[int]
    kind: Mapped[str]
    probability: Mapped[int]
    rotting_days: Mapped[int | None]
    funnel_group: Mapped[str | None]
    color: Mapped[str]
    auto_advance: Mapped[bool]
    optional: Mapped[bool]


class ExitCriterion(Base):
    """A condition a lead must meet before it may leave its stage.

    ``when_*`` make any criterion conditional (e.g. approval only when discount > 15 %).
    """

    __table__: ClassVar[FromClause] = tables.exit_criteria

    id: Mapped[int]
    stage_id: Mapped[int]
    position: Mapped[int]
    kind: Mapped[str]
    label: Mapped[str]
    field: Mapped[str | None]
    operator: Mapped[str | None]
    operand: Mapped[str | None]
    approver_role: Mapped[str | None]
    gatekeeper: Mapped[bool]
    activity_kind: Mapped[str | None]
    min_count: Mapped[int]
    when_field: Mapped[str | None]
    when_operator: Mapped[str | None]
    when_operand: Mapped[str | None]


class Channel(Base):
    """Where leads come from: paid, owned or earned."""

    __table__: ClassVar[FromClause] = tables.channels

    id: Mapped[int]
    name: Mapped[str]
    kind: Mapped[str]


class ChannelSpend(Base):
    """Money spent on a channel in one period (a month, by its first day)."""

    __table__: ClassVar[FromClause] = tables.channel_spend

    id: Mapped[int]
    channel_id: Mapped[int]
    period_start: Mapped[date]
    amount_minor: Mapped[int]
    currency: Mapped[str]


class Persona(Base):
    """A buyer persona: who buys and why."""

    __table__: ClassVar[FromClause] = tables.personas

    id: Mapped[int]
    name: Mapped[str]
    description: Mapped[str]


class LostReason(Base):
    """Why a lead was lost."""

    __table__: ClassVar[FromClause] = tables.lost_reasons

    id: Mapped[int]
    name: Mapped[str]


class Lead(Base):
    """A potential deal moving through a pipeline; ``version`` guards concurrent edits."""

    __table__: ClassVar[FromClause] = tables.leads

    id: Mapped[int]
    title: Mapped[str]
    contact_name: Mapped[str | None]
    company: Mapped[str | None]
    email: Mapped[str | None]
    phone: Mapped[str | None]
    pipeline_id: Mapped[int]
    stage_id: Mapped[int]
    owner_id: Mapped[int | None]
    channel_id: Mapped[int | None]
    persona_id: Mapped[int | None]
    lost_reason_id: Mapped[int | None]
    category: Mapped[str | None]
    value_minor: Mapped[int]
    currency: Mapped[str]
    discount_bp: Mapped[int]
    temperature: Mapped[str | None]
    expected_close: Mapped[date | None]
    next_action: Mapped[date | None]
    satisfaction: Mapped[int | None]
    notes: Mapped[str]
    custom_fields: Mapped[str]
    external_id: Mapped[str | None]
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    closed_at: Mapped[datetime | None]
    stage_entered_at: Mapped[datetime]
    deleted_at: Mapped[datetime | None]
    version: Mapped[int]


class StageChange(Base):
    """One append-only step of a lead's history: from, to, when, who, how, why."""

    __table__: ClassVar[FromClause] = tables.stage_changes

    id: Mapped[int]
    lead_id: Mapped[int]
    from_stage_id: Mapped[int | None]
    to_stage_id: Mapped[int]
    at: Mapped[datetime]
    user_id: Mapped[int | None]
    how: Mapped[str]
    reason: Mapped[str]


class ChecklistTick(Base):
    """A ticked checklist criterion on a lead."""

    __table__: ClassVar[FromClause] = tables.checklist_ticks

    id: Mapped[int]
    lead_id: Mapped[int]
    criterion_id: Mapped[int]
    user_id: Mapped[int | None]
    at: Mapped[datetime]


class Approval(Base):
    """An approval criterion given on a lead, by a user or on behalf of a gatekeeper."""

    __table__: ClassVar[FromClause] = tables.approvals

    id: Mapped[int]
    lead_id: Mapped[int]
    criterion_id: Mapped[int]
    user_id: Mapped[int | None]
    participant_id: Mapped[int | None]
    at: Mapped[datetime]
    note: Mapped[str]


class Participant(Base):
    """A buyer-side person on a lead, with an engagement level."""

    __table__: ClassVar[FromClause] = tables.participants

    id: Mapped[int]
    lead_id: Mapped[int]
    name: Mapped[str]
    title: Mapped[str]
    email: Mapped[str | None]
    phone: Mapped[str | None]
    engagement: Mapped[str]


class Activity(Base):
    """A call, meeting, e-mail, task or demo on a lead; done when ``done_at`` is set."""

    __table__: ClassVar[FromClause] = tables.activities

    id: Mapped[int]
    lead_id: Mapped[int]
    kind: Mapped[str]
    subject: Mapped[str]
    due_at: Mapped[datetime | None]
    done_at: Mapped[datetime | None]
    user_id: Mapped[int | None]
    notes: Mapped[str]


class AuditEntry(Base):
    """Who changed which field of what, from which value to which, and when.

    No foreign keys: the trail outlives the records it describes. Triggers refuse
    UPDATE and DELETE, so the trail cannot be rewritten through any code path.
    """

    __table__: ClassVar[FromClause] = tables.audit_entries

    id: Mapped[int]
    at: Mapped[datetime]
    user_id: Mapped[int | None]
    entity: Mapped[str]
    entity_id: Mapped[int]
    action: Mapped[str]
    field: Mapped[str | None]
    old_value: Mapped[str | None]
    new_value: Mapped[str | None]


class Setting(Base):
    """A key/value preference stored with the data (backup counts, currency, ...)."""

    __table__: ClassVar[FromClause] = tables.settings

    key: Mapped[str]
    value: Mapped[str]


class ExchangeRate(Base):
    """One unit of ``currency`` is worth rate_e12 / 10**12 units of ``quote`` from valid_from on.

    The rate is an exact integer of 10^-12 units (SQLite has no decimal type): every
    published reference rate and every cross rate derived to 12 places is held exactly,
    and SQL converts with integer/decimal arithmetic the same way on both engines. The
    quote is the reporting currency the rate was given in; a change of reporting
    currency adds rates in the new one and keeps the old rows.
    """

    __table__: ClassVar[FromClause] = tables.exchange_rates

    id: Mapped[int]
    currency: Mapped[str]
    quote: Mapped[str]
    valid_from: Mapped[date]
    rate_e12: Mapped[int]


from funneldesk.storage import derived_models as _derived_models  # noqa: E402,F401  (registers derived tables)


class GateRefusal(Base):
    """One refused attempt to move a lead past unmet exit criteria (0010).

    The refused move itself changes nothing, so without this row the attempt would leave
    no trace; the compliance report counts these per owner.
    """

    __table__: ClassVar[FromClause] = tables.gate_refusals

    id: Mapped[int]
    lead_id: Mapped[int]
    at: Mapped[datetime]
    user_id: Mapped[int | None]
    from_stage_id: Mapped[int | None]
    to_stage_id: Mapped[int | None]


from funneldesk.storage import desk_models as _desk_models  # noqa: E402,F401  (registers lead_desk, 0010)
