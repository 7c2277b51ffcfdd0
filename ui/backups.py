"""File > Backups…: the database's backups with dates and sizes, Back up now, and Restore….

``BackupsDialog`` lives on the GUI thread, owned by the window (``WA_DeleteOnClose``).
Listing, backing up and restoring run on the database worker. After a restore the
window cannot keep using the replaced file, so it asks the user to start FunnelDesk
again and closes cleanly (the main window has no reopen hook yet).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from funneldesk.domain.errors import FunnelDeskError
from funneldesk.services.backups import BackupEntry, RestoreResult, backup_as, backups_as, restore_as
from ui.context import AppContext, backups_apply  # re-exported: the menus read it before the ORM loads

if TYPE_CHECKING:
    from ui.main_window import MainWindow


class BackupsDialog(QDialog):
    """List backups newest first; back up now; restore one after a clear confirmation."""

    listed = Signal()
    restored = Signal(object)  # RestoreResult

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.entries: list[BackupEntry] = []
        self.busy = False
        self.setWindowTitle(self.tr("Backups"))
        self.resize(720, 420)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Taken"), self.tr("Kind"), self.tr("Size")])
        self.table.setAccessibleName(self.tr("Backups"))
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.backup_button = QPushButton(self.tr("&Back up now"), self)
        self.restore_button = QPushButton(self.tr("&Restore…"), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.backup_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        note = QLabel(
            self.tr(
                "Backups of %1, newest first. Restoring one keeps a copy of the current file first."
            ).replace("%1", ctx.db.path.name),
            self,
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        buttons.rejected.connect(self.reject)
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self._on_restore_clicked)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.reload()

    def reload(self) -> None:
        """Read the list of backups on the worker."""
        db = self.ctx.db
        actor = self.ctx.actor  # owner only: a backup holds everyone's leads
        self._start(lambda: backups_as(db, actor), self._on_listed)

    def _start(self, fn: Any, on_done: Any) -> None:
        self.busy = True
        self._update_buttons()
        self.ctx.run(fn, on_done, self._on_failed)

    def _on_listed(self, entries: list[BackupEntry]) -> None:
        self.busy = False
        self.entries = sorted(entries, key=lambda e: e.taken_at, reverse=True)
        self.table.setRowCount(len(self.entries))
        locale = QLocale()
        for row, entry in enumerate(self.entries):
            taken = entry.taken_at.strftime("%Y-%m-%d %H:%M:%S")
            for col, text in enumerate((taken, self._kind(entry), locale.formattedDataSize(entry.size))):
                item = QTableWidgetItem(text)
                item.setToolTip(str(entry.path))
                self.table.setItem(row, col, item)
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(2)
        if not self.entries:
            self.status.setText(self.tr("No backups yet."))
        self._update_buttons()
        self.listed.emit()

    def _kind(self, entry: BackupEntry) -> str:
        words = {
            "auto": self.tr("Automatic"),
            "manual": self.tr("Manual"),
            "before-restore": self.tr("Kept before a restore"),
        }
        if entry.label in words:
            return words[entry.label]
        return self.tr("Taken before a schema upgrade") if entry.label.startswith("before-") else entry.label

    def _update_buttons(self) -> None:
        self.backup_button.setEnabled(not self.busy)
        self.restore_button.setEnabled(not self.busy and self.selected() is not None)

    def selected(self) -> BackupEntry | None:
        """Return the backup selected in the list."""
        rows = self.table.selectionModel().selectedRows()
        return self.entries[rows[0].row()] if rows else None

    def back_up_now(self) -> None:
        """Take a verified backup on the worker, then list again."""
        db = self.ctx.db
        self.status.setText(self.tr("Backing up…"))
        self._start(lambda: backup_as(db, self.ctx.actor), self._on_backed_up)

    def _on_backed_up(self, entry: BackupEntry) -> None:
        self.status.setText(self.tr("Backup written to %1.").replace("%1", str(entry.path)))
        self.reload()

    def _on_restore_clicked(self) -> None:
        entry = self.selected()
        if entry is not None and self._confirm(entry):
            self.restore(entry)

    def _confirm(self, entry: BackupEntry) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Restore this backup?"),
            self.tr(
                "Replace the database with the backup taken on %1?\n\nA copy of the current "
                "file is kept with the backups first, so this can be undone by restoring "
                "that copy. The window then reopens on the restored database."
            ).replace("%1", entry.taken_at.strftime("%Y-%m-%d %H:%M")),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def restore(self, entry: BackupEntry) -> None:
        """Restore a backup on the worker (no confirmation: callers ask first)."""
        db_path = self.ctx.db.path
        self.status.setText(self.tr("Restoring…"))
        self._start(lambda: restore_as(db_path, entry.path, self.ctx.actor), self._on_restored)

    def _on_restored(self, result: RestoreResult) -> None:
        self.busy = False
        kept = str(result.kept) if result.kept else self.tr("(no previous file)")
        self.status.setText(self.tr("Restored. The previous file is kept at %1.").replace("%1", kept))
        self.restored.emit(result)

    def _on_failed(self, exc: Exception) -> None:
        self.busy = False
        self._update_buttons()
        if not isinstance(exc, FunnelDeskError | OSError):
            raise exc
        self.status.setText(str(exc))

    def reject(self) -> None:
        """Close, unless a backup or restore is still running."""
        if not self.busy:
            super().reject()


def open_backups(window: MainWindow) -> None:
    """Open the Backups dialog; after a restore, explain and close the window cleanly."""
    if not backups_apply(window.ctx.db):
        window.show_message(window.tr("Team databases are backed up on the PostgreSQL server."))
        return
    dialog = BackupsDialog(window.ctx, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.restored.connect(lambda result: _after_restore(window, dialog, result))
    dialog.open()


def _after_restore(window: MainWindow, dialog: BackupsDialog, result: RestoreResult) -> None:
    kept = str(result.kept) if result.kept else dialog.tr("(no previous file)")
    QMessageBox.information(
        dialog,
        dialog.tr("Backup restored"),
        dialog.tr(
            "The backup is restored. The previous file is kept at:\n%1\n\nThe window now "
            "reopens on the restored database."
        ).replace("%1", kept),
    )
    dialog.close()
    window.reopen_requested = True  # ui.app opens the restored file once this window has closed
    window.close()
