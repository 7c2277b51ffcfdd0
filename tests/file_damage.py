"""Damage a SQLite file the way a failing disk does, and fingerprint files, for the safety tests."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from contextlib import closing
from pathlib import Path


def sha256_of(path: Path) -> str:
    """Return the file's SHA-256: "byte-identical" checks compare these."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def damage_table(path: Path, table: str, *, keep_stamp: bool = False, skip: int = 0) -> None:
    """Overwrite 200 bytes of a table's root page (``skip`` bytes in) so any read of it fails.

    With ``keep_stamp`` the file keeps its modification time (same size and inode too):
    damage nothing at open can notice.
    """
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
        size = conn.execute("PRAGMA page_size").fetchone()[0]
    before = path.stat()
    with path.open("r+b") as handle:
        handle.seek((root - 1) * size + skip)
        handle.write(b"\x07" * 200)
    if keep_stamp:
        os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
