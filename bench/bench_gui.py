"""Measure the window: cold start to the window and its first cards, a 10,000-lead board, drag-moves.

Run by hand (not a test): ``QT_QPA_PLATFORM=offscreen python bench/bench_gui.py [--leads N]``.
Prints one line per figure. Builds its databases in a temporary folder.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
# Block until events arrive: a spinning wait would hold the GIL and starve the worker thread.
WAIT_FLAG = "WaitForMoreEvents"
sys.path.insert(0, str(ROOT))

# The real start-up (``python -m funneldesk --db FILE``), timed by the window itself: with
# FUNNELDESK_STARTUP_TIMES it prints "window <s>" and "cards <s>" on stderr and closes (ui/app.py).


FLOOR = """
import sys, time
t0 = float(sys.argv[1])
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.show()
window.repaint()
app.processEvents()
print(f"{time.time() - t0:.3f}")
"""


def floor_start(runs: int) -> list[float]:
    """Return seconds to show an empty QMainWindow: the machine's floor under its current load."""
    times = []
    for _ in range(runs):
        t0 = time.time()
        out = subprocess.run(
            [sys.executable, "-c", FLOOR, repr(t0)], text=True, capture_output=True, check=True
        )
        times.append(float(out.stdout.strip().splitlines()[-1]))
    return times


def core_move(path: Path, count: int) -> float:
    """Return the median milliseconds of the core's move alone (no GUI), for comparison."""
    from funneldesk.services import moves
    from funneldesk.services.board import board_cards, board_columns
    from funneldesk.services.startup import open_database

    opened = open_database(str(path))
    stages = [s.stage for s in board_columns(opened.db, opened.owner, 1, conversion=False)][:2]
    lead_id = board_cards(opened.db, opened.owner, stages[0].id, 0, 1)[0].id
    samples = []
    for n in range(count):
        started = time.perf_counter()
        moves.move_lead(opened.db, opened.owner, lead_id, stages[(n + 1) % 2].id)
        samples.append((time.perf_counter() - started) * 1000)
    opened.db.close()
    return statistics.median(samples)


def build(path: Path, open_leads: int) -> None:
    """Create a database with a typical-sales pipeline and open leads spread over its stages."""
    from sqlalchemy import insert

    from funneldesk.analytics.derived import rebuild
    from funneldesk.services.startup import open_database
    from funneldesk.storage.models import Lead, StageChange

    opened = open_database(str(path))
    from funneldesk.services import pipelines

    stages = [s for s in pipelines.list_pipelines(opened.db, opened.owner)[0].stages if s.kind == "open"]
    now = datetime.now()
    with opened.db.write() as session:
        rows = [
            {
                "title": f"Bench lead {n}",
                "company": f"Company {n % 500}",
                "phone": "+1 555 0100",
                "pipeline_id": stages[0].pipeline_id,
                "stage_id": stages[n % len(stages)].id,
                "owner_id": opened.owner.id,
                "value_minor": (n % 90 + 1) * 50000,
                "currency": "USD",
                "temperature": ("hot", "warm", "cold")[n % 3],
                "created_at": now - timedelta(days=n % 60),
                "updated_at": now,
                "stage_entered_at": now - timedelta(days=n % 30),
                "version": 1,
                "notes": "",
                "custom_fields": "{}",
                "discount_bp": 0,
            }
            for n in range(open_leads)
        ]
        session.execute(insert(Lead), rows)
        changes = [
            {
                "lead_id": n + 1,
                "from_stage_id": None,
                "to_stage_id": stages[i].id,
                "at": now,
                "user_id": opened.owner.id,
                "how": "import",
                "reason": "",
            }
            for n in range(open_leads)
            for i in range(n % len(stages) + 1)
        ]
        session.execute(insert(StageChange), changes)
        rebuild(session)  # the board's conversion reads lead_progress, kept current by every change
    opened.db.close()


