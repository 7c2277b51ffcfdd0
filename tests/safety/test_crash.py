"""Crash suite: kill -9 at a random moment; the file stays whole and every action atomic."""

from __future__ import annotations

import csv
import random
import signal
import sqlite3
import time
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest
from safety_world import integrity, make_world, scalar, soak, worker

from funneldesk.storage.database import Database


def _prepared(path: Path, count: int = 0) -> Path:
    db = Database(path)
    make_world(db)
    db.close()
    sheet = path.with_suffix(".csv")
    with sheet.open("w", newline="", encoding="utf-8") as handle:
        rows = csv.writer(handle)
        rows.writerow(["Title", "Company", "Value", "Email"])
        rows.writerows([f"batch-{i}", f"Company {i}", str(i * 10), f"p{i}@example.com"]
                       for i in range(count))
    return sheet


def _kill_import(path: Path, sheet: Path, rng: random.Random, window: float) -> None:
    child = worker("import", path, sheet)
    assert child.stdout is not None
    if child.stdout.readline().strip() != "begin":  # the child died before importing: say why
        pytest.fail(f"import worker exited early: {child.communicate()[1][-2000:]}")
    time.sleep(rng.uniform(0, window))
    child.send_signal(signal.SIGKILL)
    child.communicate()


def _leads(path: Path) -> int:
    return int(str(scalar(path, "SELECT count(*) FROM leads")))


def _import_runs(path: Path, runs: int, count: int, figure: Callable[..., None]) -> None:
    sheet = _prepared(path, count)
    child = worker("import", path, sheet)
    assert child.stdout is not None
    child.stdout.readline()
    start = time.monotonic()
    assert child.stdout.readline().strip() == "committed"
    window = (time.monotonic() - start) * 1.2  # the kill lands anywhere in a whole import
    child.communicate()
    assert _leads(path) == count
    rng = random.Random(6)
    whole = atomic = committed = 0
    for _ in range(runs):
        before = _leads(path)
        _kill_import(path, sheet, rng, window)
        whole += integrity(path) == "ok"
        added = _leads(path) - before
        atomic += added in (0, count)
        committed += added == count
    figure("crash import", runs=runs, leads_per_import=count, integrity_ok=whole,
           committed_before_kill=committed,
           all_or_nothing=atomic, failures=2 * runs - whole - atomic)
    assert (whole, atomic) == (runs, runs)


def test_import_killed_at_random_is_all_or_nothing_fast(sqlite_file: Path,
                                                       figure: Callable[..., None]) -> None:
    """Fast tier: a few killed imports."""
    _import_runs(sqlite_file, runs=2, count=500, figure=figure)


@pytest.mark.slow
def test_import_killed_at_random_is_all_or_nothing_soak(sqlite_file: Path,
                                                       figure: Callable[..., None]) -> None:
    """Soak: 50 imports of 10,000 leads killed at random (small scale: 5 of 1,000)."""
    _import_runs(sqlite_file, runs=soak(5, 50), count=soak(1000, 10_000), figure=figure)


def _acked_present(path: Path, acks: list[list[str]]) -> int:
    """Count acknowledged actions missing from the file."""
    checks = {
        "create": "SELECT count(*) FROM leads WHERE id = ? AND title = ?",
        "edit": "SELECT count(*) FROM audit_entries WHERE entity = 'lead' AND entity_id = ? "
                "AND field = 'notes' AND new_value = ?",
        "activity": "SELECT count(*) FROM activities WHERE lead_id = ? AND subject = ?",
        "move": "SELECT count(*) FROM stage_changes c JOIN stages s ON s.id = c.to_stage_id "
                "WHERE c.lead_id = ? AND s.name = ?",
    }
    with closing(sqlite3.connect(path)) as conn:
        return sum(conn.execute(checks[kind], (int(lead), marker)).fetchone()[0] == 0
                   for kind, lead, marker in acks)


HALF_ACTIONS = (
    # a lead whose stage is not where its history last put it
    "SELECT count(*) FROM leads l WHERE l.stage_id != (SELECT c.to_stage_id FROM stage_changes c "
    "WHERE c.lead_id = l.id ORDER BY c.id DESC LIMIT 1)",
    # a lead whose notes differ from the last audited value
    "SELECT count(*) FROM leads l WHERE coalesce(l.notes, '') != coalesce((SELECT a.new_value "
    "FROM audit_entries a WHERE a.entity = 'lead' AND a.entity_id = l.id AND a.field = 'notes' "
    "ORDER BY a.id DESC LIMIT 1), '')",
    # an activity without its audit entry, or a lead without its creation entry
    "SELECT count(*) FROM leads l WHERE NOT EXISTS (SELECT 1 FROM audit_entries a "
    "WHERE a.entity = 'lead' AND a.entity_id = l.id AND a.action = 'create')",
)


def _half_actions(path: Path) -> int:
    with closing(sqlite3.connect(path)) as conn:
        return sum(conn.execute(sql).fetchone()[0] for sql in HALF_ACTIONS)


def _actions_run(path: Path, seed: int, total: int, rng: random.Random) -> tuple[int, int, int]:
    child = worker("actions", path, seed, total)
    assert child.stdout is not None
    first = child.stdout.readline()  # killed while actions run, not while Python starts
    time.sleep(rng.uniform(0, total * 0.015))
    child.send_signal(signal.SIGKILL)
    out, _ = child.communicate()
    acks = [line.split()[1:] for line in [first, *out.splitlines()] if line.startswith("ack ")]
    return len(acks), _acked_present(path, acks), _half_actions(path)


def _actions_runs(path: Path, runs: int, total: int, figure: Callable[..., None]) -> None:
    _prepared(path)
    rng = random.Random(7)
    acked = missing = half = whole = 0
    for run in range(runs):
        done, lost, broken = _actions_run(path, run, total, rng)
        acked, missing, half = acked + done, missing + lost, half + broken
        whole += integrity(path) == "ok"
    figure("crash actions", runs=runs, actions_per_run=total, acknowledged=acked,
           missing_acknowledged=missing, half_actions=half, integrity_ok=whole,
           failures=missing + half + runs - whole)
    assert (missing, half, whole) == (0, 0, runs)


def test_random_actions_killed_keep_every_acknowledged_action_fast(
        sqlite_file: Path, figure: Callable[..., None]) -> None:
    """Fast tier: random service actions killed mid-run, a few times."""
    _actions_runs(sqlite_file, runs=2, total=150, figure=figure)


@pytest.mark.slow
def test_random_actions_killed_keep_every_acknowledged_action_soak(
        sqlite_file: Path, figure: Callable[..., None]) -> None:
    """Soak: 1,000 random service actions per run, killed at random (small: 300)."""
    _actions_runs(sqlite_file, runs=soak(5, 50), total=soak(300, 1000), figure=figure)
