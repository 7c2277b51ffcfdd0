"""What verifying the live file during a backup costs: copy, quick_check and foreign_key_check.

Usage: python bench/bench_backup_verify.py --file /tmp/backupverify-1m.db [--rounds 3]
       python bench/bench_backup_verify.py --file COPY.db --after-crash   (writes to COPY.db)

Each round, interleaved on the same file: a plain byte copy (the floor), the backup
API copy, ``quick_check`` of the copy (what every backup already ran) and
``foreign_key_check`` of the copy (what verifying the live file adds), plus the full
scan of the live file that an open pays when one is due (for comparison). Prints the
medians and the ratios to the floor. Reported, not a timed test. The file is only read.

``--after-crash``: a process opens the file, takes a verified backup (then writes one
setting, or not) and dies without closing; the next open's time and scans are printed.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from funneldesk.storage.backup import _copy, backup_verified
from funneldesk.storage.health import damage_found


def _timed(action: Callable[[], object]) -> float:
    began = time.perf_counter()
    action()
    return time.perf_counter() - began


def _pragma(path: Path, sql: str) -> None:
    with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        conn.execute(sql).fetchall()


CRASH_AFTER_BACKUP = """
import os, sys
from funneldesk.services import backups
from funneldesk.storage.database import Database
db = Database(sys.argv[1], check="skip")
entry = backups.backup_now(db)
if sys.argv[2] == "write":
    with db.write() as session:
        session.connection().exec_driver_sql(
            "INSERT OR REPLACE INTO settings(key, value) VALUES ('bench.crash', '1')")
entry.path.unlink()
os._exit(0)  # no close: an unclean shutdown
"""

TIME_OPEN = """
import sys, time
from funneldesk.storage import database
scans = []
real = database.damage_found
database.damage_found = lambda path: scans.append(path) or real(path)
began = time.perf_counter()
database.Database(sys.argv[1], check="now").close()
print(f"{time.perf_counter() - began:.2f} s, full scans: {len(scans)}")
"""


def after_crash(path: Path) -> None:
    """Open time after a crash that followed a verified backup, with and without a write since."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    for mode in ("none", "write"):
        subprocess.run([sys.executable, "-c", CRASH_AFTER_BACKUP, str(path), mode], env=env, check=True)
        opened = subprocess.run([sys.executable, "-c", TIME_OPEN, str(path)], env=env, check=True,
                                capture_output=True, text=True)
        label = "nothing written" if mode == "none" else "one write after it"
        print(f"open after a crash, verified backup then {label}: {opened.stdout.strip()}")


def main() -> None:
    """Time the pieces of a verified backup and print one line each."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--file", type=Path, required=True)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--after-crash", action="store_true")
    args = parser.parse_args()
    source: Path = args.file
    if args.after_crash:
        after_crash(source)
        return
    out = source.with_name(source.stem + "-benchcopy.db")
    times: dict[str, list[float]] = {k: [] for k in ("floor: byte copy", "backup API copy",
                                                      "quick_check of the copy",
                                                      "foreign_key_check of the copy",
                                                      "open scan of the live file")}
    for _ in range(args.rounds):
        times["floor: byte copy"].append(_timed(lambda: shutil.copyfile(source, out)))
        out.unlink()
        times["backup API copy"].append(_timed(lambda: _copy(source, out)))
        times["quick_check of the copy"].append(_timed(lambda: _pragma(out, "PRAGMA quick_check")))
        times["foreign_key_check of the copy"].append(
            _timed(lambda: _pragma(out, "PRAGMA foreign_key_check")))
        out.unlink()
        times["open scan of the live file"].append(_timed(lambda: damage_found(source)))
    med = {k: statistics.median(v) for k, v in times.items()}
    floor = med["floor: byte copy"]
    print(f"file: {source} ({source.stat().st_size / 1e9:.2f} GB), {args.rounds} rounds, medians")
    for key, value in med.items():
        print(f"{key:<32} {value:7.2f} s  {value / floor:5.2f}x floor")
    before = med["backup API copy"] + med["quick_check of the copy"]
    after = before + med["foreign_key_check of the copy"]
    print(f"{'backup before (copy + quick)':<32} {before:7.2f} s  {before / floor:5.2f}x floor")
    print(f"{'backup now (copy + quick + fk)':<32} {after:7.2f} s  {after / floor:5.2f}x floor"
          f"  (+{(after / before - 1) * 100:.0f}%)")
    # End to end, paired: the backup as it was (quick_check of the copy) and as it is now.
    ends: dict[str, list[float]] = {"end to end: copy + quick": [], "end to end: copy + quick + fk": []}
    for _ in range(args.rounds):
        for key, fk in (("end to end: copy + quick", False), ("end to end: copy + quick + fk", True)):
            ends[key].append(_timed(functools.partial(backup_verified, source, out, foreign_keys=fk)))
            out.unlink()
    old, new = (statistics.median(v) for v in ends.values())
    print(f"{'end to end: copy + quick':<32} {old:7.2f} s  {old / floor:5.2f}x floor")
    print(f"{'end to end: copy + quick + fk':<32} {new:7.2f} s  {new / floor:5.2f}x floor"
          f"  ({new / old:.2f}x the backup before)")


if __name__ == "__main__":
    main()
