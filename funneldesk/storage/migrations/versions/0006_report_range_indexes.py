"""Report indexes that also cover a created range (the dashboard's period presets).

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23 14:40:00

Every index a count report or a median reads ends in created_day, so under a created
range the report is still an index-only walk in its GROUP BY or rank order (no table
lookups, no sort); ix_stage_stays_stage_day counts each stage's stays in a range
without visiting the rest.
"""

from __future__ import annotations

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

# name -> (table, columns before); each gains created_day at the end
CHANGED = {
    "ix_lead_progress_funnel": (
        "lead_progress",
        ["pipeline_id", "furthest_position", "stage_id", "status", "lost_reason_id"],
    ),
    "ix_lead_progress_owner_sums": (
        "lead_progress",
        ["pipeline_id", "owner_id", "status", "value_minor", "discount_bp"],
    ),
    "ix_lead_progress_channel_sums": (
        "lead_progress",
        ["pipeline_id", "channel_id", "status", "value_minor", "discount_bp"],
    ),
    "ix_lead_progress_owner_cycle": ("lead_progress", ["pipeline_id", "status", "owner_id", "cycle_seconds"]),
    "ix_lead_progress_channel_cycle": (
        "lead_progress",
        ["pipeline_id", "status", "channel_id", "cycle_seconds"],
    ),
    "ix_stage_stays_stage_seconds": ("stage_stays", ["pipeline_id", "stage_id", "seconds"]),
}
STAGE_DAY = ["pipeline_id", "stage_id", "created_day", "seconds"]


def upgrade() -> None:
    """End the report indexes in created_day, add ix_stage_stays_stage_day (indexes only, no row touched)."""
    for name, (table, before) in CHANGED.items():
        op.drop_index(name, table_name=table)
        op.create_index(name, table, [*before, "created_day"], unique=False)
    op.create_index("ix_stage_stays_stage_day", "stage_stays", STAGE_DAY, unique=False)


def downgrade() -> None:
    """Restore the 0005 indexes."""
    op.drop_index("ix_stage_stays_stage_day", table_name="stage_stays")
    for name, (table, before) in CHANGED.items():
        op.drop_index(name, table_name=table)
        op.create_index(name, table, before, unique=False)
