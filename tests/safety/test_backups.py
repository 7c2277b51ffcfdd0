"""Backup suite: verified online backups under load, rotation, restore and its refusals."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
from collections.abc import Callable
from contextlib import closing
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from safety_world import integrity, logical_dump, make_world, scalar, soak, worker

from funneldesk.domain.errors import DatabaseError, SchemaTooNew
from funneldesk.services import backups, leads
from funneldesk.storage.backup import BackupFile, list_backup_files
from funneldesk.storage.database import Database
from funneldesk.storage.rotation import RotationPolicy, rotate, to_keep


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _backups_under_load(path: Path, count: int, figure: Callable[..., None]) -> None:
    db = Database(path)
    make_world(db)
    child = worker("writer", path)
    assert child.stdout is not None
    whole = complete = 0
    try:
        for i in range(count):
            for _ in range(3):  # let a few more rows commit between backups
                last = int(child.stdout.readline().split()[1])
            made = backups.backup_now(db, path.parent / f"load-{i}.db").path
            whole += integrity(made) == "ok"
            missing = scalar(made, f"SELECT {last} - count(*) FROM leads WHERE id <= {last}")
            complete += missing == 0
    finally:
        child.kill()
        child.communicate()
        db.close()
    figure("backups under load", backups=count, integrity_ok=whole, complete=complete,
           failures=2 * count - whole - complete)
    assert (whole, complete) == (count, count)


def test_backups_while_another_process_writes_fast(sqlite_file: Path, figure: Callable[..., None]) -> None:
    """Fast tier: 5 backups while a writer commits leads continuously."""
    _backups_under_load(sqlite_file, 5, figure)


@pytest.mark.slow
def test_backups_while_another_process_writes_soak(sqlite_file: Path, figure: Callable[..., None]) -> None:
    """Soak: 30 backups under continuous writes (small: 10)."""
    _backups_under_load(sqlite_file, soak(10, 30), figure)


def test_backup_is_private_verified_and_listed(sqlite_file: Path) -> None:
    """A backup is mode 0600, leaves no temporary file, and is listed with its date."""
    db = Database(sqlite_file)
    entry = backups.backup_now(db)
    assert stat.S_IMODE(os.stat(entry.path).st_mode) == 0o600
    assert not list(entry.path.parent.glob("*.part"))
    listed = backups.list_backups(db)
    assert [b.path for b in listed] == [entry.path]
    assert listed[0].description == "manual"
    assert abs(listed[0].taken_at - datetime.now()) < timedelta(minutes=1)
    db.close()


def test_restore_round_trip_gives_an_equal_logical_dump(sqlite_file: Path,
                                                        figure: Callable[..., None]) -> None:
    """Restore brings back exactly the data of backup time and keeps the current file."""
    db = Database(sqlite_file)
    world = make_world(db)
    leads.create_lead(db, world.owner, {"title": "before backup"}, pipeline="Free")
    entry = backups.backup_now(db)
    at_backup = logical_dump(entry.path)
    leads.create_lead(db, world.owner, {"title": "after backup"}, pipeline="Free")
    db.close()
    result = backups.restore_backup(sqlite_file, entry.path)
    equal = logical_dump(sqlite_file) == at_backup
    assert result.kept is not None and integrity(result.kept) == "ok"
    assert scalar(result.kept, "SELECT count(*) FROM leads WHERE title = 'after backup'") == 1
    figure("restore round trip", runs=1, equal_dumps=int(equal), failures=int(not equal))
    assert equal
    reopened = Database(sqlite_file)
    assert [r.title for r in leads.list_leads(reopened, world.owner)] == ["before backup"]
    reopened.close()


def test_restore_refuses_a_corrupt_backup(sqlite_file: Path) -> None:
    """A damaged backup is refused and the database is left byte-identical."""
    bad = sqlite_file.with_name("bad.db")
    data = bytearray(Path(backups.backup_now(Database(sqlite_file)).path).read_bytes())
    data[4096:8192] = b"\xff" * 4096
    bad.write_bytes(bytes(data))
    before = _sha(sqlite_file)
    with pytest.raises(DatabaseError, match="damaged"):
        backups.restore_backup(sqlite_file, bad)
    assert _sha(sqlite_file) == before


def test_restore_refuses_a_newer_schema_backup(sqlite_file: Path) -> None:
    """A backup written by a newer FunnelDesk is refused; nothing changes."""
    newer = sqlite_file.with_name("newer.db")
    backups.backup_now(Database(sqlite_file), newer)
    with closing(sqlite3.connect(newer)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
        conn.commit()
    before = _sha(sqlite_file)
    with pytest.raises(SchemaTooNew):
        backups.restore_backup(sqlite_file, newer)
    assert _sha(sqlite_file) == before


def _fake(base: Path, when: datetime, label: str = "auto") -> BackupFile:
    return BackupFile(base / f"x-{when:%Y-%m-%dT%H%M%S-%f}-{label}.db", when, label, 1)


def test_rotation_keeps_daily_weekly_monthly(tmp_path: Path) -> None:
    """Hourly backups over 120 days keep 7 daily, 4 weekly and 12 monthly at most."""
    start = datetime(2026, 1, 1)
    files = [_fake(tmp_path, start + timedelta(hours=h)) for h in range(0, 24 * 120, 5)]
    files.append(_fake(tmp_path, start, "manual"))
    files.sort(key=lambda b: b.taken_at, reverse=True)
    keep = to_keep(files, RotationPolicy(daily=7, weekly=4, monthly=12))
    autos = [b for b in files if b.label == "auto"]
    assert autos[0].path in keep  # the newest
    assert len(keep) <= 7 + 4 + 12
    days = {b.taken_at.date() for b in autos if b.path in keep}
    assert len(days) >= 7 and {d.month for d in days} == {1, 2, 3, 4}  # every month kept


def test_rotate_reads_counts_from_settings_and_prunes(sqlite_file: Path) -> None:
    """Automatic backups follow the counts stored in settings; manual ones are never pruned."""
    db = Database(sqlite_file)
    world = make_world(db)
    backups.set_backup_policy(db, world.owner, RotationPolicy(daily=2, weekly=0, monthly=0))
    assert backups.backup_policy(db).daily == 2
    backups.backup_now(db)
    day = datetime(2026, 3, 2, 9)
    for offset in range(5):
        assert backups.auto_backup(db, now=day + timedelta(days=offset)) is not None
    assert backups.auto_backup(db, now=day + timedelta(days=4, minutes=5)) is None  # not due
    labels = [b.label for b in list_backup_files(sqlite_file)]
    assert labels.count("auto") == 2 and labels.count("manual") == 1
    assert rotate(sqlite_file, RotationPolicy(), force=True) is not None
    db.close()
