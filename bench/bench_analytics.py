"""Benchmark the analytics reports on demo data against hand-written SQL floors.

Usage: python bench/bench_analytics.py [--leads 100000] [--file PATH] [--repeat 7]

Generates the demo database once (``funneldesk.demo``) into PATH and reuses it. Each
report is timed through the service (median of the repeats, after one warm-up), a full
dashboard refresh runs every report once, and each report's floor is the same work as
raw SQL on the sqlite3 driver over the same tables. Reported, not a timed test.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from funneldesk.analytics import drill, forecast, funnel, periods, tables, timing
from funneldesk.analytics.scope import ReportFilter
from funneldesk.services.users import get_actor
from funneldesk.storage.database import Database

GROUP_SQL = """
SELECT {key}, count(*), sum(status = 'open'), sum(status = 'won'), sum(status = 'lost'),
       sum(CASE WHEN status = 'won' THEN value_minor ELSE 0 END),
       sum(CASE WHEN status = 'won' THEN discount_bp ELSE 0 END)
FROM lead_progress WHERE pipeline_id = :p GROUP BY {key}
"""
WON_SQL = (
    "SELECT {key}, count(*) FROM lead_progress WHERE pipeline_id = :p AND status = 'won' "
    "AND cycle_seconds IS NOT NULL GROUP BY {key}"
)
CYCLE_SQL = """
SELECT cycle_seconds FROM lead_progress WHERE pipeline_id = :p AND status = 'won' AND {key} IS {{s}}
AND cycle_seconds IS NOT NULL ORDER BY cycle_seconds LIMIT 2 OFFSET {{n2}}
"""
FLOORS: dict[str, list[str]] = {
    "funnel": [
        "SELECT furthest_position, stage_id, status, lost_reason_id, count(*) FROM lead_progress "
        "WHERE pipeline_id = :p GROUP BY 1, 2, 3, 4"
    ],
    "managers": [
        GROUP_SQL.format(key="owner_id"),
        WON_SQL.format(key="owner_id"),
        CYCLE_SQL.format(key="owner_id"),
    ],
    "channels": [
        GROUP_SQL.format(key="channel_id"),
        WON_SQL.format(key="channel_id"),
        CYCLE_SQL.format(key="channel_id"),
        "SELECT channel_id, sum(amount_minor) FROM channel_spend GROUP BY channel_id",
    ],
    "periods": [
        "SELECT created_day, count(*), sum(status = 'won') FROM lead_progress WHERE pipeline_id = :p "
        "GROUP BY created_day",
        "SELECT closed_day, status, count(*), sum(value_minor) FROM lead_progress "
        "WHERE pipeline_id = :p AND status != 'open' GROUP BY closed_day, status",
    ],
    "stages": [
        "SELECT stage_id, count(*) FROM stage_stays WHERE pipeline_id = :p AND seconds > 0 GROUP BY stage_id",
        "SELECT stage_id, count(*) FROM stage_stays WHERE pipeline_id = :p AND seconds > 0 GROUP BY stage_id",
        *[
            f"SELECT seconds FROM stage_stays WHERE pipeline_id = :p AND stage_id = {{s}} AND seconds > 0 "
            f"ORDER BY seconds LIMIT 2 OFFSET {{n{q}}}"
            for q in (2, 4)
        ],
    ],
    "forecast": [
        "SELECT p.expected_close, count(*), sum(p.value_minor), sum(p.value_minor * s.probability) "
        "FROM lead_progress p JOIN stages s ON s.id = p.stage_id WHERE p.pipeline_id = :p "
        "AND p.status = 'open' GROUP BY p.expected_close"
    ],
    "drill (won ids)": [
        "SELECT lead_id FROM lead_progress WHERE pipeline_id = :p AND status = 'won' ORDER BY lead_id"
    ],
}


# What one dashboard refresh draws: funnel (with lost reasons), managers, channels,
# trend, time in stage, forecast and the rotting list.
DASHBOARD = ("funnel", "managers", "channels", "periods", "stages", "forecast", "rotting")


def calibrate() -> float:
    """Return the milliseconds this machine takes for sum(range(10**7)), to scale the table."""
    return timed(lambda: sum(range(10**7)), 3)


def timed(action: Callable[[], object], repeat: int) -> float:
    """Return the median milliseconds of the action over repeats, after one warm-up."""
    action()
    samples = []
    for _ in range(repeat):
        began = time.perf_counter()
        action()
        samples.append((time.perf_counter() - began) * 1000)
    return statistics.median(samples)


def reports(db: Database, flt: ReportFilter) -> dict[str, Callable[[], object]]:
    """Return the service call of every report, as the dashboard makes them."""
    actor = get_actor(db)
    return {
        "funnel": lambda: funnel.funnel(db, actor, flt),
        "managers": lambda: tables.managers(db, actor, flt),
        "managers --team": lambda: tables.managers(db, actor, flt, team=True),
        "channels": lambda: tables.channels(db, actor, flt),
        "periods": lambda: periods.periods(db, actor, flt, "month"),
        "stages": lambda: timing.stage_times(db, actor, flt),
        "forecast": lambda: forecast.forecast(db, actor, flt),
        "rotting": lambda: forecast.rotting(db, actor, flt),
        "velocity": lambda: timing.velocity(db, actor, flt),
        "drill (won ids)": lambda: drill.lead_ids(db, actor, flt, figure="won"),
    }


def floor(path: Path, pipeline_id: int, statements: list[str]) -> Callable[[], object]:
    """Return a raw-SQL action running the statements on one sqlite3 connection.

    A statement with {s}/{n2}/{n4} placeholders runs once per stage counted by the
    statement before it, at the median (n2) or 75th-percentile (n4) rank.
    """
    conn = sqlite3.connect(path)

    def run() -> None:
        counts: list[tuple[int, int]] = []
        for sql in statements:
            if "{s}" not in sql:
                counts = [row[:2] for row in conn.execute(sql, {"p": pipeline_id}).fetchall()]
                continue
            for stage, n in counts:
                ranks = {"n2": (n - 1) // 2, "n4": 3 * (n - 1) // 4}
                key = "NULL" if stage is None else stage
                conn.execute(sql.format(s=key, **ranks), {"p": pipeline_id}).fetchall()

    return run


def prepare(path: Path, leads: int) -> Database:
    """Open the benchmark file, generating the demo data if it is not there yet."""
    fresh = not path.exists()
    db = Database(path)
    if fresh:
        from funneldesk.demo.generate import fill_demo

        began = time.perf_counter()
        fill_demo(db, leads=leads, seed=1, anchor=date(2026, 11, 1))
        print(f"generated {leads} demo leads in {time.perf_counter() - began:.1f} s")
    return db


def main() -> None:
    """Run the benchmark and print the table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--leads", type=int, default=100_000)
    parser.add_argument("--file", type=Path)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    path = args.file or Path(f"/tmp/funneldesk-bench-{args.leads}.db")
    db = prepare(path, args.leads)
    with sqlite3.connect(path) as conn:
        pipeline_id = conn.execute(
            "SELECT pipeline_id FROM lead_progress GROUP BY 1 ORDER BY count(*) DESC"
        ).fetchone()[0]
        counts = [conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("leads", "stage_changes")]
    print(f"{path}: {counts[0]} leads, {counts[1]} stage changes")
    print(f"CPU calibration: sum(range(10**7)) takes {calibrate():.0f} ms (an idle modern core: ~100 ms)\n")
    calls = reports(db, ReportFilter(pipeline=pipeline_id))
    print(f"{'report':<18}{'service ms':>12}{'floor ms':>10}{'ratio':>8}")
    for name, call in calls.items():
        ms = timed(call, args.repeat)
        base = timed(floor(path, pipeline_id, FLOORS[name]), args.repeat) if name in FLOORS else None
        ratio = f"{ms / base:.2f}" if base else "-"
        print(f"{name:<18}{ms:>12.1f}{(f'{base:.1f}' if base else '-'):>10}{ratio:>8}")
    charts = [calls[name] for name in DASHBOARD]
    refresh = timed(lambda: [call() for call in charts], max(3, args.repeat // 2))
    print(f"{'full refresh':<18}{refresh:>12.1f}   ({', '.join(DASHBOARD)})")
    db.close()


if __name__ == "__main__":
    main()
