"""Opening costs the same at any size: the full scan runs only when something makes it due."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from safety_world import filled_file

from funneldesk.domain.errors import DatabaseDamaged
from funneldesk.services import backups
from funneldesk.storage import database as database_module
from funneldesk.storage.database import Database
from tests.file_damage import damage_table, sha256_of

KEEP_OPEN = ("import sys, time\n"
             "from funneldesk.storage.database import Database\n"
             "db = Database(sys.argv[1])\n"
             "print('open', flush=True)\n"
             "time.sleep(120)\n")


@pytest.fixture
def scans(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Record every full scan the Database makes."""
    seen: list[Path] = []
    real = database_module.damage_found

    def counted(path: Path) -> list[str]:
        seen.append(path)
        return real(path)

    monkeypatch.setattr(database_module, "damage_found", counted)
    return seen


def _killed_while_open(path: Path) -> None:
    """Open the file in another process and kill it with SIGKILL: an unclean shutdown."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    child = subprocess.Popen([sys.executable, "-c", KEEP_OPEN, str(path)], stdout=subprocess.PIPE,
                             text=True, env=env)
    assert child.stdout is not None and child.stdout.readline().strip() == "open"
    child.kill()
    child.wait()


def test_clean_close_then_open_does_not_scan(sqlite_file: Path, scans: list[Path]) -> None:
    """After a clean close, reopening reads no more than the header: no full scan."""
    filled_file(sqlite_file)
    scans.clear()
    for mode in ("now", "defer", "skip"):
        db = Database(sqlite_file, check=mode)  # type: ignore[arg-type]
        assert not db.check_pending
        db.close()
    assert scans == []


def test_unclean_shutdown_makes_the_next_open_scan(sqlite_file: Path, scans: list[Path]) -> None:
    """A process killed with the file open: the next open scans, and only that one."""
    filled_file(sqlite_file)
    _killed_while_open(sqlite_file)
    scans.clear()
    Database(sqlite_file).close()
    assert scans == [sqlite_file]
    Database(sqlite_file).close()
    assert scans == [sqlite_file]


def test_scripted_open_never_scans_and_check_clears_the_due_scan(sqlite_file: Path,
                                                                 scans: list[Path]) -> None:
    """check='skip' (the command line) leaves the due scan to `funneldesk check`."""
    filled_file(sqlite_file)
    _killed_while_open(sqlite_file)
    scans.clear()
    for _ in range(2):
        Database(sqlite_file, check="skip").close()
    assert scans == []
    db = Database(sqlite_file, check="skip")
    assert backups.check_database(db) == []
    db.close()
    Database(sqlite_file).close()
    assert scans == []


def test_damage_after_unclean_shutdown_is_refused_untouched(sqlite_file: Path) -> None:
    """The window opens at once; its deferred scan finds the damage; no write gets through."""
    filled_file(sqlite_file)
    _killed_while_open(sqlite_file)
    damage_table(sqlite_file, "leads")
    before = sha256_of(sqlite_file)
    db = Database(sqlite_file, check="defer")
    assert db.check_pending
    scan = threading.Thread(target=db.run_pending_check)
    scan.start()
    with pytest.raises(DatabaseDamaged), db.write() as session:  # waits for, or runs, the scan
        session.connection().exec_driver_sql("UPDATE pipelines SET name = name || 'x'")
    scan.join(10)
    problems = db.run_pending_check()
    assert problems and "damaged" in problems[0]
    db.close()
    assert sha256_of(sqlite_file) == before
    with pytest.raises(DatabaseDamaged, match="nothing was written"):
        Database(sqlite_file, check="skip")  # known damaged: every open scans and refuses
    assert sha256_of(sqlite_file) == before


def test_deferred_scan_that_passes_releases_writes(sqlite_file: Path) -> None:
    """A whole file: the held write goes through once the deferred scan passes."""
    filled_file(sqlite_file)
    _killed_while_open(sqlite_file)
    db = Database(sqlite_file, check="defer")
    assert db.check_pending
    assert db.run_pending_check() == []
    with db.write() as session:
        session.connection().exec_driver_sql("UPDATE pipelines SET name = name || 'x'")
    db.close()


def test_corruption_reported_by_a_statement_stops_writes(sqlite_file: Path) -> None:
    """Damage the stamp cannot see: the first statement to meet it refuses, later writes too."""
    filled_file(sqlite_file)
    damage_table(sqlite_file, "leads", keep_stamp=True)
    before = sha256_of(sqlite_file)
    db = Database(sqlite_file, check="skip")
    with pytest.raises(DatabaseDamaged), db.read() as session:
        session.connection().exec_driver_sql("SELECT max(notes) FROM leads").all()
    with pytest.raises(DatabaseDamaged), db.write() as session:
        session.connection().exec_driver_sql("UPDATE pipelines SET name = 'x'")
    db.close()
    assert sha256_of(sqlite_file) == before
    with pytest.raises(DatabaseDamaged):
        Database(sqlite_file)
    assert sha256_of(sqlite_file) == before


def test_garbage_is_refused_without_a_scan(tmp_path: Path, scans: list[Path]) -> None:
    """The header alone tells a file that is not a database, in every mode."""
    path = tmp_path / "garbage.db"
    path.write_bytes(b"\x00garbage" * 1000)
    before = sha256_of(path)
    with pytest.raises(DatabaseDamaged, match="not a database"):
        Database(path, check="skip")
    assert scans == [] and sha256_of(path) == before
