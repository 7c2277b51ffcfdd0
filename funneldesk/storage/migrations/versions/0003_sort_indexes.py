"""Indexes on every column the leads table sorts by.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 11:50:00
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

INDEXES = {
    "ix_leads_contact_name": "contact_name",
    "ix_leads_email": "email",
    "ix_leads_phone": "phone",
    "ix_leads_temperature": "temperature",
    "ix_leads_expected_close": "expected_close",
    "ix_leads_next_action": "next_action",
    "ix_leads_stage_entered_at": "stage_entered_at",
}


def upgrade() -> None:
    """Add the sort indexes (plain CREATE INDEX: no table rebuild, no row touched)."""
    for name, column in INDEXES.items():
        op.create_index(name, "leads", [column], unique=False)


def downgrade() -> None:
    """Drop the sort indexes."""
    for name in INDEXES:
        op.drop_index(name, table_name="leads")
