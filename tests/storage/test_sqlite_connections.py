"""Every pooled SQLite connection carries FunnelDesk's pragmas, and writes take the lock at BEGIN."""

from __future__ import annotations

import subprocess
import sys
import threading
from contextlib import ExitStack
from pathlib import Path

import pytest
from sqlalchemy import Connection, select

from funneldesk.storage.database import Database
from funneldesk.storage.models import Setting

INCREMENTS = 500
WORKERS = 2
PRAGMAS = ("journal_mode", "foreign_keys", "busy_timeout", "synchronous")


def _pragmas(conn: Connection) -> dict[str, object]:
    """Read FunnelDesk's pragmas on one connection."""
    return {name: conn.exec_driver_sql(f"PRAGMA {name}").scalar() for name in PRAGMAS}


@pytest.fixture
def sqlite_db(db: Database) -> Database:
    """Return the test database, skipping on PostgreSQL."""
    if db.dialect != "sqlite":
        pytest.skip("SQLite connection settings")
    return db


def test_every_pooled_connection_has_the_pragmas(sqlite_db: Database) -> None:
    """Five connections held at once (five pool slots) each have WAL, FKs, timeout, FULL sync."""
    with ExitStack() as stack:
        conns = [stack.enter_context(sqlite_db.engine.connect()) for _ in range(5)]
        raw = {id(c.connection.driver_connection) for c in conns}
        found = [_pragmas(c) for c in conns]
    assert len(raw) == 5
    for pragmas in found:
        assert pragmas["journal_mode"] == "wal"
        assert pragmas["foreign_keys"] == 1
        assert int(pragmas["busy_timeout"]) >= 5000  # type: ignore[call-overload]
        assert pragmas["synchronous"] == 2


def test_connections_opened_in_threads_have_the_pragmas(sqlite_db: Database) -> None:
    """Connections opened concurrently by worker threads get the same settings."""
    results: list[dict[str, object]] = []
    barrier = threading.Barrier(4)

    def work() -> None:
        with sqlite_db.engine.connect() as conn:
            barrier.wait(timeout=10)
            results.append(_pragmas(conn))
            barrier.wait(timeout=10)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(results) == 4
    for pragmas in results:
        assert (pragmas["journal_mode"], pragmas["foreign_keys"], pragmas["synchronous"]) == ("wal", 1, 2)
        assert int(pragmas["busy_timeout"]) >= 5000  # type: ignore[call-overload]


def increment(db: Database, times: int) -> int:
    """Read the counter and write it back plus one, ``times`` times; return the errors seen."""
    errors = 0
    for _ in range(times):
        try:
            with db.write() as session:
                row = session.get(Setting, "counter")
                assert row is not None
                row.value = str(int(row.value) + 1)
        except Exception as exc:  # every failure is what this test counts
            errors += 1
            print(f"increment failed: {exc}", file=sys.stderr)
    return errors


def _counter(db: Database) -> int:
    with db.read() as session:
        return int(session.scalars(select(Setting.value).where(Setting.key == "counter")).one())


def _seed_counter(db: Database) -> None:
    with db.write() as session:
        session.add(Setting(key="counter", value="0"))


def test_threads_incrementing_one_figure_lose_nothing(sqlite_db: Database) -> None:
    """Two threads x 500 read-then-write increments end at exactly 1000, with no errors."""
    _seed_counter(sqlite_db)
    errors: list[int] = []
    threads = [
        threading.Thread(target=lambda: errors.append(increment(sqlite_db, INCREMENTS)))
        for _ in range(WORKERS)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    print(f"threads: {WORKERS} x {INCREMENTS} increments, errors {sum(errors)}")
    assert errors == [0] * WORKERS
    assert _counter(sqlite_db) == WORKERS * INCREMENTS


WORKER_SCRIPT = """
import sys
from funneldesk.storage.database import Database
sys.path.insert(0, sys.argv[3])
from test_sqlite_connections import increment
db = Database(sys.argv[1])
print(increment(db, int(sys.argv[2])))
db.close()
"""


def test_processes_incrementing_one_figure_lose_nothing(sqlite_db: Database) -> None:
    """Two processes x 500 read-then-write increments end at exactly 1000: no 'database is locked'."""
    _seed_counter(sqlite_db)
    assert sqlite_db.path is not None
    here = str(Path(__file__).parent)
    command = [sys.executable, "-c", WORKER_SCRIPT, str(sqlite_db.path), str(INCREMENTS), here]
    procs = [
        subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for _ in range(WORKERS)
    ]
    outputs = [proc.communicate(timeout=300) for proc in procs]
    for (out, err), proc in zip(outputs, procs, strict=True):
        assert proc.returncode == 0, err
        assert "database is locked" not in err
        assert out.strip() == "0", err
    print(f"processes: {WORKERS} x {INCREMENTS} increments, errors 0")
    assert _counter(sqlite_db) == WORKERS * INCREMENTS
