"""Start-up check: a damaged file is refused untouched and the newest good backup is named."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from safety_world import make_world

from funneldesk.domain.errors import DatabaseDamaged
from funneldesk.services import backups, leads
from funneldesk.storage.database import Database
from funneldesk.storage.health import DamagedFile
from tests.file_damage import damage_table, sha256_of


def _filled(path: Path) -> Database:
    db = Database(path)
    world = make_world(db)
    with db.write() as session:
        for i in range(60):
            leads.create_in_session(session, world.owner, {"title": f"lead {i}", "notes": "n" * 300},
                                    pipeline="Free")
    return db


def test_damaged_file_is_refused_byte_identical_with_newest_good_backup(sqlite_file: Path) -> None:
    """quick_check failure: DatabaseDamaged names the newest verified backup; file untouched."""
    db = _filled(sqlite_file)
    good = backups.backup_now(db)
    bad = backups.backup_now(db)
    db.close()
    bad.path.write_bytes(b"not a database at all" * 100)
    damage_table(sqlite_file, "leads", skip=8)
    before = sha256_of(sqlite_file)
    with pytest.raises(DatabaseDamaged) as caught:
        Database(sqlite_file)
    assert sha256_of(sqlite_file) == before
    assert isinstance(caught.value, DamagedFile) and caught.value.backup is not None
    assert caught.value.backup.path == good.path
    assert str(good.path) in str(caught.value)
    assert f"{good.taken_at:%Y-%m-%d %H:%M}" in str(caught.value)
    assert "nothing was written" in str(caught.value)


def test_damaged_file_can_be_restored_from_the_offered_backup(sqlite_file: Path) -> None:
    """The offered backup restores over the damaged file, which is kept aside byte-identical."""
    db = _filled(sqlite_file)
    good = backups.backup_now(db)
    db.close()
    damage_table(sqlite_file, "leads", skip=8)
    damaged = sha256_of(sqlite_file)
    result = backups.restore_backup(sqlite_file, good.path)
    assert result.kept is not None and sha256_of(result.kept) == damaged
    reopened = Database(sqlite_file)
    assert backups.check_database(reopened) == []
    reopened.close()


def test_broken_foreign_keys_are_refused(sqlite_file: Path) -> None:
    """foreign_key_check failures are reported at open, and nothing is written."""
    with closing(sqlite3.connect(sqlite_file)) as conn:
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("INSERT INTO users (name, login, role, manager_id, active, created_at, "
                     "failed_logins) VALUES ('x', 'x', 'employee', 999, 1, '2026-01-01', 0)")
        conn.commit()
    before = sha256_of(sqlite_file)
    with pytest.raises(DatabaseDamaged, match="broken references in users"):
        Database(sqlite_file)
    assert sha256_of(sqlite_file) == before


def test_garbage_file_is_refused_and_kept(tmp_path: Path) -> None:
    """A file that is not a database is refused without being touched."""
    path = tmp_path / "garbage.db"
    path.write_bytes(b"\x00garbage" * 1000)
    before = sha256_of(path)
    with pytest.raises(DatabaseDamaged, match="no good backup"):
        Database(path)
    assert sha256_of(path) == before


def test_healthy_file_opens_and_check_is_clean(db: Database) -> None:
    """A healthy database opens and reports no problems (both engines)."""
    assert backups.check_database(db) == []
