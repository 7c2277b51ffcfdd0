"""A manager's reports read the team's medians by index walks, with the figures unchanged.

The actor's reach (owner_id IN the team) no longer sends the median sales cycle, the
channels' cycles or time in stage to the window-function ranking: walks of indexes that
hold the owner answer them (issue 15). Here both ways are computed on one demo company
and must agree exactly, and on SQLite a manager's dashboard reads the derived tables
only through indexes that hold every column it needs (no table look-up per lead).
"""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from funneldesk.analytics import scope as scope_module
from funneldesk.analytics import tables, timing
from funneldesk.analytics.dashboard import dashboard
from funneldesk.analytics.discounts import discounts
from funneldesk.analytics.scope import EVERYTHING, ReportFilter
from funneldesk.domain.records import UserRecord
from funneldesk.services.signin import find_actor
from funneldesk.services.users import ensure_owner
from funneldesk.storage.database import Database
from tests.query_plans import plan_of, statements_of

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
    monkeypatch.setattr(timing, "resolve", old)


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


@pytest.mark.parametrize("flt", [EVERYTHING, RANGE])
def test_a_managers_channels_and_stage_times_match_the_window_ranking(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch, flt: ReportFilter
) -> None:
    """Each manager's channel cycles and time in stage are the same walked and ranked."""
    db = Database(str(demo_db))
    try:
        compared = 0
        for login in _managers(db):
            actor = find_actor(db, login)
            walked = (tables.channels(db, actor, flt), timing.stage_times(db, actor, flt))
            with monkeypatch.context() as patch:
                _ranked_by_windows(patch)
                ranked = (tables.channels(db, actor, flt), timing.stage_times(db, actor, flt))
            assert walked == ranked
            compared += sum(1 for row in walked[1] if row.median_days is not None)
            compared += sum(1 for row in walked[0] if row.median_cycle_days is not None)
        assert compared
    finally:
        db.close()


def _derived_reads(db: Database, actor: UserRecord, flt: ReportFilter,
                   report: Callable[[], object] | None = None) -> list[str]:
    """Return the plan lines of every derived-table read a report (the dashboard's refresh) makes."""
    def refresh() -> object:
        return dashboard(db, actor, flt, preset="this_year" if flt.created_from else None)

    lines: list[str] = []
    for statement, params in statements_of(db, report or refresh):
        # The forecast reads the open leads (a few of all) through the table; left out.
        if statement.lstrip().upper().startswith("SELECT") and "expected_close" not in statement:
            lines += plan_of(db, statement, params)
    return [line for line in lines if "lead_progress" in line or "stage_stays" in line]


@pytest.mark.parametrize("flt", [EVERYTHING, RANGE])
def test_a_managers_dashboard_reads_no_derived_row_outside_an_index(
    demo_db: Path, flt: ReportFilter
) -> None:
    """Every derived-table read of a manager's dashboard is index-only (SQLite's plans).

    A walk that must look each entry up in the table to test the owner made the 1M
    dashboard as a manager 2-5 s against 0.7 s (issue 15, migration 0019).
    """
    db = Database(str(demo_db))
    try:
        actor = find_actor(db, _managers(db)[0])
        reads = _derived_reads(db, actor, flt)
        assert any("COVERING INDEX" in line for line in reads), reads
        looked_up = [line for line in reads if "COVERING INDEX" not in line]
        assert not looked_up, looked_up
    finally:
        db.close()


def test_the_discount_report_of_all_time_reads_lead_progress_index_only(demo_db: Path) -> None:
    """The owner's and a manager's all-time discount reports read no lead from the table (0020).

    It counts the deals with a value per owner; before value_minor ended the owners' sums
    index, every lead was looked up: 2.7 s at 1M leads, 0.9 s after (whole processes).
    (A created range walks ix_lead_progress_created instead, the range's leads only: this
    year at 1M 0.8 s, a month 0.3 s.)
    """
    db = Database(str(demo_db))
    try:
        for login in ("owner", _managers(db)[0]):
            actor = find_actor(db, login) if login != "owner" else ensure_owner(db)
            reads = _derived_reads(db, actor, EVERYTHING, lambda a=actor: discounts(db, a, EVERYTHING))
            assert reads and all("COVERING INDEX" in line for line in reads), (login, reads)
    finally:
        db.close()
