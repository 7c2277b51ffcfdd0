"""The deferred integrity scan: run after the window is on screen, writes held until it passes.

After an unclean close the file must be scanned before anything is written to it. The
scan reads every page (11 s on a 2.7 GB file), so the window opens at once and the
scan runs on a plain thread of its own (not the database worker, so the board can still
read); the database holds writes until it passes. If it finds damage the window says
so and closes, and the start-up flow offers the newest verified backup.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from funneldesk.services.startup import check_pending, run_pending_check


class IntegrityScan(QObject):
    """Scans the file on a thread; ``finished(problems)`` arrives on the GUI thread."""

    finished = Signal(object)

    def __init__(self, db: object, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        # Not self.thread: that would shadow QObject.thread().
        self.scan_thread: threading.Thread | None = None
        self.problems: list[str] | None = None  # set on the GUI thread when the scan ends

    def start(self, on_done: Callable[[list[str]], None]) -> bool:
        """Start the scan if one is due; return whether it started."""
        if not check_pending(self.db):  # type: ignore[arg-type]
            return False
        self.finished.connect(lambda problems: self._finish(problems, on_done))
        self.scan_thread = threading.Thread(target=self._run, name="funneldesk-integrity", daemon=True)
        self.scan_thread.start()
        return True

    def _finish(self, problems: list[str], on_done: Callable[[list[str]], None]) -> None:
        self.problems = problems
        on_done(problems)

    def _run(self) -> None:
        self.finished.emit(run_pending_check(self.db))  # type: ignore[arg-type]
