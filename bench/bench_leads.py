"""Measure the leads table: first rows, every sort, search keystrokes, and RSS with the window open.

Run by hand (not a test)::

    QT_QPA_PLATFORM=offscreen python bench/bench_leads.py [--db /tmp/bench/demo_100k.db ...]
        [--work /tmp/bench_leads] [--repeat 5] [--no-rss]

Each database is copied to ``--work`` first (opening migrates it; the shared demo files are
never written) and the copy is reused by later runs. Figures are medians of ``--repeat`` runs
on a noisy shared machine, so each is also given as a ratio to a floor measured in the same
run: a bare ``SELECT id FROM leads ORDER BY <key> LIMIT 200`` on sqlite3 without SQLAlchemy.
Targets (from the issue): first rows and every sort <= 0.1 s at 1M; each search keystroke
(first window + count, as the model asks them, plus the filter bar's debounce) <= 0.1 s at
100k; peak RSS <= 200 MB with the 1M database open on the Leads page.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from funneldesk.domain.records import UserRecord  # noqa: E402
from funneldesk.services import browse  # noqa: E402
from funneldesk.services.browse import LeadFilter  # noqa: E402
from funneldesk.services.startup import open_database  # noqa: E402
from funneldesk.storage.database import Database  # noqa: E402

TARGET_S = 0.1
RSS_TARGET_MB = 200
PAGE = 200  # the model's window
DEFAULTS = ["/tmp/bench/demo_100k.db", "/tmp/bench/demo_1m.db"]

RSS_CHILD = """
import sys, time
from PySide6.QtCore import QEventLoop, QTimer
from ui.app import make_application
from funneldesk.services.startup import open_database
from ui.context import AppContext
from ui.main_window import MainWindow, PAGES
app = make_application()
opened = open_database(sys.argv[1])
window = MainWindow(AppContext(opened.db, opened.owner), opened.name)
window.show()
window.show_page(PAGES.index("leads"))
def settle(done):
    end = time.monotonic() + 120
    while not done() and time.monotonic() < end:
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
def rss(field="VmRSS:"):
    status = open("/proc/self/status").read().split("\\n")
    return next(int(line.split()[1]) for line in status if line.startswith(field)) / 1024
view = window.leads_view
settle(lambda: view.model.rowCount() > 0 and view.model._total is not None and not view.model.loading)
opened_mb = rss()
for _ in range(20):  # scroll through 20 windows (4,000 rows), as a user paging down would
    view.table.scrollToBottom()
    app.processEvents()
    settle(lambda: not view.model.loading)
rows, scrolled_mb = view.model.rowCount(), rss()
for text in ("harbor", "555-01", "zzq"):
    view.filter_bar.set_text(text)
    settle(lambda: view.model.lead_filter.text == text and not view.model.loading)
print(f"{rss('VmHWM:'):.1f} {opened_mb:.1f} {scrolled_mb:.1f} {rss():.1f} {rows}")
window.close()
"""

RSS_FLOOR_CHILD = """
from PySide6.QtWidgets import QMainWindow
from ui.app import make_application
app = make_application()
window = QMainWindow(); window.show(); app.processEvents()
status = open("/proc/self/status").read().split("\\n")
print(next(int(line.split()[1]) for line in status if line.startswith("VmHWM:")) / 1024)
"""


def median_s(action: Callable[[], object], repeat: int) -> float:
    """Return the median wall time of an action, after one warm-up run."""
    action()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def verdict(seconds: float, target: float = TARGET_S) -> str:
    """Say PASS or MISS against a target."""
    return "PASS" if seconds <= target else "MISS"


def work_copy(source: Path, work: Path) -> Path:
    """Copy a demo database into the work folder once (never migrate the shared file)."""
    target = work / source.name
    if not target.exists():
        work.mkdir(parents=True, exist_ok=True)
        print(f"  copying {source} -> {target} (opening it migrates the copy)", flush=True)
        with sqlite3.connect(f"file:{source}?mode=ro", uri=True) as src, sqlite3.connect(target) as dst:
            src.backup(dst)
    return target


def floor_s(path: Path, key: str, repeat: int) -> float:
    """Return the bare-sqlite3 time of one window by an indexed key: the floor."""
    conn = sqlite3.connect(path)
    try:
        sql = f"SELECT id FROM leads ORDER BY {key} LIMIT {PAGE}"
        return median_s(lambda: conn.execute(sql).fetchall(), repeat)
    finally:
        conn.close()


def first_rows_model(db: Database, owner: UserRecord, repeat: int) -> tuple[float, float]:
    """Time the real model (offscreen): requery to first rows shown, and to the total known."""
    from PySide6.QtCore import QEventLoop

    from ui.app import make_application
    from ui.leads.model import LeadTableModel
    from ui.tasks import TaskRunner

    app = make_application()
    runner = TaskRunner()
    model = LeadTableModel(runner, db, owner, page_size=PAGE)
    rows, totals = [], []
    try:
        for _ in range(repeat + 1):
            start = time.perf_counter()
            model.requery()
            first = None
            while model._total is None or model.loading:
                app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 5)
                if first is None and model.rowCount():
                    first = time.perf_counter() - start
            rows.append(first if first is not None else time.perf_counter() - start)
            totals.append(time.perf_counter() - start)
    finally:
        runner.shutdown()
    return statistics.median(rows[1:]), statistics.median(totals[1:])


def debounce_s() -> float:
    """Return the filter bar's debounce interval (what a keystroke waits before its query)."""
    from ui.app import make_application
    from ui.leads.filter_bar import LeadFilterBar

    make_application()
    bar = LeadFilterBar()
    return bar.debounce_ms / 1000


