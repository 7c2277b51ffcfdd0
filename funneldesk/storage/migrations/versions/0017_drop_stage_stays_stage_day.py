"""Drop ix_stage_stays_stage_day: the other stays indexes serve every query it served.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-07 22:10:00

(pipeline_id, stage_id, created_day, seconds) counted each stage's stays under a created
range (0006). Time in stage now counts them per (day, stage), an in-order walk of the
range in ix_stage_stays_created; the reads filtered on owners or channels with no range
(time in stage ranked by windows, the flow funnel) are steered to that index too
(timing.created_walk). Measured on 1M leads (3.57M stays), before/after paired: the
dashboard and time-in-stage reports 0.91-1.02x, the filtered ones with no range
0.30-0.82x; building the index took 2.9 s of every demo and rebuild, and 94 MB (issue 15).
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
