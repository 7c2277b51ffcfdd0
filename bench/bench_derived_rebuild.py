"""Benchmark the derived-table rebuild statements (issue 15) against plain-copy floors.

Usage: python bench/bench_derived_rebuild.py FILE [--repeat 3] [--leads 1,500]

FILE: a demo database (``funneldesk demo``), opened read-write on the sqlite3 driver
without migrating: pass a COPY of a shared file. Each statement runs alone inside a
transaction that is rolled back, into a temporary table of its target's shape:
- stays: the stage_stays ``INSERT ... SELECT``, beside its floor, a plain copy of every
  stage change into the same shape (no window, no join);
- desk: the lead_desk ``SELECT`` of a rebuild, beside its floor, the lead_progress columns
  it copies with every computed column constant;
- desk refresh: the lead_desk ``SELECT`` for N listed leads (the refresh of a few).
Runs interleave the figure and its floor; medians and the ratio to the floor are printed.
Reported, not a timed test.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import time
from collections.abc import Sequence

from sqlalchemy import Select
from sqlalchemy.dialects import sqlite

from funneldesk.analytics import derived, desk_derived

STAYS_COLUMNS = (
    "change_id, lead_id, stage_id, entered_at, left_at, seconds, pipeline_id, status, owner_id, "
    "channel_id, persona_id, temperature, created_day, closed_day"
)
STAYS_FLOOR = (
    "SELECT id, lead_id, to_stage_id, at, at, 0, 1, 'open', user_id, 1, 1, 'hot', at, at FROM stage_changes"
)
DESK_FLOOR = (
    "SELECT lead_id, pipeline_id, status, owner_id, channel_id, persona_id, temperature, created_day, "
    "closed_day, NULL, NULL, NULL, 0, 0, 0, 0 FROM lead_progress"
)

INTO = "CREATE TEMP TABLE bench_desk AS"


def compiled(query: Select[tuple[object, ...]]) -> str:
    """Return the SQLite text of a statement with its values inlined."""
    text = str(query.compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True}))
    return text.replace("LIMIT ? OFFSET", "LIMIT -1 OFFSET")  # the -1 SQLite's OFFSET needs


def timed(db: sqlite3.Connection, setup: str, statement: str) -> float:
    """Return the seconds one statement takes, rolled back afterwards."""
    db.execute("BEGIN")
    if setup:
        db.execute(setup)
    start = time.perf_counter()
    db.execute(statement)
    spent = time.perf_counter() - start
    db.execute("ROLLBACK")
    return spent


def paired(db: sqlite3.Connection, setup: str, runs: dict[str, str], repeat: int) -> dict[str, float]:
    """Return each statement's median seconds, runs interleaved (order reversed every other round)."""
    names = list(runs)
    spent: dict[str, list[float]] = {name: [] for name in names}
    for round_ in range(repeat):
        for name in names if round_ % 2 == 0 else names[::-1]:
            spent[name].append(timed(db, setup, runs[name]))
    return {name: statistics.median(values) for name, values in spent.items()}


def report(label: str, medians: dict[str, float], floor: str) -> None:
    """Print each median and its ratio to the floor."""
    for name, seconds in medians.items():
        print(f"{label:<14} {name:<8} {seconds * 1000:10.1f} ms   {seconds / medians[floor]:6.2f}x floor")


def main(argv: Sequence[str] | None = None) -> None:
    """Run the benchmark on the given file."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--leads", default="1,500")
    args = parser.parse_args(argv)
    db = sqlite3.connect(args.file, isolation_level=None)
    db.execute("PRAGMA temp_store = memory")
    db.execute("PRAGMA cache_size = -262144")
    shape = db.execute("SELECT sql FROM sqlite_master WHERE name = 'stage_stays'").fetchone()[0]
    shape = shape.replace("CREATE TABLE stage_stays", "CREATE TEMP TABLE bench_stays")
    stays = compiled(derived.stays_select(None, "sqlite"))
    runs = {"stays": f"INSERT INTO bench_stays ({STAYS_COLUMNS}) {stays}",
            "floor": f"INSERT INTO bench_stays ({STAYS_COLUMNS}) {STAYS_FLOOR}"}  # fmt: skip
    report("stage_stays", paired(db, shape, runs, args.repeat), "floor")
    desk = compiled(desk_derived.desk_select("sqlite", None))
    runs = {"desk": f"{INTO} {desk}", "floor": f"{INTO} {DESK_FLOOR}"}
    report("lead_desk", paired(db, "", runs, args.repeat), "floor")
    ids = [row[0] for row in db.execute("SELECT lead_id FROM lead_progress")]
    for count in (int(n) for n in args.leads.split(",")):
        chosen = sorted(random.Random(count).sample(ids, count))
        some = compiled(desk_derived.desk_select("sqlite", chosen))
        floor = f"{DESK_FLOOR} WHERE lead_id IN ({', '.join(map(str, chosen))})"
        runs = {"desk": f"{INTO} {some}", "floor": f"{INTO} {floor}"}
        report(f"desk {count} leads", paired(db, "", runs, max(args.repeat, 11)), "floor")


if __name__ == "__main__":
    main()
