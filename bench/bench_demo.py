"""Time ``funneldesk demo`` on a fresh SQLite file beside a raw-executemany floor of the same row count.

    .venv/bin/python bench/bench_demo.py [--leads N] [--repeat R] [--dir D] [--db postgresql://...]

Each round runs the floor (plain ``sqlite3`` executemany of as many rows as the demo's
leads and stage changes, into a one-index table of a new file, one transaction) and then
the demo, interleaved, so both see the same machine; prints every round and the medians:
wall seconds, CPU seconds of this process (SQLite runs in it), leads per second and the
ratio demo / floor. The demo files are deleted after each round (a 1M demo is ~3 GB).
A PostgreSQL database given with --db should be empty and migrated; it is timed alone.

Measured 2026-12-07 on the shared 2-core machine (--today 2026-12-01, seed 1):
1M, late evening (stays without a window, the search index copied in by SQLite, 0017 and
0018's fewer index entries): 64.8 / 70.6 / 60.7 s wall, 99-116 s CPU, floor 6.2-7.2 s
(9.7-9.9x); a quarter of an hour later, the host busier: 75.5 / 77.4 / 67.8 s, 108-127 s
CPU, floor 6.4-8.3 s (9.3-11.4x).
1M, evening (sorted index builds on a worker thread, the search index built aside, the
faster writer and derived queries): 65.3 / 75.2 / 74.4 s wall, 105-123 s CPU, floor
6.3-6.5 s (10-12x). Morning: 122-158 s wall (quiet: 107.8 s), 92-97 s CPU; before that
270 s wall, 192 s CPU. 100k, morning: 6.8 s wall, 6.6 s CPU, floor 0.57 s (11.8x).
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from funneldesk.demo import fill_demo
from funneldesk.storage.database import Database

ANCHOR = date(2026, 12, 1)
CHANGES_PER_LEAD = 3.57  # what the demo writes on average (3,567,516 for 1M leads)


def _discard(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal", ".state"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def floor(folder: Path, rows: int) -> float:
    """Insert ``rows`` narrow rows with raw executemany in one transaction; return wall seconds."""
    path = folder / "floor.db"
    _discard(path)
    began = time.perf_counter()
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, lead_id INTEGER, at TEXT)")
        conn.execute("BEGIN")
        conn.executemany("INSERT INTO t VALUES (?, ?, ?)",
                         ((i, i // 4, "2026-01-01 10:00:00.000000") for i in range(rows)))
        conn.execute("CREATE INDEX ix_t_lead ON t (lead_id, at)")
        conn.execute("COMMIT")
    finally:
        conn.close()
    seconds = time.perf_counter() - began
    _discard(path)
    return seconds


def demo(target: str, leads: int, seed: int) -> tuple[float, float, int]:
    """Fill the target with demo data; return (wall seconds incl. close, CPU seconds, stage changes)."""
    began, cpu = time.perf_counter(), time.process_time()
    database = Database(target)
    try:
        result = fill_demo(database, leads=leads, seed=seed, anchor=ANCHOR)
    finally:
        database.close()
    return time.perf_counter() - began, time.process_time() - cpu, result.stage_changes


def rounds(folder: Path, leads: int, seed: int, repeat: int) -> None:
    """Run floor and demo ``repeat`` times, interleaved; print each round and the medians."""
    rows = leads + round(leads * CHANGES_PER_LEAD)
    walls, cpus, floors = [], [], []
    for number in range(repeat):
        floors.append(floor(folder, rows))
        path = folder / "demo.db"
        _discard(path)
        try:
            wall, cpu, changes = demo(str(path), leads, seed)
        finally:
            _discard(path)
        walls.append(wall)
        cpus.append(cpu)
        print(f"round {number + 1}: demo {leads:,} leads + {changes:,} changes {wall:.1f} s wall "
              f"({cpu:.1f} s CPU), floor {rows:,} rows {floors[-1]:.2f} s, "
              f"ratio {wall / floors[-1]:.1f}x", flush=True)
    wall, cpu, base = statistics.median(walls), statistics.median(cpus), statistics.median(floors)
    print(f"median: {leads:,} leads in {wall:.1f} s wall, {cpu:.1f} s CPU, {leads / wall:,.0f} leads/s; "
          f"raw executemany floor {base:.2f} s ({rows / base:,.0f} rows/s); demo/floor {wall / base:.1f}x")


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--leads", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--dir", help="folder for the files (default: a new temporary folder)")
    parser.add_argument("--db", help="a PostgreSQL URL (timed alone, no floor)")
    args = parser.parse_args(argv)
    if args.db:
        wall, cpu, changes = demo(args.db, args.leads, args.seed)
        print(f"postgresql: {args.leads:,} leads, {changes:,} changes in {wall:.1f} s wall "
              f"({cpu:.1f} s CPU here), {args.leads / wall:,.0f} leads/s")
        return 0
    if args.dir:
        os.makedirs(args.dir, exist_ok=True)
        rounds(Path(args.dir), args.leads, args.seed, args.repeat)
        return 0
    with tempfile.TemporaryDirectory() as folder:
        rounds(Path(folder), args.leads, args.seed, args.repeat)
    return 0


if __name__ == "__main__":
    sys.exit(main())
