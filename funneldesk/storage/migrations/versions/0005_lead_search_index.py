"""Trigram full-text index of the leads' searchable text, kept by triggers (SQLite only).

``lead_search`` is a contentless FTS5 table (trigram tokenizer, SQLite >= 3.34) holding,
for every live lead (``deleted_at IS NULL``), its title, company, contact, e-mail, phone
and the phone's digits. Triggers on ``leads`` keep it in step, so no writer (services,
importer, demo generator, Core inserts in tests) has to know it exists. A contentless
table must be told the old values to forget a row: the triggers pass ``old.*`` through
the same expressions used to index them.

Note for later migrations: an Alembic batch rebuild of ``leads`` drops these triggers
with the old table; such a revision must create them again (``TRIGGERS`` below).

PostgreSQL keeps searching with ILIKE (no structure added).

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23 14:30:00
"""

from __future__ import annotations

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

COLUMNS = "title, company, contact_name, email, phone, phone_digits"
# Must equal browse._PHONE_SEPARATORS: the digits the search compares a phone fragment with.
PHONE_SEPARATORS = (" ", "-", "(", ")", ".", "/", "+")


def _digits(phone: str) -> str:
    expr = f"coalesce({phone}, '')"
    for sep in PHONE_SEPARATORS:
        expr = f"replace({expr}, '{sep}', '')"
    return expr


def _values(row: str) -> str:
    return (
        f"{row}.id, {row}.title, {row}.company, {row}.contact_name, {row}.email, {row}.phone, "
        f"{_digits(row + '.phone')}"
    )


_FORGET_OLD = (
    f"INSERT INTO lead_search(lead_search, rowid, {COLUMNS}) "
    f"SELECT 'delete', {_values('old')} WHERE old.deleted_at IS NULL;"
)
_ADD_NEW = f"INSERT INTO lead_search(rowid, {COLUMNS}) SELECT {_values('new')} WHERE new.deleted_at IS NULL;"

TABLE = (
    f"CREATE VIRTUAL TABLE lead_search USING fts5({COLUMNS}, content='', tokenize='trigram', detail='full')"
)
TRIGGERS = {
    "leads_search_insert": f"CREATE TRIGGER leads_search_insert AFTER INSERT ON leads BEGIN {_ADD_NEW} END",
    "leads_search_update": (
        "CREATE TRIGGER leads_search_update AFTER UPDATE OF id, title, company, contact_name, email, phone, "
        f"deleted_at ON leads BEGIN {_FORGET_OLD} {_ADD_NEW} END"
    ),
    "leads_search_delete": (
        f"CREATE TRIGGER leads_search_delete AFTER DELETE ON leads BEGIN {_FORGET_OLD} END"
    ),
}
FILL = (
    f"INSERT INTO lead_search(rowid, {COLUMNS}) SELECT id, title, company, contact_name, email, phone, "
    f"{_digits('phone')} FROM leads WHERE deleted_at IS NULL"
)


def upgrade() -> None:
    """Create the index, its triggers, and index every live lead (no lead row is touched)."""
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute(TABLE)
    for statement in TRIGGERS.values():
        op.execute(statement)
    op.execute(FILL)


def downgrade() -> None:
    """Drop the triggers and the index."""
    if op.get_bind().dialect.name != "sqlite":
        return
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER {name}")
    op.execute("DROP TABLE lead_search")
