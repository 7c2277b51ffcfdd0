"""Engines and transactions for SQLite (the embedded default) and PostgreSQL (team mode).

SQLite connections get WAL, foreign keys, a busy timeout and synchronous=FULL on
connect. pysqlite's own transaction handling is switched off (SQLAlchemy's
documented recipe) so that FunnelDesk emits ``BEGIN IMMEDIATE`` for every write:
a deferred BEGIN lets a read-then-write transaction skip the busy timeout and lose
updates to a concurrent writer.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeAlias

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.pool import ConnectionPoolEntry

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    # What a read-only query runs on: an ORM session or a bare Core connection
    # (Database.query: reports, scoping and sign-in never load the ORM, issue 15).
    Reader: TypeAlias = Session | Connection

BUSY_TIMEOUT_MS = 10_000
SQLITE_BEGIN_OPTION = "funneldesk_begin"


def normalise_url(target: str | os.PathLike[str]) -> str:
    """Turn a file path or a database URL into an SQLAlchemy URL string."""
    text = os.fspath(target)
    if "://" in text:
        url = make_url(text)
        if url.drivername in ("postgresql", "postgres"):
            url = url.set(drivername="postgresql+psycopg")
        return url.render_as_string(hide_password=False)
    return f"sqlite:///{Path(text).expanduser().resolve()}"


def is_sqlite(url: str) -> bool:
    """Say whether the URL names an SQLite database."""
    return url.startswith("sqlite")


def sqlite_path(url: str) -> Path | None:
    """Return the file behind an SQLite URL, or None for other engines and memory."""
    if not is_sqlite(url):
        return None
    database = make_url(url).database
    return Path(database) if database and database != ":memory:" else None


INT64 = 2**63


def product_rounded(a: int | None, b: int | None, divisor: int | None) -> int | float | None:
    """Return a x b / divisor rounded half away from zero, exactly (SQL: fd_product_rounded).

    SQLite has no decimal and a double misses exact halves once a x b passes 2^53
    (308,425.00 EUR x 1.1258 = 347,224.865 USD came out .86): Python's integers are exact.
    """
    if a is None or b is None or divisor is None:
        return None
    whole, rest = divmod(abs(int(a)) * abs(int(b)), abs(int(divisor)))
    whole += 2 * rest >= abs(int(divisor))
    signed = -whole if (a < 0) ^ (b < 0) ^ (divisor < 0) else whole
    return signed if -INT64 <= signed < INT64 else float(signed)  # past 64 bits: as a double did


def _on_sqlite_connect(dbapi_connection: sqlite3.Connection, _record: ConnectionPoolEntry) -> None:
    # Autocommit at the driver level: SQLAlchemy's begin event emits BEGIN itself.
    dbapi_connection.isolation_level = None
    dbapi_connection.create_function("fd_product_rounded", 3, product_rounded, deterministic=True)
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA synchronous = FULL")
    finally:
        cursor.close()


def _on_sqlite_begin(conn: Connection) -> None:
    mode = conn.get_execution_options().get(SQLITE_BEGIN_OPTION, "DEFERRED")
    conn.exec_driver_sql(f"BEGIN {mode}")


def create_sqlite_engine(url: str, **kwargs: Any) -> Engine:
    """Create an SQLite engine with FunnelDesk's pragmas and explicit BEGIN."""
    engine = create_engine(url, **kwargs)
    event.listen(engine, "connect", _on_sqlite_connect)
    event.listen(engine, "begin", _on_sqlite_begin)
    return engine


def create_postgres_engine(url: str, **kwargs: Any) -> Engine:
    """Create a PostgreSQL engine that survives dropped connections (pre-ping)."""
    return create_engine(url, pool_pre_ping=True, **kwargs)


def make_engine(url: str, **kwargs: Any) -> Engine:
    """Create the right engine for the URL."""
    if is_sqlite(url):
        return create_sqlite_engine(url, **kwargs)
    return create_postgres_engine(url, **kwargs)


def writer(engine: Engine) -> Engine:
    """Return a view of the engine whose transactions take the write lock at BEGIN."""
    if engine.dialect.name != "sqlite":
        return engine
    return engine.execution_options(**{SQLITE_BEGIN_OPTION: "IMMEDIATE"})


def dialect_of(executor: Any) -> str:
    """Return the dialect name ('sqlite' or 'postgresql') behind a session or a Core connection."""
    bind = executor if isinstance(executor, Connection) else executor.get_bind()
    return str(bind.dialect.name)