def rare_text(path: Path) -> str:
    """Return a company name held by few leads (a rare string a user might type)."""
    conn = sqlite3.connect(path)
    try:
        row = conn.execute(
            "SELECT company FROM leads WHERE company IS NOT NULL AND id % 997 = 3 GROUP BY company "
            "ORDER BY count(*), company LIMIT 1"
        ).fetchone()
        return str(row[0]) if row else "Zyx"
    finally:
        conn.close()


def sample_contact(path: Path) -> tuple[str, str]:
    """Return one lead's phone and e-mail, to type fragments of."""
    conn = sqlite3.connect(path)
    try:
        phone, email = conn.execute(
            "SELECT phone, email FROM leads WHERE phone IS NOT NULL AND email IS NOT NULL AND id % 1000 = 7 "
            "ORDER BY id LIMIT 1"
        ).fetchone()
        return str(phone), str(email)
    finally:
        conn.close()


def keystroke_cases(path: Path) -> dict[str, list[str]]:
    """Return the typed sequences: each entry is what the field holds after each keystroke."""
    phone, email = sample_contact(path)
    rare = rare_text(path)[:12]
    punctuated = phone[-10:]  # e.g. "0-555-1179": punctuation kept
    bare = "".join(ch for ch in phone if ch.isdigit())[-8:]
    local = email.split("@")[0][:10]

    def prefixes(text: str, start: int = 1) -> list[str]:
        return [text[:n] for n in range(start, len(text) + 1)]

    return {
        f"rare {rare!r}": prefixes(rare),
        "common 'LLC'": prefixes("LLC"),
        "common '555'": prefixes("555"),
        f"phone {punctuated!r}": prefixes(punctuated, 3),
        f"digits {bare!r}": prefixes(bare, 3),
        f"e-mail {local!r}": prefixes(local, 3),
        "miss 'zzqx'": prefixes("zzqx"),
    }


def bench_db(source: Path, work: Path, repeat: int) -> Path:
    """Print every figure for one database; return the work copy's path."""
    path = work_copy(source, work)
    opened = open_database(str(path))
    db, owner = opened.db, opened.owner
    size = browse.count_leads(db, owner, LeadFilter())
    floor = floor_s(path, "created_at DESC", repeat)
    print(
        f"\n== {source.name}: {size:,} leads; floor (bare sqlite3 window by created_at) {floor * 1000:.2f} ms"
    )
    rows, total = first_rows_model(db, owner, repeat)
    print(
        f"first rows through the model {rows * 1000:7.1f} ms (x{rows / floor:.0f} floor) {verdict(rows)}; "
        f"total known {total * 1000:7.1f} ms {verdict(total)}"
    )
    bench_sorts(db, owner, path, repeat)
    bench_search(db, owner, path, repeat, floor)
    db.close()
    return path


