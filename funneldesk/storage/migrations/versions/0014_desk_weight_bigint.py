"""The manager's desk's forecast weight as a 64-bit integer (PostgreSQL).

Revision ID: 0014
Revises: 0012
Create Date: 2026-12-07 14:45:00

forecast_weight is value_minor x probability (percent): a 270,900.00 USD deal at a 100 %
stage is 2,709,000,000, past PostgreSQL's INTEGER, and writing such a lead failed
("integer out of range"). SQLite's INTEGER is already 64-bit: nothing to do there.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0012"
branch_labels = None
depends_on = None


def _postgresql() -> bool:
    return op.get_bind().dialect.name == "postgresql"


def upgrade() -> None:
    """Widen the column in place (every row kept)."""
    if _postgresql():
        op.alter_column("lead_desk", "forecast_weight", type_=sa.BigInteger(), existing_type=sa.Integer())


def downgrade() -> None:
    """Narrow it back (fails, losing nothing, if a weight no longer fits)."""
    if _postgresql():
        op.alter_column("lead_desk", "forecast_weight", type_=sa.Integer(), existing_type=sa.BigInteger())
