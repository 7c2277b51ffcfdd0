"""The window's safety nets: one window per file, an automatic backup once open, damaged files left alone."""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

import ui.app
from funneldesk.demo import fill_demo
from funneldesk.services import backups
from funneldesk.storage.database import Database
from ui.context import AppContext

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def _private_settings(tmp_path: Path) -> None:
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path))


@pytest.fixture
def db_file(db_target: str, engine_name: str) -> Path:
    """Return a fresh SQLite database file (these nets are for files; PostgreSQL skips them)."""
    if engine_name != "sqlite":
        pytest.skip("the one-window lock, path warning and automatic backups are for SQLite files")
    return Path(db_target)


@pytest.fixture
def problems(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Capture the blocking start-up messages instead of showing them."""
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(ui.app, "show_problem", lambda title, text: shown.append((title, text)))
    return shown


def sha256(path: Path) -> str:
    """Return the file's SHA-256."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_second_window_on_the_same_file_is_refused(
    db_file: Path, problems: list[tuple[str, str]], qtbot: QtBot
) -> None:
    before = sha256(db_file)
    with backups.acquire_instance_lock(db_file):
        assert ui.app.run(str(db_file)) == 1
    assert len(problems) == 1
    assert "already open in another FunnelDesk window" in problems[0][1]
    assert sha256(db_file) == before


def test_the_automatic_backup_runs_after_the_window_opens(
    db_file: Path, problems: list[tuple[str, str]], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    notices: list[str] = []
    monkeypatch.setattr(ui.app, "show_notice", lambda parent, text: notices.append(text))
    opened = ui.app.open_for_gui(str(db_file))
    assert not isinstance(opened, int) and opened.lock is not None
    ctx = AppContext(opened.db, opened.owner)
    ctx.lock = opened.lock
    window = ui.app.start_window(ctx, opened)
    qtbot.addWidget(window)
    assert backups.list_backups(opened.db) == []
    qtbot.waitUntil(lambda: bool(backups.list_backups(opened.db)), timeout=10_000)
    entry = backups.list_backups(opened.db)[0]
    assert entry.label == "auto" and entry.path.is_file()
    assert window.backup_scheduler.timer.isActive()  # type: ignore[attr-defined]
    assert ui.app.open_for_gui(str(db_file)) == 1  # still locked while the window is open
    window.close()
    backups.acquire_instance_lock(db_file).release()  # the window gave the lock back
    assert problems and not notices


def test_a_risky_folder_is_named_once_without_blocking(
    db_file: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    notices: list[str] = []
    monkeypatch.setattr(ui.app, "show_notice", lambda parent, text: notices.append(text))
    monkeypatch.setattr("funneldesk.services.startup.path_warning", lambda path: f"{path} is on a share")
    opened = ui.app.open_for_gui(str(db_file))
    assert not isinstance(opened, int)
    ctx = AppContext(opened.db, opened.owner)
    ctx.lock = opened.lock
    window = ui.app.start_window(ctx, opened)
    qtbot.addWidget(window)
    assert notices == [f"{db_file.resolve()} is on a share"]
    window.close()


def test_a_damaged_file_names_the_newest_backup_and_stays_byte_identical(
    db_file: Path, problems: list[tuple[str, str]], qtbot: QtBot, tmp_path: Path
) -> None:
    database = Database(db_file)
    fill_demo(database, leads=300, seed=3)
    backup = backups.backup_now(database)
    database.close()
    damaged = tmp_path / "damaged" / "funnel.db"
    damaged.parent.mkdir()
    shutil.copyfile(db_file, damaged)
    shutil.copytree(backup.path.parent, damaged.parent / backup.path.parent.name)
    size = damaged.stat().st_size
    with open(damaged, "r+b") as handle:  # garbage over the middle half, header intact
        handle.seek(size // 4)
        handle.write(os.urandom(size // 2))
    before = sha256(damaged)
    assert ui.app.run(str(damaged)) == 7
    assert sha256(damaged) == before
    title, text = problems[0]
    assert title == "The database is damaged"
    assert "left it exactly as it was" in text
    assert backup.path.name in text and f"{backup.taken_at:%Y-%m-%d %H:%M}" in text
    assert "funneldesk --db" in text and " restore " in text
    backups.acquire_instance_lock(damaged).release()  # the refused open kept no lock
