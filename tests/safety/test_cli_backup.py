"""``funneldesk backup | backups | restore | check`` through a subprocess, with exit codes."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path


def fd(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run the funneldesk command line on a database file."""
    return subprocess.run([sys.executable, "-m", "funneldesk", "--db", str(db), *args],
                          capture_output=True, text=True, timeout=120)


def _one_line_no_traceback(run: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in run.stderr and len(run.stderr.strip().splitlines()) == 1, run.stderr


def test_backup_list_restore_check_round_trip(tmp_path: Path) -> None:
    """backup, backups, restore and check work and exit 0; restore keeps the current file."""
    db = tmp_path / "crm.db"
    assert fd(db, "init").returncode == 0
    made = fd(db, "backup", "-o", str(tmp_path / "copy.db"))
    assert made.returncode == 0 and (tmp_path / "copy.db").exists()
    assert fd(db, "backup").returncode == 0
    listing = fd(db, "backups")
    assert listing.returncode == 0 and "manual" in listing.stdout
    assert fd(db, "lead", "add", "--title", "after").returncode == 0
    restored = fd(db, "restore", str(tmp_path / "copy.db"))
    assert restored.returncode == 0 and "previous file was kept" in restored.stdout
    assert "after" not in fd(db, "lead", "list").stdout
    check = fd(db, "check")
    assert check.returncode == 0 and "ok" in check.stdout


def test_refusals_have_exit_codes_and_one_line(tmp_path: Path) -> None:
    """Missing backup: 5; corrupt or foreign backup: 7; damaged database: 7 — no tracebacks."""
    db = tmp_path / "crm.db"
    assert fd(db, "init").returncode == 0
    missing = fd(db, "restore", str(tmp_path / "nope.db"))
    assert missing.returncode == 5
    _one_line_no_traceback(missing)
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"junk" * 1000)
    refused = fd(db, "restore", str(junk))
    assert refused.returncode == 7 and "nothing was restored" in refused.stderr
    _one_line_no_traceback(refused)
    assert fd(db, "backup", "-o", str(junk)).returncode == 5  # never overwrites a file
    db.write_bytes(db.read_bytes()[:4096] + b"\xee" * 8192 + db.read_bytes()[12288:])
    digest = hashlib.sha256(db.read_bytes()).hexdigest()
    damaged = fd(db, "check")
    assert damaged.returncode == 7 and "damaged" in damaged.stderr
    _one_line_no_traceback(damaged)
    assert hashlib.sha256(db.read_bytes()).hexdigest() == digest
