"""Unexpected errors: log them and show a copyable, non-modal dialog; never crash silently.

Expected domain errors (``FunnelDeskError``) are shown inline where the user acted;
this hook is for the rest. Installed once by ``ui.app``.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

log = logging.getLogger("funneldesk.ui")


def tr(text: str) -> str:
    """Translate text in the ErrorDialog context."""
    return QCoreApplication.translate("ErrorDialog", text)


class ErrorDialog(QDialog):
    """A non-modal window with the traceback in a read-only, selectable text box."""

    def __init__(self, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("FunnelDesk — unexpected error"))
        self.setModal(False)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.details = QPlainTextEdit(details, self)
        self.details.setReadOnly(True)
        self.details.setAccessibleName(tr("Error details"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        copy = buttons.addButton(tr("Copy details"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(self._on_copy_clicked)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                tr(
                    "Something went wrong. Your data is safe; the operation was not "
                    "finished. Please copy the details below into a bug report."
                ),
                self,
            )
        )
        layout.addWidget(self.details)
        layout.addWidget(buttons)
        self.resize(640, 380)

    @Slot()
    def _on_copy_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())


class _Reporter(QObject):
    """Carry an error report to the GUI thread, where the dialog is shown."""

    reported = Signal(str)

    @Slot(str)
    def _on_reported(self, details: str) -> None:
        dialog = ErrorDialog(details, QApplication.activeWindow())
        dialog.show()


_reporter: _Reporter | None = None


def report(details: str) -> None:
    """Log an error and show it in a dialog on the GUI thread."""
    log.error("%s", details)
    if _reporter is not None:
        _reporter.reported.emit(details)


def _excepthook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    report("".join(traceback.format_exception(kind, value, tb)))


def _thread_hook(args: threading.ExceptHookArgs) -> None:
    report("".join(traceback.format_exception(args.exc_type, args.exc_value, args.exc_traceback)))


def install(app: QApplication) -> None:
    """Route uncaught exceptions of every thread to the log and the dialog."""
    global _reporter
    _reporter = _Reporter(app)
    _reporter.reported.connect(_reporter._on_reported, Qt.ConnectionType.QueuedConnection)
    sys.excepthook = _excepthook
    threading.excepthook = _thread_hook


def uninstall() -> None:
    """Restore Python's default hooks (the application is quitting)."""
    global _reporter
    sys.excepthook = sys.__excepthook__
    threading.excepthook = threading.__excepthook__
    _reporter = None
