"""Connection settings for the demo's one big write transaction on SQLite, and their undoing.

Two per-connection settings cost the bulk load much and protect it little, and both can
only change outside a transaction, so they are set just before the demo's BEGIN and put
back when the connection returns to the pool:

- ``foreign_keys = OFF``: every inserted row looked its parents up (four lookups per
  stage change, six per lead), though every id the demo writes comes from rows it has
  just read or written (``tests/demo/test_derived.py`` runs ``foreign_key_check``).
- ``ignore_check_constraints = ON``: a CHECK of the form ``x IN ('a', 'b', ...)``
  (leads.temperature, stage_changes.how) builds its list afresh for every row of an
  ``executemany``: 2 µs a row, more than the insert itself. The demo's values come from
  fixed tuples; the same test checks every row against the constraints afterwards.
- ``journal_mode = DELETE``: in WAL mode every page of the new data (3 GB at 1M leads)
  is written twice, to the WAL and again at the checkpoint. A rollback journal keeps
  the same all-or-nothing guarantee (a crash or Ctrl+C rolls back to the file as it
  was) and writes the new pages once. It can only change while no other connection
  has the file open; otherwise the load simply stays in WAL mode.

``synchronous``, ``cache_size`` (see ``bulk.big_cache``) and the temp store are not
touched beyond that: the commit is as durable as any other.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, event

from funneldesk.storage.database import Database
from funneldesk.storage.engine import BUSY_TIMEOUT_MS, SQLITE_BEGIN_OPTION


@contextmanager
def load_settings(db: Database) -> Iterator[None]:
    """Around ``db.write()`` of a demo: its transaction runs without FK lookups, with a rollback journal."""
    if db.dialect != "sqlite":
        yield
        return
    thread = threading.get_ident()
    changed: list[Any] = []  # the DBAPI connection whose settings were changed

    def after_begin(conn: Connection) -> None:
        if changed or threading.get_ident() != thread:
            return
        raw = conn.connection.dbapi_connection
        assert raw is not None
        # The engine's own listener has just sent BEGIN; nothing was read or written yet,
        # so end that empty transaction, change the settings, and begin again the same way.
        if raw.in_transaction:
            raw.execute("COMMIT")
        raw.execute("PRAGMA foreign_keys = OFF")
        raw.execute("PRAGMA ignore_check_constraints = ON")
        _rollback_journal(raw)
        changed.append(raw)
        raw.execute(f"BEGIN {conn.get_execution_options().get(SQLITE_BEGIN_OPTION, 'DEFERRED')}")

    def on_checkin(dbapi_connection: Any, _record: Any) -> None:
        if changed and dbapi_connection is changed[0]:
            restore(dbapi_connection)

    engine, pool = db.engine, db.engine.pool
    event.listen(engine, "begin", after_begin)
    event.listen(pool, "checkin", on_checkin)
    try:
        yield
    finally:
        event.remove(engine, "begin", after_begin)
        event.remove(pool, "checkin", on_checkin)


def _rollback_journal(raw: Any) -> None:
    """Switch to a rollback journal if no other connection has the file open; else stay in WAL."""
    raw.execute("PRAGMA busy_timeout = 0")  # another reader (the window's) holds it: do not wait
    try:
        raw.execute("PRAGMA journal_mode = DELETE")
    except sqlite3.OperationalError:
        pass  # "database is locked": the load runs in WAL mode, as safe, only slower
    finally:
        raw.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")


def restore(raw: Any) -> None:
    """Put a connection's settings back as ``engine._on_sqlite_connect`` made them."""
    raw.execute("PRAGMA journal_mode = WAL")
    raw.execute("PRAGMA foreign_keys = ON")
    raw.execute("PRAGMA ignore_check_constraints = OFF")
