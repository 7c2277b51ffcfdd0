"""One sign-in for every entry point: the window, the command line and team mode.

Services take the acting user; this module is where an entry point proves who that
is. A user without a password needs none (a single owner on their own machine keeps
a no-friction start). A user with one signs in through ``users.sign_in``, whose
throttling (failure count and delay) is kept in the database, so the window and the
command line share it and it survives restarts.

In team mode (a PostgreSQL database prepared by ``funneldesk team setup``) the
server is the wall: the connection itself is opened as the person's own login
role, so the server checks the password (SCRAM) and row-level security limits
what that connection can see, whatever the client does.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError, ProgrammingError

from funneldesk.domain.errors import DatabaseError, NotFound, PermissionDenied
from funneldesk.domain.records import UserRecord
from funneldesk.storage import tables
from funneldesk.storage.database import Database

PASSWORD_ENV = "FUNNELDESK_PASSWORD"
# Asked for a password for this login; returns None when none can be had.
PasswordSource = Callable[[str], "str | None"]


def read_password_file(path: Path) -> str:
    """Return the password kept in a file that only its owner can read; refuse any other."""
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise PermissionDenied(f"password file {path} is not a regular file")
        if info.st_mode & 0o077:
            raise PermissionDenied(
                f"password file {path} can be read by others (mode {stat.S_IMODE(info.st_mode):o}); "
                f"run chmod 600 {path}"
            )
        if hasattr(os, "getuid") and info.st_uid != os.getuid():
            raise PermissionDenied(f"password file {path} belongs to someone else")
        content = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise PermissionDenied(f"cannot read password file {path}: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise PermissionDenied(f"password file {path} is not UTF-8 text") from exc
    return content.splitlines()[0] if content.strip("\r\n") else ""


def _record(row: Any) -> UserRecord:
    return UserRecord(row.id, row.name, row.login, row.role, row.manager_id, bool(row.active),
                      row.password_hash is not None)


def find_actor(db: Database, login: str | None = None) -> UserRecord:
    """Return a user by login, else by name (case-insensitive); by default the first active owner.

    A Core read (no ORM: a scripted report signs in without loading it, issue 15);
    ``users.get_actor`` is this.
    """
    u = tables.users.c
    columns = (u.id, u.name, u.login, u.role, u.manager_id, u.active, u.password_hash)
    with db.query() as conn:
        if login:
            wanted = login.strip().casefold()
            rows = conn.execute(select(*columns)).all()
            found = next((r for r in rows if r.login.casefold() == wanted), None) or next(
                (r for r in rows if r.name.casefold() == wanted), None
            )
            if found is None:
                raise NotFound(f"no user {login!r}")
            return _record(found)
        owner = conn.execute(
            select(*columns).where(u.role == "owner", u.active.is_(True)).order_by(u.id).limit(1)
        ).first()
    if owner is None:
        raise NotFound("this database has no owner yet; run `funneldesk init` first")
    return _record(owner)


def sign_in_actor(db: Database, login: str | None, ask: PasswordSource) -> UserRecord:
    """Return the acting user (the login, or the first owner), proven by a password when they have one.

    A wrong or missing password raises PermissionDenied (exit 4) with nothing done.
    """
    try:
        user = find_actor(db, login)
    except NotFound as exc:
        if login is None:
            raise
        raise PermissionDenied(f"unknown login {login!r}") from exc
    if not user.active:
        raise PermissionDenied(f"{user.login} is deactivated")
    if not user.has_password:
        return user
    password = ask(user.login)
    if not password:
        raise PermissionDenied(
            f"{user.login} has a password: sign in on a terminal, or give it in "
            f"${PASSWORD_ENV} or with --password-file"
        )
    from funneldesk.services import users  # the password check and its throttling: writes

    return users.sign_in(db, user.login, password)


# --- team mode -------------------------------------------------------------------------


def session_login(db: Database) -> str | None:
    """Return the PostgreSQL login this database connection was opened as (None on SQLite)."""
    if db.dialect != "postgresql":
        return None
    with db.query() as conn:
        return str(conn.execute(text("SELECT session_user")).scalar())


def url_as(url: str, login: str, password: str | None) -> str:
    """Return the server URL with the person's own login (and password) in it."""
    return make_url(url)._replace(username=login, password=password).render_as_string(hide_password=False)


def connect_as(url: str, login: str, password: str | None, *, migrate: bool = False) -> Database:
    """Open a team database as a person's own login role; the server checks the password.

    A refused password, a login with no server role or a refused connection end in
    one line: PermissionDenied (exit 4) or DatabaseError (exit 7).
    """
    try:
        db = Database(url_as(url, login, password), migrate=migrate)
        session_login(db)
    except (OperationalError, ProgrammingError) as exc:
        raise connection_refusal(login, exc) from exc
    return db


def connection_refusal(login: str, exc: Exception) -> Exception:
    """Turn a refused server connection into one line: exit 4 for sign-in, 7 otherwise."""
    message = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    first = message[0] if message else type(exc).__name__
    low = first.lower()
    if "password" in low or "authentication" in low:
        return PermissionDenied(f"the server refused the sign-in of {login}: wrong or missing password")
    if "does not exist" in low and "role" in low:
        return PermissionDenied(f"{login} has no login on the team server; ask the owner to add them")
    if "not permitted to log in" in low or "permission denied" in low:
        return PermissionDenied(f"the server does not let {login} sign in: {first}")
    return DatabaseError(f"cannot reach the team database: {first}")


def team_actor(db: Database) -> UserRecord | None:
    """Return the FunnelDesk user this team connection belongs to; None for an administrator."""
    login = session_login(db)
    if login is None:
        return None
    try:
        found = find_actor(db, login)
    except NotFound:
        return None
    return found if found.login.lower() == login.lower() else None


def open_team_session(
    db: Database, login: str | None, ask: PasswordSource
) -> tuple[Database, UserRecord]:
    """Sign in to a team database: connect as the login's own role unless already connected as it.

    Returns the database to use (a new connection when the person signed in; the
    caller closes the old one) and the acting user. An administrator's connection (a
    server role that is no FunnelDesk login) keeps the one-machine rules: it already
    holds every right on the server.
    """
    current = session_login(db) or ""
    if login is None or login.lower() == current.lower():
        actor = team_actor(db)
        if actor is not None:
            if not actor.active:
                raise PermissionDenied(f"{actor.login} is deactivated")
            return db, actor
        return db, sign_in_actor(db, login, ask)
    mine = connect_as(db.url, login, ask(login))
    actor = team_actor(mine)
    if actor is None or not actor.active:
        mine.close()
        raise PermissionDenied(f"{login} is not an active FunnelDesk user of this database")
    return mine, actor
