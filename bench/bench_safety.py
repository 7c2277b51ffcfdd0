"""Benchmark the data-safety costs on demo data: start-up check, backup, restore, open.

Usage: python bench/bench_safety.py [--leads 100000] [--file PATH] [--repeat 5]

Generates the demo database once (``funneldesk.demo``) into PATH and reuses it. The
start-up check (quick_check + foreign_key_check) runs on every open, so its cost is
what every user pays; backup and restore are what the Backups dialog waits for.
Reported, not a timed test.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from funneldesk.services import backups
from funneldesk.storage.database import Database
from funneldesk.storage.health import startup_check


def _median(repeat: int, action: Callable[[], object]) -> float:
    times = []
    for _ in range(repeat):
        began = time.perf_counter()
        action()
        times.append(time.perf_counter() - began)
    return statistics.median(times)


def _prepare(path: Path, leads: int) -> None:
    if path.exists():
        return
    from funneldesk.demo.generate import fill_demo

    began = time.perf_counter()
    db = Database(path)
    fill_demo(db, leads=leads, seed=1, anchor=date(2026, 11, 1))
    db.close()
    print(f"generated {leads} demo leads in {time.perf_counter() - began:.1f} s")


def main() -> None:
    """Time the safety operations and print one line each."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--leads", type=int, default=100_000)
    parser.add_argument("--file", type=Path, default=Path(tempfile.gettempdir()) / "fd-bench-safety.db")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    _prepare(args.file, args.leads)
    size = args.file.stat().st_size / 1e6
    print(f"file: {args.file} ({size:.1f} MB)")
    print(f"start-up check: {_median(args.repeat, lambda: startup_check(args.file)):.3f} s")
    print(f"open (check + schema): {_median(args.repeat, lambda: Database(args.file).close()):.3f} s")
    db = Database(args.file)
    out = args.file.with_name("fd-bench-safety-backup.db")
    print(
        f"backup (API + quick_check): "
        f"{_median(args.repeat, lambda: backups.backup_now(db, _fresh(out))):.3f} s"
    )
    db.close()
    print(
        f"restore (verify + keep current + restore): "
        f"{_median(1, lambda: backups.restore_backup(args.file, out)):.3f} s"
    )


def _fresh(path: Path) -> Path:
    path.unlink(missing_ok=True)
    return path


if __name__ == "__main__":
    main()
