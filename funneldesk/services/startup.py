"""Open a database for the window: migrate, make sure it has an owner and a starter pipeline.

The GUI may not import storage, so this is its door to a ``Database``; the
returned object is passed back to every service call as an opaque handle.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from funneldesk.domain.records import UserRecord
from funneldesk.services import pipelines, rates, users
from funneldesk.services.backups import InstanceLock, acquire_instance_lock, path_warning
from funneldesk.storage.database import Database
from funneldesk.storage.engine import normalise_url, sqlite_path

STARTER_TEMPLATE = "typical-sales"


@dataclass(frozen=True, slots=True)
class Opened:
    """An open database, its display name, the default actor, and whether sign-in is required."""

    db: Database
    name: str
    owner: UserRecord
    needs_sign_in: bool
    lock: InstanceLock | None = None
    warning: str | None = None


def open_database(target: str) -> Opened:
    """Open (and migrate) a database; a new one gets an owner and a starter pipeline."""
    db = Database(target)
    try:
        owner = users.ensure_owner(db)
        if not pipelines.list_pipelines(db, owner):
            pipelines.create_from_template(db, owner, STARTER_TEMPLATE)
        rates.ensure_base(db)  # reports then read the reporting currency, never work it out
        return Opened(db, db.display_name, owner, users.any_passwords(db))
    except BaseException:
        db.close()
        raise


def sqlite_file(target: str) -> Path | None:
    """Return the SQLite file a target names, or None for a PostgreSQL URL."""
    return sqlite_path(normalise_url(target))


def open_for_window(target: str) -> Opened:
    """Open a database for a window: take the one-window lock first, then check and open the file.

    Raises InstanceLocked (nothing opened or written) when another window holds the file,
    and DatabaseDamaged (the file left byte-identical) when it fails its check. A
    PostgreSQL URL takes no lock and gets no path warning.
    """
    path = sqlite_file(target)
    if path is None:
        return open_database(target)
    path.parent.mkdir(parents=True, exist_ok=True)
    lock = acquire_instance_lock(path)
    try:
        opened = open_database(target)
    except BaseException:
        lock.release()
        raise
    return Opened(opened.db, opened.name, opened.owner, opened.needs_sign_in, lock, path_warning(path))


def close_database(db: Database) -> None:
    """Close every connection of a database opened here."""
    db.close()
