"""The command-line permission matrix, shared by the SQLite/PostgreSQL run and the team-mode run.

Each role signs in with its password (``$FUNNELDESK_PASSWORD``) and runs lead list /
show / edit / delete / move / export, backup, users add and report; a lead command
is tried on a lead of each relation (own, same team, other team, unassigned). The
expected outcome is the README's roles table: allowed (exit 0) or refused (exit 4).
"""

from __future__ import annotations

import csv
import io
import json
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path

from safety_world import World, make_world

from funneldesk.services import leads, users
from funneldesk.storage.database import Database

ROLES = ("owner", "manager", "employee")
RELATIONS = ("own", "same team", "other team", "unassigned")
LEAD_COMMANDS = ("show", "edit", "delete", "move")
WHOLE_COMMANDS = ("list", "export", "report", "backup", "users add")
PASSWORD = "matrix-password-1"
REACH = {"owner": RELATIONS, "manager": ("own", "same team", "unassigned"), "employee": ("own",)}
OWNER_ONLY = {"backup", "users add"}


@dataclass(frozen=True)
class Outcome:
    """One case of the matrix: what was run, the exit status expected and the one seen."""

    role: str
    command: str
    relation: str
    expected: int
    got: int
    detail: str = ""


def run_cli(target: str, login: str, password: str | None, *argv: str) -> tuple[int, str, str]:
    """Run one funneldesk command in this process; return (exit status, stdout, stderr)."""
    import os

    from funneldesk.__main__ import main

    old = os.environ.get("FUNNELDESK_PASSWORD")
    if password is None:
        os.environ.pop("FUNNELDESK_PASSWORD", None)
    else:
        os.environ["FUNNELDESK_PASSWORD"] = password
    out, err = io.StringIO(), io.StringIO()
    try:
        with redirect_stdout(out), redirect_stderr(err):
            try:
                status = main(["--db", target, "--as", login, *argv])
            except SystemExit as exc:
                status = int(exc.code or 0)
    finally:
        if old is None:
            os.environ.pop("FUNNELDESK_PASSWORD", None)
        else:
            os.environ["FUNNELDESK_PASSWORD"] = old
    return status, out.getvalue(), err.getvalue()


@dataclass(frozen=True)
class Cases:
    """The team and the leads of the matrix: one per role, relation and lead command."""

    world: World
    logins: dict[str, str]
    ids: dict[tuple[str, str, str], int]
    holder: dict[int, str | None]

    def visible(self, role: str) -> set[int]:
        """Return the leads a role may see: the roles table, written once more."""
        reach = {"owner": None, "manager": {"mia", "eli", "ema", None}, "employee": {"eli"}}[role]
        return {i for i, login in self.holder.items() if reach is None or login in reach}


def build_world(db: Database) -> Cases:
    """Create the team, give each user a password, and one lead per role, relation and command."""
    world = make_world(db)
    colleague = users.add_user(db, world.owner, "Ema Employee", "ema", "employee", "mia")
    for login in ("owner", "mia", "eli", "otto", "ola", "ema"):
        users.set_password(db, world.owner, login, PASSWORD)
    holders = {
        "owner": {"own": world.owner.id, "same team": world.employee.id,
                  "other team": world.other_employee.id, "unassigned": None},
        "manager": {"own": world.manager.id, "same team": world.employee.id,
                    "other team": world.other_employee.id, "unassigned": None},
        "employee": {"own": world.employee.id, "same team": colleague.id,
                     "other team": world.other_employee.id, "unassigned": None},
    }
    ids: dict[tuple[str, str, str], int] = {}
    with db.write() as session:
        for role in ROLES:
            for relation in RELATIONS:
                for command in LEAD_COMMANDS:
                    holder = holders[role][relation]
                    lead = leads.create_in_session(
                        session, world.owner, {"title": f"{role}/{relation}/{command}"},
                        pipeline="Free", owner=holder or world.owner.id)
                    if holder is None:
                        leads.assign_in_session(session, world.owner, lead.id, None)
                    ids[role, relation, command] = lead.id
    logins = {"owner": "owner", "manager": "mia", "employee": "eli"}
    by_id = {u.id: u.login for u in users.list_users(db, world.owner)}
    holder = {lead_id: by_id.get(holders[role][relation] or -1)
              for (role, relation, _), lead_id in ids.items()}
    return Cases(world, logins, ids, holder)


def run_matrix(target: str, cases: Cases, tmp: Path) -> list[Outcome]:
    """Run every case; return the outcomes (expected vs seen)."""
    results: list[Outcome] = []
    for role in ROLES:  # the whole-database commands first: the lead commands delete some
        results += _whole_commands(target, role, cases.logins[role], tmp, cases.visible(role))
    for role in ROLES:
        login, ids = cases.logins[role], cases.ids
        for relation in RELATIONS:
            allowed = relation in REACH[role]
            for command in LEAD_COMMANDS:
                lead_id = str(ids[role, relation, command])
                argv = {"show": ("lead", "show", lead_id),
                        "edit": ("lead", "edit", lead_id, "--notes", f"by {login}"),
                        "delete": ("lead", "delete", lead_id),
                        "move": ("move", lead_id, "Talking")}[command]
                status, _, err = run_cli(target, login, PASSWORD, *argv)
                results.append(Outcome(role, command, relation, 0 if allowed else 4, status, err.strip()))
    return results


def _whole_commands(target: str, role: str, login: str, tmp: Path, visible: set[int]) -> list[Outcome]:
    found: list[Outcome] = []
    status, out, err = run_cli(target, login, PASSWORD, "lead", "list", "--format", "json")
    seen = {row["id"] for row in json.loads(out)} if status == 0 else set()
    found.append(Outcome(role, "list", "-", 0, status if seen == visible else 99,
                         err.strip() or f"saw {sorted(seen - visible)} beyond, "
                         f"missed {sorted(visible - seen)}"))
    export = tmp / f"export-{role}.csv"
    status, _, err = run_cli(target, login, PASSWORD, "export", "leads", "-o", str(export))
    rows = _csv_ids(export) if status == 0 else set()
    found.append(Outcome(role, "export", "-", 0, status if rows == visible else 99,
                         err.strip() or f"exported {len(rows)} of {len(visible)} visible"))
    status, _, err = run_cli(target, login, PASSWORD, "report", "funnel")
    found.append(Outcome(role, "report", "-", 0, status, err.strip()))
    status, _, err = run_cli(target, login, PASSWORD, "backup", "-o", str(tmp / f"backup-{role}.db"))
    if status == 7 and "team mode" in err:  # PostgreSQL: backups are the server's (pg_dump)
        status = 0 if role == "owner" else status
    found.append(Outcome(role, "backup", "-", 0 if role == "owner" else 4, status, err.strip()))
    status, _, err = run_cli(target, login, PASSWORD, "users", "add", f"new.{role}", "--role", "owner")
    found.append(Outcome(role, "users add", "-", 0 if role == "owner" else 4, status, err.strip()))
    return found


def _csv_ids(path: Path) -> set[int]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        key = next((f for f in reader.fieldnames or [] if f.strip().lower() == "id"), None)
        return {int(row[key]) for row in reader if key and row[key]}
