"""Backups verify the live file: a copy that fails means the file is damaged; one that passes counts."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from safety_world import filled_file

from funneldesk.domain.errors import DatabaseDamaged, DatabaseError
from funneldesk.services import backups, users
from funneldesk.storage import backup as backup_module
from funneldesk.storage import database as database_module
from funneldesk.storage.backup import file_fingerprint, list_backup_files
from funneldesk.storage.database import Database
from funneldesk.storage.health import DamagedFile, state_path
from funneldesk.storage.rotation import RotationPolicy
from tests.file_damage import damage_table, sha256_of

# Opens the file, runs the listed steps, says so, then waits to be killed (an unclean close).
CHILD = ("import sys, time\n"
         "import funneldesk.storage.backup as storage_backup\n"
         "storage_backup.QUIET_SECONDS = float(sys.argv[2])\n"
         "from funneldesk.services import backups\n"
         "from funneldesk.storage.database import Database\n"
         "db = Database(sys.argv[1], check='skip')\n"
         "for step in sys.argv[3].split(','):\n"
         "    if step == 'backup':\n"
         "        backups.backup_now(db)\n"
         "    elif step == 'check':\n"
         "        assert backups.check_database(db) == []\n"
         "    elif step == 'write':\n"
         "        with db.write() as session:\n"
         "            session.connection().exec_driver_sql(\"UPDATE pipelines SET name = name || 'x'\")\n"
         "print('done', flush=True)\n"
         "time.sleep(120)\n")


@pytest.fixture
def scans(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Record every full scan a Database makes when it opens."""
    seen: list[Path] = []
    real = database_module.damage_found  # type: ignore[attr-defined]

    def counted(path: Path) -> list[str]:
        seen.append(path)
        return real(path)

    monkeypatch.setattr(database_module, "damage_found", counted)
    return seen


@pytest.fixture
def quiet(monkeypatch: pytest.MonkeyPatch) -> None:
    """A file written a moment ago may be tied to its fingerprint (the tests write, then back up)."""
    monkeypatch.setattr(backup_module, "QUIET_SECONDS", 0.0)


def _lead_count(path: Path) -> int:
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        return int(conn.execute("SELECT count(*) FROM leads").fetchone()[0])


def _state(path: Path) -> dict[str, object]:
    data: dict[str, object] = json.loads(state_path(path).read_text(encoding="utf-8").strip() or "{}")
    return data


