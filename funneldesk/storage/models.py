"""SQLAlchemy 2.0 typed models: the one schema, mirrored exactly by the migrations.

Money is integer minor units (SQLite has no decimal type). Enumerations are stored
as their string values with CHECK constraints. Relationships are deliberately absent:
services query with explicit ``select()`` so nothing loads lazily behind their back.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    """Declarative base carrying the constraint naming convention."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def _one_of(column: str, values: tuple[str, ...]) -> str:
    quoted = ", ".join(f"'{v}'" for v in values)
    return f"{column} IN ({quoted})"


ROLES = ("owner", "manager", "employee")
STAGE_KINDS = ("open", "won", "lost")
FUNNEL_GROUPS = ("TOFU", "MOFU", "BOFU")
TEMPERATURES = ("cold", "warm", "hot")
CHANGE_HOWS = ("manual", "automatic", "import", "override", "undo")
ENGAGEMENTS = ("driver", "participant", "gatekeeper", "not_involved")
ACTIVITY_KINDS = ("call", "meeting", "email", "task", "demo")
CHANNEL_KINDS = ("paid", "owned", "earned")
CRITERION_KINDS = ("field", "checklist", "approval", "activity")
OPERATORS = ("set", "eq", "ne", "gt", "gte", "lt", "lte")


