"""Stage stays by when they were entered: the flow funnel's date range is an index walk.

Revision ID: 0013
Revises: 0007
Create Date: 2026-12-07 13:30:00

The flow basis counts the leads that entered a stage in the date range; without an
index on entered_at it read every stay (100k leads, one month: 473 -> 54 ms).
"""

from __future__ import annotations

from alembic import op

revision = "0013"
down_revision = "0010"
branch_labels = None
depends_on = None

NAME, TABLE = "ix_stage_stays_entered", "stage_stays"
COLUMNS = ["pipeline_id", "entered_at", "stage_id", "lead_id"]


def upgrade() -> None:
    """Add the index (an index only, no row touched)."""
    op.create_index(NAME, TABLE, COLUMNS, unique=False)


def downgrade() -> None:
    """Drop the index."""
    op.drop_index(NAME, table_name=TABLE)
