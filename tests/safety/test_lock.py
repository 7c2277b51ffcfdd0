"""One window per SQLite file: refusal, stale-lock takeover, the CLI still works, path warnings."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import pytest

from funneldesk.domain.errors import DatabaseError
from funneldesk.services import backups
from funneldesk.storage import health
from funneldesk.storage.database import Database
from funneldesk.storage.lock import InstanceLocked, acquire_instance_lock, held_elsewhere

HOLDER = ("import sys, time; from funneldesk.storage.lock import acquire_instance_lock; "
          "lock = acquire_instance_lock(sys.argv[1]); print('locked', flush=True); time.sleep(60)")


def _holder(path: Path) -> subprocess.Popen[str]:
    child = subprocess.Popen([sys.executable, "-c", HOLDER, str(path)], stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None and child.stdout.readline().strip() == "locked"
    return child


def test_second_window_is_refused_with_pid_and_host(sqlite_file: Path) -> None:
    """Another process holding the lock: a clear refusal naming it."""
    child = _holder(sqlite_file)
    try:
        with pytest.raises(InstanceLocked, match=f"already open in another FunnelDesk window "
                                                 f"\\(process {child.pid} on "):
            acquire_instance_lock(sqlite_file)
        assert held_elsewhere(sqlite_file)
    finally:
        child.kill()
        child.communicate()


def test_stale_lock_of_a_killed_window_is_taken_over(sqlite_file: Path) -> None:
    """kill -9 leaves the lock file behind; the next window takes over without help."""
    child = _holder(sqlite_file)
    child.send_signal(signal.SIGKILL)
    child.communicate()
    assert sqlite_file.with_name(sqlite_file.name + ".lock").exists()
    with acquire_instance_lock(sqlite_file) as lock:
        assert lock.handle is not None
    assert not held_elsewhere(sqlite_file)


def test_same_process_cannot_open_two_windows_and_release_frees(sqlite_file: Path) -> None:
    """A second acquire in the same process is refused; release lets the next one in."""
    lock = backups.acquire_instance_lock(sqlite_file)
    with pytest.raises(InstanceLocked):
        backups.acquire_instance_lock(sqlite_file)
    lock.release()
    backups.acquire_instance_lock(sqlite_file).release()


def test_cli_and_services_work_while_a_window_holds_the_lock(sqlite_file: Path) -> None:
    """The lock guards windows only: the command line still reads and writes the file."""
    child = _holder(sqlite_file)
    try:
        run = subprocess.run([sys.executable, "-m", "funneldesk", "--db", str(sqlite_file), "init"],
                             capture_output=True, text=True, timeout=60)
        assert run.returncode == 0, run.stderr
        run = subprocess.run([sys.executable, "-m", "funneldesk", "--db", str(sqlite_file), "check"],
                             capture_output=True, text=True, timeout=60)
        assert run.returncode == 0 and "ok" in run.stdout
    finally:
        child.kill()
        child.communicate()


def test_restore_is_refused_while_a_window_has_the_file_open(sqlite_file: Path) -> None:
    """Restoring under an open window would pull the data from under it: refused."""
    backup = backups.backup_now(Database(sqlite_file))
    child = _holder(sqlite_file)
    try:
        with pytest.raises(InstanceLocked, match="close it, then restore"):
            backups.restore_backup(sqlite_file, backup.path)
    finally:
        child.kill()
        child.communicate()


def test_path_warnings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Network file systems, shares and cloud-sync folders get the PostgreSQL advice."""
    monkeypatch.setattr(health, "_mount_types", lambda: [("/", "ext4"), ("/mnt/office", "nfs4"),
                                                         ("/mnt/nas share", "cifs")])
    assert health.path_warning(tmp_path / "crm.db") is None
    for risky in ("/mnt/office/crm.db", "/mnt/nas share/sales/crm.db",
                  tmp_path / "Dropbox" / "crm.db", tmp_path / "OneDrive - Acme" / "crm.db",
                  "\\\\server\\share\\crm.db"):
        warning = backups.path_warning(risky)
        assert warning is not None and "PostgreSQL" in warning, risky


def test_backup_of_a_team_database_says_use_pg_dump(db: Database) -> None:
    """Team mode is backed up on the server; the service says so plainly."""
    if db.path is not None:
        pytest.skip("team mode only")
    with pytest.raises(DatabaseError, match="pg_dump"):
        backups.backup_now(db)
