"""The desk's rare stage changes get indexes of their own, in place of (how, lead_id).

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-07 22:30:00

lead_desk counts each lead's overrides (how = 'override') and imports past the gate
(how = 'import' with that reason). ix_stage_changes_how_lead held every stage change
(3.57M entries in a 1M demo, all 'manual') to find those few; two partial indexes hold
just them, so building them is one scan of the history (measured on 1M leads: 0.2 s each
against 1.1-1.9 s) and every query that used the old index uses them (tests/storage/
test_migrations.py checks the plans). Only indexes change; no row is touched.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None

TABLE = "stage_changes"
OLD = "ix_stage_changes_how_lead"
PARTIAL = {  # as storage/tables.py PARTIAL_HISTORY, written out: a migration stays as it was
    "ix_stage_changes_overrides": "how = 'override'",
    "ix_stage_changes_past_gate": "how = 'import' AND reason = 'imported past the gate'",
}


def upgrade() -> None:
    """Replace the whole history's (how, lead_id) by the two partial indexes."""
    op.drop_index(OLD, table_name=TABLE)
    for name, rows in PARTIAL.items():
        where = sa.text(rows)
        op.create_index(name, TABLE, ["lead_id", "at"], unique=False, sqlite_where=where, postgresql_where=where)


def downgrade() -> None:
    """Put (how, lead_id) back as 0010 made it."""
    for name in PARTIAL:
        op.drop_index(name, table_name=TABLE)
    op.create_index(OLD, TABLE, ["how", "lead_id"], unique=False)
