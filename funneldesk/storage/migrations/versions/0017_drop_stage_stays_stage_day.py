"""Drop ix_stage_stays_stage_day: the other stays indexes serve every query it served.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-07 22:10:00

(pipeline_id, stage_id, created_day, seconds) counted each stage's stays under a created
range (0006). Time in stage now counts them per (day, stage), an in-order walk of the
range in ix_stage_stays_created; its other readers (no created range, or a filter on an
owner or channel) take ix_stage_stays_stage_seconds with the same plan. Measured on 1M
leads: the reports within their time before, and every demo or rebuild ~2.7 s shorter
(the index had 3.57M entries to sort; issue 15).
"""

from __future__ import annotations

from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None

NAME, TABLE = "ix_stage_stays_stage_day", "stage_stays"
COLUMNS = ["pipeline_id", "stage_id", "created_day", "seconds"]


def upgrade() -> None:
    """Drop the index if it is there (an index only, no row touched)."""
    op.execute(f"DROP INDEX IF EXISTS {NAME}")


def downgrade() -> None:
    """Put the index back as 0006 made it."""
    op.create_index(NAME, TABLE, COLUMNS, unique=False)
