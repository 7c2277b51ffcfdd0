"""Rotating automatic backups, Anki/Zotero style: keep N daily, N weekly and N monthly.

Only automatic backups (label ``auto``) are ever pruned; manual backups, the backups
taken before a migration and the copies kept before a restore stay until the user
deletes them. The counts live in the ``settings`` table so every desktop agrees.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from funneldesk.storage.backup import BackupFile, backup_sqlite, list_backup_files, timestamped_name

AUTO_LABEL = "auto"
SETTING_KEYS = {
    "daily": "backup.daily",
    "weekly": "backup.weekly",
    "monthly": "backup.monthly",
    "interval_minutes": "backup.interval_minutes",
}


@dataclass(frozen=True)
class RotationPolicy:
    """How many automatic backups to keep per day, ISO week and month, and how often to take one."""

    daily: int = 7
    weekly: int = 4
    monthly: int = 12
    interval_minutes: int = 60

    @classmethod
    def from_settings(cls, values: Mapping[str, str]) -> RotationPolicy:
        """Build a policy from settings rows; missing or bad values keep their defaults."""
        defaults = cls()
        picked: dict[str, int] = {}
        for field, key in SETTING_KEYS.items():
            try:
                picked[field] = max(0, int(values[key]))
            except (KeyError, ValueError):
                picked[field] = getattr(defaults, field)
        return cls(**picked)

    def as_settings(self) -> dict[str, str]:
        """Return the policy as settings rows."""
        return {key: str(getattr(self, field)) for field, key in SETTING_KEYS.items()}


def _newest_per(backups: list[BackupFile], bucket: Callable[[datetime], Hashable],
                count: int) -> set[Path]:
    """Keep the newest backup of each of the ``count`` most recent buckets."""
    kept: dict[Hashable, Path] = {}
    for backup in backups:  # newest first
        key = bucket(backup.taken_at)
        if key not in kept:
            if len(kept) >= count:
                break
            kept[key] = backup.path
    return set(kept.values())


def to_keep(backups: Iterable[BackupFile], policy: RotationPolicy) -> set[Path]:
    """Return the automatic backups the policy keeps (the newest one is always kept)."""
    autos = sorted((b for b in backups if b.label == AUTO_LABEL),
                   key=lambda b: b.taken_at, reverse=True)
    keep = {autos[0].path} if autos else set()
    keep |= _newest_per(autos, lambda t: t.date(), policy.daily)
    keep |= _newest_per(autos, lambda t: t.isocalendar()[:2], policy.weekly)
    keep |= _newest_per(autos, lambda t: (t.year, t.month), policy.monthly)
    return keep


def prune(db_path: Path, policy: RotationPolicy) -> list[Path]:
    """Delete the automatic backups the policy no longer keeps; return them."""
    backups = list_backup_files(db_path)
    keep = to_keep(backups, policy)
    removed = [b.path for b in backups if b.label == AUTO_LABEL and b.path not in keep]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def is_due(db_path: Path, policy: RotationPolicy, now: datetime) -> bool:
    """Say whether the newest automatic backup is older than the interval."""
    autos = [b for b in list_backup_files(db_path) if b.label == AUTO_LABEL]
    if not autos:
        return True
    return now - autos[0].taken_at >= timedelta(minutes=policy.interval_minutes)


def rotate(db_path: Path, policy: RotationPolicy, now: datetime | None = None,
           force: bool = False) -> Path | None:
    """Take an automatic backup when one is due, then prune; return the new backup, if any."""
    now = now or datetime.now()
    if not force and not is_due(db_path, policy, now):
        return None
    made = backup_sqlite(db_path, timestamped_name(db_path, AUTO_LABEL, now))
    prune(db_path, policy)
    return made
