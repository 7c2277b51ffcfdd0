"""The manager's desk: refused gate attempts are recorded; compliance and Today indexes.

Revision ID: 0010
Revises: 0007
Create Date: 2026-12-07 12:50:00

A refused move changes nothing, so until now it left no trace: ``gate_refusals`` keeps
one row per refused attempt. ``lead_desk`` (derived, like lead_progress, and filled here
by the same recomputation ``report rebuild`` runs) holds each lead's forecast weight at
the start of its expected-close month and its time to first contact. Three indexes let
the compliance report find overrides, imports and skipped stages, and the Today page the
open activities by due date, without scanning the whole history. Only tables and
indexes are added; no existing row is touched.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0008"
branch_labels = None
depends_on = None

INDEXES = (
    ("ix_stage_changes_how_lead", "stage_changes", ["how", "lead_id"]),
    ("ix_stage_changes_pair", "stage_changes", ["from_stage_id", "to_stage_id", "lead_id"]),
    ("ix_activities_open_due", "activities", ["done_at", "due_at", "lead_id"]),
)


def upgrade() -> None:
    """Add gate_refusals and the three indexes."""
    op.create_table(
        "gate_refusals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("lead_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("from_stage_id", sa.Integer(), nullable=True),
        sa.Column("to_stage_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["lead_id"], ["leads.id"], name="fk_gate_refusals_lead_id_leads", ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name="fk_gate_refusals_user_id_users", ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["from_stage_id"], ["stages.id"], name="fk_gate_refusals_from_stage_id_stages", ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["to_stage_id"], ["stages.id"], name="fk_gate_refusals_to_stage_id_stages", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_gate_refusals"),
    )
    op.create_index("ix_gate_refusals_lead", "gate_refusals", ["lead_id", "at"], unique=False)
    for name, table, columns in INDEXES:
        op.create_index(name, table, columns, unique=False)
    _create_lead_desk()


def _create_lead_desk() -> None:
    op.create_table(
        "lead_desk",
        sa.Column("lead_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("pipeline_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=4), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("channel_id", sa.Integer(), nullable=True),
        sa.Column("persona_id", sa.Integer(), nullable=True),
        sa.Column("temperature", sa.String(length=4), nullable=True),
        sa.Column("created_day", sa.Date(), nullable=False),
        sa.Column("closed_day", sa.Date(), nullable=True),
        sa.Column("forecast_month", sa.String(length=7), nullable=True),
        sa.Column("forecast_weight", sa.Integer(), nullable=True),
        sa.Column("first_contact_seconds", sa.Integer(), nullable=True),
        sa.Column("overrides", sa.Integer(), nullable=False),
        sa.Column("skipped_stages", sa.Integer(), nullable=False),
        sa.Column("imported_past_gate", sa.Integer(), nullable=False),
        sa.Column("refused_moves", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["lead_id"], ["leads.id"], name="fk_lead_desk_lead_id_leads", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("lead_id", name="pk_lead_desk"),
    )
    op.create_index(
        "ix_lead_desk_forecast", "lead_desk", ["pipeline_id", "forecast_month", "owner_id", "forecast_weight"]
    )
    op.create_index(
        "ix_lead_desk_contact",
        "lead_desk",
        ["pipeline_id", "owner_id", "first_contact_seconds", "created_day"],
    )
    op.create_index(
        "ix_lead_desk_compliance",
        "lead_desk",
        [
            "pipeline_id",
            "owner_id",
            "overrides",
            "skipped_stages",
            "imported_past_gate",
            "refused_moves",
            "first_contact_seconds",
            "created_day",
        ],
    )
    # The same recomputation `funneldesk report rebuild` runs.
    from funneldesk.analytics.desk_derived import rebuild

    rebuild(op.get_bind())


def downgrade() -> None:
    """Drop lead_desk, the indexes and gate_refusals."""
    op.drop_index("ix_lead_desk_compliance", table_name="lead_desk")
    op.drop_index("ix_lead_desk_contact", table_name="lead_desk")
    op.drop_index("ix_lead_desk_forecast", table_name="lead_desk")
    op.drop_table("lead_desk")
    for name, table, _columns in INDEXES:
        op.drop_index(name, table_name=table)
    op.drop_index("ix_gate_refusals_lead", table_name="gate_refusals")
    op.drop_table("gate_refusals")
