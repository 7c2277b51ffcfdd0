"""One database worker thread (Anki's design): operations run there, results come back by signal.

``TaskRunner`` is owned by the main window and lives on the GUI thread; its worker
QThread runs one callable at a time, in submission order, so writes never race.
"""

from __future__ import annotations

import itertools
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

from funneldesk.domain.errors import DatabaseDamaged

OnDone = Callable[[Any], None] | None
OnError = Callable[[Exception], None] | None


class _Worker(QObject):
    """Runs callables on the worker thread; emits finished(task_id, ok, result)."""

    finished = Signal(int, bool, object)

    @Slot(int, object)
    def run(self, task_id: int, fn: Callable[[], Any]) -> None:
        try:
            result = fn()
        except Exception as exc:
            exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            self.finished.emit(task_id, False, exc)
        else:
            self.finished.emit(task_id, True, result)


class TaskRunner(QObject):
    """Submit work to the database thread; callbacks run on the GUI thread."""

    submitted = Signal(int, object)
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread(self)
        self._thread.setObjectName("funneldesk-db")
        self._worker = _Worker()
        self._worker.moveToThread(self._thread)
        self.submitted.connect(self._worker.run)
        self._worker.finished.connect(self._on_finished)
        self._callbacks: dict[int, tuple[OnDone, OnError]] = {}
        self._ids = itertools.count(1)
        # Set by the window: a task that met a damaged file leads to the restore offer,
        # whatever the task was (a board load, a save), not to its own error message.
        self.on_damaged: Callable[[DatabaseDamaged], None] | None = None
        self._thread.start()

    def run(self, fn: Callable[[], Any], on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[Exception], None] | None = None) -> int:
        """Queue fn on the database thread; on_done(result) or on_error(exc) run on the GUI thread."""
        task_id = next(self._ids)
        self._callbacks[task_id] = (on_done, on_error)
        if len(self._callbacks) == 1:
            self.busy_changed.emit(True)
        self.submitted.emit(task_id, fn)
        return task_id

    @property
    def pending(self) -> int:
        """Return how many tasks are queued or running."""
        return len(self._callbacks)

    @Slot(int, bool, object)
    def _on_finished(self, task_id: int, ok: bool, result: object) -> None:
        on_done, on_error = self._callbacks.pop(task_id, (None, None))
        if not self._callbacks:
            self.busy_changed.emit(False)
        if ok and on_done is not None:
            on_done(result)
        elif not ok:
            assert isinstance(result, Exception)
            if isinstance(result, DatabaseDamaged) and self.on_damaged is not None:
                self.on_damaged(result)
            elif on_error is not None:
                on_error(result)
            else:
                raise result

    def shutdown(self) -> None:
        """Finish the task in flight and stop the thread (call before closing the database)."""
        self._thread.quit()
        self._thread.wait()
