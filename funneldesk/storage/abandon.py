"""Give up a running SQLite read as soon as its answer is no longer wanted.

The window runs its reads one at a time on one database thread. A search that cannot use
the trigram index (one or two characters) scans every lead: ~0.5 s at 1M leads. Typed on,
the next keystroke's query used to wait behind it; skipping queries that had not started
was not enough. Here SQLite itself asks, every few thousand steps of its virtual machine,
whether the caller still wants the answer (``sqlite3.Connection.set_progress_handler``),
and stops the statement when not, within about a millisecond.

PostgreSQL reads are not interrupted (their searches use indexes there).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from sqlalchemy.exc import OperationalError

from funneldesk.domain.errors import Abandoned

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

# SQLite virtual-machine steps between two looks at the caller's flag: well under a
# millisecond of work, and a Python call each time that costs ~0.1 % of a scan.
CHECK_EVERY_STEPS = 20_000
_SQLITE_INTERRUPT = 9


@contextmanager
def abandoned_when(session: Session, unwanted: Callable[[], bool] | None) -> Iterator[None]:
    """Within the block, stop the session's SQLite statements once ``unwanted()`` says so.

    A statement so stopped raises ``Abandoned``; without ``unwanted`` (or on PostgreSQL)
    nothing changes.
    """
    if unwanted is None or session.get_bind().dialect.name != "sqlite":
        yield
        return
    raw = session.connection().connection.dbapi_connection
    assert isinstance(raw, sqlite3.Connection)
    raw.set_progress_handler(lambda: 1 if unwanted() else 0, CHECK_EVERY_STEPS)
    try:
        yield
    except OperationalError as exc:
        if _interrupted(exc.orig) and unwanted():
            raise Abandoned("the read was no longer wanted (a newer one replaced it)") from exc
        raise
    finally:
        raw.set_progress_handler(None, CHECK_EVERY_STEPS)


def _interrupted(error: BaseException | None) -> bool:
    """Say whether a driver error is SQLite's "interrupted"."""
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None:
        return bool((code & 0xFF) == _SQLITE_INTERRUPT)
    return "interrupted" in str(error).lower()
