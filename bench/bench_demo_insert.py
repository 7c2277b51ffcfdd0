"""Time the demo's insert phase (generating and inserting leads and stage changes) beside a copy floor.

    .venv/bin/python bench/bench_demo_insert.py [--leads N] [--repeat R] [--dir D] [--profile]

Each round fills a fresh SQLite file with ``fill_demo`` and times only its insert phase
(``generate._write_leads``: numpy generation, the stored text, ``executemany``; indexes
and the search trigger are off then), then, in the same file, the floor: SQLite copying the
same rows with ``CREATE TABLE ... AS SELECT`` (no Python, no binding; rolled back). Prints
every round and the medians, and the ratio phase / floor. ``--profile`` prints a cProfile
of the last round's phase. The files are deleted after each round.

Measured 2026-12-07 on the shared 2-core machine, 200k leads (715,064 changes), 5 paired
runs against main at 27f8571 (strftime in SQL, one row per statement): phase median
3.20 s before, 2.21 s after (0.69x); cProfile: executemany 2.33 s -> 1.07 s.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

from funneldesk.demo import fill_demo, generate
from funneldesk.storage.database import Database

ANCHOR = date(2026, 12, 1)


def _discard(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal", ".state"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def phase(path: Path, leads: int, seed: int, profile: cProfile.Profile | None) -> tuple[float, float, int]:
    """Fill a new file with the demo; return (phase wall seconds, phase CPU seconds, stage changes)."""
    spent: list[float] = []
    original = generate._write_leads

    def timed(*args: Any, **kwargs: Any) -> int:
        began, cpu = time.perf_counter(), time.process_time()
        if profile:
            profile.enable()
        try:
            return original(*args, **kwargs)
        finally:
            if profile:
                profile.disable()
            spent.extend((time.perf_counter() - began, time.process_time() - cpu))

    generate._write_leads = timed  # type: ignore[assignment]
    database = Database(str(path))
    try:
        result = fill_demo(database, leads=leads, seed=seed, anchor=ANCHOR)
    finally:
        database.close()
        generate._write_leads = original  # type: ignore[assignment]
    return spent[0], spent[1], result.stage_changes


def floor(path: Path) -> float:
    """Copy the file's leads and stage changes into new tables in one transaction (rolled back); seconds."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("PRAGMA cache_size = -262144")  # as the demo's load has (bulk_load.big_cache)
        conn.execute("BEGIN")
        began = time.perf_counter()
        conn.execute("CREATE TABLE floor_leads AS SELECT * FROM leads")
        conn.execute("CREATE TABLE floor_changes AS SELECT * FROM stage_changes")
        seconds = time.perf_counter() - began
        conn.execute("ROLLBACK")
    finally:
        conn.close()
    return seconds


def rounds(folder: Path, leads: int, seed: int, repeat: int, profile: bool) -> None:
    """Run phase and floor ``repeat`` times; print each round and the medians."""
    walls, cpus, floors = [], [], []
    profiler = None
    for number in range(repeat):
        path = folder / "demo-insert.db"
        _discard(path)
        profiler = cProfile.Profile() if profile and number == repeat - 1 else None
        try:
            wall, cpu, changes = phase(path, leads, seed, profiler)
            floors.append(floor(path))
        finally:
            _discard(path)
        walls.append(wall)
        cpus.append(cpu)
        print(f"round {number + 1}: insert phase {leads:,} leads + {changes:,} changes {wall:.2f} s wall "
              f"({cpu:.2f} s CPU), copy floor {floors[-1]:.2f} s, ratio {wall / floors[-1]:.1f}x", flush=True)
    wall, cpu, base = statistics.median(walls), statistics.median(cpus), statistics.median(floors)
    print(f"median: insert phase {wall:.2f} s wall, {cpu:.2f} s CPU, {leads / wall:,.0f} leads/s; "
          f"copy floor {base:.2f} s; phase/floor {wall / base:.1f}x")
    if profiler:
        pstats.Stats(profiler).sort_stats("tottime").print_stats(15)


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--leads", type=int, default=200_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--dir", help="folder for the files (default: a new temporary folder)")
    parser.add_argument("--profile", action="store_true", help="print a cProfile of the last round's phase")
    args = parser.parse_args(argv)
    if args.dir:
        os.makedirs(args.dir, exist_ok=True)
        rounds(Path(args.dir), args.leads, args.seed, args.repeat, args.profile)
        return 0
    with tempfile.TemporaryDirectory() as folder:
        rounds(Path(folder), args.leads, args.seed, args.repeat, args.profile)
    return 0


if __name__ == "__main__":
    sys.exit(main())
