"""Online SQLite backups through the backup API: temp name, verify, then rename."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from datetime import datetime
from pathlib import Path

from funneldesk.domain.errors import DatabaseError


def backup_dir(db_path: Path) -> Path:
    """Return the folder that holds the automatic backups of a database file."""
    return db_path.parent / f"{db_path.stem}-backups"


def timestamped_name(db_path: Path, label: str) -> Path:
    """Return a new backup path like ``crm-backups/crm-2026-11-23T101500-label.db``."""
    stamp = datetime.now().strftime("%Y-%m-%dT%H%M%S-%f")
    return backup_dir(db_path) / f"{db_path.stem}-{stamp}-{label}.db"


def quick_check(path: Path) -> bool:
    """Say whether SQLite's quick_check passes on the file."""
    try:
        with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
            rows = conn.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError:
        return False
    return rows == [("ok",)]


def backup_sqlite(source: Path, dest: Path) -> Path:
    """Copy a live database with the backup API, verify it, and move it into place."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".part")
    with contextlib.closing(sqlite3.connect(source, timeout=10)) as src:
        with contextlib.closing(sqlite3.connect(tmp)) as out:
            src.backup(out)
            # A standalone file: no WAL side files to lose when it is copied around.
            out.execute("PRAGMA journal_mode = DELETE")
    os.chmod(tmp, 0o600)
    if not quick_check(tmp):
        tmp.unlink(missing_ok=True)
        raise DatabaseError(f"the backup of {source} failed its check; nothing was written")
    os.replace(tmp, dest)
    return dest
