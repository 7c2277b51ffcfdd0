"""Type words into the leads table a key at a time; time the answer to the last key.

Run by hand (not a test)::

    QT_QPA_PLATFORM=offscreen python bench/bench_typing.py --db /tmp/bench/demo_1m.db
        [--word xqzv --word smith] [--interval 150] [--repeat 3]

The table's model (``ui.leads.model.LeadTableModel``) gets one filter per key, ``--interval``
ms apart, as the filter bar sends them to a typist. A word's first one or two keys cannot
use the trigram index and scan every lead (~0.5 s at 1M); the figure is the time from the
last key to its first window and its count. The floor, measured in the same run: the last
key's query alone (``browse_page`` then ``count_leads``) on the same file. Target: the
issue's 0.1 s a keystroke at 1M.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication

from funneldesk.domain.records import UserRecord
from funneldesk.services import browse, users
from funneldesk.services.browse import LeadFilter
from funneldesk.storage.database import Database
from ui.leads.model import LeadTableModel
from ui.tasks import TaskRunner

TARGET_MS = 100.0


def _spin(app: QApplication, until: Callable[[], bool], limit_s: float = 30.0) -> None:
    """Process events until the condition holds (or the limit passes)."""
    start = time.perf_counter()
    while not until() and time.perf_counter() - start < limit_s:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)


def _idle(model: LeadTableModel, runner: TaskRunner) -> Callable[[], bool]:
    return lambda: not model.loading and not runner.pending and model.counted


def typed_ms(app: QApplication, model: LeadTableModel, runner: TaskRunner, word: str,
             interval_ms: int) -> float:
    """Type the word a key per interval; return ms from the last key to its rows and count."""
    model.set_filter(LeadFilter())
    _spin(app, _idle(model, runner))
    last = time.perf_counter()
    for end in range(1, len(word) + 1):
        model.set_filter(LeadFilter(text=word[:end]))
        last = time.perf_counter()
        if end < len(word):
            _spin(app, lambda: False, interval_ms / 1000)  # the typist's pause, events flowing
    _spin(app, lambda: model.lead_filter.text == word and _idle(model, runner)())
    return (time.perf_counter() - last) * 1000


def alone_ms(db: Database, word: str, owner: UserRecord) -> float:
    """Return ms for the last key's query alone: its first window, then its count."""
    start = time.perf_counter()
    browse.browse_page(db, owner, LeadFilter(text=word), sort="created_at", descending=True)
    browse.count_leads(db, owner, LeadFilter(text=word))
    return (time.perf_counter() - start) * 1000


def main() -> None:
    """Print, per word, the answer to its last key beside the floor, and the ratio."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--word", action="append", default=None)
    parser.add_argument("--interval", type=int, default=150)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    app = QApplication([])
    db = Database(args.db, check="skip")
    owner = users.ensure_owner(db)
    runner = TaskRunner()
    model = LeadTableModel(runner, db, owner, page_size=200)
    for word in args.word or ["xqzv", "smith", "zz9q"]:
        figures = [typed_ms(app, model, runner, word, args.interval) for _ in range(args.repeat)]
        floors = [alone_ms(db, word, owner) for _ in range(args.repeat)]
        figure, floor = statistics.median(figures), statistics.median(floors)
        verdict = "within" if figure <= TARGET_MS else "OVER"
        print(f"{word!r:8} a key every {args.interval} ms: last key answered in {figure:6.1f} ms "
              f"(floor {floor:6.1f} ms, {figure / floor:4.1f}x) - {verdict} the {TARGET_MS:.0f} ms target",
              flush=True)
    runner.shutdown()
    db.close()


if __name__ == "__main__":
    main()
