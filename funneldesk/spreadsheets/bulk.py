"""Bulk writes through the DBAPI cursor inside the session's transaction.

Measured for the issue: ORM objects per row cost 9-47x a raw executemany, SQLAlchemy
Core 3.3x; so rows go to ``cursor.executemany`` directly, with datetimes rendered by
``isoformat`` in exactly the text form SQLAlchemy's SQLite DateTime type reads back.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager, nullcontext
from datetime import datetime
from typing import Any

from sqlalchemy import Date, DateTime, Table, func, select
from sqlalchemy.orm import Session

Row = Sequence[Any]
# Rows per executemany: big enough that the per-call cost vanishes, small enough that the
# driver-ready copies of a 100k-row import never sit in memory all at once.
CHUNK = 10_000


def _temporal_positions(table: Table, columns: Sequence[str]) -> list[int]:
    return [i for i, name in enumerate(columns)
            if isinstance(table.c[name].type, DateTime | Date)]


def _adapter(session: Session, table: Table, columns: Sequence[str]) -> Callable[[Row], Row]:
    if session.get_bind().dialect.name != "sqlite":
        return tuple
    positions = _temporal_positions(table, columns)

    def adapt(row: Row) -> Row:
        # Only the date/time columns need work: converting them by position is 5x
        # cheaper than inspecting every value's type.
        values = list(row)
        for i in positions:
            value = values[i]
            if isinstance(value, datetime):
                values[i] = value.isoformat(" ", "microseconds")
            elif value is not None:
                values[i] = value.isoformat()
        return tuple(values)

    return adapt


def _placeholder(session: Session) -> str:
    return "?" if session.get_bind().dialect.name == "sqlite" else "%s"


def insert_rows(session: Session, table: Table, columns: Sequence[str], rows: Sequence[Row]) -> None:
    """Insert many rows (values in ``columns`` order) with one executemany."""
    if not rows:
        return
    marks = ", ".join([_placeholder(session)] * len(columns))
    sql = f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES ({marks})"
    adapt = _adapter(session, table, columns)
    connection = session.connection()
    for start in range(0, len(rows), CHUNK):
        connection.exec_driver_sql(sql, [adapt(r) for r in rows[start : start + CHUNK]])


def update_rows(session: Session, table: Table, columns: Sequence[str], rows: Sequence[Row]) -> None:
    """Update rows by id: each row holds the ``columns`` values followed by the id."""
    if not rows:
        return
    mark = _placeholder(session)
    sets = ", ".join(f"{c} = {mark}" for c in columns)
    sql = f"UPDATE {table.name} SET {sets}, version = version + 1 WHERE id = {mark}"
    adapt = _adapter(session, table, [*columns, "id"])
    session.connection().exec_driver_sql(sql, [adapt(r) for r in rows])


def next_ids(session: Session, table: Table, count: int) -> list[int]:
    """Reserve ``count`` ids after the current maximum (we hold the write lock)."""
    if session.get_bind().dialect.name == "postgresql":
        # SQLite's BEGIN IMMEDIATE already excludes other writers; PostgreSQL needs this.
        session.connection().exec_driver_sql(f"LOCK TABLE {table.name} IN EXCLUSIVE MODE")
    top = session.scalar(select(func.coalesce(func.max(table.c.id), 0))) or 0
    return list(range(top + 1, top + 1 + count))


def sync_sequence(session: Session, table: Table) -> None:
    """On PostgreSQL, move the id sequence past explicitly inserted ids."""
    if session.get_bind().dialect.name != "postgresql":
        return
    session.connection().exec_driver_sql(
        f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
        f"(SELECT COALESCE(MAX(id), 1) FROM {table.name}))"
    )


def indexes_deferred(session: Session, leads: Table, new_ids: list[int]) -> AbstractContextManager[None]:
    """Load many new leads into an empty or small database with their tables' indexes off.

    The demo's ``bulk_load``: secondary indexes and the search trigger are rebuilt once,
    set-wise, in the same transaction. Only when the new leads outnumber the existing
    ones; otherwise rebuilding indexes over the existing rows would cost more, and only
    the search trigger is taken off (``search_replayed``).
    """
    from funneldesk.storage.bulk_load import BULK_ABOVE, bulk_load, search_replayed

    if not new_ids:
        return nullcontext()
    existing = new_ids[0] - 1  # ids are reserved after max(id)
    if len(new_ids) < BULK_ABOVE or len(new_ids) < existing:
        # The indexes stay; the search index takes the new leads in one statement.
        return search_replayed(session, (leads.name,), {leads.name: new_ids[0]})
    return bulk_load(session, (leads.name, "stage_changes", "audit_entries"),
                     {leads.name: new_ids[0]}, len(new_ids))
