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
import sys
import time
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
    import socket  # here: every open imports this module for the state file, only the window needs it

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


# --- Shares of ``<file>.state`` (see health.OpenState) ------------------------------------
#
# Every process with a database open holds a share of its state file; the state says
# whether the full scan is due, and only the first opener and the last closer may
# decide it. POSIX has shared and exclusive whole-file locks (flock) held per open file,
# which say exactly that. Windows has only exclusive byte-range locks (msvcrt.locking),
# so there each opener holds one of SLOTS bytes and a GATE byte serialises the decisions:
# "first" and "last" mean no other slot is held. Both release when the process dies.

GATE = 1 << 20  # far past the JSON at the start: Windows locks stop reads and writes of their bytes
SLOTS = 64
GATE_WAIT_SECONDS = 10.0


def lock_byte(fd: int, offset: int, take: bool = True) -> bool:
    """Take (or give back) an exclusive lock on one byte of an open file, never waiting."""
    try:
        if sys.platform == "win32":
            import msvcrt

            os.lseek(fd, offset, os.SEEK_SET)  # msvcrt locks from the current position
            msvcrt.locking(fd, msvcrt.LK_NBLCK if take else msvcrt.LK_UNLCK, 1)
        else:  # per process, not per open file: only the tests' stand-in relies on it here
            import fcntl

            fcntl.lockf(fd, (fcntl.LOCK_EX | fcntl.LOCK_NB) if take else fcntl.LOCK_UN, 1, offset)
    except OSError:
        return False
    return True


class StateShare:
    """One opener's share of a state file: read and write the verdict, join and leave."""

    def __init__(self, path: Path) -> None:
        # Unbuffered and never truncated: reads see other processes' writes, and a
        # shorter verdict is padded with spaces instead (truncating past a lock is risky).
        # Mode 0666 less the umask, as the state file always had.
        fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o666)
        self.file = os.fdopen(fd, "r+b", buffering=0)

    @property
    def fd(self) -> int:
        """Return the state file's descriptor."""
        return self.file.fileno()

    def read(self) -> dict[str, object]:
        """Return the verdict written in the state file ({} when empty or unreadable)."""
        try:
            self.file.seek(0)
            data = json.loads(self.file.read(GATE).decode("utf-8").strip() or "{}")
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def write(self, data: dict[str, object]) -> None:
        """Replace the verdict."""
        text = json.dumps(data).encode("utf-8")
        end = self.file.seek(0, os.SEEK_END)
        self.file.seek(0)
        self.file.write(text.ljust(min(end, GATE)))

    def join(self) -> bool | None:
        """Take this opener's share; return whether no one else holds one (None: no share to be had).

        When it returns True the caller decides alone until ``settle``; when False, the
        first opener's decision is already written.
        """
        raise NotImplementedError

    def settle(self) -> None:
        """End the first opener's decision: others may join now."""

    def leave(self) -> bool:
        """Start leaving; return whether no one else holds a share (the caller decides alone)."""
        raise NotImplementedError

    def close(self) -> None:
        """Drop the share."""
        self.file.close()


class FlockShare(StateShare):
    """POSIX: a shared flock while open; the exclusive one succeeds only for a lone holder."""

    def _flock(self, shared: bool, wait: bool) -> bool:
        import fcntl

        mode = (fcntl.LOCK_SH if shared else fcntl.LOCK_EX) | (0 if wait else fcntl.LOCK_NB)
        try:
            fcntl.flock(self.fd, mode)
        except OSError:
            return False
        return True

    def join(self) -> bool | None:
        """Exclusive when alone, else wait (while a first opener decides) for a shared lock."""
        if self._flock(shared=False, wait=False):
            return True
        return False if self._flock(shared=True, wait=True) else None

    def settle(self) -> None:
        """Downgrade to the shared lock."""
        self._flock(shared=True, wait=True)

    def leave(self) -> bool:
        """Say whether the exclusive lock can be had now."""
        return self._flock(shared=False, wait=False)


class SlotShare(StateShare):
    """Windows: one exclusive byte (a slot) per opener, and a gate byte around every decision."""

    def __init__(self, path: Path) -> None:
        super().__init__(path)
        self.slot: int | None = None
        self.gated = False

    def _take_gate(self) -> bool:
        deadline = time.monotonic() + GATE_WAIT_SECONDS
        while not lock_byte(self.fd, GATE):
            if time.monotonic() > deadline:
                return False
            time.sleep(0.01)
        self.gated = True
        return True

    def _drop_gate(self) -> None:
        if self.gated:
            lock_byte(self.fd, GATE, take=False)
            self.gated = False

    def _alone(self) -> bool:
        for other in range(SLOTS):
            if other == self.slot:
                continue
            if not lock_byte(self.fd, GATE + 1 + other):
                return False
            lock_byte(self.fd, GATE + 1 + other, take=False)
        return True

    def join(self) -> bool | None:
        """Through the gate, take a free slot; alone when every other slot is free."""
        if not self._take_gate():
            return None
        self.slot = next((i for i in range(SLOTS) if lock_byte(self.fd, GATE + 1 + i)), None)
        if self.slot is None:
            self._drop_gate()
            return None
        return self._alone()  # the gate stays shut until settle: the state is read undisturbed

    def settle(self) -> None:
        """Open the gate again."""
        self._drop_gate()

    def leave(self) -> bool:
        """Through the gate (held until close): alone when every other slot is free."""
        if self.slot is None or not self._take_gate():
            return False
        return self._alone()

    def close(self) -> None:
        """Give back the slot and the gate, then close the file."""
        try:
            if self.slot is not None:
                lock_byte(self.fd, GATE + 1 + self.slot, take=False)
                self.slot = None
            self._drop_gate()
        finally:
            super().close()


def state_share(path: Path) -> StateShare:
    """Open a share of a state file, of the kind this platform's locks support."""
    return SlotShare(path) if sys.platform == "win32" else FlockShare(path)
