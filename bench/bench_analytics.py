"""Benchmark the analytics reports on demo data against hand-written SQL floors.

Usage: python bench/bench_analytics.py [--leads 100000] [--file PATH] [--repeat 7] [--presets all,this_year]

Generates the demo database once (``funneldesk.demo``) into PATH and reuses it (the
file is migrated on open: benchmark a copy of a shared file). For each period preset
(``all``: no dates; ``this_year``: the dashboard's default) each report is timed
through the service (median of the repeats, after one warm-up) beside its floor: the
same work as raw SQL on the sqlite3 driver over the same tables and indexes. The full
refresh is what the dashboard screen runs on its worker: one ``dashboard()`` call
(every chart, time in stage and the steps per employee included). Each figure is marked PASS or
MISS against the issue's targets.
A last table times each report on a copy with leads in three currencies and daily
rates beside the single-currency file, in the same process (``--no-currencies`` skips it).
Reported, not a timed test.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from funneldesk.analytics import drill, forecast, funnel, periods, steps, tables, timing
from funneldesk.analytics.dashboard import dashboard, preset_range, previous_filter, trend_grain
from funneldesk.analytics.scope import ReportFilter
from funneldesk.services.users import get_actor
from funneldesk.storage.database import Database

# The targets: each count report <= 35 ms and a full refresh <= 150 ms at 100k
# leads, a full refresh <= 1 s at 1M, each report within 2x of its hand-written floor.
COUNT_MS = 35.0
REFRESH_MS = {100_000: 150.0, 1_000_000: 1000.0}
FLOOR_RATIO = 2.0
COUNT_REPORTS = (
    "funnel",
    "managers",
    "managers --team",
    "channels",
    "periods",
    "forecast",
    "drill (won ids)",
)

# {cut} is the filter: the pipeline and, under a preset, the created range.
GROUP_SQL = """
SELECT {key}, status, count(*), sum(rep_minor), sum(discount_bp), count(rep_minor)
FROM lead_progress WHERE {{cut}} GROUP BY {key}, status
"""
WON_SQL = (
    "SELECT {key}, count(*) FROM lead_progress WHERE {{cut}} AND status = 'won' "
    "AND cycle_seconds IS NOT NULL GROUP BY {key}"
)
CYCLE_SQL = """
SELECT cycle_seconds FROM lead_progress WHERE {{cut}} AND status = 'won' AND {key} IS {{s}}
AND cycle_seconds IS NOT NULL ORDER BY cycle_seconds LIMIT 2 OFFSET {{n2}}
"""
FLOORS: dict[str, list[str]] = {
    "funnel": [
        "SELECT furthest_position, stage_id, status, lost_reason_id, count(*) FROM lead_progress "
        "WHERE {cut} GROUP BY 1, 2, 3, 4"
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
        "SELECT created_day, status, count(*) FROM lead_progress WHERE {cut} GROUP BY created_day, status",
        "SELECT closed_day, status, count(*), sum(rep_minor), count(rep_minor) FROM lead_progress "
        "WHERE {closed_cut} AND status != 'open' GROUP BY closed_day, status",
    ],
    "stages": [
        # As the service counts: with no created range, each named stage's stays seek its
        # range of ix_stage_stays_stage_seconds; under one, per (day, stage) in the order of
        # ix_stage_stays_created (0017), added up per stage ({stage_counts}, see floor).
        "{stage_counts}",
        # The median walks up from the shortest stay, the 75th percentile down from the longest.
        "SELECT seconds FROM stage_stays WHERE {cut} AND stage_id = {s} AND seconds > 0 "
        "ORDER BY seconds LIMIT 2 OFFSET {n2}",
        "SELECT seconds FROM stage_stays WHERE {cut} AND stage_id = {s} AND seconds > 0 "
        "ORDER BY seconds DESC LIMIT 2 OFFSET {n4_from_top}",
    ],
    # The forecast covers every open lead, whatever the period (as the dashboard asks it).
    # Open leads in the reporting currency as they are; the service also converts the others.
    "forecast": [
        "SELECT p.expected_close, count(*), sum(v), sum(v * s.probability), count(v) FROM ("
        "SELECT p.*, CASE WHEN p.currency = :base THEN p.value_minor END AS v FROM lead_progress p) p "
        "JOIN stages s ON s.id = p.stage_id WHERE p.pipeline_id = :p "
        "AND p.status = 'open' GROUP BY p.expected_close"
    ],
    "drill (won ids)": ["SELECT lead_id FROM lead_progress WHERE {cut} AND status = 'won' ORDER BY lead_id"],
    # Conversion by employee and stage: leads per (owner, furthest stage reached), in index order.
    "steps": [
        "SELECT owner_id, status, furthest_position, count(*) FROM lead_progress WHERE {cut} GROUP BY 1, 2, 3"
    ],
}
# The stages' counts, by whether the cut has a created range (see FLOORS["stages"]).
STAGE_COUNTS = {
    False: "SELECT stage_id, count(*) FROM stage_stays WHERE {cut} AND stage_id IN ({stage_ids}) "
           "AND seconds > 0 GROUP BY stage_id",
    True: "SELECT stage_id, sum(n) FROM (SELECT created_day, stage_id, count(*) AS n FROM stage_stays "
          "WHERE {cut} AND seconds > 0 GROUP BY created_day, stage_id) WHERE stage_id IN ({stage_ids}) "
          "GROUP BY stage_id",
}
# The dashboard reads the manager table and the steps from one walk (managers_and_steps).
FLOORS["managers+steps"] = [
    "SELECT owner_id, status, furthest_position, count(*), sum(rep_minor), sum(discount_bp), "
    "count(rep_minor) FROM lead_progress WHERE {cut} GROUP BY 1, 2, 3",
    *FLOORS["managers"][1:],
]
# The floor of one screen refresh: every query dashboard() needs, with the manager
# counts (no medians: only conversion is compared) and the trend for the previous period.
REFRESH_FLOORS = (
    "funnel",
    "managers+steps",
    "managers@previous",
    "channels",
    "periods",
    "periods@previous",
    "stages",
    "forecast",
)


@dataclass(frozen=True)
class Cut:
    """A report filter as SQL for the floors: the pipeline, an optional created range and team."""

    pipeline_id: int
    low: date | None = None
    high: date | None = None
    owners: tuple[int, ...] = ()  # a manager's team (none: everyone's leads)

    def sql(self, closed: bool = False) -> str:
        """Return the WHERE fragment on created_day (or, for closed figures, closed_day)."""
        column = "closed_day" if closed else "created_day"
        parts = ["pipeline_id = :p"]
        parts += [f"{column} >= :lo"] if self.low else []
        parts += [f"{column} <= :hi"] if self.high else []
        parts += [f"owner_id IN ({', '.join(str(int(o)) for o in self.owners)})"] if self.owners else []
        return " AND ".join(parts)

    def params(self) -> dict[str, object]:
        """Return the bound values of the fragment."""
        return {
            "p": self.pipeline_id,
            "lo": self.low and self.low.isoformat(),
            "hi": self.high and self.high.isoformat(),
        }


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
    by = trend_grain(flt)
    return {
        "funnel": lambda: funnel.funnel(db, actor, flt),
        "managers": lambda: tables.managers(db, actor, flt),
        "managers --team": lambda: tables.managers(db, actor, flt, team=True),
        "channels": lambda: tables.channels(db, actor, flt),
        "periods": lambda: periods.periods(db, actor, flt, by),
        "stages": lambda: timing.stage_times(db, actor, flt),
        "forecast": lambda: forecast.forecast(db, actor, flt.without_dates()),
        "rotting": lambda: forecast.rotting(db, actor, flt),
        "velocity": lambda: timing.velocity(db, actor, flt),
        "drill (won ids)": lambda: drill.lead_ids(db, actor, flt, figure="won"),
        "steps": lambda: steps.owner_steps(db, actor, flt),
        "managers+steps": lambda: steps.managers_and_steps(db, actor, flt),
    }


def screen_refresh(db: Database, flt: ReportFilter, preset: str) -> Callable[[], object]:
    """Return what the dashboard screen runs on its worker for one refresh (ui/dashboard/view.py)."""
    actor = get_actor(db)
    return lambda: dashboard(db, actor, flt, preset=preset)


def floor(conn: sqlite3.Connection, cut: Cut, statements: list[str]) -> Callable[[], object]:
    """Return a raw-SQL action running the statements on one sqlite3 connection.

    A statement with {s}/{n2}/{n4_from_top} placeholders runs once per group counted by
    the statement before it, at the median rank (n2) or the 75th percentile's rank
    counted from the top (n4_from_top).
    """
    params = cut.params()
    found = conn.execute("SELECT value FROM settings WHERE key = 'reporting_currency'").fetchone()
    params["base"] = found[0] if found else "USD"
    stages = conn.execute("SELECT id FROM stages WHERE pipeline_id = ?", (cut.pipeline_id,)).fetchall()
    stage_ids = ", ".join(str(row[0]) for row in stages)
    stage_counts = STAGE_COUNTS[cut.low is not None or cut.high is not None]

    def run() -> None:
        counts: list[tuple[int, int]] = []
        for template in statements:
            sql = template.replace("{stage_counts}", stage_counts)
            sql = sql.replace("{cut}", cut.sql()).replace("{closed_cut}", cut.sql(closed=True))
            sql = sql.replace("{stage_ids}", stage_ids)
            if "{s}" not in sql:
                counts = [row[:2] for row in conn.execute(sql, params).fetchall()]
                continue
            for group, n in counts:
                n4 = 3 * (n - 1) // 4
                ranks = {"n2": (n - 1) // 2, "n4_from_top": max(n - n4 - 2, 0)}
                key = "NULL" if group is None else group
                conn.execute(sql.format(s=key, **ranks), params).fetchall()

    return run


def floors(conn: sqlite3.Connection, cut: Cut, previous: Cut | None) -> dict[str, Callable[[], object]]:
    """Return every report's floor, and the previous period's where the dashboard needs it."""
    found = {name: floor(conn, cut, sql) for name, sql in FLOORS.items()}
    counts_only = {"managers": FLOORS["managers"][:1], "periods": FLOORS["periods"]}
    for name, statements in counts_only.items():
        found[f"{name}@previous"] = floor(conn, previous, statements) if previous else lambda: None
    return found


def refresh_target(leads: int) -> float:
    """Return the full-refresh target for a database of this many leads (the nearer size named)."""
    return REFRESH_MS[100_000] if leads < 300_000 else REFRESH_MS[1_000_000]


def verdict(ok: bool) -> str:
    """Return PASS or MISS."""
    return "PASS" if ok else "MISS"


def report_line(name: str, ms: float, base: float | None, limit: float | None) -> str:
    """Return one table row: figure, floor, ratio and the verdicts against the targets."""
    ratio = ms / base if base else None
    marks = []
    if limit is not None:
        marks.append(f"<= {limit:.0f} ms {verdict(ms <= limit)}")
    if ratio is not None:
        marks.append(f"<= {FLOOR_RATIO:.0f}x floor {verdict(ratio <= FLOOR_RATIO)}")
    floor_text = f"{base:.1f}" if base else "-"
    ratio_text = f"{ratio:.2f}" if ratio is not None else "-"
    return f"{name:<18}{ms:>10.1f}{floor_text:>10}{ratio_text:>8}   {'; '.join(marks)}"


def bench_preset(
    db: Database, conn: sqlite3.Connection, pipeline_id: int, preset: str, args: argparse.Namespace
) -> None:
    """Print the table of one period preset."""
    low, high = preset_range(preset, date.today())
    flt = ReportFilter(pipeline=pipeline_id, created_from=low, created_to=high)
    before = previous_filter(flt, preset)
    previous = Cut(pipeline_id, before.created_from, before.created_to) if before else None
    found = floors(conn, Cut(pipeline_id, low, high), previous)
    print(f"\n== preset {preset}: created {low or '-'} .. {high or '-'} ==")
    print(f"{'report':<18}{'ms':>10}{'floor ms':>10}{'ratio':>8}   targets")
    for name, call in reports(db, flt).items():
        ms = timed(call, args.repeat)
        base = timed(found[name], args.repeat) if name in found else None
        # The issue sets the per-report 35 ms at 100k; at 1M only the refresh has a time target.
        small = args.leads_found < 300_000
        print(report_line(name, ms, base, COUNT_MS if name in COUNT_REPORTS and small else None))
    refresh = timed(screen_refresh(db, flt, preset), max(3, args.repeat // 2))
    base = timed(lambda: [found[name]() for name in REFRESH_FLOORS], max(3, args.repeat // 2))
    print(report_line("full refresh", refresh, base, refresh_target(args.leads_found)))
    print("  (full refresh = one dashboard() call, as the screen asks it; its floor is the floors of")
    print(f"   {', '.join(REFRESH_FLOORS)}, one after the other)")


# -- three currencies ----------------------------------------------------------------------
# The issue: with three currencies and rates, each report stays within 1.2x of the same
# report on single-currency data. A copy of the file gets a third of its leads (and of the
# channels' spend) in EUR and a third in GBP, and a rate for every weekday, imported as a
# date,currency,rate CSV through the service (so the import and reconversion are timed
# too). The rates start a month after the first won deal: the earliest EUR and GBP deals
# have no rate, so the "unconverted" path runs as well.
CURRENCY_RATIO = 1.2
THIRDS = "CASE {id} % 3 WHEN 1 THEN 'EUR' WHEN 2 THEN 'GBP' ELSE 'USD' END"


def three_currency_copy(path: Path) -> Path:
    """Return a copy of the benchmark file with leads and spend in USD, EUR and GBP, and rates."""
    import shutil
    from datetime import timedelta

    from funneldesk.services import rates

    copy = path.with_name(path.stem + "-3cur.db")
    for suffix in ("", "-wal", "-shm"):
        Path(f"{copy}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(path, copy)
    conn = sqlite3.connect(copy)
    with conn:
        conn.execute(f"UPDATE leads SET currency = {THIRDS.format(id='id')}")
        conn.execute(f"UPDATE lead_progress SET currency = {THIRDS.format(id='lead_id')}")
        conn.execute(f"UPDATE channel_spend SET currency = {THIRDS.format(id='channel_id')}")
        first = conn.execute("SELECT min(closed_day) FROM lead_progress WHERE status = 'won'").fetchone()[0]
    conn.close()
    day, lines = date.fromisoformat(first) + timedelta(days=30), ["date,currency,rate"]
    while day <= date.today():
        if day.weekday() < 5:
            wobble = (day.toordinal() % 17) / 1000
            lines += [f"{day},EUR,{1.05 + wobble:.4f}", f"{day},GBP,{1.25 + wobble:.4f}"]
        day += timedelta(days=1)
    db = Database(copy)
    actor = get_actor(db)
    began = time.perf_counter()
    done = rates.import_text(db, actor, "\n".join(lines) + "\n")
    print(f"\n{copy}: {done.added} rates imported and the leads reconverted in "
          f"{time.perf_counter() - began:.1f} s")
    db.close()
    conn = sqlite3.connect(copy)  # fold the reconversion's WAL back in, as the file would be later
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return copy


def paired(one: Callable[[], object], other: Callable[[], object], repeat: int) -> tuple[float, float]:
    """Return the median milliseconds of two actions timed turn about (a busy machine hits both alike)."""
    one(), other()
    samples: tuple[list[float], list[float]] = ([], [])
    for _ in range(repeat):
        for action, into in ((one, samples[0]), (other, samples[1])):
            began = time.perf_counter()
            action()
            into.append((time.perf_counter() - began) * 1000)
    return statistics.median(samples[0]), statistics.median(samples[1])


def bench_currencies(path: Path, pipeline_id: int, args: argparse.Namespace) -> None:
    """Print each report's time on the three-currency copy beside the single-currency file."""
    copy = three_currency_copy(path)
    single, mixed = Database(path), Database(copy)
    try:
        for preset in args.presets.split(","):
            low, high = preset_range(preset, date.today())
            flt = ReportFilter(pipeline=pipeline_id, created_from=low, created_to=high)
            print(f"\n== three currencies, preset {preset} (the same reports, interleaved) ==")
            print(f"{'report':<18}{'1 cur ms':>10}{'3 cur ms':>10}{'ratio':>8}   target")
            one, three = reports(single, flt), reports(mixed, flt)
            one["full refresh"] = screen_refresh(single, flt, preset)
            three["full refresh"] = screen_refresh(mixed, flt, preset)
            for name in one:
                a, b = paired(one[name], three[name], args.repeat)
                ratio = b / a if a else 0.0
                ok = verdict(ratio <= CURRENCY_RATIO)
                print(f"{name:<18}{a:>10.1f}{b:>10.1f}{ratio:>8.2f}   <= {CURRENCY_RATIO}x {ok}")
    finally:
        single.close()
        mixed.close()


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
    """Run the benchmark and print the tables."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--leads", type=int, default=100_000)
    parser.add_argument("--file", type=Path)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--presets", default="all,this_year")
    parser.add_argument("--currencies", action=argparse.BooleanOptionalAction, default=True,
                        help="also time every report on a three-currency copy (default: on)")
    parser.add_argument("--only-currencies", action="store_true", help="time the currencies table only")
    args = parser.parse_args()
    path = args.file or Path(f"/tmp/funneldesk-bench-{args.leads}.db")
    db = prepare(path, args.leads)
    conn = sqlite3.connect(path)
    pipeline_id = conn.execute(
        "SELECT pipeline_id FROM lead_progress GROUP BY 1 ORDER BY count(*) DESC"
    ).fetchone()[0]
    counts = [conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("leads", "stage_changes")]
    args.leads_found = counts[0]
    print(f"{path}: {counts[0]} leads, {counts[1]} stage changes")
    print(f"CPU calibration: sum(range(10**7)) takes {calibrate():.0f} ms (an idle modern core: ~100 ms)")
    refresh = refresh_target(counts[0])
    print(
        f"targets: count reports <= {COUNT_MS:.0f} ms (at 100k); full refresh <= {refresh:.0f} ms; "
        f"each report <= {FLOOR_RATIO:.0f}x its floor (medians of {args.repeat})"
    )
    try:
        for preset in args.presets.split(",") if not args.only_currencies else ():
            bench_preset(db, conn, pipeline_id, preset, args)
    finally:
        conn.close()
        db.close()
    if args.currencies or args.only_currencies:
        bench_currencies(path, pipeline_id, args)


if __name__ == "__main__":
    main()
