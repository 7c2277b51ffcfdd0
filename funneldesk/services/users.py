"""Users, roles, the manager hierarchy, and signing in."""

from __future__ import annotations

import csv
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from funneldesk.domain.errors import InvalidInput, PermissionDenied
from funneldesk.domain.records import UserRecord
from funneldesk.services import audit
from funneldesk.services.loading import get_user, user_record
from funneldesk.services.passwords import (
    hash_password,
    needs_rehash,
    scram_verifier,
    verify_password,
    wait_remaining,
)
from funneldesk.services.permissions import require_config
from funneldesk.storage.database import Database
from funneldesk.storage.models import User
from funneldesk.storage.team import is_team_connection, save_login

ROLES = ("owner", "manager", "employee")


def list_users(db: Database, actor: UserRecord) -> list[UserRecord]:
    """Return every user (names are needed to show lead owners)."""
    del actor
    with db.read() as session:
        return [user_record(u) for u in session.scalars(select(User).order_by(User.name))]


def get_actor(db: Database, login: str | None = None) -> UserRecord:
    """Return the acting user by login or name; by default the first active owner."""
    from funneldesk.services.signin import find_actor  # one lookup, on Core (issue 15)

    return find_actor(db, login)


def ensure_owner(db: Database, name: str = "Owner", login: str = "owner") -> UserRecord:
    """Create the first owner of an empty database (no actor exists yet to ask)."""
    with db.read() as session:  # read first: a window opening the file need not wait for writes
        found = session.scalars(select(User).where(User.role == "owner")).first()
        if found is not None:
            return user_record(found)
    with db.write() as session:
        existing = session.scalars(select(User).where(User.role == "owner")).first()
        if existing is not None:
            return user_record(existing)
        user = User(name=name, login=login, role="owner", active=True, created_at=datetime.now())
        session.add(user)
        session.flush()
        audit.record(session, None, "user", user.id, "create", {"login": (None, login)})
        return user_record(user)


def _validate(name: str, login: str, role: str) -> None:
    if not name.strip() or not login.strip():
        raise InvalidInput("a user needs a name and a login")
    if role not in ROLES:
        raise InvalidInput(f"role must be owner, manager or employee, not {role!r}")


def add_in_session(
    session: Session,
    actor: UserRecord,
    name: str,
    login: str,
    role: str,
    manager: str | int | None = None,
    password: str | None = None,
) -> UserRecord:
    """Create a user inside an open transaction."""
    require_config(actor, "users")
    _validate(name, login, role)
    if session.scalar(select(func.count()).where(func.lower(User.login) == login.strip().lower())):
        raise InvalidInput(f"login {login!r} is taken")
    manager_id = get_user(session, manager).id if manager not in (None, "") else None
    if password is not None and len(password) < 8:
        raise InvalidInput("a password needs at least 8 characters")
    team = is_team_connection(session.connection())
    user = User(
        name=name.strip(),
        login=login.strip(),
        role=role,
        manager_id=manager_id,
        active=True,
        created_at=datetime.now(),
        password_hash=hash_password(password) if password and not team else None,
    )
    session.add(user)
    session.flush()
    if team:
        _save_login(session, user, password, set_password=bool(password))
    audit.record(
        session,
        actor,
        "user",
        user.id,
        "create",
        {"login": (None, user.login), "role": (None, role), "manager_id": (None, manager_id)},
    )
    return user_record(user)


def add_user(
    db: Database,
    actor: UserRecord,
    name: str,
    login: str,
    role: str,
    manager: str | int | None = None,
    password: str | None = None,
) -> UserRecord:
    """Create a user (owner only)."""
    with db.write() as session:
        return add_in_session(session, actor, name, login, role, manager, password)


def update_user(
    db: Database,
    actor: UserRecord,
    ref: str | int,
    *,
    role: str | None = None,
    manager: str | int | None = "",
    active: bool | None = None,
    name: str | None = None,
) -> UserRecord:
    """Change a user's name, role, manager or active flag (owner only)."""
    with db.write() as session:
        require_config(actor, "users")
        user = get_user(session, ref)
        old = {"name": user.name, "role": user.role, "manager_id": user.manager_id, "active": user.active}
        if role is not None:
            _validate(user.name, user.login, role)
            user.role = role
        if name is not None and name.strip():
            user.name = name.strip()
        if manager != "":
            user.manager_id = get_user(session, manager).id if manager is not None else None
            _refuse_cycle(session, user)
        if active is not None:
            user.active = active
        if role is not None or active is not None:
            _save_login(session, user)
        new = {"name": user.name, "role": user.role, "manager_id": user.manager_id, "active": user.active}
        audit.record(session, actor, "user", user.id, "update", {k: (old[k], new[k]) for k in old})
        return user_record(user)


def _refuse_cycle(session: Session, user: User) -> None:
    seen = {user.id}
    boss_id = user.manager_id
    while boss_id is not None:
        if boss_id in seen:
            raise InvalidInput("a user cannot be their own manager, even indirectly")
        seen.add(boss_id)
        boss = session.get(User, boss_id)
        boss_id = boss.manager_id if boss else None


def _require_password_change(actor: UserRecord, user: User) -> None:
    if actor.role != "owner" and actor.id != user.id:
        raise PermissionDenied(f"{actor.login} may not change {user.login}'s password")


