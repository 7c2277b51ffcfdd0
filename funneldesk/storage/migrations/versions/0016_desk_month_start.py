"""lead_desk again for the leads with a stage change at exactly midnight on a 1st (SQLite).

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-07 20:40:00

The forecast takes the stage a lead was in at the start of its expected-close month. On
SQLite that start was written 'YYYY-MM-01 00:00:00' while stored times read
'YYYY-MM-01 00:00:00.000000', so a change made exactly at that midnight counted as made
after it (PostgreSQL compared it equal, as it is). The rule now writes the start as a
stored time (analytics.desk_derived.month_start); the leads it can change are refreshed
here, by the same recomputation every writer runs. No other row is touched.
"""

from __future__ import annotations

from alembic import op
from sqlalchemy import text

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None

AT_MIDNIGHT_ON_A_FIRST = text(
    "SELECT DISTINCT lead_id FROM stage_changes WHERE substr(at, 9, 11) = '01 00:00:00' "
    "AND (length(at) = 19 OR substr(at, 20) = '.000000') ORDER BY lead_id"
)


def upgrade() -> None:
    """Recompute lead_desk for the leads the old month start could misplace."""
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    from funneldesk.analytics.desk_derived import refresh

    ids = [int(lead_id) for (lead_id,) in bind.execute(AT_MIDNIGHT_ON_A_FIRST)]
    refresh(bind, ids)


def downgrade() -> None:
    """Nothing to undo: the rows hold what the rule computes."""
