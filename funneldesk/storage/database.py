"""The Database object: one engine, migrated on open, handing out one-transaction sessions.

Opening an SQLite file costs the same at any size: a 100-byte header read and the
state file (see ``health.OpenState``) decide whether the full scan is due, and it is
due only after an unclean close, a change by another program, or reported damage.
``check`` says what happens then: ``"now"`` scans before returning (the default, and
always when a migration is due), ``"defer"`` returns at once with writes held until
``run_pending_check`` passes (the window runs it on a thread once it is on screen; a
write that comes first runs it itself, or waits for the one under way),
``"skip"`` never scans (scripted commands; the scan stays due for the next window or
``funneldesk check``). Whatever the mode, SQLite reporting corruption on any
statement stops every later write of this object and makes the next open scan.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from sqlalchemy import Connection, Engine, event
from sqlalchemy.engine import ExceptionContext

from funneldesk.storage.engine import make_engine, normalise_url, sqlite_path, writer
from funneldesk.storage.health import (
    DamagedFile,
    OpenState,
    damage_found,
    damaged_error,
    header_problem,
)
from funneldesk.storage.migrate import HEAD_REVISION, UpgradeNotice, upgrade_if_needed

if TYPE_CHECKING:  # the ORM loads on the first session: a report on ``query()`` never needs it
    from sqlalchemy.orm import Session, sessionmaker

CheckMode = Literal["now", "defer", "skip"]
# SQLITE_CORRUPT and SQLITE_NOTADB (primary codes; extended codes keep them in the low byte).
_CORRUPTION_CODES = frozenset({11, 26})


def _stored_revision(path: Path) -> str | None:
    """Read the schema revision through a read-only connection (one page, any file size)."""
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error:
        return None
    return str(row[0]) if row else None


def is_corruption(exc: BaseException) -> bool:
    """Say whether a driver error means the file is damaged (not merely busy or misused)."""
    if not isinstance(exc, sqlite3.DatabaseError):
        return False
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return (code & 0xFF) in _CORRUPTION_CODES
    text = str(exc).lower()
    return "malformed" in text or "not a database" in text


class Database:
    """A FunnelDesk database; thread-safe, each session is used by one thread only."""

    def __init__(self, target: str | os.PathLike[str], *, migrate: bool = True,
                 check: CheckMode = "now", announce: Callable[[UpgradeNotice], None] | None = None) -> None:
        """Open (creating, upgrading) the database; ``announce`` hears of a starting upgrade."""
        self.url = normalise_url(target)
        path = sqlite_path(self.url)
        self.damage: DamagedFile | None = None
        self._verified = threading.Event()
        self._verified.set()
        self._scan_lock = threading.Lock()
        self._state: OpenState | None = None
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._open_state(path, check, migrate)
        try:
            self.engine: Engine = make_engine(self.url)
            if path is not None:
                event.listen(self.engine, "handle_error", self._on_error)
            self.migration_backup: Path | None = (
                upgrade_if_needed(self.engine, announce=announce) if migrate else None
            )
        except BaseException:
            self._release_state()
            raise

    @cached_property
    def _reader(self) -> sessionmaker[Session]:
        from sqlalchemy.orm import sessionmaker

        return sessionmaker(bind=self.engine, expire_on_commit=False)

    @cached_property
    def _writer(self) -> sessionmaker[Session]:
        from sqlalchemy.orm import sessionmaker

        return sessionmaker(bind=writer(self.engine), expire_on_commit=False)

    def _open_state(self, path: Path, check: CheckMode, migrate: bool) -> None:
        """Decide, in time independent of the file's size, whether the full scan runs now."""
        state = OpenState(path)
        self._state = state
        empty = not path.is_file() or path.stat().st_size == 0
        try:
            problem = header_problem(path) if not empty else None
            if problem is not None:
                state.damaged(problem)
                raise damaged_error(path, [problem])
            if empty:
                state.verified()
            elif state.due:
                migrating = migrate and _stored_revision(path) != HEAD_REVISION
                # A file found damaged before is scanned again whatever the mode: it is
                # refused (and the backup offered) until it is replaced or passes.
                if check == "now" or migrating or state.known_damaged:
                    self._scan(path)  # read-only: a damaged file is refused before anything writes
                elif check == "defer":
                    self._verified.clear()
        except BaseException:
            self._release_state()
            raise

    def _scan(self, path: Path) -> list[str]:
        problems = damage_found(path)
        if problems:
            self._mark_damaged(damaged_error(path, problems))
            raise self.damage  # type: ignore[misc]
        if self._state is not None:
            self._state.verified()
        return problems

    def _mark_damaged(self, error: DamagedFile) -> None:
        self.damage = error
        if self._state is not None:
            self._state.damaged(str(error))
        self._verified.set()  # held writes wake up, and refuse

    def _on_error(self, context: ExceptionContext) -> None:
        """Turn SQLite's corruption errors into DamagedFile and stop this object writing."""
        original = context.original_exception
        path = self.path
        if path is None or not is_corruption(original):
            return
        if self.damage is None:
            self._mark_damaged(damaged_error(path, [str(original)]))
        raise self.damage from original  # type: ignore[misc]

    @property
    def check_pending(self) -> bool:
        """Say whether a deferred full scan has yet to pass (writes wait for it)."""
        return not self._verified.is_set()

    def run_pending_check(self) -> list[str]:
        """Run the deferred full scan (any thread); release held writes; return the problems."""
        path = self.path
        if path is None or not self.check_pending:
            return [] if self.damage is None else [str(self.damage)]
        with self._scan_lock:  # a write that arrives first runs it; later ones wait for it
            if not self.check_pending:
                return [] if self.damage is None else [str(self.damage)]
            try:
                self._scan(path)
            except DamagedFile as exc:
                return [str(exc)]
            finally:
                self._verified.set()
        return []

    def note_verified(self, seen: list[int] | None = None) -> None:
        """Record that a full check (``funneldesk check``, a backup's check of its copy) found the file whole.

        ``seen`` is the file's fingerprint when the check is known to have seen exactly that content.
        """
        if self.damage is None and self._state is not None:
            self._state.verified(seen)
            self._verified.set()

    def note_damaged(self, problems: list[str]) -> DamagedFile:
        """Record damage found outside a statement (a backup's copy failed its check); stop writing."""
        path = self.path
        if self.damage is None and path is not None:
            self._mark_damaged(damaged_error(path, problems))
        assert self.damage is not None
        return self.damage

    @property
    def path(self) -> Path | None:
        """Return the SQLite file, or None in team mode."""
        return sqlite_path(self.url)

    @property
    def dialect(self) -> str:
        """Return 'sqlite' or 'postgresql'."""
        return self.engine.dialect.name

    @property
    def display_name(self) -> str:
        """Return a short name for window titles: the file name or the server database."""
        path = self.path
        if path is not None:
            return path.name
        url = self.engine.url
        return f"{url.database}@{url.host}"

    @contextmanager
    def write(self) -> Iterator[Session]:
        """Yield a session in one write transaction, committed on success, rolled back on error.

        Runs (or waits for) a deferred full scan first; refuses once the file is known damaged.
        """
        if self.check_pending:
            self.run_pending_check()
        if self.damage is not None:
            raise self.damage
        with self._writer() as session, session.begin():
            yield session

    @contextmanager
    def read(self, unwanted: Callable[[], bool] | None = None) -> Iterator[Session]:
        """Yield a session for reading; it never commits.

        ``unwanted``: asked while SQLite works; once it says True the statement stops and
        ``Abandoned`` is raised (``storage/abandon.py``).
        """
        from funneldesk.storage.abandon import abandoned_when

        with self._reader() as session:
            try:
                with abandoned_when(session, unwanted):
                    yield session
            finally:
                session.rollback()

    @contextmanager
    def query(self) -> Iterator[Connection]:
        """Yield a Core connection for reading in one transaction; it never commits.

        For reads that need no ORM objects (reports, scoping, sign-in): ``execute``,
        ``scalar`` and ``scalars`` work as on a session, without importing the ORM.
        """
        with self.engine.connect() as conn:
            try:
                yield conn
            finally:
                conn.rollback()

    def _release_state(self) -> None:
        if self._state is not None:
            self._state.release()
            self._state = None

    def close(self) -> None:
        """Close every pooled connection; the last FunnelDesk process out marks the file clean."""
        self.engine.dispose()
        self._release_state()
