"""Retry a whole write transaction after a serialization failure, a deadlock or a busy lock.

PostgreSQL aborts one of two conflicting transactions with SQLSTATE 40001
(serialization_failure) or 40P01 (deadlock_detected) and expects the client to run
it again; the aborted attempt changed nothing. SQLite's "database is locked"
(SQLITE_BUSY) after the whole busy timeout is the same situation: the write lock
was never granted (BEGIN IMMEDIATE), so nothing changed; it was seen here once in
300 moves while the disk was saturated by other fsyncs. A ``with db.write()`` block
cannot be replayed from inside the context manager, so the unit that is retried is
a function that opens its own transaction: a service function taking the Database,
or ``run_write(db, work)``. A dropped connection is not retried here (the engine's
pre-ping recovers it on the next action; whether the lost commit happened is unknown).
"""

from __future__ import annotations

import functools
import logging
import random
import sqlite3
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, ParamSpec, TypeVar

from sqlalchemy.exc import DBAPIError

from funneldesk.domain.errors import DatabaseError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from funneldesk.storage.database import Database

RETRY_SQLSTATES = frozenset({"40001", "40P01"})
SQLITE_BUSY = 5
MAX_RETRIES = 3
BASE_DELAY = 0.05

P = ParamSpec("P")
T = TypeVar("T")
log = logging.getLogger(__name__)


def sqlstate(exc: BaseException) -> str | None:
    """Return the SQLSTATE of a database error (psycopg 3 or 2), or None."""
    orig = exc.orig if isinstance(exc, DBAPIError) else exc
    code = getattr(orig, "sqlstate", None) or getattr(orig, "pgcode", None)
    return str(code) if code else None


def sqlite_busy(exc: BaseException) -> bool:
    """Say whether the error is SQLite's SQLITE_BUSY (any extended code)."""
    orig = exc.orig if isinstance(exc, DBAPIError) else exc
    code = getattr(orig, "sqlite_errorcode", None)
    return isinstance(orig, sqlite3.OperationalError) and code is not None and code & 0xFF == SQLITE_BUSY


def is_retryable(exc: BaseException) -> bool:
    """Say whether the error is a serialization failure, a deadlock or SQLite busy."""
    seen: BaseException | None = exc
    while seen is not None:
        if sqlstate(seen) in RETRY_SQLSTATES or sqlite_busy(seen):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def _pause(attempt: int) -> None:
    time.sleep(BASE_DELAY * (2 ** attempt) * (0.5 + random.random()))


def retrying(func: Callable[P, T]) -> Callable[P, T]:
    """Decorate a function that runs one write transaction: rerun it up to 3 times."""

    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> T:
        attempt = 0
        while True:
            try:
                return func(*args, **kwargs)
            except Exception as exc:
                if not is_retryable(exc):
                    raise
                if attempt >= MAX_RETRIES:
                    raise DatabaseError("the save collided with other users' saves "
                                        f"{attempt + 1} times; nothing was changed, "
                                        "please try again") from exc
                log.info("retrying %s after %s", func.__qualname__, sqlstate(exc) or exc)
                _pause(attempt)
                attempt += 1

    return wrapper


def run_write(db: Database, work: Callable[[Session], T]) -> T:
    """Run ``work(session)`` in one write transaction, retried on 40001/40P01."""

    @retrying
    def attempt() -> T:
        with db.write() as session:
            return work(session)

    return attempt()