def bench_sorts(db: Database, owner: UserRecord, path: Path, repeat: int) -> None:
    """Time the first window in every sortable order (a sort keeps the total: no recount)."""
    print("sort (first window of 200; floor = bare sqlite3 by the same key where it is a leads column)")
    worst = 0.0
    for key in browse.SORTABLE:
        for descending in (False, True):
            took = median_s(
                partial(
                    browse.browse_page, db, owner, LeadFilter(), sort=key, descending=descending, limit=PAGE
                ),
                repeat,
            )
            worst = max(worst, took)
            column = browse.SORTABLE[key]
            ratio = ""
            if key in browse._INDEXED_SORTS:
                base = floor_s(path, f"{column.key} {'DESC' if descending else 'ASC'}", repeat)
                ratio = f" (x{took / base:.0f} floor {base * 1000:.2f} ms)"
            order = "desc" if descending else "asc "
            print(f"  {key:15} {order} {took * 1000:7.1f} ms{ratio} {verdict(took)}")
    print(f"  worst sort {worst * 1000:.1f} ms {verdict(worst)}")


def bench_search(db: Database, owner: UserRecord, path: Path, repeat: int, floor: float) -> None:
    """Time each keystroke of typed searches: the first window (rows shown), then the count (total shown)."""
    debounce = debounce_s()
    print(
        f"search keystrokes by created_at desc: rows = debounce {debounce * 1000:.0f} ms + first window; "
        "total = rows + count (the model asks it next, for the scroll bar and the label)"
    )
    worst_rows = worst_total = 0.0
    for name, typed in keystroke_cases(path).items():
        figures, rows_s, total_s = [], 0.0, 0.0
        for text in typed:
            filt = LeadFilter(text=text)
            page = median_s(
                partial(browse.browse_page, db, owner, filt, sort="created_at", descending=True, limit=PAGE),
                repeat,
            )
            count = median_s(partial(browse.count_leads, db, owner, filt), repeat)
            found = browse.count_leads(db, owner, filt)
            figures.append(f"{text!r}:{page * 1000:.0f}+{count * 1000:.0f}ms/{found}")
            rows_s, total_s = max(rows_s, debounce + page), max(total_s, debounce + page + count)
        worst_rows, worst_total = max(worst_rows, rows_s), max(worst_total, total_s)
        print(
            f"  {name:24} rows {rows_s * 1000:6.1f} ms {verdict(rows_s)}, total {total_s * 1000:6.1f} ms "
            f"{verdict(total_s)} (x{(total_s - debounce) / floor:.0f} floor) | " + " ".join(figures)
        )
    print(
        f"  worst keystroke: rows {worst_rows * 1000:.1f} ms {verdict(worst_rows)}, total "
        f"{worst_total * 1000:.1f} ms {verdict(worst_total)}"
    )


def bench_rss(path: Path) -> None:
    """Open the window on the Leads page in a fresh process; print its peak RSS against a bare window's."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    floor = float(
        subprocess.run(
            [sys.executable, "-c", RSS_FLOOR_CHILD],
            capture_output=True,
            text=True,
            check=True,
            cwd=ROOT,
            env=env,
        ).stdout.split()[-1]
    )
    out = subprocess.run(
        [sys.executable, "-c", RSS_CHILD, str(path)],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        env=env,
        timeout=600,
    )
    peak, opened, scrolled, now, rows = (float(v) for v in out.stdout.split()[-5:])
    print(
        f"\n== RSS, {path.name} in the window on the Leads page: {opened:.0f} MB with the first rows, "
        f"{scrolled:.0f} MB after scrolling to {rows:,.0f} rows, {now:.0f} MB after 3 searches; "
        f"peak {peak:.0f} MB {verdict(peak, RSS_TARGET_MB)} (floor: a bare Qt window {floor:.0f} MB)"
    )


def main() -> None:
    """Parse the arguments and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", action="append", help="demo database (repeatable)")
    parser.add_argument("--work", default="/tmp/bench_leads", help="folder for the migrated copies")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--no-rss", action="store_true")
    args = parser.parse_args()
    copies = [bench_db(Path(p), Path(args.work), args.repeat) for p in args.db or DEFAULTS]
    if not args.no_rss:
        bench_rss(copies[-1])


if __name__ == "__main__":
    main()
