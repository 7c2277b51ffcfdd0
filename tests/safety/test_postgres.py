"""Team mode on PostgreSQL: forced serialization failures, deadlocks, stale edits, killed connections."""

from __future__ import annotations

import logging
import random
import threading
import time
from collections.abc import Callable, Iterator
from functools import partial

import pytest
from safety_world import make_world, soak
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from funneldesk.domain.errors import DatabaseError, StaleEdit
from funneldesk.services import leads
from funneldesk.storage.database import Database
from funneldesk.storage.models import AuditEntry, Lead, Setting
from funneldesk.storage.retry import run_write


@pytest.fixture
def pg_target(db_target: str) -> str:
    """Return the PostgreSQL URL of a fresh database, or skip on SQLite."""
    if "://" not in db_target:
        pytest.skip("team mode runs on PostgreSQL")
    return db_target


def _admin(target: str, statement: str) -> list[tuple[object, ...]]:
    engine = create_engine(target, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            result = conn.execute(text(statement))
            return [tuple(r) for r in result] if result.returns_rows else []
    finally:
        engine.dispose()


@pytest.fixture
def serializable(pg_target: str) -> Iterator[str]:
    """Make every new connection to the test database SERIALIZABLE, so conflicts abort with 40001."""
    name = make_url(pg_target).database
    _admin(pg_target, f'ALTER DATABASE "{name}" SET default_transaction_isolation TO serializable')
    yield pg_target


class RetryCounter(logging.Handler):
    """Counts the retries the retry helper logs."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1


@pytest.fixture
def retries() -> Iterator[RetryCounter]:
    """Attach a retry counter to funneldesk.storage.retry's logger."""
    counter, logger = RetryCounter(), logging.getLogger("funneldesk.storage.retry")
    old_level = logger.level
    logger.setLevel(logging.INFO)
    logger.addHandler(counter)
    yield counter
    logger.removeHandler(counter)
    logger.setLevel(old_level)


def _in_threads(target: str, work: Callable[[Database, int], int]) -> list[int]:
    results = [0, 0]
    dbs = [Database(target), Database(target)]

    def run(index: int) -> None:
        results[index] = work(dbs[index], index)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for db in dbs:
        db.close()
    return results


def _increment(session: Session) -> None:
    row = session.get(Setting, "soak.counter")
    assert row is not None
    row.value = str(int(row.value) + 1)


def test_forced_serialization_failures_are_retried(serializable: str, retries: RetryCounter,
                                                   figure: Callable[..., None]) -> None:
    """Two SERIALIZABLE clients on one figure and one lead: retried; 0 unhandled, 0 lost."""
    count = soak(60, 1000)
    db = Database(serializable)
    world = make_world(db)
    lead = leads.create_lead(db, world.owner, {"title": "shared"}, pipeline="Free")
    run_write(db, lambda s: s.add(Setting(key="soak.counter", value="0")))
    tally = {"increments": 0, "updates": 0, "exhausted": 0, "unhandled": 0}
    lock = threading.Lock()

    def attempt(key: str, action: Callable[[], object]) -> None:
        try:
            action()
            outcome = key
        except DatabaseError:  # 3 retries used up: one plain line, nothing changed
            outcome = "exhausted"
        except Exception as exc:
            print(f"unhandled: {type(exc).__name__}: {str(exc).splitlines()[0]}")
            outcome = "unhandled"
        with lock:
            tally[outcome] += 1

    def work(client: Database, index: int) -> int:
        think = random.Random(index)
        for i in range(count):
            time.sleep(think.uniform(0, 0.02))  # people pause between saves
            attempt("increments", lambda: run_write(client, _increment))
            attempt("updates", partial(leads.update_lead, client, world.owner, lead.id,
                                       {"notes": f"{index}-{i}"}))
        return 0

    _in_threads(serializable, work)
    with db.read() as session:
        final = int(session.get(Setting, "soak.counter").value)  # type: ignore[union-attr]
        version = int(session.scalar(select(Lead.version).where(Lead.id == lead.id)) or 0)
    db.close()
    lost = (tally["increments"] - final) + (tally["updates"] - (version - 1))
    figure("postgres serialization", clients=2, writes=4 * count, retries=retries.count,
           retries_exhausted=tally["exhausted"], unhandled_errors=tally["unhandled"],
           lost_updates=lost, failures=tally["unhandled"] + abs(lost))
    assert (tally["unhandled"], lost) == (0, 0)
    assert retries.count > 0  # the failures really were forced


def test_two_clients_editing_one_lead_lose_nothing_silently(pg_target: str,
                                                             figure: Callable[..., None]) -> None:
    """Each client reads then saves with expected_version: every save either lands or is refused."""
    count = soak(50, 1000)
    db = Database(pg_target)
    world = make_world(db)
    lead = leads.create_lead(db, world.owner, {"title": "shared"}, pipeline="Free")

    def work(client: Database, index: int) -> int:
        saved = 0
        for i in range(count):
            seen = leads.get_lead(client, world.owner, lead.id)
            try:
                leads.update_lead(client, world.owner, lead.id, {"notes": f"{index}-{i}"}, seen.version)
                saved += 1
            except StaleEdit:
                pass
        return saved

    saved = sum(_in_threads(pg_target, work))
    with db.read() as session:
        version = session.scalar(select(Lead.version).where(Lead.id == lead.id))
        audited = session.scalar(select(func.count()).where(
            AuditEntry.entity == "lead", AuditEntry.entity_id == lead.id, AuditEntry.field == "notes"))
    db.close()
    lost = saved - (int(version or 0) - 1)
    figure("postgres stale edits", clients=2, edits_per_client=count, saved=saved,
           refused_stale=2 * count - saved, silent_lost_updates=lost, failures=abs(lost))
    assert lost == 0 and audited == saved


def _kill_mid_save(db: Database, target: str, owner: object, run: int) -> None:
    with db.read() as session:
        pid = session.execute(text("SELECT pg_backend_pid()")).scalar()
    try:
        with db.write() as session:
            assert session.execute(text("SELECT pg_backend_pid()")).scalar() == pid
            leads.create_in_session(session, owner, {"title": f"k{run}"}, pipeline="Free")  # type: ignore[arg-type]
            _admin(target, f"SELECT pg_terminate_backend({pid})")
    except Exception:
        pass  # the save failed: the user sees it and saves again
    leads.create_lead(db, owner, {"title": f"k{run}"}, pipeline="Free")  # type: ignore[arg-type]


def test_connection_killed_mid_save_then_next_action_works(pg_target: str,
                                                           figure: Callable[..., None]) -> None:
    """pg_terminate_backend during a save: no duplicate, the next action works (pre-ping)."""
    runs = soak(5, 50)
    db = Database(pg_target)
    world = make_world(db)
    for run in range(runs):
        _kill_mid_save(db, pg_target, world.owner, run)
    with db.read() as session:
        rows = session.execute(select(Lead.title, func.count()).where(Lead.title.like("k%"))
                               .group_by(Lead.title)).all()
    db.close()
    duplicates = sum(n - 1 for _, n in rows)
    figure("postgres killed connection", runs=runs, leads=len(rows), duplicates=duplicates,
           failures=duplicates + runs - len(rows))
    assert (len(rows), duplicates) == (runs, 0)