def _killed_after(path: Path, steps: str, quiet_seconds: float = 0.0) -> None:
    """Run the steps in another process with the file open, then kill it: an unclean shutdown."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(path), str(quiet_seconds), steps],
                             stdout=subprocess.PIPE, text=True, env=env)
    assert child.stdout is not None and child.stdout.readline().strip() == "done"
    child.kill()
    child.wait()


def test_backup_whose_copy_fails_marks_the_file_damaged_and_refuses_writes(sqlite_file: Path) -> None:
    """The copy fails its check: nothing kept or pruned, writes stop, the next open offers the good one."""
    filled_file(sqlite_file)
    db = Database(sqlite_file)
    backups.set_backup_policy(db, users.ensure_owner(db), RotationPolicy(daily=1, weekly=0, monthly=0))
    good = backups.auto_backup(db, now=datetime.now() - timedelta(days=2), force=True)
    db.close()
    assert good is not None
    damage_table(sqlite_file, "leads", keep_stamp=True)
    before = sha256_of(sqlite_file)
    db = Database(sqlite_file, check="skip")  # the stamp matches: nothing makes a scan due
    with pytest.raises(DatabaseDamaged, match=r"is damaged \(found by its backup: ") as caught:
        backups.auto_backup(db, force=True)
    assert isinstance(caught.value, DamagedFile) and caught.value.backup is not None
    assert caught.value.backup.path == good.path
    assert [b.path for b in list_backup_files(sqlite_file)] == [good.path]  # nothing kept, nothing pruned
    assert not list(good.path.parent.glob("*.part"))
    with pytest.raises(DatabaseDamaged), db.write() as session:
        session.connection().exec_driver_sql("UPDATE pipelines SET name = 'x'")
    db.close()
    assert "damaged" in _state(sqlite_file) and sha256_of(sqlite_file) == before
    with pytest.raises(DatabaseDamaged) as refused:  # every open scans it now, in any mode
        Database(sqlite_file, check="skip")
    assert isinstance(refused.value, DamagedFile) and refused.value.backup is not None
    assert refused.value.backup.path == good.path and sha256_of(sqlite_file) == before
    backups.restore_backup(sqlite_file, refused.value.backup.path)
    Database(sqlite_file).close()
    assert _lead_count(sqlite_file) == 40


def test_manual_backup_of_a_damaged_file_says_so(sqlite_file: Path) -> None:
    """backup_now: the same verdict; the manual copy is not written."""
    filled_file(sqlite_file)
    damage_table(sqlite_file, "leads", keep_stamp=True)
    db = Database(sqlite_file, check="skip")
    with pytest.raises(DatabaseDamaged, match="no good backup was found"):
        backups.backup_now(db)
    db.close()
    assert list_backup_files(sqlite_file) == []


def test_command_line_backup_of_a_damaged_file_exits_7_in_one_line(sqlite_file: Path) -> None:
    """`funneldesk backup` on a file its copy finds damaged: exit 7, one line, file untouched."""
    filled_file(sqlite_file)
    damage_table(sqlite_file, "leads", keep_stamp=True)
    before = sha256_of(sqlite_file)
    run = subprocess.run([sys.executable, "-m", "funneldesk", "--db", str(sqlite_file), "backup"],
                         capture_output=True, text=True, timeout=120,
                         env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)})
    assert run.returncode == 7, run.stderr
    assert "Traceback" not in run.stderr and len(run.stderr.strip().splitlines()) == 1, run.stderr
    assert "damaged (found by its backup" in run.stderr
    assert sha256_of(sqlite_file) == before and list_backup_files(sqlite_file) == []


def test_passing_backup_records_the_verification_and_releases_held_writes(
    sqlite_file: Path, quiet: None
) -> None:
    """A window waiting for its deferred scan: a passing backup is that scan."""
    filled_file(sqlite_file)
    _killed_after(sqlite_file, "write")
    db = Database(sqlite_file, check="defer")
    assert db.check_pending
    backups.backup_now(db)
    assert not db.check_pending
    assert _state(sqlite_file) == {"verified": file_fingerprint(sqlite_file)}
    with db.write() as session:
        session.connection().exec_driver_sql("UPDATE pipelines SET name = name || 'y'")
    db.close()


def test_unclean_close_after_a_verified_backup_with_nothing_written_needs_no_scan(
    sqlite_file: Path, scans: list[Path]
) -> None:
    """Killed right after a backup verified the file: the content is the one found whole."""
    filled_file(sqlite_file)
    _killed_after(sqlite_file, "backup")
    scans.clear()
    Database(sqlite_file).close()
    assert scans == []


def test_unclean_close_after_writes_since_the_verified_backup_scans(
    sqlite_file: Path, scans: list[Path]
) -> None:
    """Killed after writing past the backup: the verification was of other content, so it scans."""
    filled_file(sqlite_file)
    _killed_after(sqlite_file, "backup,write")
    scans.clear()
    Database(sqlite_file).close()
    assert scans == [sqlite_file]


def test_backup_just_after_a_write_is_not_tied_to_the_fingerprint(
    sqlite_file: Path, scans: list[Path]
) -> None:
    """Written within the quiet time: a later write could share the timestamp, so the stamp is not kept."""
    filled_file(sqlite_file)
    _killed_after(sqlite_file, "write,backup", quiet_seconds=60.0)
    scans.clear()
    Database(sqlite_file).close()
    assert scans == [sqlite_file]


def test_damaged_file_on_disk_after_a_verified_backup_is_still_caught(
    sqlite_file: Path, quiet: None
) -> None:
    """A stamp only skips a scan; damage a statement meets is refused as before."""
    filled_file(sqlite_file)
    db = Database(sqlite_file, check="skip")
    backups.backup_now(db)
    db.close()
    damage_table(sqlite_file, "leads", keep_stamp=True)
    db = Database(sqlite_file, check="skip")
    with pytest.raises(DatabaseDamaged), db.read() as session:
        session.connection().exec_driver_sql("SELECT max(notes) FROM leads").all()
    db.close()


def test_copy_damaged_on_its_way_to_a_failing_disk_is_not_the_file(
    sqlite_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Only the copy is damaged (a failing backup disk): the backup fails, the file stays writable."""
    filled_file(sqlite_file)
    real_copy = backup_module._copy

    def copy_then_rot(source: Path, tmp: Path) -> list[int] | None:
        seen = real_copy(source, tmp)
        damage_table(tmp, "leads", keep_stamp=True)
        return seen

    monkeypatch.setattr(backup_module, "_copy", copy_then_rot)
    db = Database(sqlite_file, check="skip")
    with pytest.raises(DatabaseError, match="the file itself is whole") as caught:
        backups.auto_backup(db, force=True)
    assert not isinstance(caught.value, DatabaseDamaged)
    assert list_backup_files(sqlite_file) == []
    with db.write() as session:
        session.connection().exec_driver_sql("UPDATE pipelines SET name = name || 'z'")
    db.close()
    assert "damaged" not in _state(sqlite_file)


def test_unclean_close_after_funneldesk_check_with_nothing_written_needs_no_scan(
    sqlite_file: Path, scans: list[Path]
) -> None:
    """`funneldesk check` ties its verdict to the content it saw, the same way; a write undoes it."""
    filled_file(sqlite_file)
    _killed_after(sqlite_file, "check")
    scans.clear()
    Database(sqlite_file).close()
    assert scans == []
    _killed_after(sqlite_file, "check,write")
    Database(sqlite_file).close()
    assert scans == [sqlite_file]


def test_a_file_untouched_for_a_while_is_stamped_though_opening_made_an_empty_wal(
    sqlite_file: Path
) -> None:
    """Opening creates an empty WAL: that is no write, so the quiet file's verification is tied to it."""
    filled_file(sqlite_file)
    assert not sqlite_file.with_name(sqlite_file.name + "-wal").exists()  # closed cleanly
    long_ago = sqlite_file.stat().st_mtime_ns - 60 * 10**9
    os.utime(sqlite_file, ns=(long_ago, long_ago))
    db = Database(sqlite_file, check="skip")
    backups.backup_now(db)
    assert _state(sqlite_file) == {"verified": file_fingerprint(sqlite_file)}
    db.close()
