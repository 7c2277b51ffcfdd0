"""analytics derived tables: lead_progress and stage_stays, filled from the history

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 11:20:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

PROGRESS_INDEXES = {
    "ix_lead_progress_funnel": ["pipeline_id", "furthest_position", "stage_id", "status", "lost_reason_id"],
    "ix_lead_progress_owner_sums": ["pipeline_id", "owner_id", "status", "value_minor", "discount_bp"],
    "ix_lead_progress_channel_sums": ["pipeline_id", "channel_id", "status", "value_minor", "discount_bp"],
    "ix_lead_progress_owner_cycle": ["pipeline_id", "status", "owner_id", "cycle_seconds"],
    "ix_lead_progress_channel_cycle": ["pipeline_id", "status", "channel_id", "cycle_seconds"],
    "ix_lead_progress_created": ["pipeline_id", "created_day", "status"],
    "ix_lead_progress_closed": ["pipeline_id", "closed_day", "status", "value_minor"],
}


def upgrade() -> None:
    """Create the derived tables and fill them from the existing leads and history."""
    op.create_table(
        "lead_progress",
        sa.Column("lead_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("pipeline_id", sa.Integer(), nullable=False),
        sa.Column("stage_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=4), nullable=False),
        sa.Column("furthest_position", sa.Integer(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("channel_id", sa.Integer(), nullable=True),
        sa.Column("persona_id", sa.Integer(), nullable=True),
        sa.Column("temperature", sa.String(length=4), nullable=True),
        sa.Column("lost_reason_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_day", sa.Date(), nullable=False),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.Column("closed_day", sa.Date(), nullable=True),
        sa.Column("cycle_seconds", sa.Integer(), nullable=True),
        sa.Column("stage_entered_at", sa.DateTime(), nullable=False),
        sa.Column("expected_close", sa.Date(), nullable=True),
        sa.Column("value_minor", sa.Integer(), nullable=False),
        sa.Column("discount_bp", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["lead_id"], ["leads.id"], name=op.f("fk_lead_progress_lead_id_leads"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("lead_id", name=op.f("pk_lead_progress")),
    )
    with op.batch_alter_table("lead_progress", schema=None) as batch_op:
        for name, columns in PROGRESS_INDEXES.items():
            batch_op.create_index(name, columns, unique=False)
    op.create_table(
        "stage_stays",
        sa.Column("change_id", sa.Integer(), nullable=False),
        sa.Column("lead_id", sa.Integer(), nullable=False),
        sa.Column("stage_id", sa.Integer(), nullable=False),
        sa.Column("entered_at", sa.DateTime(), nullable=False),
        sa.Column("left_at", sa.DateTime(), nullable=True),
        sa.Column("seconds", sa.Integer(), nullable=True),
        sa.Column("pipeline_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=4), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("channel_id", sa.Integer(), nullable=True),
        sa.Column("persona_id", sa.Integer(), nullable=True),
        sa.Column("temperature", sa.String(length=4), nullable=True),
        sa.Column("created_day", sa.Date(), nullable=False),
        sa.Column("closed_day", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["lead_id"], ["leads.id"], name=op.f("fk_stage_stays_lead_id_leads"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("change_id", name=op.f("pk_stage_stays")),
    )
    with op.batch_alter_table("stage_stays", schema=None) as batch_op:
        batch_op.create_index("ix_stage_stays_lead", ["lead_id"], unique=False)
        batch_op.create_index(
            "ix_stage_stays_stage_seconds", ["pipeline_id", "stage_id", "seconds"], unique=False
        )
    _backfill()


def _backfill() -> None:
    # The rebuild is the same recomputation `funneldesk report rebuild` runs.
    from funneldesk.analytics.derived import rebuild

    rebuild(op.get_bind())


def downgrade() -> None:
    """Drop the derived tables (they hold nothing the history does not)."""
    with op.batch_alter_table("stage_stays", schema=None) as batch_op:
        batch_op.drop_index("ix_stage_stays_stage_seconds")
        batch_op.drop_index("ix_stage_stays_lead")
    op.drop_table("stage_stays")
    with op.batch_alter_table("lead_progress", schema=None) as batch_op:
        for name in PROGRESS_INDEXES:
            batch_op.drop_index(name)
    op.drop_table("lead_progress")
