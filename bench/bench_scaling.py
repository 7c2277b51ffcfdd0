"""Scaling table: does a big company wait longer than an empty one? Each figure beside its floor.

Run by hand (not a test), on demo files you made with ``funneldesk demo --leads N --today 2026-12-01``::

    QT_QPA_PLATFORM=offscreen python bench/bench_scaling.py \
        --db 10k=/tmp/d10k.db --db 100k=/tmp/d100k.db --db 1M=/tmp/d1m.db [--runs 3]

With no --db it builds a 10,000-lead demo in a temporary folder. The files are opened
read-mostly: the window's automatic backup is switched off in the timed child, and the
import is timed on a copy (sizes up to --import-max leads; copying 2.7 GB is not the
point). Floors are measured in the same run, interleaved with the figures they divide:

- command-line report (``funneldesk report managers``, a whole process) and empty database:
  floor ``python -c 'import sqlalchemy, sqlite3'``;
- window on screen / first cards (whole process: ``python -m funneldesk --db FILE``, the real
  start-up path, timed by the window itself through FUNNELDESK_STARTUP_TIMES; sign-in aside):
  floor a bare PySide6 QMainWindow shown and painted; "first cards after the window" is the
  wait a user sees between the window and its cards (target: 0.5 s at 1M);
- dashboard (``analytics.dashboard``, this year): floor its queries as hand-written SQL
  (bench_dashboard's floors); table sort and search (``services.browse.browse_page``, first
  200 rows): floor the same ORDER BY / FTS MATCH as raw SQL on a bare sqlite3 connection;
- import of 2,000 leads (``funneldesk import``, whole process): floor the Python floor.

Prints a Markdown table (medians of --runs, seconds or milliseconds as marked) for the README.
"""

from __future__ import annotations

import argparse
import compileall
import csv
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# FUNNELDESK_CODE: time another checkout (an older commit) with this same script.
ROOT = Path(os.environ.get("FUNNELDESK_CODE") or Path(__file__).resolve().parents[1])
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(ROOT))
TODAY = date(2026, 12, 1)
SORTS = ("title", "company", "value", "created_at", "stage", "owner")
SEARCHES = ("smith", "acme", "555")
RAW_SORT = {"title": "title", "company": "company", "value": "value_minor", "created_at": "created_at",
            "stage": "stage_id", "owner": "owner_id"}

PY_FLOOR = "import sqlalchemy, sqlite3"
WINDOW_FLOOR = """
import sys, time
t0 = float(sys.argv[1])
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1400, 900)
window.show()
window.repaint()
app.processEvents()
peak = next(int(x.split()[1]) for x in open("/proc/self/status") if x.startswith("VmHWM"))
print(f"{time.time() - t0:.3f} {peak / 1024:.1f}")
"""
# The real start-up path, as a user starts it: ``python -m funneldesk --db FILE`` with no command.
# FUNNELDESK_STARTUP_TIMES makes the window print "window <s>" at its first frame, "cards <s>"
# when the board shows its first cards and "peak <MB>" on stderr, counted from the time given,
# then close (ui/app.py); a timed start takes no automatic backup (it would copy the whole file).


def _env() -> dict[str, str]:
    # An installed program runs from compiled bytecode; a shell that sets
    # PYTHONDONTWRITEBYTECODE would recompile every module on every run (~0.09 s here).
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    return {**env, "PYTHONPATH": str(ROOT), "XDG_CONFIG_HOME": tempfile.mkdtemp(),
            "XDG_DATA_HOME": tempfile.mkdtemp()}


def compile_code() -> None:
    """Write the bytecode of the measured code first, as an installation would."""
    for package in ("funneldesk", "ui"):
        compileall.compile_dir(ROOT / package, quiet=1)


def wall(argv: list[str]) -> float:
    """Return the wall seconds of a whole process."""
    started = time.perf_counter()
    subprocess.run(argv, cwd=ROOT, env=_env(), capture_output=True, check=True)
    return time.perf_counter() - started


def startup_times(path: Path) -> dict[str, float]:
    """Start the window on a file as a whole process; return its window, cards and peak figures."""
    env = {**_env(), "FUNNELDESK_STARTUP_TIMES": repr(time.time())}
    out = subprocess.run([sys.executable, "-m", "funneldesk", "--db", str(path)], cwd=ROOT, env=env,
                         capture_output=True, text=True, check=True, timeout=600)
    marks = dict(line.split(" ", 1) for line in out.stderr.splitlines() if line.split(" ")[0] in
                 ("window", "cards", "peak", "orm"))
    return {key: float(value) for key, value in marks.items()}


