"""A manager's table reads its team's median cycles by index walks, with the figures unchanged.

The actor's reach (owner_id IN the team) no longer sends the median sales cycle to the
window-function ranking: each owner's walk of ix_lead_progress_owner_cycle answers it
(issue 15). Here both ways are computed on one demo company and must agree exactly.
"""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from funneldesk.analytics import scope as scope_module
from funneldesk.analytics import tables
from funneldesk.analytics.scope import EVERYTHING, ReportFilter
from funneldesk.domain.records import UserRecord
from funneldesk.services.signin import find_actor
from funneldesk.storage.database import Database

USERS = tables.USERS
RANGE = ReportFilter(created_from=date(2025, 1, 1), created_to=date(2026, 6, 30))


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo company with managers, their employees, won and lost deals."""
    path = tmp_path_factory.mktemp("manager-medians") / "demo.db"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path), "FUNNELDESK_DB": ""}
    made = subprocess.run(
        [sys.executable, "-m", "funneldesk", "--db", str(path), "demo", "--leads", "600", "--seed", "11",
         "--today", "2026-09-01"],
        capture_output=True, text=True, env=env, timeout=600, check=False,
    )
    assert made.returncode == 0, made.stderr
    return path


def _managers(db: Database) -> list[str]:
    with db.query() as conn:
        return list(conn.scalars(select(USERS.login).where(USERS.role == "manager").order_by(USERS.login)))


def _ranked_by_windows(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make every resolved scope take the old road: window ranking for a filtered owner set."""
    real = scope_module.resolve

    def old(*args: object, **kwargs: object) -> scope_module.Scope:
        found = real(*args, **kwargs)  # type: ignore[arg-type]
        return dataclasses.replace(found, owner_indexed=found.indexed)

    monkeypatch.setattr(tables, "resolve", old)


@pytest.mark.parametrize("team", [False, True])
@pytest.mark.parametrize("flt", [EVERYTHING, RANGE])
def test_a_managers_medians_match_the_window_ranking(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch, team: bool, flt: ReportFilter
) -> None:
    """Every manager's table, per owner and per team, shows the same median cycle both ways."""
    db = Database(str(demo_db))
    try:
        managers = _managers(db)
        assert managers
        checked = 0
        for login in managers:
            actor: UserRecord = find_actor(db, login)
            walked = tables.managers(db, actor, flt, team=team)
            with monkeypatch.context() as patch:
                _ranked_by_windows(patch)
                ranked = tables.managers(db, actor, flt, team=team)
            assert walked == ranked
            checked += sum(1 for row in walked if row.median_cycle_days is not None)
        assert checked  # some median was compared, not only empty rows
    finally:
        db.close()


def test_a_managers_scope_is_owner_indexed_but_not_indexed(demo_db: Path) -> None:
    """A manager's reach alone keeps the owner walks; any other filter gives them up."""
    db = Database(str(demo_db))
    try:
        actor = find_actor(db, _managers(db)[0])
        with db.query() as conn:
            reach = scope_module.resolve(conn, actor, EVERYTHING)
            narrowed = scope_module.resolve(conn, actor, ReportFilter(status="won"))
        assert (reach.indexed, reach.owner_indexed) == (False, True)
        assert (narrowed.indexed, narrowed.owner_indexed) == (False, False)
    finally:
        db.close()
