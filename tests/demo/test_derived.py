"""The derived tables a demo writes equal what a full rebuild computes from its leads and history."""

from __future__ import annotations

import sqlite3
from datetime import date
from typing import Any

import pytest
from sqlalchemy import Row, select, text

from funneldesk.analytics import derived
from funneldesk.analytics.conversion import SETTING
from funneldesk.cli.setup import initialise
from funneldesk.demo import fill_demo
from funneldesk.services.templates import TEMPLATE_NAMES
from funneldesk.storage import bulk_load as bulk
from funneldesk.storage.database import Database
from funneldesk.storage.models import ExchangeRate, Setting
from tests.demo.helpers import ANCHOR

TABLES = ("lead_progress", "stage_stays", "lead_desk")


def _derived(db: Database) -> dict[str, list[Row[Any]]]:
    with db.read() as session:
        return {t: list(session.execute(text(f"SELECT * FROM {t} ORDER BY 1"))) for t in TABLES}


def _rebuilt(db: Database) -> dict[str, list[Row[Any]]]:
    with db.write() as session:
        derived.rebuild(session)
    return _derived(db)


def _assert_same_as_rebuild(db: Database) -> dict[str, list[Row[Any]]]:
    written = _derived(db)
    rebuilt = _rebuilt(db)
    for table in TABLES:
        assert written[table], f"the demo wrote no {table} rows"
        differ = [(a, b) for a, b in zip(written[table], rebuilt[table], strict=False) if a != b]
        assert len(written[table]) == len(rebuilt[table]), table
        assert not differ, f"{table}: demo row {differ[0][0]} != rebuilt {differ[0][1]}"
    return written


def test_demo_derived_tables_equal_a_full_rebuild(db: Database) -> None:
    fill_demo(db, leads=1500, seed=21, anchor=ANCHOR)
    written = _assert_same_as_rebuild(db)
    desk = written["lead_desk"]
    assert any(row.forecast_month for row in desk) and any(row.skipped_stages for row in desk)
    assert {row.status for row in written["lead_progress"]} == {"open", "won", "lost"}


def test_bulk_path_and_a_second_run_keep_derived_tables_exact(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Indexes off during the load, and a second demo on top of the first: still a rebuild's rows."""
    monkeypatch.setattr(bulk, "BULK_ABOVE", 0)
    fill_demo(db, leads=700, seed=22, anchor=ANCHOR)
    fill_demo(db, leads=900, seed=23, anchor=ANCHOR)
    written = _assert_same_as_rebuild(db)
    assert len(written["lead_progress"]) == 1600


def test_another_reporting_currency_is_converted_like_a_rebuild(db: Database) -> None:
    """A company reporting in EUR: the demo's USD amounts get rep_minor as the rebuild converts them."""
    with db.write() as session:
        session.add(Setting(key=SETTING, value="EUR"))
        # 1 USD = 0.9 EUR from the demo's second year on: earlier deals stay unconverted (NULL).
        rate = ExchangeRate(currency="USD", quote="EUR", valid_from=date(2025, 6, 15), rate_e12=9 * 10**11)
        session.add(rate)
    fill_demo(db, leads=400, seed=24, anchor=ANCHOR)
    written = _assert_same_as_rebuild(db)
    reps = [(row.value_minor, row.rep_minor) for row in written["lead_progress"] if row.value_minor]
    assert any(rep is None for _, rep in reps)
    assert any(rep is not None and rep == round(value * 0.9) for value, rep in reps)
    with db.read() as session:
        assert session.scalar(select(Setting.value).where(Setting.key == SETTING)) == "EUR"


def test_reporting_currency_is_stored_as_after_a_refresh(db: Database) -> None:
    fill_demo(db, leads=50, seed=25, anchor=ANCHOR)
    with db.read() as session:
        assert session.scalar(select(Setting.value).where(Setting.key == SETTING)) == "USD"


def test_no_broken_constraints_and_connection_settings_restored(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The load skips per-row FK lookups and CHECKs, with a rollback journal: the result is checked."""
    if db.dialect != "sqlite":
        pytest.skip("SQLite's load settings")
    monkeypatch.setattr(bulk, "BULK_ABOVE", 0)
    fill_demo(db, leads=300, seed=26, anchor=ANCHOR)
    with db.write() as session:  # the writer's connection is back to the app's settings
        assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert session.execute(text("PRAGMA ignore_check_constraints")).scalar() == 0
        assert session.execute(text("PRAGMA foreign_key_check")).all() == []
        # integrity_check also tests every row against the CHECK and NOT NULL constraints.
        assert session.execute(text("PRAGMA integrity_check")).scalars().all() == ["ok"]


def test_demo_runs_while_another_connection_has_the_file_open(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The window's reader keeps the file in WAL mode: the load cannot switch journals and need not."""
    if db.dialect != "sqlite" or db.path is None:
        pytest.skip("SQLite's journal")
    monkeypatch.setattr(bulk, "BULK_ABOVE", 0)
    other = sqlite3.connect(db.path)
    try:
        other.execute("SELECT count(*) FROM leads").fetchall()
        result = fill_demo(db, leads=200, seed=27, anchor=ANCHOR)
        assert other.execute("SELECT count(*) FROM leads").fetchone() == (200,)
        assert other.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    finally:
        other.close()
    assert result.leads == 200
    _assert_same_as_rebuild(db)


@pytest.mark.parametrize("template", TEMPLATE_NAMES)
def test_every_pipeline_template_gives_exact_derived_tables(db: Database, template: str) -> None:
    """Stage orders, optional stages and probabilities of each template: forecast and skips as rebuilt."""
    initialise(db, template)
    fill_demo(db, leads=400, seed=28, anchor=ANCHOR)
    _assert_same_as_rebuild(db)
