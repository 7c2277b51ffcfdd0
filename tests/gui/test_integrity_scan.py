"""The window after an unclean shutdown: on screen at once, the scan on a thread, damage reopens."""

from __future__ import annotations

import hashlib
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

import ui.app
from funneldesk.demo import fill_demo
from funneldesk.services import backups
from funneldesk.storage.database import Database
from funneldesk.storage.health import state_path

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("private_settings")]



@pytest.fixture
def db_file(db_target: str, engine_name: str) -> Path:
    """A 200-lead SQLite file left as after a crash (its state file says nothing)."""
    if engine_name != "sqlite":
        pytest.skip("the scan is for SQLite files")
    path = Path(db_target)
    database = Database(path)
    fill_demo(database, leads=200, seed=5)
    database.close()
    state_path(path).unlink()
    return path


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_window_shows_before_the_scan_which_passes_on_a_thread(db_file: Path, qtbot: QtBot) -> None:
    """The window is on screen with the scan due; it passes on its own thread."""
    opened = ui.app.open_for_gui(str(db_file))
    assert not isinstance(opened, int) and opened.db.check_pending
    ctx = ui.app.AppContext(opened.db, opened.owner)
    ctx.lock = opened.lock
    window = ui.app.start_window(ctx, opened)
    qtbot.addWidget(window)
    assert window.isVisible()
    qtbot.waitUntil(lambda: window.integrity_scan.problems is not None, timeout=20_000)
    assert window.integrity_scan.problems == [] and not opened.db.check_pending
    assert window.isVisible()
    window.close()


def test_damage_found_by_the_window_scan_offers_the_backup(
    db_file: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Damage found after the window showed: it closes, the file is refused untouched, backup offered."""
    database = Database(db_file)
    good = backups.backup_now(database)
    database.close()
    state_path(db_file).unlink()
    with closing(sqlite3.connect(f"file:{db_file}?mode=ro", uri=True)) as conn:
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'stage_changes'").fetchone()[0]
        size = conn.execute("PRAGMA page_size").fetchone()[0]
    with db_file.open("r+b") as handle:
        handle.seek((root - 1) * size)
        handle.write(b"\x07" * 200)
    before = _sha(db_file)
    offers: list[str] = []
    windows: list[str] = []
    monkeypatch.setattr(ui.app, "ask_restore", lambda title, text: offers.append(text) or False)
    original = ui.app.start_window
    monkeypatch.setattr(ui.app, "start_window", lambda ctx, o: windows.append(o.name) or original(ctx, o))
    assert ui.app.run(str(db_file)) == 7
    assert windows == ["funnel.db"]  # the window was on screen before the scan ended
    assert len(offers) == 1 and str(good.path) in offers[0]
    assert _sha(db_file) == before