def printed(argv: list[str]) -> list[float]:
    """Run a child that prints its own times (seconds since the t0 it is given)."""
    out = subprocess.run([*argv, repr(time.time())], cwd=ROOT, env=_env(), capture_output=True,
                         text=True, check=True)
    return [float(x) for x in out.stdout.strip().splitlines()[-1].split()]


def paired(runs: int, measure: Callable[[], float], floor: Callable[[], float]) -> tuple[float, float]:
    """Return the medians of a figure and its floor, measured in turn (A B A B ...)."""
    figures, floors = [], []
    for _ in range(runs):
        figures.append(measure())
        floors.append(floor())
    return statistics.median(figures), statistics.median(floors)


def median_ms(fn: Callable[[], object], runs: int) -> float:
    """Return the median milliseconds of a call (after one warm-up call)."""
    fn()
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples)


def _sheet(folder: Path, count: int) -> Path:
    path = folder / "import.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        rows = csv.writer(handle)
        rows.writerow(["Title", "Company", "Value", "Email"])
        rows.writerows([f"Imported {i}", f"Bench {i % 300}", str(i * 10), f"b{i}@example.com"]
                       for i in range(count))
    return path


def first_manager(db: Any) -> tuple[Any, tuple[int, ...]]:
    """Return the first manager (None if there is none) and the owners of the leads they see."""
    from sqlalchemy import select

    from funneldesk.services.permissions import team_ids
    from funneldesk.services.signin import find_actor
    from funneldesk.storage import tables

    with db.query() as conn:
        login = conn.scalar(select(tables.users.c.login).where(tables.users.c.role == "manager")
                            .order_by(tables.users.c.id).limit(1))
    if login is None:
        return None, ()
    manager = find_actor(db, login)
    with db.query() as conn:
        return manager, tuple(sorted(team_ids(conn, manager) or ()))


def in_process(path: Path, runs: int) -> dict[str, tuple[float, float]]:
    """Dashboard, sort and search in this process, each with its raw-SQL floor (ms)."""
    from bench_dashboard import floor_ms

    from funneldesk.analytics.dashboard import dashboard, preset_range
    from funneldesk.analytics.scope import ReportFilter
    from funneldesk.services import browse, users
    from funneldesk.storage.database import Database

    db = Database(path)
    actor = users.ensure_owner(db)
    raw = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    low, high = preset_range("this_year", TODAY)
    flt = ReportFilter(created_from=low, created_to=high)
    out: dict[str, tuple[float, float]] = {}
    out["dashboard"] = (median_ms(lambda: dashboard(db, actor, flt, preset="this_year"), runs),
                        floor_ms(raw, flt, "this_year", runs))
    manager, team = first_manager(db)
    if manager is not None:  # the team's leads only: owner_id IN the team on every read
        out["dashboard as a manager"] = (
            median_ms(lambda: dashboard(db, manager, flt, preset="this_year"), runs),
            floor_ms(raw, flt, "this_year", runs, team),
        )
    sort_ms, sort_floor = [], []
    for key in SORTS:
        sort_ms.append(median_ms(lambda k=key: browse.browse_page(db, actor, browse.LeadFilter(), sort=k,
                                                                   descending=True, limit=200), runs))
        sql = f"SELECT * FROM leads WHERE deleted_at IS NULL ORDER BY {RAW_SORT[key]} DESC LIMIT 200"
        sort_floor.append(median_ms(lambda s=sql: raw.execute(s).fetchall(), runs))
    out["table sort (slowest column)"] = (max(sort_ms), max(sort_floor))
    search_ms, search_floor = [], []
    for word in SEARCHES:
        search_ms.append(median_ms(lambda w=word: browse.browse_page(
            db, actor, browse.LeadFilter(text=w), limit=200), runs))
        sql = ("SELECT * FROM leads WHERE id IN (SELECT rowid FROM lead_search "
               f"WHERE lead_search MATCH '\"{word}\"' LIMIT 200)")
        search_floor.append(median_ms(lambda s=sql: raw.execute(s).fetchall(), runs))
    out["search keystroke (slowest word)"] = (max(search_ms), max(search_floor))
    raw.close()
    db.close()
    return out


