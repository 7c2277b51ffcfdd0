"""Concurrency suite: two processes on one SQLite file lose nothing and show no errors."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from safety_world import make_world, scalar, soak, worker

from funneldesk.services import leads
from funneldesk.storage.database import Database
from funneldesk.storage.models import Setting

LEADS_PER_PROCESS = 5


def _setup(path: Path) -> list[list[int]]:
    db = Database(path)
    world = make_world(db)
    ids = [leads.create_lead(db, world.owner, {"title": f"m{i}"}, pipeline="Free").id
           for i in range(2 * LEADS_PER_PROCESS)]
    with db.write() as session:
        session.add(Setting(key="soak.counter", value="0"))
    db.close()
    return [ids[:LEADS_PER_PROCESS], ids[LEADS_PER_PROCESS:]]


def _errors(out: str) -> int:
    line = next(x for x in out.splitlines() if x.startswith("errors="))
    return int(line.split("=")[1])


def _moves(path: Path, moves: int, figure: Callable[..., None]) -> None:
    groups = _setup(path)
    children = [worker("mover", path, ",".join(map(str, g)), moves) for g in groups]
    outputs = [c.communicate(timeout=900) for c in children]
    errors = sum(_errors(out) for out, _ in outputs)
    changes = int(str(scalar(path, "SELECT count(*) FROM stage_changes c JOIN leads l "
                                  "ON l.id = c.lead_id WHERE l.title LIKE 'm%'")))
    expected = 2 * LEADS_PER_PROCESS + 2 * moves  # one entry change per lead, then each move
    versions = int(str(scalar(path, "SELECT sum(version) FROM leads WHERE title LIKE 'm%'")))
    applied = 2 * moves - errors  # a refused move is an error, not a lost update
    lost = (expected - errors - changes) + (2 * LEADS_PER_PROCESS + applied - versions)
    figure("concurrency moves", processes=2, moves_per_process=moves, errors=errors,
           lost_updates=lost, failures=errors + abs(lost))
    assert (errors, lost) == (0, 0), [err for _, err in outputs]


def _increments(path: Path, count: int, figure: Callable[..., None]) -> None:
    _setup(path)
    children = [worker("increment", path, "soak.counter", count) for _ in range(2)]
    outputs = [c.communicate(timeout=900) for c in children]
    final = int(str(scalar(path, "SELECT value FROM settings WHERE key = 'soak.counter'")))
    failed = sum(c.returncode != 0 for c in children)
    figure("concurrency increments", processes=2, increments_per_process=count, final=final,
           expected=2 * count, failures=failed + abs(2 * count - final))
    assert (final, failed) == (2 * count, 0), [err for _, err in outputs]


def test_two_processes_moving_leads_lose_nothing_fast(sqlite_file: Path, figure: Callable[..., None]) -> None:
    """Fast tier: 150 moves per process."""
    _moves(sqlite_file, 150, figure)


def test_two_processes_incrementing_end_at_2n_fast(sqlite_file: Path, figure: Callable[..., None]) -> None:
    """Fast tier: 200 increments per process."""
    _increments(sqlite_file, 200, figure)


@pytest.mark.slow
def test_two_processes_moving_leads_lose_nothing_soak(sqlite_file: Path, figure: Callable[..., None]) -> None:
    """Soak: 1,000 moves per process (small: 300)."""
    _moves(sqlite_file, soak(300, 1000), figure)


@pytest.mark.slow
def test_two_processes_incrementing_end_at_2n_soak(sqlite_file: Path, figure: Callable[..., None]) -> None:
    """Soak: 1,000 increments per process (small: 300)."""
    _increments(sqlite_file, soak(300, 1000), figure)
