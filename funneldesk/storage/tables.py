"""The one schema as SQLAlchemy Core tables, mirrored exactly by the migrations.

Declared once here; the ORM classes in ``models``, ``derived_models`` and
``desk_models`` map onto these same Table objects (``__table__ = tables.leads``), so
Alembic, ``create_all`` and the ORM services see one definition. Read-only paths (the
command-line reports, scoping and sign-in) query these tables on a Core connection and
never import ``sqlalchemy.orm`` nor map a class: issue 15 measured the ORM import and
the mapping of every model at about 0.15 s of each scripted report.

Money is integer minor units (SQLite has no decimal type). Enumerations are stored as
their string values with CHECK constraints. There are no relationships: services query
with explicit ``select()`` so nothing loads lazily behind their back.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    event,
    text,
)

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
metadata = MetaData(naming_convention=NAMING_CONVENTION)

ROLES = ("owner", "manager", "employee")
STAGE_KINDS = ("open", "won", "lost")
FUNNEL_GROUPS = ("TOFU", "MOFU", "BOFU")
TEMPERATURES = ("cold", "warm", "hot")
CHANGE_HOWS = ("manual", "automatic", "import", "override", "undo")
# The stage changes lead_desk counts (analytics/desk_derived), each with an index of its own
# (0018); the reason is domain.enums.IMPORTED_PAST_GATE (a test checks they agree).
PARTIAL_HISTORY = {
    "ix_stage_changes_overrides": "how = 'override'",
    "ix_stage_changes_past_gate": "how = 'import' AND reason = 'imported past the gate'",
}
ENGAGEMENTS = ("driver", "participant", "gatekeeper", "not_involved")
ACTIVITY_KINDS = ("call", "meeting", "email", "task", "demo")
CHANNEL_KINDS = ("paid", "owned", "earned")
CRITERION_KINDS = ("field", "checklist", "approval", "activity")
OPERATORS = ("set", "eq", "ne", "gt", "gte", "lt", "lte")
# The unconverted index of lead_progress holds only the leads with no reporting amount.
UNCONVERTED_WHERE = "rep_minor IS NULL"


def _one_of(column: str, values: tuple[str, ...]) -> str:
    quoted = ", ".join(f"'{v}'" for v in values)
    return f"{column} IN ({quoted})"


def _id() -> Column[int]:
    return Column("id", Integer, primary_key=True)


def _fk(name: str, target: str, ondelete: str, *, nullable: bool, **kw: Any) -> Column[int]:
    return Column(name, Integer, ForeignKey(target, ondelete=ondelete), nullable=nullable, **kw)


def _req(name: str, type_: Any, **kw: Any) -> Column[Any]:
    """A NOT NULL column."""
    return Column(name, type_, nullable=False, **kw)


def _opt(name: str, type_: Any, **kw: Any) -> Column[Any]:
    """A nullable column."""
    return Column(name, type_, nullable=True, **kw)


users = Table(
    "users",
    metadata,
    _id(),
    _req("name", String(200)),
    _req("login", String(100), unique=True),
    _req("role", String(20)),
    _fk("manager_id", "users.id", "SET NULL", nullable=True),
    _opt("password_hash", String(300)),
    _req("active", Boolean, default=True),
    _req("failed_logins", Integer, default=0),
    _opt("last_failed_at", DateTime),
    _req("created_at", DateTime),
    CheckConstraint(_one_of("role", ROLES), name="role"),
)

pipelines = Table(
    "pipelines",
    metadata,
    _id(),
    _req("name", String(200), unique=True),
    _opt("template", String(50)),
    _req("created_at", DateTime),
)

stages = Table(
    "stages",
    metadata,
    _id(),
    _fk("pipeline_id", "pipelines.id", "CASCADE", nullable=False),
    _req("name", String(200)),
    _req("position", Integer),
    _req("kind", String(10), default="open"),
    _req("probability", Integer, default=0),
    _opt("rotting_days", Integer),
    _opt("funnel_group", String(4)),
    _req("color", String(9), default="#4a90d9"),
    _req("auto_advance", Boolean, default=False),
    _req("optional", Boolean, default=False),
    UniqueConstraint("pipeline_id", "name", name="uq_stages_pipeline_name"),
    CheckConstraint(_one_of("kind", STAGE_KINDS), name="kind"),
    CheckConstraint("probability BETWEEN 0 AND 100", name="probability"),
    CheckConstraint("funnel_group IS NULL OR " + _one_of("funnel_group", FUNNEL_GROUPS), name="funnel_group"),
)

exit_criteria = Table(
    "exit_criteria",
    metadata,
    _id(),
    _fk("stage_id", "stages.id", "CASCADE", nullable=False, index=True),
    _req("position", Integer, default=0),
    _req("kind", String(10)),
    _req("label", String(300), default=""),
    _opt("field", String(50)),
    _opt("operator", String(5)),
    _opt("operand", String(100)),
    _opt("approver_role", String(20)),
    _req("gatekeeper", Boolean, default=False),
    _opt("activity_kind", String(10)),
    _req("min_count", Integer, default=1),
    _opt("when_field", String(50)),
    _opt("when_operator", String(5)),
    _opt("when_operand", String(100)),
    CheckConstraint(_one_of("kind", CRITERION_KINDS), name="kind"),
    CheckConstraint("operator IS NULL OR " + _one_of("operator", OPERATORS), name="operator"),
    CheckConstraint("when_operator IS NULL OR " + _one_of("when_operator", OPERATORS), name="when_operator"),
)

channels = Table(
    "channels",
    metadata,
    _id(),
    _req("name", String(200), unique=True),
    _req("kind", String(10), default="paid"),
    CheckConstraint(_one_of("kind", CHANNEL_KINDS), name="kind"),
)

channel_spend = Table(
    "channel_spend",
    metadata,
    _id(),
    _fk("channel_id", "channels.id", "CASCADE", nullable=False),
    _req("period_start", Date),
    _req("amount_minor", Integer),
    _req("currency", String(3), default="USD"),
    UniqueConstraint("channel_id", "period_start", name="uq_channel_spend_period"),
)

personas = Table(
    "personas",
    metadata,
    _id(),
    _req("name", String(200), unique=True),
    _req("description", Text, default=""),
)

lost_reasons = Table(
    "lost_reasons",
    metadata,
    _id(),
    _req("name", String(200), unique=True),
)

leads = Table(
    "leads",
    metadata,
    _id(),
    _req("title", String(300)),
    _opt("contact_name", String(200)),
    _opt("company", String(200)),
    _opt("email", String(200)),
    _opt("phone", String(50)),
    _fk("pipeline_id", "pipelines.id", "RESTRICT", nullable=False),
    _fk("stage_id", "stages.id", "RESTRICT", nullable=False),
    _fk("owner_id", "users.id", "SET NULL", nullable=True),
    _fk("channel_id", "channels.id", "SET NULL", nullable=True),
    _fk("persona_id", "personas.id", "SET NULL", nullable=True),
    _fk("lost_reason_id", "lost_reasons.id", "SET NULL", nullable=True),
    _opt("category", String(100)),
    _req("value_minor", Integer, default=0),
    _req("currency", String(3), default="USD"),
    _req("discount_bp", Integer, default=0),
    _opt("temperature", String(4)),
    _opt("expected_close", Date),
    _opt("next_action", Date),
    _opt("satisfaction", Integer),
    _req("notes", Text, default=""),
    _req("custom_fields", Text, default="{}"),
    _opt("external_id", String(100), unique=True),
    _req("created_at", DateTime),
    _req("updated_at", DateTime),
    _opt("closed_at", DateTime),
    _req("stage_entered_at", DateTime),
    _opt("deleted_at", DateTime),
    _req("version", Integer, default=1),
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

stage_changes = Table(
    "stage_changes",
    metadata,
    _id(),
    _fk("lead_id", "leads.id", "CASCADE", nullable=False),
    _fk("from_stage_id", "stages.id", "CASCADE", nullable=True),
    _fk("to_stage_id", "stages.id", "CASCADE", nullable=False),
    _req("at", DateTime),
    _fk("user_id", "users.id", "SET NULL", nullable=True),
    _req("how", String(10)),
    _req("reason", Text, default=""),
    CheckConstraint(_one_of("how", CHANGE_HOWS), name="how"),
    # (lead_id, at, id): a lead's history in (at, id) order, ties included, no sort (0015).
    Index("ix_stage_changes_lead_at", "lead_id", "at", "id", "to_stage_id"),
)

checklist_ticks = Table(
    "checklist_ticks",
    metadata,
    _id(),
    _fk("lead_id", "leads.id", "CASCADE", nullable=False),
    _fk("criterion_id", "exit_criteria.id", "CASCADE", nullable=False),
    _fk("user_id", "users.id", "SET NULL", nullable=True),
    _req("at", DateTime),
    UniqueConstraint("lead_id", "criterion_id", name="uq_checklist_ticks_pair"),
)

approvals = Table(
    "approvals",
    metadata,
    _id(),
    _fk("lead_id", "leads.id", "CASCADE", nullable=False),
    _fk("criterion_id", "exit_criteria.id", "CASCADE", nullable=False),
    _fk("user_id", "users.id", "SET NULL", nullable=True),
    _fk("participant_id", "participants.id", "CASCADE", nullable=True),
    _req("at", DateTime),
    _req("note", Text, default=""),
    UniqueConstraint("lead_id", "criterion_id", name="uq_approvals_pair"),
)

participants = Table(
    "participants",
    metadata,
    _id(),
    _fk("lead_id", "leads.id", "CASCADE", nullable=False, index=True),
    _req("name", String(200)),
    _req("title", String(200), default=""),
    _opt("email", String(200)),
    _opt("phone", String(50)),
    _req("engagement", String(15), default="participant"),
    CheckConstraint(_one_of("engagement", ENGAGEMENTS), name="engagement"),
)

activities = Table(
    "activities",
    metadata,
    _id(),
    _fk("lead_id", "leads.id", "CASCADE", nullable=False, index=True),
    _req("kind", String(10)),
    _req("subject", String(300), default=""),
    _opt("due_at", DateTime),
    _opt("done_at", DateTime),
    _fk("user_id", "users.id", "SET NULL", nullable=True),
    _req("notes", Text, default=""),
    CheckConstraint(_one_of("kind", ACTIVITY_KINDS), name="kind"),
)

# No foreign keys: the trail outlives the records it describes. Triggers refuse
# UPDATE and DELETE, so the trail cannot be rewritten through any code path.
audit_entries = Table(
    "audit_entries",
    metadata,
    _id(),
    _req("at", DateTime),
    _opt("user_id", Integer),
    _req("entity", String(30)),
    _req("entity_id", Integer),
    _req("action", String(20)),
    _opt("field", String(50)),
    _opt("old_value", Text),
    _opt("new_value", Text),
    Index("ix_audit_entries_entity", "entity", "entity_id"),
)

settings = Table(
    "settings",
    metadata,
    Column("key", String(100), primary_key=True),
    _req("value", Text),
)

# One unit of ``currency`` is worth rate_e12 / 10**12 units of ``quote`` from valid_from on
# (an exact integer: SQLite has no decimal type); see models.ExchangeRate.
exchange_rates = Table(
    "exchange_rates",
    metadata,
    _id(),
    _req("currency", String(3)),
    _req("quote", String(3)),
    _req("valid_from", Date),
    _req("rate_e12", BigInteger),
    UniqueConstraint("currency", "quote", "valid_from", name="uq_exchange_rates_day"),
    CheckConstraint("rate_e12 > 0", name="positive"),
)

# --- derived analytics tables (see derived_models for what they hold) ------------------

lead_progress = Table(
    "lead_progress",
    metadata,
    Column("lead_id", Integer, ForeignKey("leads.id", ondelete="CASCADE"), primary_key=True,
           autoincrement=False),
    _req("pipeline_id", Integer),
    _req("stage_id", Integer),
    _req("status", String(4)),
    _req("furthest_position", Integer),
    _opt("owner_id", Integer),
    _opt("channel_id", Integer),
    _opt("persona_id", Integer),
    _opt("temperature", String(4)),
    _opt("lost_reason_id", Integer),
    _req("created_at", DateTime),
    _req("created_day", Date),
    _opt("closed_at", DateTime),
    _opt("closed_day", Date),
    _opt("cycle_seconds", Integer),
    _req("stage_entered_at", DateTime),
    _opt("expected_close", Date),
    _req("value_minor", Integer),  # in the lead's own currency
    _req("discount_bp", Integer),
    _req("currency", String(3)),
    # The amount in the reporting currency at the rate in force on the closed day (today
    # while open), NULL when no rate is known, so a sum never adds unlike money (0008).
    # 64-bit: a deal near the 32-bit limit in its own currency can exceed it converted.
    _opt("rep_minor", BigInteger),
    # Measured: covering indexes, one per report query, turn the scans of the
    # default dashboard into index-only scans (7x for the funnel on SQLite);
    # non-covering ones led by pipeline_id (true of nearly every row) were slower.
    # Each ends in created_day (migration 0006): under a created range (the period
    # presets) the report is still an index-only walk in GROUP BY order, no sort and
    # no table lookups (funnel this year at 100k: 34 -> 15 ms).
    # The indexes a team's reports read end in owner_id (0019): a manager's reach (owner_id
    # IN the team) is then tested inside the walk, not by a table look-up per lead (the 1M
    # dashboard as a manager: 5.3 s -> 0.7 s over all time, 2.0 s -> 0.7 s this year).
    Index("ix_lead_progress_funnel", "pipeline_id", "furthest_position", "stage_id", "status",
          "lost_reason_id", "created_day", "owner_id"),
    # Carries furthest_position (0007): one walk grouped by owner, status and furthest
    # stage answers the manager table and the conversion by employee and stage; and
    # value_minor (0020): the discount report's deals with a value, without the table.
    Index("ix_lead_progress_owner_sums", "pipeline_id", "owner_id", "status", "furthest_position",
          "rep_minor", "discount_bp", "created_day", "value_minor"),
    Index("ix_lead_progress_channel_sums", "pipeline_id", "channel_id", "status", "rep_minor",
          "discount_bp", "created_day", "owner_id"),
    Index("ix_lead_progress_owner_cycle", "pipeline_id", "status", "owner_id", "cycle_seconds",
          "created_day"),
    Index("ix_lead_progress_channel_cycle", "pipeline_id", "status", "channel_id", "cycle_seconds",
          "created_day", "owner_id"),
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
    Index("ix_lead_progress_created", "pipeline_id", "created_day", "status", "owner_id"),
    Index("ix_lead_progress_closed", "pipeline_id", "closed_day", "status", "rep_minor", "owner_id"),
)


# Carries the lead's cut columns too (same names as lead_progress), so time-in-stage
# reports filter without a join (measured: the join tripled the query time).
stage_stays = Table(
    "stage_stays",
    metadata,
    Column("change_id", Integer, primary_key=True),  # the stage change's id, copied
    _fk("lead_id", "leads.id", "CASCADE", nullable=False),
    _req("stage_id", Integer),
    _req("entered_at", DateTime),
    _opt("left_at", DateTime),
    _opt("seconds", Integer),
    _req("pipeline_id", Integer),
    _req("status", String(4)),
    _opt("owner_id", Integer),
    _opt("channel_id", Integer),
    _opt("persona_id", Integer),
    _opt("temperature", String(4)),
    _req("created_day", Date),
    _opt("closed_day", Date),
    Index("ix_stage_stays_lead", "lead_id"),
    # Ends in created_day: quantiles under a created range walk it in seconds order (0006),
    # then owner_id: a manager's team too (0019).
    Index("ix_stage_stays_stage_seconds", "pipeline_id", "stage_id", "seconds", "created_day",
          "owner_id"),
    # Measured: a created range (the dashboard's period presets) otherwise walks every
    # stay of the pipeline through ix_stage_stays_stage_seconds (0.9 s -> 9 ms at 100k).
    # Time in stage counts a range's stays per (created_day, stage_id) in this order, as
    # fast as the (pipeline_id, stage_id, created_day, seconds) index it replaced (0017).
    Index("ix_stage_stays_created", "pipeline_id", "created_day", "stage_id", "owner_id", "seconds"),
    # The flow funnel: stays entered in a date range, walked in the index (0013).
    Index("ix_stage_stays_entered", "pipeline_id", "entered_at", "stage_id", "lead_id"),
)

# One refused attempt to move a lead past unmet exit criteria (0010).
gate_refusals = Table(
    "gate_refusals",
    metadata,
    _id(),
    _fk("lead_id", "leads.id", "CASCADE", nullable=False),
    _req("at", DateTime),
    _fk("user_id", "users.id", "SET NULL", nullable=True),
    _fk("from_stage_id", "stages.id", "CASCADE", nullable=True),
    _fk("to_stage_id", "stages.id", "CASCADE", nullable=True),
    Index("ix_gate_refusals_lead", "lead_id", "at"),
)

# 0010: lead_desk finds skipped stages by the (to, from) pair, and the Today page open
# activities by due date, without a full scan. The pair leads with to_stage_id (0020): it
# also finds the changes into a stage (deleting one), which a (to, lead) index did.
Index("ix_stage_changes_pair", stage_changes.c.to_stage_id, stage_changes.c.from_stage_id,
      stage_changes.c.lead_id)
Index("ix_activities_open_due", activities.c.done_at, activities.c.due_at, activities.c.lead_id)
# 0018: lead_desk counts each lead's overrides and imports past the gate from indexes of
# just those rows (most histories have few; a demo's 3.57M changes none), which replaced
# the whole history's (how, lead_id): every demo and rebuild of 1M leads ~0.7 s shorter.
for _name, _rows in PARTIAL_HISTORY.items():
    Index(_name, stage_changes.c.lead_id, stage_changes.c.at, sqlite_where=text(_rows))
    # postgresql_where is added just before CREATE on PostgreSQL (see below).

# Each partial index's rows, by index name: on PostgreSQL too (see _partial_on_postgresql).
PARTIAL_INDEXES = {"ix_lead_progress_unconverted": UNCONVERTED_WHERE, **PARTIAL_HISTORY}


def _partial_on_postgresql(table: Table, connection: Any, **_kw: Any) -> None:
    """Make the partial indexes partial on PostgreSQL as well as on SQLite.

    Set here rather than as postgresql_where on each Index: naming a dialect's option
    there imports that dialect (~20 ms) at every start, SQLite or not (issue 15).
    """
    if connection.dialect.name != "postgresql":
        return
    for index in table.indexes:
        if index.name in PARTIAL_INDEXES:
            index.dialect_options["postgresql"]["where"] = text(PARTIAL_INDEXES[index.name])


for _partial_table in (lead_progress, stage_changes):
    event.listen(_partial_table, "before_create", _partial_on_postgresql)

# The manager's desk (0010): see desk_models for what it holds.
lead_desk = Table(
    "lead_desk",
    metadata,
    Column("lead_id", Integer, ForeignKey("leads.id", ondelete="CASCADE"), primary_key=True,
           autoincrement=False),
    _req("pipeline_id", Integer),
    _req("status", String(4)),
    _opt("owner_id", Integer),
    _opt("channel_id", Integer),
    _opt("persona_id", Integer),
    _opt("temperature", String(4)),
    _req("created_day", Date),
    _opt("closed_day", Date),
    _opt("forecast_month", String(7)),
    # value x percent: 64-bit; SQLite's INTEGER already is (0014)
    _opt("forecast_weight", Integer().with_variant(BigInteger(), "postgresql")),
    _opt("first_contact_seconds", Integer),
    _req("overrides", Integer, default=0),
    _req("skipped_stages", Integer, default=0),
    _req("imported_past_gate", Integer, default=0),
    _req("refused_moves", Integer, default=0),
    # Forecast accuracy: one index-only walk grouped by month (owners filtered inside it).
    Index("ix_lead_desk_forecast", "pipeline_id", "forecast_month", "owner_id", "forecast_weight"),
    # The compliance counts: one index-only walk grouped by owner; and the median first
    # contact per owner: an ordered walk, LIMIT/OFFSET to the middle (first_contact_seconds
    # right after the owner, 0020: it was a second index of its own).
    Index(
        "ix_lead_desk_compliance",
        "pipeline_id",
        "owner_id",
        "first_contact_seconds",
        "created_day",
        "overrides",
        "skipped_stages",
        "imported_past_gate",
        "refused_moves",
    ),
)
