"""Bulk writing for the demo: pre-assigned ids, chunked Core executemany, sequence repair.

Rows are plain dicts inserted with ``insert(Table)`` executemany (never ORM objects), so
100,000 leads and their history go in within seconds, inside the caller's one transaction.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Table, func, insert, select, text
from sqlalchemy.orm import Session

from funneldesk.storage.models import Base

CHUNK = 5000


def next_id(session: Session, model: type[Base]) -> int:
    """Return the first free primary key of a table (max(id) + 1)."""
    return int(session.scalar(select(func.coalesce(func.max(model.id), 0))) or 0) + 1  # type: ignore[attr-defined]


def insert_rows(session: Session, model: type[Base], rows: Sequence[dict[str, Any]]) -> None:
    """Insert rows in chunks with Core executemany on the Table (the ORM path splits batches)."""
    table: Table = model.__table__  # type: ignore[assignment]
    for start in range(0, len(rows), CHUNK):
        session.execute(insert(table), list(rows[start : start + CHUNK]))


@contextmanager
def big_cache(session: Session, kib: int = 262144) -> Iterator[None]:
    """On SQLite, give this connection a large page cache while the indexes grow, then restore it.

    Measured: with the default 2 MiB cache, inserting 100,000 leads slowed down as the
    indexes outgrew it.
    """
    if session.get_bind().dialect.name != "sqlite":
        yield
        return
    before = session.execute(text("PRAGMA cache_size")).scalar_one()
    session.execute(text(f"PRAGMA cache_size = -{int(kib)}"))
    try:
        yield
    finally:
        session.execute(text(f"PRAGMA cache_size = {int(before)}"))


def repair_sequence(session: Session, model: type[Base]) -> None:
    """On PostgreSQL, move the id sequence past ids that were inserted explicitly."""
    if session.get_bind().dialect.name != "postgresql":
        return  # SQLite's rowid keys continue from max(id) by themselves
    table = model.__table__.name  # type: ignore[attr-defined]
    session.execute(
        text(
            f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
            f"(SELECT COALESCE(MAX(id), 0) + 1 FROM {table}), false)"
        )
    )
