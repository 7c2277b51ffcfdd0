"""The Database object: one engine, migrated on open, handing out one-transaction sessions."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from funneldesk.storage.engine import make_engine, normalise_url, sqlite_path, writer
from funneldesk.storage.health import startup_check
from funneldesk.storage.migrate import upgrade_if_needed


class Database:
    """A FunnelDesk database; thread-safe, each session is used by one thread only."""

    def __init__(self, target: str | os.PathLike[str], *, migrate: bool = True) -> None:
        self.url = normalise_url(target)
        path = sqlite_path(self.url)
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            startup_check(path)  # read-only: a damaged file is refused before anything writes
        self.engine: Engine = make_engine(self.url)
        self.migration_backup: Path | None = upgrade_if_needed(self.engine) if migrate else None
        self._reader = sessionmaker(bind=self.engine, expire_on_commit=False)
        self._writer = sessionmaker(bind=writer(self.engine), expire_on_commit=False)

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
        """Yield a session in one write transaction, committed on success, rolled back on error."""
        with self._writer() as session, session.begin():
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        """Yield a session for reading; it never commits."""
        with self._reader() as session:
            try:
                yield session
            finally:
                session.rollback()

    def close(self) -> None:
        """Close every pooled connection."""
        self.engine.dispose()
