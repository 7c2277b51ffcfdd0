"""The state file's shares decide when the full scan is due: with flock here, with byte slots on Windows.

Windows cannot run here, so its lock primitive (``lock.lock_byte``) is replaced by an
in-memory stand-in with the same rules: one exclusive holder per byte, per handle, and
every lock of a process gone when it dies. The same scenarios run on both kinds.
"""

from __future__ import annotations

import os
import sqlite3
import sys
from contextlib import closing
from pathlib import Path

import pytest

from funneldesk.storage import health, lock
from funneldesk.storage.backup import file_fingerprint
from funneldesk.storage.health import OpenState, state_path


class FakeByteLocks:
    """Exclusive byte-range locks as msvcrt.locking gives them, kept in memory."""

    def __init__(self) -> None:
        self.held: dict[tuple[int, int], int] = {}

    def __call__(self, fd: int, offset: int, take: bool = True) -> bool:
        key = (os.fstat(fd).st_ino, offset)
        owner = self.held.get(key)
        if take:
            if owner is not None:  # Windows refuses an overlapping lock, even to the same handle
                return False
            self.held[key] = fd
            return True
        if owner != fd:
            return False
        del self.held[key]
        return True

    def die(self, fd: int) -> None:
        """Drop every lock of a handle, as the OS does when its process dies."""
        self.held = {key: owner for key, owner in self.held.items() if owner != fd}


@pytest.fixture(params=["flock", "slots"])
def kind(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Run a scenario with POSIX flock shares, then with Windows byte slots (primitive faked)."""
    if request.param == "slots":
        fake = FakeByteLocks()
        monkeypatch.setattr(lock, "lock_byte", fake)
        monkeypatch.setattr(health, "state_share", lock.SlotShare)
        request.node.fake = fake
    elif sys.platform == "win32":
        pytest.skip("flock is POSIX")
    return str(request.param)


@pytest.fixture
def db_file(tmp_path: Path) -> Path:
    """A small SQLite file."""
    path = tmp_path / "crm.db"
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("CREATE TABLE t (x)")
        conn.commit()
    return path


def _crash(state: OpenState, request: pytest.FixtureRequest) -> None:
    """The process holding the state dies: its locks go, nothing is stamped."""
    share = state.handle
    assert share is not None
    fake = getattr(request.node, "fake", None)
    if fake is not None:
        fake.die(share.fd)
    share.file.close()
    state.handle = None


def _write(path: Path) -> None:
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("INSERT INTO t VALUES (1)")
        conn.commit()


def test_clean_close_then_open_is_not_due(kind: str, db_file: Path) -> None:
    """First open of a file never seen: due; after a verified session and a clean close: not due."""
    first = OpenState(db_file)
    assert first.due
    first.verified()
    first.release()
    again = OpenState(db_file)
    assert not again.due
    again.release()


def test_crash_makes_the_next_open_due(kind: str, db_file: Path, request: pytest.FixtureRequest) -> None:
    """A holder that died without closing: the next first opener scans."""
    first = OpenState(db_file)
    first.verified()
    _crash(first, request)
    assert OpenState(db_file).due


def test_only_the_last_closer_stamps(kind: str, db_file: Path, request: pytest.FixtureRequest) -> None:
    """Two openers: the second shares the first's verdict; only the last one out stamps clean."""
    first = OpenState(db_file)
    first.verified()
    second = OpenState(db_file)
    assert not second.due  # the first's session verified the file
    first.release()
    assert "clean" not in state_path(db_file).read_text(encoding="utf-8")
    second.release()
    assert "clean" in state_path(db_file).read_text(encoding="utf-8")
    assert not OpenState(db_file).due


def test_second_opener_of_an_unverified_file_is_due(kind: str, db_file: Path) -> None:
    """The first opener found the scan due: a second opener meanwhile is due too, and nobody stamps."""
    first = OpenState(db_file)
    second = OpenState(db_file)
    assert first.due and second.due
    first.release()
    second.release()
    assert OpenState(db_file).due


def test_verified_content_skips_the_scan_after_a_crash_only_while_unchanged(
    kind: str, db_file: Path, request: pytest.FixtureRequest
) -> None:
    """A verification tied to a fingerprint holds while the file is exactly that content."""
    first = OpenState(db_file)
    first.verified(file_fingerprint(db_file))
    _crash(first, request)
    second = OpenState(db_file)
    assert not second.due
    second.verified(file_fingerprint(db_file))
    _write(db_file)
    _crash(second, request)
    assert OpenState(db_file).due


def test_damage_is_remembered(kind: str, db_file: Path) -> None:
    """A file marked damaged stays known damaged for the next opener."""
    first = OpenState(db_file)
    first.damaged("the backup's copy failed its check")
    first.release()
    again = OpenState(db_file)
    assert again.known_damaged and again.due


def test_no_free_slot_is_due_and_stamps_nothing(monkeypatch: pytest.MonkeyPatch, db_file: Path) -> None:
    """Windows, more openers than slots: the extra one scans and takes no part in the verdict."""
    fake = FakeByteLocks()
    monkeypatch.setattr(lock, "lock_byte", fake)
    monkeypatch.setattr(health, "state_share", lock.SlotShare)
    monkeypatch.setattr(lock, "SLOTS", 2)
    first = OpenState(db_file)
    first.verified()
    second = OpenState(db_file)
    extra = OpenState(db_file)
    assert extra.due and extra.handle is None
    extra.release()
    second.release()
    first.release()
    assert not OpenState(db_file).due


def test_gate_held_too_long_is_due(monkeypatch: pytest.MonkeyPatch, db_file: Path) -> None:
    """Windows, the gate never opens (a stuck decision): the opener scans rather than guess."""
    fake = FakeByteLocks()
    monkeypatch.setattr(lock, "lock_byte", fake)
    monkeypatch.setattr(health, "state_share", lock.SlotShare)
    monkeypatch.setattr(lock, "GATE_WAIT_SECONDS", 0.05)
    clean = OpenState(db_file)
    clean.verified()
    clean.release()
    with open(state_path(db_file), "rb") as other:
        assert fake(other.fileno(), lock.GATE)
        stuck = OpenState(db_file)
        assert stuck.due and stuck.handle is None
        fake(other.fileno(), lock.GATE, take=False)
    assert not OpenState(db_file).due


def test_real_byte_lock_takes_and_gives_back(tmp_path: Path) -> None:
    """The primitive itself, on this platform: take, give back, take again."""
    path = tmp_path / "x.state"
    path.write_bytes(b"{}")
    with open(path, "r+b") as handle:
        assert lock.lock_byte(handle.fileno(), lock.GATE)
        assert lock.lock_byte(handle.fileno(), lock.GATE, take=False)
        assert lock.lock_byte(handle.fileno(), lock.GATE)


def test_an_empty_wal_left_by_a_reader_is_the_same_content(kind: str, db_file: Path) -> None:
    """A read-only connection leaves an empty WAL behind: it holds nothing, so no scan is due."""
    first = OpenState(db_file)
    first.verified()
    first.release()
    db_file.with_name(db_file.name + "-wal").touch()
    again = OpenState(db_file)
    assert not again.due
    again.release()
    db_file.with_name(db_file.name + "-wal").write_bytes(b"\0" * 32)  # a WAL with something in it
    assert OpenState(db_file).due
