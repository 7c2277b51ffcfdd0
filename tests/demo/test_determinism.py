"""Same seed, same data (on both engines); a different seed, different data."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import func, select

from funneldesk.demo import fill_demo
from funneldesk.storage.database import Database
from funneldesk.storage.models import Lead, StageChange
from tests.demo.helpers import ANCHOR, PG_URL, dump

LEADS = 800


def test_same_seed_gives_identical_tables(db: Database, fresh_db: Callable[[], Database]) -> None:
    other = fresh_db()
    fill_demo(db, leads=LEADS, seed=42, anchor=ANCHOR)
    fill_demo(other, leads=LEADS, seed=42, anchor=ANCHOR)
    first, second = dump(db), dump(other)
    assert len(first["leads"]) == LEADS
    for table, rows in first.items():
        assert rows == second[table], f"{table} differs between two runs with the same seed"


def test_different_seeds_differ(db: Database, fresh_db: Callable[[], Database]) -> None:
    other = fresh_db()
    fill_demo(db, leads=LEADS, seed=1, anchor=ANCHOR)
    fill_demo(other, leads=LEADS, seed=2, anchor=ANCHOR)
    first, second = dump(db), dump(other)
    assert first["leads"] != second["leads"]
    assert first["stage_changes"] != second["stage_changes"]
    assert first["users"] == second["users"]  # the staff is the same business


@pytest.mark.skipif(not PG_URL, reason="needs FUNNELDESK_TEST_DB (PostgreSQL)")
def test_postgresql_matches_sqlite(db: Database, tmp_path: Path) -> None:
    template = Database(tmp_path / "sqlite.db")
    try:
        fill_demo(db, leads=LEADS, seed=9, anchor=ANCHOR)
        fill_demo(template, leads=LEADS, seed=9, anchor=ANCHOR)
        on_pg, on_sqlite = dump(db), dump(template)
    finally:
        template.close()
    for table, rows in on_pg.items():
        assert rows == on_sqlite[table], f"{table} differs between PostgreSQL and SQLite"


def test_history_size_matches_result(db: Database) -> None:
    result = fill_demo(db, leads=300, seed=5, anchor=ANCHOR)
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(Lead)) == 300
        assert session.scalar(select(func.count()).select_from(StageChange)) == result.stage_changes
