"""The window's automatic backup finds the open file damaged: it closes and offers the newest good backup."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

import ui.app
import ui.safety
from funneldesk.demo import fill_demo
from funneldesk.services import backups
from funneldesk.storage.backup import list_backup_files
from funneldesk.storage.database import Database

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def _private_settings(tmp_path: Path) -> None:
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path))


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


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _smash_unseen(path: Path) -> None:
    """Damage the audit table's root page, keeping size and time: nothing at open notices."""
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'audit_entries'").fetchone()[0]
        size = conn.execute("PRAGMA page_size").fetchone()[0]
    before = path.stat()
    with path.open("r+b") as handle:
        handle.seek((root - 1) * size)
        handle.write(b"\x07" * 200)
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))


def test_automatic_backup_that_fails_its_check_offers_the_good_backup(
    db_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The backup's check finds the damage: the window closes, the file is left untouched, backup offered."""
    good = list_backup_files(db_file)[0]
    _smash_unseen(db_file)
    before = _sha(db_file)
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
    assert _sha(db_file) == before
