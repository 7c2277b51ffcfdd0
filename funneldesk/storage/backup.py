"""Online SQLite backups through the backup API: temp name, verify, then rename; and restore.

A backup is never a file copy (copies taken during writes were unopenable or missing
rows); it is written as ``name.part``, checked with ``quick_check`` and only then
renamed into place, readable by its owner only (mode 0600). Restore refuses a damaged
backup and one written by a newer FunnelDesk, and always keeps the current file first.

The backup API copies every page of the live file as one read snapshot, so checking
the copy is checking the live file as it was at that snapshot: ``backup_verified``
adds ``foreign_key_check`` and reports the file's fingerprint when nothing wrote to
it while it was read (``VerifiedCopy.seen``), so the state can tie the verification
to that exact content. A copy that fails its check raises ``CopyFailedCheck``: the
live file is probably damaged, and the copy is deleted, never kept as a backup.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import sqlite3
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from funneldesk.domain.errors import DatabaseError, SchemaTooNew

STAMP_FORMAT = "%Y-%m-%dT%H%M%S-%f"
# A verification is tied to the file's fingerprint only when the last write was at least
# this long before the fingerprint was taken: a file system with coarse timestamps
# (2 s on FAT) could give a write just after the backup the same modification time.
QUIET_SECONDS = 2.0
_NAME = re.compile(r"-(\d{4}-\d{2}-\d{2}T\d{6}-\d{6})-([A-Za-z0-9_.-]+)\.db$")


@dataclass(frozen=True)
class BackupFile:
    """One backup on disk: where, when it was taken, why (label) and its size."""

    path: Path
    taken_at: datetime
    label: str
    size: int


def backup_dir(db_path: Path) -> Path:
    """Return the folder that holds the automatic backups of a database file."""
    return db_path.parent / f"{db_path.stem}-backups"


def timestamped_name(db_path: Path, label: str, now: datetime | None = None) -> Path:
    """Return a new backup path like ``crm-backups/crm-2026-11-23T101500-000000-label.db``."""
    stamp = (now or datetime.now()).strftime(STAMP_FORMAT)
    return backup_dir(db_path) / f"{db_path.stem}-{stamp}-{label}.db"


def parse_backup_name(path: Path) -> tuple[datetime, str] | None:
    """Return (taken_at, label) encoded in a backup's file name, or None."""
    match = _NAME.search(path.name)
    if match is None:
        return None
    try:
        return datetime.strptime(match.group(1), STAMP_FORMAT), match.group(2)
    except ValueError:
        return None


def list_backup_files(db_path: Path) -> list[BackupFile]:
    """Return the finished backups of a database, newest first (``.part`` files ignored)."""
    folder = backup_dir(db_path)
    found: list[BackupFile] = []
    for path in folder.glob(f"{db_path.stem}-*.db") if folder.is_dir() else ():
        parsed = parse_backup_name(path)
        if parsed is not None:
            found.append(BackupFile(path, parsed[0], parsed[1], path.stat().st_size))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def _read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True)


def quick_check(path: Path) -> bool:
    """Say whether SQLite's quick_check passes on the file."""
    if not path.is_file():
        return False
    try:
        with contextlib.closing(_read_only(path)) as conn:
            rows = conn.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError:
        return False
    return rows == [("ok",)]


def schema_revision(path: Path) -> str | None:
    """Return the Alembic revision stored in an SQLite file, None when it has none."""
    try:
        with contextlib.closing(_read_only(path)) as conn:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError:
        return None
    return row[0] if row else None


class CopyFailedCheck(DatabaseError):
    """The copy of a live file failed its check (or SQLite found it damaged while copying).

    The copy holds exactly the live file's pages, so the live file is probably damaged.
    """

    def __init__(self, message: str, problems: list[str]) -> None:
        self.problems = problems
        super().__init__(message)


@dataclass(frozen=True)
class VerifiedCopy:
    """A backup that passed its check; ``seen`` is the live file's fingerprint it verified, or None."""

    path: Path
    seen: list[int] | None


def file_fingerprint(db_path: Path) -> list[int]:
    """Return size, modification time and inode of the file and of its WAL.

    Any write by another program, a copy or a restore changes at least one of them.
    Without a WAL the list is the one earlier versions stamped, so their stamps still match.
    """
    stat = db_path.stat()
    wal = db_path.with_name(db_path.name + "-wal")
    try:
        wal_stat = wal.stat()
    except OSError:
        wal_stat = None
    if wal_stat is None or wal_stat.st_size == 0:
        # An empty WAL holds nothing (a read-only connection leaves one behind): same content.
        return [stat.st_size, stat.st_mtime_ns, stat.st_ino, -1]
    # The WAL is reused from its start after a checkpoint: its size alone can stay the same.
    return [stat.st_size, stat.st_mtime_ns, stat.st_ino, wal_stat.st_size, wal_stat.st_mtime_ns]


def _last_write_ns(db_path: Path) -> int:
    wal = db_path.with_name(db_path.name + "-wal")
    times = [db_path.stat().st_mtime_ns]
    with contextlib.suppress(OSError):
        wal_stat = wal.stat()
        if wal_stat.st_size:  # an empty WAL was only created by opening: nothing was written
            times.append(wal_stat.st_mtime_ns)
    return max(times)


