"""Proof on real data: the Maven CRM sample imports as a migrating user would do it."""

from __future__ import annotations

import csv
import subprocess
import sys
from collections import Counter, defaultdict
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import aliased

from funneldesk.storage.database import Database
from funneldesk.storage.models import Lead, Stage, StageChange, User

DATA = Path(__file__).resolve().parents[3] / "shared" / "data" / "maven-crm"
if not DATA.is_dir():
    DATA = Path("/work/shared/data/maven-crm")
pytestmark = pytest.mark.skipif(not DATA.is_dir(), reason="Maven sample data not present")


def _cli(db_target: str, *args: str) -> str:
    done = subprocess.run([sys.executable, "-m", "funneldesk", "--db", db_target, *args],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return done.stdout


def _rows(name: str) -> list[dict[str, str]]:
    with (DATA / name).open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def _expected() -> tuple[dict[str, tuple[int, int, Decimal]], dict[str, tuple[int, int, Decimal]]]:
    managers = {r["sales_agent"]: r["manager"] for r in _rows("sales_teams.csv")}
    agents: dict[str, list] = defaultdict(lambda: [0, 0, Decimal(0)])
    bosses: dict[str, list] = defaultdict(lambda: [0, 0, Decimal(0)])
    for row in _rows("sales_pipeline.csv"):
        for key, table in ((row["sales_agent"], agents), (managers[row["sales_agent"]], bosses)):
            if row["deal_stage"] == "Won":
                table[key][0] += 1
                table[key][2] += Decimal(row["close_value"])
            elif row["deal_stage"] == "Lost":
                table[key][1] += 1
    return ({k: tuple(v) for k, v in agents.items()}, {k: tuple(v) for k, v in bosses.items()})


def _actual(db: Database) -> tuple[dict[str, tuple[int, int, Decimal]], dict[str, tuple[int, int, Decimal]]]:
    boss = aliased(User)
    query = (select(User.name, boss.name, Stage.kind, Lead.value_minor)
             .join(Lead, Lead.owner_id == User.id).join(Stage, Stage.id == Lead.stage_id)
             .outerjoin(boss, boss.id == User.manager_id))
    agents: dict[str, list] = defaultdict(lambda: [0, 0, Decimal(0)])
    bosses: dict[str, list] = defaultdict(lambda: [0, 0, Decimal(0)])
    with db.read() as session:
        for agent, manager, kind, minor in session.execute(query):
            for key, table in ((agent, agents), (manager, bosses)):
                if kind == "won":
                    table[key][0] += 1
                    table[key][2] += Decimal(minor) / 100
                elif kind == "lost":
                    table[key][1] += 1
    return ({k: tuple(v) for k, v in agents.items()}, {k: tuple(v) for k, v in bosses.items()})


def _fingerprint(db: Database) -> tuple[object, ...]:
    with db.read() as session:
        leads = session.execute(select(func.count(), func.sum(Lead.value_minor),
                                       func.max(Lead.updated_at), func.sum(Lead.version))).one()
        changes = session.scalar(select(func.count()).select_from(StageChange))
    return (*leads, changes)


def test_maven_imports_with_the_numbers_of_the_csv(db_target: str) -> None:
    _cli(db_target, "init")
    _cli(db_target, "users", "import", str(DATA / "sales_teams.csv"))
    _cli(db_target, "pipelines", "add", "Maven", "--stage", "Prospecting", "--stage", "Engaging",
         "--stage", "Won:won", "--stage", "Lost:lost")
    args = ["import", str(DATA / "sales_pipeline.csv"), "--pipeline", "Maven",
            "--map", "engage_date=entered:Engaging", "--map", "close_date=closed_at"]
    assert "would create 8800" in _cli(db_target, *args, "--dry-run")
    assert "create 8800, update 0, unchanged 0, rejected 0" in _cli(db_target, *args)
    db = Database(db_target)
    try:
        before = _fingerprint(db)
        assert before[0] == 8800
        agents, managers = _actual(db)
        expected_agents, expected_managers = _expected()
        assert agents == expected_agents
        assert managers == expected_managers
        _check_dirt_and_history(db)
        assert "create 0, update 0, unchanged 8800" in _cli(db_target, *args)
        assert _fingerprint(db) == before
    finally:
        db.close()


def _check_dirt_and_history(db: Database) -> None:
    rows = _rows("sales_pipeline.csv")
    with db.read() as session:
        by_id = {e: (c, cat) for e, c, cat in session.execute(
            select(Lead.external_id, Lead.company, Lead.category))}
        steps = Counter(session.scalars(select(Stage.name).join(
            StageChange, StageChange.to_stage_id == Stage.id)))
        first = session.execute(select(Lead.closed_at, Lead.created_at)
                                .where(Lead.external_id == "1C1I7A6R")).one()
    blank = [r for r in rows if not r["account"]]
    assert len(blank) == 1425 and all(by_id[r["opportunity_id"]][0] is None for r in blank)
    gtx = [r for r in rows if r["product"] == "GTXPro"]
    assert gtx and all(by_id[r["opportunity_id"]][1] == "GTXPro" for r in gtx)
    engaged = sum(1 for r in rows if r["engage_date"])
    assert steps == {"Prospecting": 8800, "Engaging": engaged, "Won": 4238, "Lost": 2473}
    assert (first.closed_at.date().isoformat(), first.created_at.date().isoformat()) == (
        "2017-03-01", "2016-10-20")
