"""Wizard pages 4 and 5: the import itself (progress, Cancel) and its result (report link).

The core imports in one transaction, so Cancel rolls everything back. Progress comes
from the worker thread through ``ProgressRelay``'s queued signal.
"""

from __future__ import annotations

import html
import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QVBoxLayout, QWizardPage

from funneldesk.domain.errors import FunnelDeskError
from funneldesk.spreadsheets.importer import ImportResult, run_import
from ui.icons import icon
from ui.numbers import whole

if TYPE_CHECKING:
    from ui.importer.wizard import ImportWizard

PROGRESS_DELAY_MS = 500


class ProgressRelay(QObject):
    """Carry (done, total) from the worker thread to the GUI thread."""

    progressed = Signal(int, int)

    def report(self, done: int, total: int) -> None:
        """Emit progress (called on the worker thread)."""
        self.progressed.emit(done, total)


class RunPage(QWizardPage):
    """Import on the worker; moves on to the result page by itself when the import ends."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.running = False
        self.cancel_event = threading.Event()
        self.relay = ProgressRelay(self)
        self.setTitle(self.tr("Importing"))
        self.setCommitPage(True)
        self.label = QLabel(self)
        self.bar = QProgressBar(self)
        self.bar.setAccessibleName(self.tr("Import progress"))
        self.cancel_button = QPushButton(icon("close"), self.tr("Cancel import"), self)
        self._reveal = QTimer(self)
        self._reveal.setSingleShot(True)
        self._reveal.setInterval(PROGRESS_DELAY_MS)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        layout.addStretch(1)
        self.relay.progressed.connect(self._on_progress)
        self.cancel_button.clicked.connect(self.cancel)
        self._reveal.timeout.connect(self._on_reveal)

    def initializePage(self) -> None:
        """Start the import with the options of the dry run."""
        wizard = self._wizard
        preview, options = wizard.preview, wizard.import_options()
        relay, event = self.relay, self.cancel_event
        assert preview is not None
        self.running = True
        event.clear()
        self.label.setText(self.tr("Importing %1…").replace("%1", preview.path.name))
        self.bar.setRange(0, 0)
        self.bar.setVisible(False)
        self.cancel_button.setVisible(False)
        self.cancel_button.setEnabled(True)
        self._reveal.start()
        wizard.runner.run(
            lambda: run_import(
                wizard.db,
                wizard.actor,
                preview.path,
                options,
                on_progress=relay.report,
                cancelled=event.is_set,
            ),
            self._on_done,
            self._on_failed,
        )

    def _on_reveal(self) -> None:
        self.bar.setVisible(True)
        self.cancel_button.setVisible(True)

    def _on_progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, total)
        self.bar.setValue(done)

    def cancel(self) -> None:
        """Ask the import to stop; the core rolls its transaction back."""
        self.cancel_event.set()
        self.cancel_button.setEnabled(False)
        self.label.setText(self.tr("Cancelling: undoing the import…"))

    def _finish(self) -> None:
        self.running = False
        self._reveal.stop()
        self.completeChanged.emit()
        self._wizard.next()

    def _on_done(self, result: ImportResult) -> None:
        self._wizard.import_result, self._wizard.failure = result, None
        if result.created_ids or result.updated_ids:
            self._wizard.leads_changed.emit(set(result.created_ids + result.updated_ids))
        self._finish()

    def _on_failed(self, exc: Exception) -> None:
        if not isinstance(exc, FunnelDeskError | OSError):
            self.running = False
            raise exc
        self._wizard.import_result, self._wizard.failure = None, exc
        self._finish()

    def isComplete(self) -> bool:
        """Hold Next until the import has ended."""
        return not self.running


class ResultPage(QWizardPage):
    """Say what the import did, or why nothing changed; open the rejected-rows report."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Import finished"))
        self.setFinalPage(True)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setOpenExternalLinks(True)
        self.report_button = QPushButton(self.tr("Open the rejected-rows report"), self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.report_button)
        layout.addStretch(1)
        self.report_button.clicked.connect(self._on_open_report)

    def initializePage(self) -> None:
        """Describe the outcome."""
        result, failure = self._wizard.import_result, self._wizard.failure
        report = result.report if result is not None else None
        self.report_button.setVisible(report is not None)
        if result is None:
            self.setTitle(self.tr("Nothing was imported"))
            self.label.setText(self._failure_text(failure))
            return
        self.setTitle(self.tr("Import finished"))
        text = (
            self.tr("%1 leads created and %2 updated.")
            .replace("%1", whole(len(result.created_ids)))
            .replace("%2", whole(len(result.updated_ids)))
        )
        if report is not None:
            link = QUrl.fromLocalFile(str(report)).toString()
            rejected = len(result.plan.rejected_rows())
            text += "<br>" + (
                self.tr('%Ln rejected row(s) listed in <a href="%2">%3</a>.', "", rejected)
                .replace("%2", link)
                .replace("%3", html.escape(report.name))
            )
        self.label.setText(text)

    def _failure_text(self, failure: Exception | None) -> str:
        if failure is not None and type(failure).__name__ == "ImportCancelled":
            return self.tr("The import was cancelled. The database is unchanged.")
        return self.tr("The database is unchanged: %1").replace(
            "%1", html.escape(str(failure) if failure else "")
        )

    def _on_open_report(self) -> None:
        result = self._wizard.import_result
        if result is not None and result.report is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(result.report)))