def check_password_change(db: Database, actor: UserRecord, ref: str | int) -> None:
    """Refuse before anything is asked when the actor may not change this user's password."""
    with db.read() as session:
        _require_password_change(actor, get_user(session, ref))


def set_password(db: Database, actor: UserRecord, ref: str | int, password: str | None) -> None:
    """Set or clear a password: owners for anyone, everyone for themselves."""
    with db.write() as session:
        user = get_user(session, ref)
        _require_password_change(actor, user)
        if password is not None and len(password) < 8:
            raise InvalidInput("a password needs at least 8 characters")
        store_password(session, user, password)
        audit.record(session, actor, "user", user.id, "password", {"password": ("***", "***")})


def store_password(session: Session, user: User, password: str | None) -> None:
    """Set or clear a password inside an open transaction.

    On one machine: an argon2id hash in the users table. In team mode: the user's
    PostgreSQL login gets a SCRAM verifier and no hash is stored (the server signs
    people in).
    """
    if _save_login(session, user, password, set_password=True):
        user.password_hash = None
    else:
        user.password_hash = hash_password(password) if password else None


def _save_login(
    session: Session, user: User, password: str | None = None, set_password: bool = False
) -> bool:
    """Create or update the user's server login in team mode; say whether it is team mode."""
    conn = session.connection()
    if not is_team_connection(conn):
        return False
    verifier = scram_verifier(password) if password else None
    try:
        with session.begin_nested():
            save_login(session.connection(), user.login, user.role, bool(user.active),
                       verifier, set_password)
    except DBAPIError as exc:
        state = getattr(exc.orig, "sqlstate", None)
        first = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
        if state == "42501":
            raise PermissionDenied(first) from exc
        raise InvalidInput(f"the server refused the login of {user.login}: {first}") from exc
    return True


def any_passwords(db: Database) -> bool:
    """Say whether sign-in is required (some user has a password)."""
    with db.read() as session:
        return bool(session.scalar(select(func.count()).where(User.password_hash.is_not(None))))


def sign_in(db: Database, login: str, password: str) -> UserRecord:
    """Check a password; failures are throttled with growing delays kept in the database."""
    now = datetime.now()
    with db.write() as session:
        user = session.scalars(select(User).where(func.lower(User.login) == login.strip().lower())).first()
        if user is None or not user.active or user.password_hash is None:
            raise PermissionDenied("unknown login or wrong password")
        wait = wait_remaining(user.failed_logins, user.last_failed_at, now)
        if wait.total_seconds() > 0:
            raise PermissionDenied(
                f"too many failed attempts; try again in {int(wait.total_seconds()) + 1} s"
            )
        if not verify_password(user.password_hash, password):
            user.failed_logins += 1
            user.last_failed_at = now
            failed = True
        else:
            failed = False
            user.failed_logins, user.last_failed_at = 0, None
            if needs_rehash(user.password_hash):
                user.password_hash = hash_password(password)
            record = user_record(user)
    # Raised outside the transaction so the failure count is committed, not rolled back.
    if failed:
        raise PermissionDenied("unknown login or wrong password")
    return record


def import_users(db: Database, actor: UserRecord, path: Path) -> list[UserRecord]:
    """Create users from a CSV with name, login, role and manager columns, in one transaction.

    Also reads the common ``sales_agent, manager`` layout: agents become employees and
    the managers named become managers. Existing logins are left as they are.
    """
    rows = _read_user_rows(path)
    created: list[UserRecord] = []
    with db.write() as session:
        require_config(actor, "users")
        for row in _managers_first(rows):
            if session.scalar(select(func.count()).where(func.lower(User.login) == row["login"].lower())):
                continue
            created.append(
                add_in_session(session, actor, row["name"], row["login"], row["role"], row["manager"] or None)
            )
    return created


def login_from_name(name: str) -> str:
    """Make a login from a person's name: 'Anna Snelling' -> 'anna.snelling'."""
    return ".".join(name.strip().lower().split())


def _read_user_rows(path: Path) -> list[dict[str, str]]:
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            fields = {f.strip().lower(): f for f in reader.fieldnames or []}
            raw = list(reader)
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise InvalidInput(f"cannot read users from {path}: {exc}") from exc
    name_col = fields.get("name") or fields.get("sales_agent")
    if name_col is None:
        raise InvalidInput(f"{path.name} needs a 'name' (or 'sales_agent') column")
    rows = [_user_row(r, fields, name_col) for r in raw if (r.get(name_col) or "").strip()]
    managers = {r["manager"] for r in rows if r["manager"]}
    known = {r["name"] for r in rows}
    rows += [
        {"name": m, "login": login_from_name(m), "role": "manager", "manager": ""}
        for m in sorted(managers - known)
    ]
    return rows


def _user_row(raw: dict[str, str], fields: dict[str, str], name_col: str) -> dict[str, str]:
    def get(key: str) -> str:
        column = fields.get(key)
        return (raw.get(column) or "").strip() if column else ""

    name = raw[name_col].strip()
    return {
        "name": name,
        "login": get("login") or login_from_name(name),
        "role": (get("role") or "employee").lower(),
        "manager": get("manager"),
    }


def _managers_first(rows: list[dict[str, str]]) -> list[dict[str, str]]:
    order = {"owner": 0, "manager": 1, "employee": 2}
    return sorted(rows, key=lambda r: order.get(r["role"], 3))
