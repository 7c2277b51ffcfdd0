"""Bring a database to the current schema in place, safely (JupyterHub's upgrade_if_needed).

SQLite files are backed up first when their schema is older. Migrations run with
foreign keys off (a batch migration with them on deletes child rows through
ON DELETE CASCADE) inside one transaction, then ``foreign_key_check`` must be empty;
any failure rolls the whole upgrade back. A newer schema is refused untouched.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect

from funneldesk.domain.errors import DatabaseError, SchemaTooNew
from funneldesk.storage.backup import backup_sqlite, timestamped_name
from funneldesk.storage.engine import sqlite_path, writer

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
# The newest revision, known without importing Alembic (~0.5 s at every start);
# a test checks that it equals Alembic's own head.
HEAD_REVISION = "0020"


def alembic_config() -> Config:
    """Return an Alembic config pointing at the migrations shipped in the package."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    """Return the schema revision this version of FunnelDesk writes, as Alembic sees it."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    """Return the file's schema revision, or None for an empty database."""
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()


def known_revisions() -> frozenset[str]:
    """Return every schema revision this FunnelDesk knows (imports Alembic)."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return frozenset(rev.revision for rev in script.walk_revisions())


def _known(revision: str) -> bool:
    return revision in known_revisions()


def _set_foreign_keys(conn: Connection, on: bool) -> None:
    # PRAGMA foreign_keys is a no-op inside a transaction: issue it on the raw
    # driver connection, which runs in autocommit mode (see engine.py).
    raw = conn.connection.driver_connection
    assert raw is not None
    raw.execute(f"PRAGMA foreign_keys = {'ON' if on else 'OFF'}")


def _upgrade_in_one_transaction(engine: Engine, revision: str) -> None:
    from alembic import command

    config = alembic_config()
    with writer(engine).connect() as conn:
        sqlite = conn.dialect.name == "sqlite"
        if sqlite:
            _set_foreign_keys(conn, False)
        try:
            with conn.begin():
                config.attributes["connection"] = conn
                command.upgrade(config, revision)
                if sqlite:
                    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise DatabaseError(f"migration broke {len(broken)} foreign keys")
        finally:
            if sqlite:
                _set_foreign_keys(conn, True)


@dataclass(frozen=True, slots=True)
class UpgradeNotice:
    """An upgrade about to start: the file (None on a server), its size, the two schemas.

    ``str()`` is the command line's line; the window words it in its own language.
    """

    name: str | None
    gigabytes: float
    current: str
    target: str

    @property
    def backup_first(self) -> bool:
        """Say whether a backup of the file is taken before the upgrade (SQLite files)."""
        return self.name is not None

    def __str__(self) -> str:
        if self.name is None:
            return f"upgrading the database from schema {self.current} to {self.target}…"
        weight = f" ({self.gigabytes:.1f} GB)" if self.gigabytes >= 0.1 else ""
        return (f"upgrading {self.name}{weight} from schema {self.current} to {self.target}: "
                "a verified backup first, then the upgrade…")


def _upgrade_notice(current: str, target: str, path: Path | None) -> UpgradeNotice:
    """Return what to say of an upgrade (and, for a file, its backup) that is starting."""
    if path is None:
        return UpgradeNotice(None, 0.0, current, target)
    size = path.stat().st_size / 1e9 if path.exists() else 0.0
    return UpgradeNotice(path.name, size, current, target)


def upgrade_if_needed(
    engine: Engine, revision: str = "head", announce: Callable[[UpgradeNotice], None] | None = None
) -> Path | None:
    """Upgrade the database to ``revision``; return the backup taken, if any.

    ``announce`` is told, before an existing database is upgraded, what is about to happen
    (a big file's backup and upgrade can take a minute: the command line and the window
    say so).
    """
    current = current_revision(engine)
    target = HEAD_REVISION if revision == "head" else revision
    if current == target:
        return None
    if current is not None and not _known(current):
        raise SchemaTooNew(
            f"this database was written by a newer FunnelDesk (schema {current}); "
            "it was left unchanged — please update FunnelDesk"
        )
    backup = None
    path = sqlite_path(engine.url.render_as_string(hide_password=False))
    if current is not None and announce is not None:
        announce(_upgrade_notice(current, target, path))
    if current is not None and path is not None:
        backup = backup_sqlite(path, timestamped_name(path, f"before-{target}"))
    _upgrade_in_one_transaction(engine, target)
    return backup
