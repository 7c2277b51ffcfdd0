"""Report indexes that also cover a created range (the dashboard's period presets).

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23 14:40:00

ix_lead_progress_created now carries every column the count reports read, so a
funnel, manager or channel table over a created range scans only that range, with no
table lookups. The sales-cycle and time-in-stage rank indexes end in created_day so a
median under a created range is still an index walk; ix_stage_stays_stage_day counts
each stage's stays in a range without visiting the rest.
"""

from __future__ import annotations

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

CREATED_COVER = [
    "pipeline_id",
    "created_day",
    "status",
    "owner_id",
    "channel_id",
    "furthest_position",
    "stage_id",
    "lost_reason_id",
    "cycle_seconds",
    "value_minor",
    "discount_bp",
]
# name -> (table, columns before, columns after)
CHANGED = {
    "ix_lead_progress_created": ("lead_progress", ["pipeline_id", "created_day", "status"], CREATED_COVER),
    "ix_lead_progress_owner_cycle": (
        "lead_progress",
        ["pipeline_id", "status", "owner_id", "cycle_seconds"],
        ["pipeline_id", "status", "owner_id", "cycle_seconds", "created_day"],
    ),
    "ix_lead_progress_channel_cycle": (
        "lead_progress",
        ["pipeline_id", "status", "channel_id", "cycle_seconds"],
        ["pipeline_id", "status", "channel_id", "cycle_seconds", "created_day"],
    ),
    "ix_stage_stays_stage_seconds": (
        "stage_stays",
        ["pipeline_id", "stage_id", "seconds"],
        ["pipeline_id", "stage_id", "seconds", "created_day"],
    ),
}
STAGE_DAY = ["pipeline_id", "stage_id", "created_day", "seconds"]


def upgrade() -> None:
    """Widen the report indexes and add ix_stage_stays_stage_day (indexes only, no row touched)."""
    for name, (table, _, after) in CHANGED.items():
        op.drop_index(name, table_name=table)
        op.create_index(name, table, after, unique=False)
    op.create_index("ix_stage_stays_stage_day", "stage_stays", STAGE_DAY, unique=False)


def downgrade() -> None:
    """Restore the 0005 indexes."""
    op.drop_index("ix_stage_stays_stage_day", table_name="stage_stays")
    for name, (table, before, _) in CHANGED.items():
        op.drop_index(name, table_name=table)
        op.create_index(name, table, before, unique=False)