class User(Base):
    """A person who signs in: owner, manager or employee, with an optional manager."""

    __tablename__ = "users"
    __table_args__ = (CheckConstraint(_one_of("role", ROLES), name="role"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    login: Mapped[str] = mapped_column(String(100), unique=True)
    role: Mapped[str] = mapped_column(String(20))
    manager_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    password_hash: Mapped[str | None] = mapped_column(String(300))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    last_failed_at: Mapped[datetime | None] = mapped_column(DateTime)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class Pipeline(Base):
    """A named, ordered set of stages that leads move through."""

    __tablename__ = "pipelines"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    template: Mapped[str | None] = mapped_column(String(50))
    created_at: Mapped[datetime] = mapped_column(DateTime)


class Stage(Base):
    """One step of a pipeline, ordered by position."""

    __tablename__ = "stages"
    __table_args__ = (
        UniqueConstraint("pipeline_id", "name", name="uq_stages_pipeline_name"),
        CheckConstraint(_one_of("kind", STAGE_KINDS), name="kind"),
        CheckConstraint("probability BETWEEN 0 AND 100", name="probability"),
        CheckConstraint(
            "funnel_group IS NULL OR " + _one_of("funnel_group", FUNNEL_GROUPS), name="funnel_group"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    pipeline_id: Mapped[int] = mapped_column(ForeignKey("pipelines.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(200))
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(10), default="open")
    probability: Mapped[int] = mapped_column(Integer, default=0)
    rotting_days: Mapped[int | None] = mapped_column(Integer)
    funnel_group: Mapped[str | None] = mapped_column(String(4))
    color: Mapped[str] = mapped_column(String(9), default="#4a90d9")
    auto_advance: Mapped[bool] = mapped_column(Boolean, default=False)
    optional: Mapped[bool] = mapped_column(Boolean, default=False)


class ExitCriterion(Base):
    """A condition a lead must meet before it may leave its stage.

    ``when_*`` make any criterion conditional (e.g. approval only when discount > 15 %).
    """

    __tablename__ = "exit_criteria"
    __table_args__ = (
        CheckConstraint(_one_of("kind", CRITERION_KINDS), name="kind"),
        CheckConstraint("operator IS NULL OR " + _one_of("operator", OPERATORS), name="operator"),
        CheckConstraint(
            "when_operator IS NULL OR " + _one_of("when_operator", OPERATORS), name="when_operator"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    stage_id: Mapped[int] = mapped_column(ForeignKey("stages.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[str] = mapped_column(String(10))
    label: Mapped[str] = mapped_column(String(300), default="")
    field: Mapped[str | None] = mapped_column(String(50))
    operator: Mapped[str | None] = mapped_column(String(5))
    operand: Mapped[str | None] = mapped_column(String(100))
    approver_role: Mapped[str | None] = mapped_column(String(20))
    gatekeeper: Mapped[bool] = mapped_column(Boolean, default=False)
    activity_kind: Mapped[str | None] = mapped_column(String(10))
    min_count: Mapped[int] = mapped_column(Integer, default=1)
    when_field: Mapped[str | None] = mapped_column(String(50))
    when_operator: Mapped[str | None] = mapped_column(String(5))
    when_operand: Mapped[str | None] = mapped_column(String(100))


class Channel(Base):
    """Where leads come from: paid, owned or earned."""

    __tablename__ = "channels"
    __table_args__ = (CheckConstraint(_one_of("kind", CHANNEL_KINDS), name="kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[str] = mapped_column(String(10), default="paid")


class ChannelSpend(Base):
    """Money spent on a channel in one period (a month, by its first day)."""

    __tablename__ = "channel_spend"
    __table_args__ = (UniqueConstraint("channel_id", "period_start", name="uq_channel_spend_period"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    channel_id: Mapped[int] = mapped_column(ForeignKey("channels.id", ondelete="CASCADE"))
    period_start: Mapped[date] = mapped_column(Date)
    amount_minor: Mapped[int] = mapped_column(Integer)
    currency: Mapped[str] = mapped_column(String(3), default="USD")


class Persona(Base):
    """A buyer persona: who buys and why."""

    __tablename__ = "personas"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    description: Mapped[str] = mapped_column(Text, default="")


class LostReason(Base):
    """Why a lead was lost."""

    __tablename__ = "lost_reasons"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)


class Lead(Base):
    """A potential deal moving through a pipeline; ``version`` guards concurrent edits."""

    __tablename__ = "leads"
    __table_args__ = (
        CheckConstraint("temperature IS NULL OR " + _one_of("temperature", TEMPERATURES), name="temperature"),
        CheckConstraint("discount_bp BETWEEN 0 AND 10000", name="discount"),
        Index("ix_leads_pipeline_stage", "pipeline_id", "stage_id"),
        Index("ix_leads_board", "pipeline_id", "deleted_at", "stage_id", "currency", "value_minor",
              "owner_id"),  # the board's column summaries, index-only (migration 0012)
        Index("ix_leads_owner", "owner_id"),
        Index("ix_leads_channel", "channel_id"),
        Index("ix_leads_created_at", "created_at"),
        Index("ix_leads_closed_at", "closed_at"),
        Index("ix_leads_title", "title"),
        Index("ix_leads_company", "company"),
        Index("ix_leads_value", "value_minor"),
        Index("ix_leads_updated_at", "updated_at"),
        # Every column the leads table sorts by has an index (sorting 1M rows without one took seconds).
        Index("ix_leads_contact_name", "contact_name"),
        Index("ix_leads_email", "email"),
        Index("ix_leads_phone", "phone"),
        Index("ix_leads_temperature", "temperature"),
        Index("ix_leads_expected_close", "expected_close"),
        Index("ix_leads_next_action", "next_action"),
        Index("ix_leads_stage_entered_at", "stage_entered_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    contact_name: Mapped[str | None] = mapped_column(String(200))
    company: Mapped[str | None] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(50))
    pipeline_id: Mapped[int] = mapped_column(ForeignKey("pipelines.id", ondelete="RESTRICT"))
    stage_id: Mapped[int] = mapped_column(ForeignKey("stages.id", ondelete="RESTRICT"))
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    channel_id: Mapped[int | None] = mapped_column(ForeignKey("channels.id", ondelete="SET NULL"))
    persona_id: Mapped[int | None] = mapped_column(ForeignKey("personas.id", ondelete="SET NULL"))
    lost_reason_id: Mapped[int | None] = mapped_column(ForeignKey("lost_reasons.id", ondelete="SET NULL"))
    category: Mapped[str | None] = mapped_column(String(100))
    value_minor: Mapped[int] = mapped_column(Integer, default=0)
    currency: Mapped[str] = mapped_column(String(3), default="USD")
    discount_bp: Mapped[int] = mapped_column(Integer, default=0)
    temperature: Mapped[str | None] = mapped_column(String(4))
    expected_close: Mapped[date | None] = mapped_column(Date)
    next_action: Mapped[date | None] = mapped_column(Date)
    satisfaction: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str] = mapped_column(Text, default="")
    custom_fields: Mapped[str] = mapped_column(Text, default="{}")
    external_id: Mapped[str | None] = mapped_column(String(100), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    closed_at: Mapped[datetime | None] = mapped_column(DateTime)
    stage_entered_at: Mapped[datetime] = mapped_column(DateTime)
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)


class StageChange(Base):
    """One append-only step of a lead's history: from, to, when, who, how, why."""

    __tablename__ = "stage_changes"
    __table_args__ = (
        CheckConstraint(_one_of("how", CHANGE_HOWS), name="how"),
        # Measured: these two composite indexes serve the funnel and the history queries.
        Index("ix_stage_changes_to_lead", "to_stage_id", "lead_id"),
        Index("ix_stage_changes_lead_at", "lead_id", "at", "to_stage_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    lead_id: Mapped[int] = mapped_column(ForeignKey("leads.id", ondelete="CASCADE"))
    from_stage_id: Mapped[int | None] = mapped_column(ForeignKey("stages.id", ondelete="CASCADE"))
    to_stage_id: Mapped[int] = mapped_column(ForeignKey("stages.id", ondelete="CASCADE"))
    at: Mapped[datetime] = mapped_column(DateTime)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    how: Mapped[str] = mapped_column(String(10))
    reason: Mapped[str] = mapped_column(Text, default="")


class ChecklistTick(Base):
    """A ticked checklist criterion on a lead."""

    __tablename__ = "checklist_ticks"
    __table_args__ = (UniqueConstraint("lead_id", "criterion_id", name="uq_checklist_ticks_pair"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    lead_id: Mapped[int] = mapped_column(ForeignKey("leads.id", ondelete="CASCADE"))
    criterion_id: Mapped[int] = mapped_column(ForeignKey("exit_criteria.id", ondelete="CASCADE"))
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    at: Mapped[datetime] = mapped_column(DateTime)


class Approval(Base):
    """An approval criterion given on a lead, by a user or on behalf of a gatekeeper."""

    __tablename__ = "approvals"
    __table_args__ = (UniqueConstraint("lead_id", "criterion_id", name="uq_approvals_pair"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    lead_id: Mapped[int] = mapped_column(ForeignKey("leads.id", ondelete="CASCADE"))
    criterion_id: Mapped[int] = mapped_column(ForeignKey("exit_criteria.id", ondelete="CASCADE"))
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    participant_id: Mapped[int | None] = mapped_column(ForeignKey("participants.id", ondelete="CASCADE"))
    at: Mapped[datetime] = mapped_column(DateTime)
    note: Mapped[str] = mapped_column(Text, default="")


class Participant(Base):
    """A buyer-side person on a lead, with an engagement level."""

    __tablename__ = "participants"
    __table_args__ = (CheckConstraint(_one_of("engagement", ENGAGEMENTS), name="engagement"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    lead_id: Mapped[int] = mapped_column(ForeignKey("leads.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    title: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(50))
    engagement: Mapped[str] = mapped_column(String(15), default="participant")


class Activity(Base):
    """A call, meeting, e-mail, task or demo on a lead; done when ``done_at`` is set."""

    __tablename__ = "activities"
    __table_args__ = (CheckConstraint(_one_of("kind", ACTIVITY_KINDS), name="kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    lead_id: Mapped[int] = mapped_column(ForeignKey("leads.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(10))
    subject: Mapped[str] = mapped_column(String(300), default="")
    due_at: Mapped[datetime | None] = mapped_column(DateTime)
    done_at: Mapped[datetime | None] = mapped_column(DateTime)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    notes: Mapped[str] = mapped_column(Text, default="")


class AuditEntry(Base):
    """Who changed which field of what, from which value to which, and when.

    No foreign keys: the trail outlives the records it describes. Triggers refuse
    UPDATE and DELETE, so the trail cannot be rewritten through any code path.
    """

    __tablename__ = "audit_entries"
    __table_args__ = (Index("ix_audit_entries_entity", "entity", "entity_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    user_id: Mapped[int | None] = mapped_column(Integer)
    entity: Mapped[str] = mapped_column(String(30))
    entity_id: Mapped[int] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(20))
    field: Mapped[str | None] = mapped_column(String(50))
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)


class Setting(Base):
    """A key/value preference stored with the data (backup counts, currency, ...)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class ExchangeRate(Base):
    """One unit of ``currency`` is worth rate_e12 / 10**12 units of ``quote`` from valid_from on.

    The rate is an exact integer of 10^-12 units (SQLite has no decimal type): every
    published reference rate and every cross rate derived to 12 places is held exactly,
    and SQL converts with integer/decimal arithmetic the same way on both engines. The
    quote is the reporting currency the rate was given in; a change of reporting
    currency adds rates in the new one and keeps the old rows.
    """

    __tablename__ = "exchange_rates"
    __table_args__ = (
        UniqueConstraint("currency", "quote", "valid_from", name="uq_exchange_rates_day"),
        CheckConstraint("rate_e12 > 0", name="positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    currency: Mapped[str] = mapped_column(String(3))
    quote: Mapped[str] = mapped_column(String(3))
    valid_from: Mapped[date] = mapped_column(Date)
    rate_e12: Mapped[int] = mapped_column(BigInteger)


from funneldesk.storage import derived_models as _derived_models  # noqa: E402,F401  (registers derived tables)


class GateRefusal(Base):
    """One refused attempt to move a lead past unmet exit criteria (0010).

    The refused move itself changes nothing, so without this row the attempt would leave
    no trace; the compliance report counts these per owner.
    """

    __tablename__ = "gate_refusals"
    __table_args__ = (Index("ix_gate_refusals_lead", "lead_id", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    lead_id: Mapped[int] = mapped_column(ForeignKey("leads.id", ondelete="CASCADE"))
    at: Mapped[datetime] = mapped_column(DateTime)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    from_stage_id: Mapped[int | None] = mapped_column(ForeignKey("stages.id", ondelete="CASCADE"))
    to_stage_id: Mapped[int | None] = mapped_column(ForeignKey("stages.id", ondelete="CASCADE"))


# 0010: the compliance report finds overrides and imports by how, skipped stages by the
# (from, to) pair, and the Today page open activities by due date, without a full scan.
Index("ix_stage_changes_how_lead", StageChange.how, StageChange.lead_id)
Index("ix_stage_changes_pair", StageChange.from_stage_id, StageChange.to_stage_id, StageChange.lead_id)
Index("ix_activities_open_due", Activity.done_at, Activity.due_at, Activity.lead_id)

from funneldesk.storage import desk_models as _desk_models  # noqa: E402,F401  (registers lead_desk, 0010)
