"""Covering index on stage_stays for time in stage under a created range.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23 13:15:00
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

COLUMNS = ["pipeline_id", "created_day", "stage_id", "owner_id", "seconds"]


def upgrade() -> None:
    """Add the index (plain CREATE INDEX: no table rebuild, no row touched)."""
    op.create_index("ix_stage_stays_created", "stage_stays", COLUMNS, unique=False)


def downgrade() -> None:
    """Drop the index."""
    op.drop_index("ix_stage_stays_created", table_name="stage_stays")
