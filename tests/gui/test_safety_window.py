"""The window's safety nets: one window per file, an automatic backup once open, damaged files left alone."""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

import ui.app
from funneldesk.demo import fill_demo
from funneldesk.services import backups, browse, users
from funneldesk.storage.database import Database
from ui.context import AppContext

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("private_settings")]



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


@pytest.fixture
def damaged(db_file: Path, tmp_path: Path) -> tuple[Path, backups.BackupEntry]:
    """Return a copy of a 300-lead file with garbage over its middle, and its verified backup."""
    database = Database(db_file)
    fill_demo(database, leads=300, seed=3)
    backup = backups.backup_now(database)
    database.close()
    broken = tmp_path / "damaged" / "funnel.db"
    broken.parent.mkdir()
    shutil.copyfile(db_file, broken)
    shutil.copytree(backup.path.parent, broken.parent / backup.path.parent.name)
    size = broken.stat().st_size
    with open(broken, "r+b") as handle:  # garbage over the middle half, header intact
        handle.seek(size // 4)
        handle.write(os.urandom(size // 2))
    moved = broken.parent / backup.path.parent.name / backup.path.name
    return broken, backups.BackupEntry(moved, backup.taken_at, backup.label, backup.size)


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Capture the restore offer and decline it."""
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(ui.app, "ask_restore", lambda title, text: shown.append((title, text)) or False)
    return shown


def test_a_damaged_file_names_the_newest_backup_and_stays_byte_identical(
    damaged: tuple[Path, backups.BackupEntry], asked: list[tuple[str, str]], qtbot: QtBot
) -> None:
    path, backup = damaged
    before = sha256(path)
    assert ui.app.run(str(path)) == 7
    assert sha256(path) == before
    title, text = asked[0]
    assert title == "The database is damaged"
    assert "left it exactly as it was" in text
    assert backup.path.name in text and f"{backup.taken_at:%Y-%m-%d %H:%M}" in text
    assert "funneldesk --db" in text and " restore " in text
    backups.acquire_instance_lock(path).release()  # the refused open kept no lock


def test_restoring_the_offered_backup_opens_the_window_on_it_and_keeps_the_damaged_file(
    damaged: tuple[Path, backups.BackupEntry], monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    path, _backup = damaged
    before = sha256(path)
    monkeypatch.setattr(ui.app, "ask_restore", lambda title, text: True)
    opened: list[str] = []
    original = ui.app.start_window
    monkeypatch.setattr(ui.app, "start_window", lambda ctx, o: opened.append(o.name) or original(ctx, o))
    # Long enough for the deferred scan of the damaged file to finish on a loaded machine.
    assert ui.app.run(str(path), quit_after_ms=5000) == 0
    # Damage on a page read at open stops before any window; damage elsewhere is found by the
    # scan that runs after the window shows, which closes it. Either way the last window is
    # the one on the restored file.
    assert opened[-1:] == ["funnel.db"] and len(opened) <= 2
    kept = [p for p in path.parent.rglob("*before-restore*") if not p.name.endswith("-wal")]
    assert [sha256(p) for p in kept] == [before]  # the damaged file, byte for byte
    database = Database(path)
    try:
        assert browse.count_leads(database, users.ensure_owner(database), browse.LeadFilter()) == 300
    finally:
        database.close()


def test_a_restore_from_the_backups_dialog_reopens_the_window(
    db_file: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    sessions: list[bool] = []

    def session(app: object, opened: object, quit_after_ms: int | None) -> tuple[int, bool]:
        opened.db.close()  # type: ignore[attr-defined]
        opened.lock.release()  # type: ignore[attr-defined]
        sessions.append(not sessions)  # the first window asks to reopen (a restore), the second does not
        return 0, sessions[-1]

    monkeypatch.setattr(ui.app, "_window_session", session)
    assert ui.app.run(str(db_file)) == 0
    assert sessions == [True, False]
