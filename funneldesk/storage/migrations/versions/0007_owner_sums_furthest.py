"""The owners' sums index also carries each lead's furthest stage.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06 03:30:00

One index-only walk of ix_lead_progress_owner_sums, grouped by owner, status and
furthest position, now answers both the manager table and the conversion by employee
and stage (which sorted every lead of the range on its own before).
"""

from __future__ import annotations

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

NAME, TABLE = "ix_lead_progress_owner_sums", "lead_progress"
BEFORE = ["pipeline_id", "owner_id", "status", "value_minor", "discount_bp", "created_day"]
AFTER = ["pipeline_id", "owner_id", "status", "furthest_position", "value_minor", "discount_bp", "created_day"]


def upgrade() -> None:
    """Put furthest_position into the owners' sums index (an index only, no row touched)."""
    op.drop_index(NAME, table_name=TABLE)
    op.create_index(NAME, TABLE, AFTER, unique=False)


def downgrade() -> None:
    """Restore the 0006 index."""
    op.drop_index(NAME, table_name=TABLE)
    op.create_index(NAME, TABLE, BEFORE, unique=False)
