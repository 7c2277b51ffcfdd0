"""The command line's sign-in: where a password comes from, and who the command acts as.

A password is taken, in order, from ``--password-file FILE`` (refused unless only its
owner can read it), from ``$FUNNELDESK_PASSWORD``, or from a no-echo prompt when a
person sits at a terminal. Scripts never get a prompt: with no password given the
command is refused (exit 4) before it does anything.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

from funneldesk.domain.errors import InvalidInput, PermissionDenied
from funneldesk.domain.records import UserRecord
from funneldesk.services import signin
from funneldesk.storage.database import Database
from funneldesk.storage.engine import normalise_url

if TYPE_CHECKING:
    from funneldesk.cli.main import Context


def password_source(args: object) -> signin.PasswordSource:
    """Return how this command gets a password: file, environment, then a terminal prompt."""
    password_file = getattr(args, "password_file", None)

    def ask(login: str) -> str | None:
        if password_file:
            return signin.read_password_file(Path(password_file))
        from_env = os.environ.get(signin.PASSWORD_ENV)
        if from_env:
            return from_env
        if sys.stdin.isatty():
            import getpass  # only a person at a terminal is asked

            try:
                return getpass.getpass(f"Password for {login}: ")
            except EOFError:
                return None
        return None

    return ask


def _notice(text: str) -> None:
    print(f"funneldesk: {text}", file=sys.stderr, flush=True)


def open_database(ctx: Context) -> Database:
    """Open the command's database; a server URL opens as the person named by --as.

    ``--db postgresql://server/crm --as aisha.bello`` (or the login in the URL) connects
    as that login: first as libpq would (``.pgpass``, ``$PGPASSWORD``, a trusted host),
    then, if the server asks for a password, with the one from the file, the environment
    or the prompt. An URL with a password, or another login than --as, opens as it is
    (the sign-in then happens in ``sign_in``).
    """
    target = ctx.target
    if "://" not in target:
        # A script never scans the whole file; an upgrade (a backup first) says it is starting.
        db = Database(target, check="skip", announce=lambda notice: _notice(str(notice)))
        if db.migration_backup is not None:
            _notice(f"upgraded; the file as it was is kept as {db.migration_backup}")
        return db
    url = make_url(normalise_url(target))
    as_user = getattr(ctx.args, "as_user", None)
    login = as_user or url.username
    plain = (not url.drivername.startswith("postgresql") or url.password is not None or not login
             or bool(url.username and as_user and url.username.lower() != as_user.lower()))
    if plain:
        try:
            return Database(target)
        except OperationalError as exc:
            raise signin.connection_refusal(url.username or "you", exc) from exc
    assert login is not None
    try:
        return signin.connect_as(target, login, None, migrate=True)
    except PermissionDenied as refused:
        password = password_source(ctx.args)(login)
        if not password:
            raise refused from None
        return signin.connect_as(target, login, password, migrate=True)


def sign_in(ctx: Context) -> UserRecord:
    """Return the acting user of this command, signed in (exit 4 with one line when refused)."""
    login = getattr(ctx.args, "as_user", None)
    ask = password_source(ctx.args)
    db = ctx.db
    if db.dialect == "postgresql" and _team(db):
        mine, actor = signin.open_team_session(db, login, ask)
        if mine is not db:
            db.close()
            ctx.__dict__["db"] = mine  # every later call in this command runs as the person
        return actor
    return signin.sign_in_actor(db, login, ask)


def _team(db: Database) -> bool:
    """Say whether a server database is in team mode (team's module loads only for a server)."""
    from funneldesk.storage.team import is_team_database

    return is_team_database(db)


def ask_new_password() -> str:
    """Read a new password: twice with no echo on a terminal, one line from a pipe otherwise."""
    if sys.stdin.isatty():
        import getpass

        try:
            first = getpass.getpass("New password: ")
            again = getpass.getpass("Again: ")
        except EOFError:
            raise InvalidInput("no password given") from None
        if first != again:
            raise InvalidInput("the passwords do not match")
    else:
        first = sys.stdin.readline().rstrip("\r\n")
    if not first:
        raise InvalidInput("no password given")
    return first
