"""Shared builders for the safety suites: a team, a gate-free pipeline, soak counts, dumps."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from funneldesk.domain.records import PipelineRecord, UserRecord
from funneldesk.services import pipelines, users
from funneldesk.storage.database import Database

HERE = Path(__file__).parent
FREE_STAGES = [{"name": "New"}, {"name": "Talking"}, {"name": "Offer"},
               {"name": "Won", "kind": "won"}, {"name": "Lost", "kind": "lost"}]


def soak(small: int, full: int) -> int:
    """Return a count for a soak: FUNNELDESK_SOAK_SCALE=full gives the issue's counts."""
    return full if os.environ.get("FUNNELDESK_SOAK_SCALE", "small") == "full" else small


@dataclass(frozen=True)
class World:
    """An owner, two managers with one employee each, and a pipeline without gates."""

    owner: UserRecord
    manager: UserRecord
    employee: UserRecord
    other_manager: UserRecord
    other_employee: UserRecord
    pipeline: PipelineRecord


def make_world(db: Database) -> World:
    """Create the standard safety-test team and a gate-free pipeline."""
    owner = users.ensure_owner(db)
    manager = users.add_user(db, owner, "Mia Manager", "mia", "manager")
    employee = users.add_user(db, owner, "Eli Employee", "eli", "employee", "mia")
    other_manager = users.add_user(db, owner, "Otto Other", "otto", "manager")
    other_employee = users.add_user(db, owner, "Ola Other", "ola", "employee", "otto")
    pipeline = pipelines.create(db, owner, "Free", FREE_STAGES)
    return World(owner, manager, employee, other_manager, other_employee, pipeline)


def integrity(path: Path) -> str:
    """Return SQLite's integrity_check verdict for a file ('ok' when whole)."""
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        return "; ".join(r[0] for r in conn.execute("PRAGMA integrity_check"))


def logical_dump(path: Path) -> list[str]:
    """Return the file's SQL dump: equal dumps mean equal data and schema."""
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        return list(conn.iterdump())


def scalar(path: Path, sql: str) -> object:
    """Run one read-only query on a file and return its first value."""
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        row = conn.execute(sql).fetchone()
        return row[0] if row else None


def worker(*args: object, **popen: object) -> subprocess.Popen[str]:
    """Start tests/safety/safety_workers.py with the arguments, stdout piped as text."""
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    return subprocess.Popen(  # type: ignore[call-overload, no-any-return]
        [sys.executable, str(HERE / "safety_workers.py"), *map(str, args)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, **popen)


def filled_file(path: Path) -> None:
    """Make a closed SQLite file with the usual world and 40 leads (a few pages of the leads table)."""
    from funneldesk.services import leads

    db = Database(path)
    world = make_world(db)
    with db.write() as session:
        for i in range(40):
            leads.create_in_session(session, world.owner, {"title": f"lead {i}", "notes": "n" * 300},
                                    pipeline="Free")
    db.close()
