"""One window per SQLite file: an OS-level lock on ``<file>.lock`` holding pid and host.

The operating system releases the lock when its process dies, so a lock left by a
killed window is taken over without anyone deleting a file (LibreOffice's and
Firefox's lock files need that; ``flock`` does not). The pid and host written in the
file only make the refusal message useful. The lock is separate from the database,
so the command line keeps working while a window is open.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import sys
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import IO

from funneldesk.domain.errors import DatabaseError

_HELD: dict[Path, InstanceLock] = {}


class InstanceLocked(DatabaseError):
    """Another FunnelDesk window has this database open."""


@dataclass
class InstanceLock:
    """A held instance lock; release it when the window closes."""

    path: Path
    handle: IO[str] | None = field(default=None, repr=False)

    def release(self) -> None:
        """Give the lock up; the emptied file stays (unlinking it would race a new holder)."""
        if self.handle is None:
            return
        _HELD.pop(self.path, None)
        with contextlib.suppress(OSError):
            self.handle.seek(0)
            self.handle.truncate()
            self.handle.flush()
        _unlock(self.handle)
        self.handle.close()
        self.handle = None

    def __enter__(self) -> InstanceLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def lock_path(db_path: Path) -> Path:
    """Return the lock file that guards a database file."""
    return db_path.with_name(db_path.name + ".lock")


def _try_lock(handle: IO[str]) -> bool:
    try:
        if sys.platform == "win32":
            import msvcrt

            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _unlock(handle: IO[str]) -> None:
    with contextlib.suppress(OSError):
        if sys.platform == "win32":
            import msvcrt

            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
        else:
            import fcntl

            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def read_holder(db_path: Path) -> dict[str, object]:
    """Return what the lock file says about its holder (pid, host, since), or {}."""
    try:
        data = json.loads(lock_path(db_path).read_text(encoding="utf-8") or "{}")
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _refusal(db_path: Path) -> InstanceLocked:
    holder = read_holder(db_path)
    who = f"process {holder.get('pid', '?')} on {holder.get('host', '?')}"
    since = f" since {holder['since']}" if "since" in holder else ""
    return InstanceLocked(f"{db_path.name} is already open in another FunnelDesk window "
                          f"({who}{since}); switch to that window or close it first")


def acquire_instance_lock(db_path: Path | str) -> InstanceLock:
    """Take the one-window lock on a database file, or raise InstanceLocked."""
    path = Path(db_path).expanduser().resolve()
    target = lock_path(path)
    if target in _HELD:
        raise _refusal(path)
    handle = open(target, "a+", encoding="utf-8")  # noqa: SIM115 - held until release
    if not _try_lock(handle):
        handle.close()
        raise _refusal(path)
    handle.seek(0)
    handle.truncate()
    handle.write(json.dumps({"pid": os.getpid(), "host": socket.gethostname(),
                             "since": datetime.now().isoformat(timespec="seconds")}))
    handle.flush()
    lock = InstanceLock(target, handle)
    _HELD[target] = lock
    return lock


def held_elsewhere(db_path: Path | str) -> bool:
    """Say whether another process holds the window lock on this database."""
    path = Path(db_path).expanduser().resolve()
    target = lock_path(path)
    if target in _HELD or not target.exists():
        return False
    with open(target, "a+", encoding="utf-8") as handle:
        if not _try_lock(handle):
            return True
        _unlock(handle)
    return False
