"""The file's safety nets in the window: refusal and damage messages, path notice, automatic backups.

``BackupScheduler`` lives on the GUI thread, owned by the main window (its Qt parent);
the backups themselves run on a thread of their own, not on the database worker: a
backup reads every page (25 s for a 3 GB file) and the board must not wait behind it.
A backup's check is also a check of the open file, so one that finds it damaged leads
to the same restore offer as any task that meets damage. The message helpers only
compose words: ``ui.app`` decides how to show them.
"""

from __future__ import annotations

import shlex
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

from funneldesk.domain.errors import DatabaseDamaged
from funneldesk.services.backups import BackupEntry, auto_backup
from funneldesk.services.startup import check_pending
from ui.context import AppContext

AUTO_BACKUP_INTERVAL_MS = 24 * 60 * 60 * 1000
SCAN_WAIT_MS = 2000  # how often to look again while a deferred scan is still reading the file


def tr(text: str) -> str:
    """Translate text in the Safety context."""
    return QCoreApplication.translate("Safety", text)


def shell_quote(text: str) -> str:
    """Quote a path the way the user's shell wants it."""
    return subprocess.list2cmdline([text]) if sys.platform == "win32" else shlex.quote(text)


def restore_command(db_path: Path, backup_path: Path) -> str:
    """Return the exact command that restores a backup over a database file."""
    return f"funneldesk --db {shell_quote(str(db_path))} restore {shell_quote(str(backup_path))}"


def damaged_text(db_path: Path, exc: Exception) -> str:
    """Explain a damaged file, name the newest verified backup and the command that restores it."""
    head = tr("%1 is damaged. FunnelDesk left it exactly as it was and wrote nothing to it.").replace(
        "%1", str(db_path)
    )
    backup: Any = getattr(exc, "backup", None)
    if backup is None:
        return head + "\n\n" + tr("No verified backup was found next to it.")
    found = tr("The newest verified backup is %1, taken on %2.")
    found = found.replace("%1", str(backup.path)).replace("%2", f"{backup.taken_at:%Y-%m-%d %H:%M}")
    how = tr("Restoring it keeps the damaged file aside, byte for byte. From a terminal, the same is:")
    return f"{head}\n\n{found}\n\n{how}\n{restore_command(db_path, Path(backup.path))}"


def locked_text(exc: Exception) -> str:
    """Explain that another window has the file open."""
    return tr("This database is already open in another FunnelDesk window.") + f"\n\n{exc}"


class BackupScheduler(QObject):
    """Take an automatic backup when one is due: now, then every 24 hours while the window is open."""

    finished = Signal(object, object)  # (the backup or None, the error or None), on the GUI thread

    def __init__(self, ctx: AppContext, report: Any, parent: QObject) -> None:
        super().__init__(parent)
        self._ctx, self._report = ctx, report
        self.timer = QTimer(self)
        self.timer.setInterval(AUTO_BACKUP_INTERVAL_MS)
        self.timer.timeout.connect(self.check_now)
        # Not self.thread: that would shadow QObject.thread().
        self.backup_thread: threading.Thread | None = None
        self.finished.connect(self._on_finished)
        parent.installEventFilter(self)

    def start(self) -> None:
        """Check once as soon as the event loop runs, then every interval."""
        QTimer.singleShot(0, self, self.check_now)
        self.timer.start()

    def check_now(self) -> None:
        """Start auto_backup on its own thread, once a deferred scan (which reads every page too) is over."""
        if self.backup_thread is not None and self.backup_thread.is_alive():
            return
        db = self._ctx.db
        if check_pending(db):
            QTimer.singleShot(SCAN_WAIT_MS, self, self.check_now)
            return
        self.backup_thread = threading.Thread(target=self._run, args=(db,), name="funneldesk-backup",
                                              daemon=True)
        self.backup_thread.start()

    def _run(self, db: Any) -> None:
        try:
            entry = auto_backup(db)
        except Exception as exc:  # reported on the GUI thread, never lost
            self.finished.emit(None, exc)
        else:
            self.finished.emit(entry, None)

    def _on_finished(self, entry: BackupEntry | None, exc: Exception | None) -> None:
        on_damaged = self._ctx.runner.on_damaged
        if exc is None:
            self._on_done(entry)
        elif isinstance(exc, DatabaseDamaged) and on_damaged is not None:
            on_damaged(exc)  # the window closes and the start-up flow offers the newest good backup
        else:
            self._on_failed(exc)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Before the window closes the database, let a backup in flight finish (as the worker did)."""
        if event.type() == QEvent.Type.Close and self.backup_thread is not None:
            self.backup_thread.join()
        return False

    def _on_done(self, entry: BackupEntry | None) -> None:
        if entry is not None:
            self._report(tr("Automatic backup written: %1").replace("%1", entry.path.name))

    def _on_failed(self, exc: Exception) -> None:
        # A failed backup must not stop the work; say so where the user looks.
        self._report(tr("Automatic backup failed: %1").replace("%1", str(exc)))