def settled_fingerprint(db_path: Path, before: list[int]) -> list[int] | None:
    """Return the file's fingerprint if it is still ``before`` and was last written long enough ago.

    Take ``before`` with a connection open (opening may create the WAL), read the file,
    then call this: a result means the read saw exactly the content the fingerprint names.
    """
    after = file_fingerprint(db_path)
    quiet = time.time_ns() - _last_write_ns(db_path) >= QUIET_SECONDS * 1e9
    return after if after == before and quiet else None


def _is_corruption(exc: BaseException) -> bool:
    # Imported here: database imports health, which imports this module.
    from funneldesk.storage.database import is_corruption

    return is_corruption(exc)


def copy_problems(path: Path, foreign_keys: bool) -> list[str]:
    """Return what quick_check (and foreign_key_check) find wrong with a file; empty when whole."""
    try:
        with contextlib.closing(_read_only(path)) as conn:
            rows = [str(r[0]) for r in conn.execute("PRAGMA quick_check").fetchall()]
            problems = [] if rows == ["ok"] else rows
            broken = conn.execute("PRAGMA foreign_key_check").fetchall() if foreign_keys else []
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    if broken:
        tables = ", ".join(sorted({str(row[0]) for row in broken}))
        problems.append(f"{len(broken)} broken references in {tables}")
    return problems


def _copy(source: Path, tmp: Path) -> list[int] | None:
    """Copy the live file into tmp; return the fingerprint of the content copied, None when unsure.

    Unsure when the file changed while it was read, or was written too recently for its
    modification time to tell a later write apart. Both fingerprints are taken with the
    source connection open: closing the last connection checkpoints the WAL (new layout,
    same content).
    """
    try:
        with (contextlib.closing(sqlite3.connect(source, timeout=10)) as src,
              contextlib.closing(sqlite3.connect(tmp)) as out):
            src.execute("SELECT 1 FROM sqlite_master LIMIT 1")  # opening may create the WAL
            before = file_fingerprint(source)
            src.backup(out)
            seen = settled_fingerprint(source, before)
            # A standalone file: no WAL side files to lose when it is copied around.
            out.execute("PRAGMA journal_mode = DELETE")
    except sqlite3.DatabaseError as exc:
        tmp.unlink(missing_ok=True)
        if _is_corruption(exc):  # met while reading the live file: the new copy is not the cause
            raise CopyFailedCheck(f"the backup of {source} found it damaged ({exc}); nothing was "
                                  "written", [f"the backup could not read it: {exc}"]) from exc
        raise DatabaseError(f"the backup of {source} failed: {exc}; nothing was written") from exc
    return seen


def backup_verified(source: Path, dest: Path, foreign_keys: bool = True) -> VerifiedCopy:
    """Copy a live database with the backup API, check the copy, and move it into place.

    Raises CopyFailedCheck (the copy deleted) when the copy is not whole. ``seen`` is the
    live file's fingerprint when it did not change while it was copied (see ``_copy``).
    """
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".part")
    tmp.unlink(missing_ok=True)
    seen = _copy(source, tmp)
    os.chmod(tmp, 0o600)
    problems = copy_problems(tmp, foreign_keys)
    if problems:
        tmp.unlink(missing_ok=True)
        raise CopyFailedCheck(f"the backup of {source} failed its check ({problems[0]}); "
                              "nothing was written", [f"its backup failed the check: {problems[0]}"])
    os.replace(tmp, dest)
    return VerifiedCopy(dest, seen)


def backup_sqlite(source: Path, dest: Path) -> Path:
    """Copy a live database with the backup API, verify it (quick_check), and move it into place."""
    return backup_verified(source, dest, foreign_keys=False).path


def verify_restorable(backup: Path, known_revision: frozenset[str]) -> str:
    """Return the backup's schema revision, or refuse a damaged, foreign or newer file."""
    if not quick_check(backup):
        raise DatabaseError(f"{backup.name} is damaged or not a database; nothing was restored")
    revision = schema_revision(backup)
    if revision is None:
        raise DatabaseError(f"{backup.name} is not a FunnelDesk database; nothing was restored")
    if revision not in known_revision:
        raise SchemaTooNew(f"{backup.name} was written by a newer FunnelDesk (schema {revision}); "
                           "nothing was restored — please update FunnelDesk")
    return revision


def keep_current(db_path: Path) -> Path | None:
    """Save the current file before a restore: a verified backup, else a byte copy."""
    if not db_path.exists():
        return None
    dest = timestamped_name(db_path, "before-restore")
    if quick_check(db_path):
        return backup_sqlite(db_path, dest)
    # A damaged file is kept exactly as it is (with its WAL), never rewritten.
    dest.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal"):
        side = Path(f"{db_path}{suffix}")
        if side.exists():
            shutil.copyfile(side, f"{dest}{suffix}")
            os.chmod(f"{dest}{suffix}", 0o600)
    return dest


def restore_into(db_path: Path, backup: Path) -> None:
    """Replace the database's content with the backup's, as one SQLite transaction."""
    if quick_check(db_path):
        with (contextlib.closing(_read_only(backup)) as src,
              contextlib.closing(sqlite3.connect(db_path, timeout=10)) as dst):
            src.backup(dst)
        return
    staged = db_path.with_name(db_path.name + ".restoring")
    shutil.copyfile(backup, staged)
    os.chmod(staged, 0o600)
    for suffix in ("-wal", "-shm"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    os.replace(staged, db_path)