def cold_start(path: Path, runs: int) -> tuple[list[float], list[float], list[float]]:
    """Return seconds from process start to the window and to its first cards, and the floor, per run.

    Each start is followed by a bare window (the floor), so both see the same machine load.
    """
    shown, cards, floors = [], [], []
    for _ in range(runs):
        env = {**os.environ, "PYTHONPATH": str(ROOT), "XDG_CONFIG_HOME": tempfile.mkdtemp(),
               "FUNNELDESK_STARTUP_TIMES": repr(time.time())}
        out = subprocess.run([sys.executable, "-m", "funneldesk", "--db", str(path)], cwd=ROOT, text=True,
                             capture_output=True, check=True, env=env)
        lines = out.stderr.splitlines()
        marks = dict(line.split(" ", 1) for line in lines if line.split(" ")[0] in ("window", "cards"))
        shown.append(float(marks["window"]))
        cards.append(float(marks["cards"]))
        floors.extend(floor_start(1))
    return shown, cards, floors


def in_process(path: Path, moves: int) -> dict[str, float]:
    """Open the board in this process; time its painting, a page fetch and drag-move round trips."""
    from PySide6.QtCore import QModelIndex, QSettings
    from PySide6.QtWidgets import QApplication

    from funneldesk.services.startup import open_database
    from ui.app import make_application
    from ui.board.view import BoardWidget
    from ui.context import AppContext

    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
    app = make_application()
    opened = open_database(str(path))
    ctx = AppContext(opened.db, opened.owner)
    board = BoardWidget(ctx)
    board.resize(1600, 900)
    board.show()
    figures: dict[str, float] = {}
    WAIT = _wait_flag()

    def wait(condition: object) -> None:
        while not condition():  # type: ignore[operator]
            app.processEvents(WAIT)

    started = time.perf_counter()
    board.load(1)
    wait(
        lambda: (
            board.columns
            and not any(c.model.fetching for c in board.columns)
            and board.columns[0].model.rowCount()
        )
    )
    board.repaint()
    app.processEvents()
    figures["board painted (s)"] = time.perf_counter() - started
    model = board.columns[0].model
    started = time.perf_counter()
    model.fetchMore(QModelIndex())
    wait(lambda: not model.fetching)
    figures["next page of 200 cards (s)"] = time.perf_counter() - started
    view = board.columns[0].view
    started = time.perf_counter()
    for _ in range(50):
        view.verticalScrollBar().setValue(view.verticalScrollBar().value() + 300)
        view.repaint()
    figures["scroll step repaint (ms)"] = (time.perf_counter() - started) / 50 * 1000
    figures["drag-move round trip median (ms)"] = _moves(app, board, moves)
    ctx.shutdown()
    board.deleteLater()
    QApplication.processEvents()
    return figures


def _wait_flag() -> object:
    from PySide6.QtCore import QEventLoop

    return getattr(QEventLoop.ProcessEventsFlag, WAIT_FLAG)


def _moves(app: object, board: object, count: int) -> float:
    WAIT = _wait_flag()
    first, second = board.columns[0], board.columns[1]  # type: ignore[attr-defined]
    lead_id = first.model.card_at(0).id
    samples = []
    done: list[bool] = []
    board.cards_refreshed.connect(lambda: done.append(True))  # type: ignore[attr-defined]
    for n in range(count):
        source, target = (first, second) if n % 2 == 0 else (second, first)
        done.clear()
        started = time.perf_counter()
        board.request_move(lead_id, source.stage.id, target.stage.id)  # type: ignore[attr-defined]
        while not done:
            app.processEvents(WAIT)  # type: ignore[attr-defined]
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples)


def main() -> None:
    """Build the databases, run every measurement, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--leads", type=int, default=10_000, help="open leads on the board")
    parser.add_argument("--runs", type=int, default=3, help="cold starts to time")
    parser.add_argument("--moves", type=int, default=20, help="drag-move round trips to time")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="fd-bench-"))
    path = folder / "bench.db"
    started = time.perf_counter()
    build(path, args.leads)
    print(f"built {args.leads} open leads in {time.perf_counter() - started:.1f} s")
    print(f"floor: core move_lead alone (ms): median {core_move(path, args.moves):.1f}")
    shown, cards, floors = cold_start(path, args.runs)
    floor = statistics.median(floors)
    print(f"floor: empty QMainWindow shown (s): median {floor:.3f}, runs {floors}")
    for name, times in (("cold start to the window", shown), ("cold start to the first cards", cards)):
        value = statistics.median(times)
        print(f"{name} (s): median {value:.3f} = {value / floor:.1f}x the floor, runs {times}")
    for name, value in in_process(path, args.moves).items():
        print(f"{name}: {value:.3f}")


if __name__ == "__main__":
    main()
