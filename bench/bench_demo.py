"""Time ``funneldesk demo`` for 100,000 leads on a fresh SQLite file (or a given PostgreSQL URL).

    .venv/bin/python bench/bench_demo.py [--leads N] [--db postgresql://...]

Prints wall time, CPU time of this process and leads per second. A PostgreSQL
database given with --db should be empty and migrated (any existing demo rows stay).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from funneldesk.demo import fill_demo
from funneldesk.storage.database import Database

ANCHOR = date(2026, 1, 1)


def run(target: str, leads: int, seed: int) -> float:
    """Fill the target with demo data and print the timings; return the wall time."""
    database = Database(target)
    try:
        cpu = time.process_time()
        result = fill_demo(database, leads=leads, seed=seed, anchor=ANCHOR)
        cpu = time.process_time() - cpu
    finally:
        database.close()
    print(
        f"{database.dialect}: {result.leads:,} leads, {result.stage_changes:,} stage changes "
        f"in {result.seconds:.1f} s wall ({cpu:.1f} s CPU in this process), "
        f"{result.leads / result.seconds:,.0f} leads/s"
    )
    return result.seconds


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark once."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--leads", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--db", help="a PostgreSQL URL or SQLite path (default: a new temporary file)")
    args = parser.parse_args(argv)
    if args.db:
        run(args.db, args.leads, args.seed)
        return 0
    with tempfile.TemporaryDirectory() as folder:
        run(str(Path(folder) / "bench.db"), args.leads, args.seed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
