"""Open a database for the window: migrate, make sure it has an owner and a starter pipeline.

The GUI may not import storage, so this is its door to a ``Database``; the
returned object is passed back to every service call as an opaque handle.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

from funneldesk.domain.errors import PermissionDenied
from funneldesk.domain.records import UserRecord
from funneldesk.services import pipelines, rates, signin, users
from funneldesk.services.backups import InstanceLock, acquire_instance_lock, path_warning
from funneldesk.storage.database import CheckMode, Database
from funneldesk.storage.engine import normalise_url, sqlite_path
from funneldesk.storage.team import is_team_database

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


class ServerSignInNeeded(PermissionDenied):
    """The team server wants a login and password before it opens the database."""


def _open(target: str, check: CheckMode) -> Database:
    try:
        return Database(target, check=check)
    except OperationalError as exc:
        if sqlite_path(normalise_url(target)) is not None:
            raise
        refusal = signin.connection_refusal("you", exc)
        if isinstance(refusal, PermissionDenied):
            raise ServerSignInNeeded(str(refusal)) from exc
        raise refusal from exc


def open_team(target: str, login: str, password: str) -> Opened:
    """Open a team database as the person signing in: the connection is theirs, the server checks it."""
    db = signin.connect_as(target, login, password)
    try:
        actor = signin.team_actor(db)
        if actor is None or not actor.active:
            raise PermissionDenied(f"{login} is not an active FunnelDesk user of this database")
        return Opened(db, db.display_name, actor, False)
    except BaseException:
        db.close()
        raise


def team_server(db: Database) -> str | None:
    """Return a team database's server URL with nobody's login in it; None when not in team mode.

    Switching user in team mode reopens the connection from this URL as the new person.
    """
    if not is_team_database(db):
        return None
    return make_url(db.url)._replace(username=None, password=None).render_as_string(hide_password=False)


def open_database(target: str, check: CheckMode = "now") -> Opened:
    """Open (and migrate) a database; a new one gets an owner and a starter pipeline.

    ``check="defer"`` (the window) returns at once when a full scan is due; the caller
    runs ``run_pending_check`` on a thread and writes wait until it passes. A team database
    opened with a person's own login (in the URL, or from ``.pgpass``)
    acts as that person; the server has already checked who they are.
    """
    db = _open(target, check)
    try:
        if is_team_database(db):
            person = signin.team_actor(db)
            if person is not None:
                return Opened(db, db.display_name, person, False)
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
        return open_database(target, check="defer")
    path.parent.mkdir(parents=True, exist_ok=True)
    lock = acquire_instance_lock(path)
    try:
        opened = open_database(target, check="defer")
    except BaseException:
        lock.release()
        raise
    return Opened(opened.db, opened.name, opened.owner, opened.needs_sign_in, lock, path_warning(path))


def check_pending(db: Database) -> bool:
    """Say whether a deferred full scan of the file is still to run (writes wait for it)."""
    return db.check_pending


def run_pending_check(db: Database) -> list[str]:
    """Run the deferred full scan (on a worker thread); return the problems, empty when whole."""
    return db.run_pending_check()


def close_database(db: Database) -> None:
    """Close every connection of a database opened here."""
    db.close()
