"""Exchange rates, the reporting currency, and lead_progress amounts in it.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07 13:20:00

``exchange_rates``: one unit of ``currency`` is worth rate_e12 / 10^12 units of
``quote`` (the reporting currency it was given in) from ``valid_from`` on; an exact
integer, as SQLite has no decimal type. The reporting currency is the settings row
``reporting_currency``; by default the currency most leads use (stored by the first
change after the upgrade, so the upgrade itself adds no row). ``lead_progress`` gains
each lead's ``currency`` and ``rep_minor``, its amount in the reporting currency: NULL
for a lead in another currency (no rate exists yet), so sums leave it out until a rate
is set instead of adding unlike money. The money sums indexes carry rep_minor in place
of value_minor. No row or value is lost.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

TABLE = "lead_progress"
SUMS = ("ix_lead_progress_owner_sums", "ix_lead_progress_channel_sums", "ix_lead_progress_closed")
BEFORE = {
    "ix_lead_progress_owner_sums": [
        "pipeline_id", "owner_id", "status", "furthest_position", "value_minor", "discount_bp", "created_day"
    ],
    "ix_lead_progress_channel_sums": [
        "pipeline_id", "channel_id", "status", "value_minor", "discount_bp", "created_day"
    ],
    "ix_lead_progress_closed": ["pipeline_id", "closed_day", "status", "value_minor"],
}
# Partial: only leads with no amount in the reporting currency, so listing them is cheap.
UNCONVERTED = "ix_lead_progress_unconverted"
UNCONVERTED_COLUMNS = [
    "pipeline_id", "status", "owner_id", "channel_id", "currency", "value_minor", "closed_day", "created_day"
]
AFTER = {name: ["rep_minor" if c == "value_minor" else c for c in cols] for name, cols in BEFORE.items()}


def _most_used(bind: sa.Connection) -> str:
    stored = bind.execute(sa.text("SELECT value FROM settings WHERE key = 'reporting_currency'")).scalar()
    most = bind.execute(
        sa.text(
            "SELECT currency FROM leads WHERE deleted_at IS NULL GROUP BY currency "
            "ORDER BY count(*) DESC, currency LIMIT 1"
        )
    ).scalar()
    return str(stored or most or "USD")


def upgrade() -> None:
    """Create exchange_rates; give lead_progress currency and rep_minor; reindex the sums."""
    op.create_table(
        "exchange_rates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("quote", sa.String(length=3), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("rate_e12", sa.BigInteger(), nullable=False),
        sa.CheckConstraint("rate_e12 > 0", name=op.f("ck_exchange_rates_positive")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_rates")),
        sa.UniqueConstraint("currency", "quote", "valid_from", name="uq_exchange_rates_day"),
    )
    for name in SUMS:
        op.drop_index(name, table_name=TABLE)
    with op.batch_alter_table(TABLE, schema=None) as batch_op:
        batch_op.add_column(sa.Column("currency", sa.String(length=3), nullable=False, server_default="USD"))
        batch_op.add_column(sa.Column("rep_minor", sa.BigInteger(), nullable=True))
    with op.batch_alter_table(TABLE, schema=None) as batch_op:
        batch_op.alter_column("currency", existing_type=sa.String(length=3), server_default=None)
    bind = op.get_bind()
    bind.execute(
        sa.text(
            "UPDATE lead_progress SET "
            "currency = (SELECT leads.currency FROM leads WHERE leads.id = lead_progress.lead_id)"
        )
    )
    bind.execute(
        sa.text("UPDATE lead_progress SET rep_minor = value_minor WHERE currency = :base"),
        {"base": _most_used(bind)},
    )
    for name, columns in AFTER.items():
        op.create_index(name, TABLE, columns, unique=False)
    where = sa.text("rep_minor IS NULL")
    op.create_index(
        UNCONVERTED, TABLE, UNCONVERTED_COLUMNS, unique=False, sqlite_where=where, postgresql_where=where
    )


def downgrade() -> None:
    """Drop the rates and lead_progress's currency columns; restore the 0007 indexes."""
    op.drop_index(UNCONVERTED, table_name=TABLE)
    for name in SUMS:
        op.drop_index(name, table_name=TABLE)
    with op.batch_alter_table(TABLE, schema=None) as batch_op:
        batch_op.drop_column("rep_minor")
        batch_op.drop_column("currency")
    for name, columns in BEFORE.items():
        op.create_index(name, TABLE, columns, unique=False)
    op.drop_table("exchange_rates")
