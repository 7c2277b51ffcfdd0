"""The window's automatic backups: off the database worker, after a due scan, and what their check finds."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

import ui.app
import ui.integrity
import ui.safety
from funneldesk.demo import fill_demo
from funneldesk.services import backups
from funneldesk.storage.backup import list_backup_files
from funneldesk.storage.database import Database
from funneldesk.storage.health import state_path
from tests.file_damage import damage_table, sha256_of

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("private_settings")]



@pytest.fixture
def db_file(db_target: str, engine_name: str) -> Path:
    """A 200-lead SQLite file closed cleanly, with one good manual backup and no automatic one."""
    if engine_name != "sqlite":
        pytest.skip("backups are of SQLite files")
    path = Path(db_target)
    database = Database(path)
    fill_demo(database, leads=200, seed=5)
    backups.backup_now(database)
    database.close()
    return path


def test_automatic_backup_that_fails_its_check_offers_the_good_backup(
    db_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The backup's check finds the damage: the window closes, the file is left untouched, backup offered."""
    good = list_backup_files(db_file)[0]
    damage_table(db_file, "audit_entries", keep_stamp=True)
    before = sha256_of(db_file)
    raised: list[Exception] = []
    real = ui.safety.auto_backup

    def recorded(db: object) -> object:
        try:
            return real(db)  # type: ignore[arg-type]
        except Exception as exc:
            raised.append(exc)
            raise

    offers: list[str] = []
    windows: list[str] = []
    monkeypatch.setattr(ui.safety, "auto_backup", recorded)
    monkeypatch.setattr(ui.app, "ask_restore", lambda title, text: offers.append(text) or False)
    original = ui.app.start_window
    monkeypatch.setattr(ui.app, "start_window", lambda ctx, o: windows.append(o.name) or original(ctx, o))
    assert ui.app.run(str(db_file)) == 7
    assert windows == ["funnel.db"]  # opened without a scan: nothing made one due
    assert len(raised) == 1 and "found by its backup" in str(raised[0])
    assert len(offers) == 1 and str(good.path) in offers[0]
    assert [b.path for b in list_backup_files(db_file)] == [good.path]  # the failed copy is not kept
    assert sha256_of(db_file) == before


def _window(db_file: Path) -> tuple[ui.app.AppContext, object]:
    opened = ui.app.open_for_gui(str(db_file))
    assert not isinstance(opened, int)
    ctx = ui.app.AppContext(opened.db, opened.owner)
    ctx.lock = opened.lock
    return ctx, ui.app.start_window(ctx, opened)


def test_a_long_backup_does_not_hold_the_database_worker(
    db_file: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """While the automatic backup runs, the board's work still gets the database worker."""
    release = threading.Event()
    started = threading.Event()
    real = ui.safety.auto_backup

    def slow(db: object) -> object:
        started.set()
        release.wait(20)
        return real(db)  # type: ignore[arg-type]

    monkeypatch.setattr(ui.safety, "auto_backup", slow)
    ctx, window = _window(db_file)
    qtbot.addWidget(window)  # type: ignore[arg-type]
    qtbot.waitUntil(started.is_set, timeout=10_000)
    answers: list[object] = []
    ctx.run(lambda: "worker free", answers.append)
    qtbot.waitUntil(lambda: answers == ["worker free"], timeout=5_000)
    assert not release.is_set()  # answered while the backup was still under way
    release.set()
    qtbot.waitUntil(lambda: any(b.label == "auto" for b in list_backup_files(db_file)), timeout=10_000)
    window.close()  # type: ignore[attr-defined]


def test_the_backup_waits_for_a_due_scan_and_closing_waits_for_the_backup(
    db_file: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After an unclean shutdown the scan reads the file first; a backup in flight finishes before close."""
    state_path(db_file).unlink()  # as after a crash: a scan is due
    monkeypatch.setattr(ui.safety, "SCAN_WAIT_MS", 50)
    order: list[str] = []
    real_backup, real_scan = ui.safety.auto_backup, ui.integrity.run_pending_check

    def scan(db: object) -> list[str]:
        time.sleep(0.5)
        problems = real_scan(db)  # type: ignore[arg-type]
        order.append("scan")
        return problems

    def backup(db: object) -> object:
        order.append("backup")
        time.sleep(0.5)
        entry = real_backup(db)  # type: ignore[arg-type]
        order.append("backup done")
        return entry

    monkeypatch.setattr(ui.integrity, "run_pending_check", scan)
    monkeypatch.setattr(ui.safety, "auto_backup", backup)
    _ctx, window = _window(db_file)
    qtbot.addWidget(window)  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: "backup" in order, timeout=10_000)
    window.close()  # type: ignore[attr-defined]
    assert order == ["scan", "backup", "backup done"]
