"""Open a database for the window: migrate, make sure it has an owner and a starter pipeline.

The GUI may not import storage, so this is its door to a ``Database``; the
returned object is passed back to every service call as an opaque handle.

The common open (an owner, a pipeline and a reporting currency already there) is a few
Core reads: the ORM and the mapped models load only for a first start that must create
them, or later, after the window's first cards (issue 15: about 0.4 s of CPU).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Table, literal, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

from funneldesk.analytics.conversion import stored_base
from funneldesk.domain.errors import PermissionDenied
from funneldesk.domain.records import UserRecord
from funneldesk.services import signin
from funneldesk.services.loading import user_record
from funneldesk.storage import tables
from funneldesk.storage.database import CheckMode, Database
from funneldesk.storage.engine import normalise_url, sqlite_path
from funneldesk.storage.health import path_warning
from funneldesk.storage.lock import InstanceLock, acquire_instance_lock
from funneldesk.storage.migrate import UpgradeNotice as UpgradeNotice  # the window types it

STARTER_TEMPLATE = "typical-sales"
# Told, on the opening thread, that an upgrade (a backup first) is starting: it can take a minute.
Announce = Callable[[UpgradeNotice], None]


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


def _open(target: str, check: CheckMode, announce: Announce | None = None) -> Database:
    try:
        return Database(target, check=check, announce=announce)
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


def is_team_database(db: Database) -> bool:
    """Say whether this is a PostgreSQL database set up for a team (SQLite: no import, no query)."""
    if db.dialect != "postgresql":
        return False
    from funneldesk.storage.team import is_team_database as prepared

    return prepared(db)


def team_server(db: Database) -> str | None:
    """Return a team database's server URL with nobody's login in it; None when not in team mode.

    Switching user in team mode reopens the connection from this URL as the new person.
    """
    if not is_team_database(db):
        return None
    return make_url(db.url)._replace(username=None, password=None).render_as_string(hide_password=False)


def open_database(target: str, check: CheckMode = "now", announce: Announce | None = None) -> Opened:
    """Open (and migrate) a database; a new one gets an owner and a starter pipeline.

    ``check="defer"`` (the window) returns at once when a full scan is due; the caller
    runs ``run_pending_check`` on a thread and writes wait until it passes. A team database
    opened with a person's own login (in the URL, or from ``.pgpass``)
    acts as that person; the server has already checked who they are.
    """
    db = _open(target, check, announce)
    try:
        if is_team_database(db):
            person = signin.team_actor(db)
            if person is not None:
                return Opened(db, db.display_name, person, False)
        owner, has_pipeline, has_base, passwords = _what_is_there(db)
        if owner is None:  # a first start: the ORM writes the owner (and its audit entry)
            from funneldesk.services import users

            owner = users.ensure_owner(db)
        if not has_pipeline:
            from funneldesk.services import pipelines

            pipelines.create_from_template(db, owner, STARTER_TEMPLATE)
        if not has_base:  # reports then read the reporting currency, never work it out
            from funneldesk.services import rates

            rates.ensure_base(db)
        return Opened(db, db.display_name, owner, passwords)
    except BaseException:
        db.close()
        raise


def _what_is_there(db: Database) -> tuple[UserRecord | None, bool, bool, bool]:
    """Return the first owner and whether a pipeline, a reporting currency and a password exist."""
    with db.query() as conn:  # one Core transaction: no ORM on the common open
        owner, pipeline = _first_owner(conn), _any(conn, tables.pipelines)
        base = stored_base(conn) is not None
        passwords = _any(conn, tables.users, tables.users.c.password_hash.is_not(None))
    return owner, pipeline, base, passwords


def _first_owner(conn: Connection) -> UserRecord | None:
    u = tables.users
    row = conn.execute(select(u).where(u.c.role == "owner").order_by(u.c.id).limit(1)).first()
    return None if row is None else user_record(row)


def _any(conn: Connection, table: Table, *where: Any) -> bool:
    return conn.execute(select(literal(1)).select_from(table).where(*where).limit(1)).first() is not None


def sqlite_file(target: str) -> Path | None:
    """Return the SQLite file a target names, or None for a PostgreSQL URL."""
    return sqlite_path(normalise_url(target))


def open_for_window(target: str, announce: Announce | None = None) -> Opened:
    """Open a database for a window: take the one-window lock first, then check and open the file.

    Raises InstanceLocked (nothing opened or written) when another window holds the file,
    and DatabaseDamaged (the file left byte-identical) when it fails its check. A
    PostgreSQL URL takes no lock and gets no path warning. ``announce`` hears of an
    upgrade about to start (the window says what it is waiting for).
    """
    path = sqlite_file(target)
    if path is None:
        return open_database(target, check="defer", announce=announce)
    path.parent.mkdir(parents=True, exist_ok=True)
    lock = acquire_instance_lock(path)
    try:
        opened = open_database(target, check="defer", announce=announce)
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
