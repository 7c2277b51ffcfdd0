"""Backups, restore, integrity checks and the one-window lock, for the GUI and the CLI.

Backup and restore work on the file, not on leads, so they take no acting user:
whoever can run them can already copy the file. Changing the rotation counts is
configuration and is for owners only. Team mode (PostgreSQL) is backed up on the
server (``pg_dump``); these functions say so instead of pretending.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from funneldesk.domain.errors import DatabaseError
from funneldesk.domain.records import UserRecord
from funneldesk.services import audit
from funneldesk.services.permissions import require_config, require_whole_file
from funneldesk.storage.backup import (
    CopyFailedCheck,
    backup_verified,
    file_fingerprint,
    keep_current,
    list_backup_files,
    quick_check,
    restore_into,
    settled_fingerprint,
    timestamped_name,
    verify_restorable,
)
from funneldesk.storage.database import Database
from funneldesk.storage.health import damage_found, path_warning
from funneldesk.storage.lock import InstanceLock, InstanceLocked, acquire_instance_lock, held_elsewhere
from funneldesk.storage.migrate import known_revisions
from funneldesk.storage.models import Setting
from funneldesk.storage.retry import run_write
from funneldesk.storage.rotation import AUTO_LABEL, SETTING_KEYS, RotationPolicy, is_due, prune

__all__ = ["BackupEntry", "InstanceLock", "InstanceLocked", "RestoreResult", "RotationPolicy",
           "acquire_instance_lock", "auto_backup", "backup_as", "backup_now", "backup_policy",
           "backups_as", "check_database", "list_backups", "path_warning", "restore_as",
           "restore_backup", "set_backup_policy"]

LABELS = {"auto": "automatic", "manual": "manual", "before-restore": "kept before a restore"}


@dataclass(frozen=True)
class BackupEntry:
    """A backup as the Backups dialog shows it."""

    path: Path
    taken_at: datetime
    label: str
    size: int

    @property
    def description(self) -> str:
        """Return a plain description: automatic, manual, before an upgrade, ..."""
        if self.label.startswith("before-") and self.label not in LABELS:
            return "taken before a schema upgrade"
        return LABELS.get(self.label, self.label)


@dataclass(frozen=True)
class RestoreResult:
    """What a restore did: the backup restored and where the previous file was kept."""

    restored: Path
    kept: Path | None
    revision: str


def _file_of(db: Database) -> Path:
    if db.path is None:
        raise DatabaseError("team mode databases are backed up on the PostgreSQL server "
                            "(pg_dump); FunnelDesk backs up SQLite files only")
    return db.path


def list_backups(db: Database) -> list[BackupEntry]:
    """Return the backups of the database, newest first, with their dates."""
    return [BackupEntry(b.path, b.taken_at, b.label, b.size) for b in list_backup_files(_file_of(db))]


def _verified_backup(db: Database, dest: Path) -> Path:
    """Back the file up; the copy's check is a check of the live file, so record its verdict.

    A copy that fails means the live file is probably damaged; a scan of the file says
    whether it is. If so it is marked damaged (every later write refused, the next open
    scans it and offers the newest good backup) and DamagedFile is raised; if not, the
    backup just failed. Either way the failed copy was deleted: no good backup rotates out.
    """
    source = _file_of(db)
    try:
        made = backup_verified(source, dest)
    except CopyFailedCheck as exc:
        # Rare and worth one scan: a failing backup disk must not pass for a damaged file
        # (the window would close, reopen, back up and close again).
        problems = damage_found(source)
        if problems:
            raise db.note_damaged([f"found by its backup: {problems[0]}", *problems[1:]]) from exc
        db.note_verified()
        raise DatabaseError(f"the backup of {source.name} failed its check ({exc.problems[0]}) but "
                            "the file itself is whole: the backup folder's disk may be failing; "
                            "nothing was written") from exc
    db.note_verified(made.seen)
    return made.path


def backup_now(db: Database, dest: Path | None = None) -> BackupEntry:
    """Take a verified online backup now, into the backup folder or to ``dest``."""
    source = _file_of(db)
    now = datetime.now()
    made = _verified_backup(db, dest or timestamped_name(source, "manual", now))
    return BackupEntry(made, now, "manual", made.stat().st_size)


def backup_policy(db: Database) -> RotationPolicy:
    """Return the rotation counts stored in the settings table."""
    with db.read() as session:
        rows = session.execute(select(Setting.key, Setting.value)
                               .where(Setting.key.in_(SETTING_KEYS.values()))).all()
    return RotationPolicy.from_settings({key: value for key, value in rows})


def set_backup_policy(db: Database, actor: UserRecord, policy: RotationPolicy) -> RotationPolicy:
    """Store new rotation counts (owner only)."""
    require_config(actor, "backup settings")

    def store(session: Session) -> None:
        for key, value in policy.as_settings().items():
            row = session.get(Setting, key)
            old = row.value if row else None
            if row is None:
                session.add(Setting(key=key, value=value))
            else:
                row.value = value
            audit.record(session, actor, "setting", 0, "update", {key: (old, value)})

    run_write(db, store)
    return policy


def auto_backup(db: Database, now: datetime | None = None, force: bool = False) -> BackupEntry | None:
    """Take an automatic backup when one is due and prune old ones; the GUI calls this.

    Its check verifies the live file too (see ``_verified_backup``); pruning runs only
    after a backup that passed.
    """
    if db.path is None:
        return None
    policy, now = backup_policy(db), now or datetime.now()
    if not force and not is_due(db.path, policy, now):
        return None
    made = _verified_backup(db, timestamped_name(db.path, AUTO_LABEL, now))
    prune(db.path, policy)
    return next((BackupEntry(b.path, b.taken_at, b.label, b.size)
                 for b in list_backup_files(db.path) if b.path == made), None)


def restore_backup(db_path: Path | str, backup_path: Path | str) -> RestoreResult:
    """Replace the database with a backup, keeping the current file first.

    Refuses a damaged backup, one that is not a FunnelDesk file, one from a newer
    FunnelDesk, and a file another window has open. An older backup is upgraded
    the next time the file is opened.
    """
    target, backup = Path(db_path).expanduser().resolve(), Path(backup_path).expanduser().resolve()
    if target == backup:
        raise DatabaseError("a database cannot be restored from itself")
    revision = verify_restorable(backup, known_revisions())
    if held_elsewhere(target):
        raise InstanceLocked(f"{target.name} is open in a FunnelDesk window; close it, then restore")
    kept = keep_current(target)
    restore_into(target, backup)
    if not quick_check(target):
        raise DatabaseError(f"the restored {target.name} failed its check; the previous file "
                            f"is kept at {kept}")
    return RestoreResult(backup, kept, revision)


def check_database(db: Database) -> list[str]:
    """Return the problems integrity_check and foreign_key_check find; empty means healthy."""
    with db.read() as session:
        if db.dialect != "sqlite" or db.path is None:
            session.execute(select(1))
            return []
        connection = session.connection()
        before = file_fingerprint(db.path)  # the connection is open: the WAL exists by now
        rows = [r[0] for r in connection.exec_driver_sql("PRAGMA integrity_check")]
        broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        seen = settled_fingerprint(db.path, before)
    problems = [] if rows == ["ok"] else [str(r) for r in rows]
    problems += [f"broken reference in {r[0]} row {r[1]} to {r[2]}" for r in broken]
    if not problems:
        db.note_verified(seen)  # the scan an unclean close made due has now passed
    return problems


# What people call: the checks of the acting user. The functions above are the file
# operations themselves, for the program's own automatic backups and for recovering a
# damaged file, which nobody can sign in to.


def backup_as(db: Database, actor: UserRecord, dest: Path | None = None) -> BackupEntry:
    """Take a backup now (owner only: a backup holds every lead and every password hash)."""
    require_whole_file(actor)
    return backup_now(db, dest)


def backups_as(db: Database, actor: UserRecord) -> list[BackupEntry]:
    """Return the backups of the database (owner only)."""
    require_whole_file(actor)
    return list_backups(db)


def restore_as(db_path: Path | str, backup_path: Path | str, actor: UserRecord) -> RestoreResult:
    """Replace the database with a backup (owner only)."""
    require_whole_file(actor)
    return restore_backup(db_path, backup_path)
