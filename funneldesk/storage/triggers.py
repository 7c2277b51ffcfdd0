"""Triggers that make the history and the audit trail append-only, on both engines."""

from __future__ import annotations

from sqlalchemy import Connection

APPEND_ONLY_TABLES = ("stage_changes", "audit_entries")


def _sqlite_statements(table: str) -> list[str]:
    return [
        f"CREATE TRIGGER {table}_no_{verb.lower()} BEFORE {verb} ON {table} "
        f"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END"
        for verb in ("UPDATE", "DELETE")
    ]


def _postgres_statements(table: str) -> list[str]:
    return [
        f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
        "FOR EACH ROW EXECUTE FUNCTION funneldesk_refuse_change()"
    ]


POSTGRES_FUNCTION = """
CREATE OR REPLACE FUNCTION funneldesk_refuse_change() RETURNS trigger AS $$
BEGIN
    -- No percent-sign format here: psycopg would read it as a bind placeholder.
    RAISE EXCEPTION USING MESSAGE = TG_TABLE_NAME || ' is append-only';
END
$$ LANGUAGE plpgsql
"""


def create_append_only_triggers(conn: Connection) -> None:
    """Refuse UPDATE and DELETE on the stage history and the audit trail."""
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql(POSTGRES_FUNCTION)
        statements = [s for t in APPEND_ONLY_TABLES for s in _postgres_statements(t)]
    else:
        statements = [s for t in APPEND_ONLY_TABLES for s in _sqlite_statements(t)]
    for statement in statements:
        conn.exec_driver_sql(statement)
