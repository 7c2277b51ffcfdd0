"""Time a full dashboard refresh (compute + redraw) and single chart redraws on a big demo database.

    .venv/bin/python bench/bench_dashboard.py [--leads 100000] [--db PATH] [--repeat 7]

The demo file is made once (``fill_demo`` ending today) and reused. Prints the median
of several runs: ``dashboard()`` per period preset, the redraw of every chart from one
result, each chart's redraw (update + paint), and the refresh end to end through the
worker thread, as the screen does it. Runs offscreen.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

from PySide6.QtWidgets import QApplication

from funneldesk.analytics.dashboard import Dashboard, dashboard
from funneldesk.demo import fill_demo
from funneldesk.services import users
from funneldesk.storage.database import Database
from ui.dashboard.view import DashboardView
from ui.tasks import TaskRunner


def median_ms(fn: Callable[[], object], repeat: int) -> float:
    """Return the median wall time of fn in milliseconds (after one warm-up run)."""
    fn()
    times = []
    for _ in range(repeat):
        began = time.perf_counter()
        fn()
        times.append((time.perf_counter() - began) * 1000)
    return statistics.median(times)


def open_demo(path: Path, leads: int) -> Database:
    """Open the demo file, filling it first when it does not exist yet."""
    fresh = not path.exists()
    db = Database(str(path))
    if fresh:
        result = fill_demo(db, leads=leads, seed=11)
        print(f"made {path}: {result.leads:,} leads, {result.stage_changes:,} stage changes", end=" ")
        print(f"in {result.seconds:.0f} s")
    return db


def refresh_ms(app: QApplication, view: DashboardView, repeat: int) -> tuple[float, float]:
    """Return the median ms from refresh() until the count charts, and until every chart, are redrawn."""
    counts: list[float] = []
    full: list[float] = []
    stamps: list[float] = []
    for _ in range(repeat + 1):
        stamps.clear()
        view.counts_shown.connect(lambda: stamps.append(time.perf_counter()))
        view.refreshed.connect(lambda: stamps.append(time.perf_counter()))
        began = time.perf_counter()
        view.refresh()
        while len(stamps) < 2:
            app.processEvents()
        view.counts_shown.disconnect()
        view.refreshed.disconnect()
        counts.append((stamps[0] - began) * 1000)
        full.append((stamps[1] - began) * 1000)
    return statistics.median(counts[1:]), statistics.median(full[1:])


def redraw(app: QApplication, view: DashboardView, data: Dashboard) -> None:
    """Redraw every chart from one result and let Qt paint."""
    view.apply(data)
    app.processEvents()


def update_and_paint(view: DashboardView, update: Callable[[], None]) -> None:
    """Redraw one chart and paint the screen at once."""
    update()
    view.repaint()


def bench(app: QApplication, db: Database, repeat: int) -> None:
    """Print the compute, redraw and end-to-end figures."""
    actor = users.ensure_owner(db)
    runner = TaskRunner()
    view = DashboardView(runner, db, actor)
    view.resize(1600, 1000)
    view.show()
    while view.data is None:
        app.processEvents()
    bar = view.filter_bar
    print(f"{'what':58} {'median ms':>10}")
    for preset in ("this_month", "this_quarter", "this_year", "all"):
        bar.period.setCurrentIndex(bar.period.findData(preset))
        flt = bar.current_filter()
        data = dashboard(db, actor, flt, preset=preset)
        rows: dict[str, Callable[[], object]] = {
            "compute dashboard() (all figures)": partial(dashboard, db, actor, flt, preset=preset),
            "compute dashboard() without time in stage": partial(
                dashboard, db, actor, flt, preset=preset, times=False
            ),
            "redraw all charts + paint": partial(redraw, app, view, data),
        }
        for what, fn in rows.items():
            print(f"{what + ' · ' + preset:58} {median_ms(fn, repeat):10.1f}")
        counts, full = refresh_ms(app, view, repeat)
        print(f"{'refresh via worker: count charts redrawn · ' + preset:58} {counts:10.1f}")
        print(f"{'refresh via worker: every chart redrawn · ' + preset:58} {full:10.1f}")
    charts: dict[str, Callable[[], None]] = {
        "funnel": lambda: view.funnel.update_from(data.funnel),
        "managers": lambda: view.managers.update_from(data.managers, data.managers_previous, False),
        "channels": lambda: view.channels.update_from(data.channels),
        "trend": lambda: view.trend.update_from(data.trend, data.trend_previous, data.by),
        "time in stage": lambda: view.stage_time.update_from(data.stage_times),
        "lost reasons": lambda: view.lost.update_from(data.funnel),
        "forecast": lambda: view.forecast.update_from(data.forecast),
        "what-if": lambda: view.whatif.update_from(data.whatif),
    }
    for name, update in charts.items():
        took = median_ms(partial(update_and_paint, view, update), repeat)
        print(f"{'one chart redraw + paint · ' + name:58} {took:10.1f}")
    view.shutdown()
    view.deleteLater()
    app.processEvents()
    runner.shutdown()


def main() -> None:
    """Parse arguments, make or open the demo file and print the timings."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--leads", type=int, default=100_000)
    parser.add_argument("--db", type=Path, default=None)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    app = QApplication([])
    path = args.db or Path(f"/tmp/funneldesk-dashboard-{args.leads}.db")
    db = open_demo(path, args.leads)
    try:
        bench(app, db, args.repeat)
    finally:
        db.close()


if __name__ == "__main__":
    main()
