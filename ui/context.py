"""The explicit context every screen receives (git-cola's habit): database, actor, worker, undo.

Owned by ``ui.app``; lives on the GUI thread. ``run`` is the only way widgets
reach the services: the call runs on the database worker and its result comes
back to the GUI thread. Work still running after half a second shows progress.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget
from shiboken6 import isValid

from funneldesk.domain.records import UserRecord
from ui.tasks import TaskRunner

if TYPE_CHECKING:
    from funneldesk.services.undo import UndoStack

PROGRESS_DELAY_MS = 500


def backups_apply(db: Any) -> bool:
    """Say whether FunnelDesk backs this database up (SQLite files yes, team mode no)."""
    return getattr(db, "path", None) is not None


class AppContext(QObject):
    """Hold the database, the signed-in user, the worker and the undo stack; announce changes."""

    leads_changed = Signal(object)  # a set of lead ids, or None for "anything may have changed"
    actor_changed = Signal(object)  # the new UserRecord
    undo_changed = Signal()

    def __init__(self, db: Any, actor: UserRecord, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.runner = TaskRunner(self)
        # Built on first use (the first undoable step): its module pulls in the leads table's
        # bulk operations, which a window need not import before its first cards.
        self._undo: UndoStack | None = None
        self._undo_lock = threading.Lock()  # first use may come from the worker or the GUI thread
        self.settings = QSettings("FunnelDesk", "FunnelDesk", self)
        self.lock: Any = None  # the one-window lock on an SQLite file, released with the database

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
        *,
        progress: str | None = None,
        parent: QWidget | None = None,
        cancel: threading.Event | None = None,
    ) -> int:
        """Run fn on the database worker; with progress, show a dialog if it takes over 0.5 s."""
        if progress is None:
            return self.runner.run(fn, on_done, on_error)
        watch = _ProgressWatch(progress, parent, cancel, owner=self)

        def done(result: Any) -> None:
            watch.finish()
            if on_done is not None:
                on_done(result)

        def failed(exc: Exception) -> None:
            watch.finish()
            if on_error is None:
                raise exc
            on_error(exc)

        return self.runner.run(fn, done, failed)

    @property
    def undo(self) -> UndoStack:
        """Return the undo stack of this database, building it on first use."""
        with self._undo_lock:
            if self._undo is None:
                from funneldesk.services.undo import UndoStack

                self._undo = UndoStack(self.db)
            return self._undo

    @property
    def undo_if_built(self) -> UndoStack | None:
        """Return the undo stack if anything has used it yet (None: nothing to undo)."""
        return self._undo

    def set_actor(self, actor: UserRecord) -> None:
        """Switch the signed-in user: the undo history belongs to the previous one."""
        self.actor = actor
        self.run(self.undo.clear, lambda _: self.undo_changed.emit())
        self.actor_changed.emit(actor)

    def replace_database(self, db: Any, actor: UserRecord) -> None:
        """Work on another connection as another user (team mode's Switch user); close the old one.

        The old connection closes on the worker, after the work already queued on it;
        work queued from now on reads ``self.db`` and gets the new one.
        """
        with self._undo_lock:
            old, self.db, self._undo = self.db, db, None
        self.run(old.close)
        self.set_actor(actor)
        self.leads_changed.emit(None)

    def shutdown(self) -> None:
        """Wait for the operation in flight, stop the worker, close the database, release its lock."""
        self.runner.shutdown()
        self.db.close()
        if self.lock is not None:
            self.lock.release()
            self.lock = None


class _ProgressWatch(QObject):
    """Show a busy progress dialog only if the work outlives PROGRESS_DELAY_MS.

    Owned by the AppContext (not by ``parent``) until ``finish`` calls deleteLater():
    the task's callbacks always find it alive, even after Qt has deleted the widget
    that asked for the work. The dialog is a child of ``parent`` (window-modal there)
    and dies with it; the watch forgets both when ``parent`` is destroyed.
    """

    def __init__(
        self, label: str, parent: QWidget | None, cancel: threading.Event | None, owner: QObject
    ) -> None:
        super().__init__(owner)
        self._label, self._parent, self._cancel = label, parent, cancel
        self._dialog: QProgressDialog | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timeout)
        self._timer.start(PROGRESS_DELAY_MS)
        if parent is not None:
            parent.destroyed.connect(self._on_parent_destroyed)

    def _on_parent_destroyed(self) -> None:
        # Qt deletes the dialog with its parent; nothing is left to show or close.
        self._timer.stop()
        self._parent = self._dialog = None

    def _on_timeout(self) -> None:
        if self._parent is not None and not isValid(self._parent):
            return
        self._dialog = QProgressDialog(self._label, self.tr("Cancel"), 0, 0, self._parent)
        self._dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self._dialog.setMinimumDuration(0)
        if self._cancel is None:
            self._dialog.setCancelButton(None)
        else:
            self._dialog.canceled.connect(self._cancel.set)
        self._dialog.show()

    def finish(self) -> None:
        """Stop the timer, close the dialog if it is still there, and let Qt delete the watch."""
        self._timer.stop()
        if self._dialog is not None and isValid(self._dialog):
            self._dialog.close()
            self._dialog.deleteLater()
        self._parent = self._dialog = None
        self.deleteLater()