def whole_processes(path: Path, leads: int, runs: int, with_import: bool) -> dict[str, tuple[float, float]]:
    """Report, window, first cards and import as whole processes, each beside its floor (s)."""
    py = sys.executable
    floor_py = lambda: wall([py, "-c", PY_FLOOR])  # noqa: E731
    out = {"report managers (CLI)": paired(
        runs, lambda: wall([py, "-m", "funneldesk", "--db", str(path), "report", "managers"]), floor_py)}
    out.update(window_figures(path, runs))
    if with_import:
        folder = Path(tempfile.mkdtemp())
        sheet = _sheet(folder, 2000)

        def one_import() -> float:
            copy = folder / "copy.db"
            shutil.copyfile(path, copy)
            with copy.open("rb+") as handle:  # else the import's commit pays to flush the copy
                os.fsync(handle.fileno())
            took = wall([py, "-m", "funneldesk", "--db", str(copy), "import", str(sheet)])
            for leftover in folder.glob("copy.db*"):
                leftover.unlink()
            return took

        out["import 2,000 leads (CLI)"] = paired(max(1, runs - 1), one_import, floor_py)
        shutil.rmtree(folder, ignore_errors=True)
    return out


def window_figures(path: Path, runs: int) -> dict[str, tuple[float, float]]:
    """Window on screen and first cards (the real start-up), interleaved with the bare window (s)."""
    out: dict[str, tuple[float, float]] = {}
    shown, cards, after, bare, memory, bare_memory = [], [], [], [], [], []
    for _ in range(runs):
        marks = startup_times(path)
        if marks.get("orm"):  # the design: Core only until the first cards (ui/app.py prints it)
            print("  note: sqlalchemy.orm was loaded before the first cards", file=sys.stderr)
        shown.append(marks["window"])
        cards.append(marks["cards"])
        after.append(marks["cards"] - marks["window"])
        memory.append(marks["peak"])
        floor, floor_peak = printed([sys.executable, "-c", WINDOW_FLOOR])
        bare.append(floor)
        bare_memory.append(floor_peak)
    out["window on screen"] = (statistics.median(shown), statistics.median(bare))
    out["first cards on screen"] = (statistics.median(cards), statistics.median(bare))
    out["first cards after the window"] = (statistics.median(after), statistics.median(bare))
    out["peak memory, window with cards (MB)"] = (max(memory), max(bare_memory))
    return out


def _count(path: Path) -> int:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        return int(conn.execute("SELECT count(*) FROM leads").fetchone()[0])


def _demo(folder: Path, leads: int) -> Path:
    path = folder / f"demo-{leads}.db"
    subprocess.run([sys.executable, "-m", "funneldesk", "--db", str(path), "demo", "--leads", str(leads),
                    "--today", TODAY.isoformat()], cwd=ROOT, env=_env(), check=True, capture_output=True)
    return path


def _empty(folder: Path) -> Path:
    path = folder / "empty.db"
    subprocess.run([sys.executable, "-m", "funneldesk", "--db", str(path), "init"], cwd=ROOT, env=_env(),
                   check=True, capture_output=True)
    return path


def main() -> None:
    """Measure every size and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", action="append", default=[], metavar="LABEL=FILE")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--import-max", type=int, default=150_000,
                        help="time the import on a copy only up to this many leads")
    parser.add_argument("--window-only", action="store_true",
                        help="only the window on screen and first cards (with their floor)")
    args = parser.parse_args()
    compile_code()
    folder = Path(tempfile.mkdtemp(prefix="funneldesk-scaling-"))
    sizes = [tuple(item.split("=", 1)) for item in args.db] or [("10k", str(_demo(folder, 10_000)))]
    sizes = [("empty", str(_empty(folder))), *sizes]
    table: dict[str, dict[str, tuple[float, float]]] = {}
    for label, file in sizes:
        path = Path(file)
        leads = _count(path)
        print(f"measuring {label} ({leads:,} leads) ...", file=sys.stderr, flush=True)
        if args.window_only:
            table[label] = window_figures(path, args.runs)
            continue
        figures = whole_processes(path, leads, args.runs, with_import=leads <= args.import_max)
        if leads:
            figures.update(in_process(path, args.runs))
        table[label] = figures
    rows = dict.fromkeys(name for figures in table.values() for name in figures)
    print("| figure | " + " | ".join(table) + " |")
    print("|---|" + "---|" * len(table))
    for name in rows:
        unit = "s" if name in ("report managers (CLI)", "window on screen", "first cards on screen",
                               "first cards after the window", "import 2,000 leads (CLI)") else "ms"
        cells = []
        for figures in table.values():
            if name not in figures:
                cells.append("–")
                continue
            value, floor = figures[name]
            if name.endswith("(MB)"):
                cells.append(f"{value:.0f} MB / bare window {floor:.0f} MB")
                continue
            shown = f"{value:.2f} s" if unit == "s" else f"{value:.0f} ms"
            base = f"{floor:.2f} s" if unit == "s" else f"{floor:.1f} ms"
            cells.append(f"{shown} / floor {base} = **{value / floor:.1f}x**")
        print(f"| {name} | " + " | ".join(cells) + " |")
    shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
