"""ImportWizard: File > Import… — pick a file, map its columns, dry run, import, result.

Lives on the GUI thread and is owned by the window that opens it (``WA_DeleteOnClose``).
Every core call (preview, pipelines, dry run, import) runs on the database worker
through the ``TaskRunner``; the wizard only holds the answers.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import QWidget, QWizard

from funneldesk.domain.records import PipelineRecord, UserRecord
from funneldesk.services import pipelines
from funneldesk.spreadsheets.importer import ImportOptions, ImportPlan, ImportResult
from funneldesk.spreadsheets.preview import FilePreview
from ui.importer.file_page import FilePage
from ui.importer.mapping_page import MappingPage
from ui.importer.run_page import ResultPage, RunPage
from ui.importer.summary_page import SummaryPage
from ui.screen import within_screen
from ui.tasks import TaskRunner


class ImportWizard(QWizard):
    """Walk the user through one import; announce the leads it created or updated."""

    leads_changed = Signal(object)  # set of lead ids
    pipelines_loaded = Signal()

    def __init__(self, runner: TaskRunner, db: Any, actor: UserRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner, self.db, self.actor = runner, db, actor
        self.pipelines: list[PipelineRecord] = []
        self.preview: FilePreview | None = None
        self.plan: ImportPlan | None = None
        self.import_result: ImportResult | None = None
        self.failure: Exception | None = None
        self.setWindowTitle(self.tr("Import a spreadsheet"))
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage)
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.summary_page = SummaryPage(self)
        self.run_page = RunPage(self)
        self.result_page = ResultPage(self)
        for page in (self.file_page, self.mapping_page, self.summary_page, self.run_page, self.result_page):
            self.addPage(page)
        self.resize(self.sizeHint())
        self.runner.run(lambda: pipelines.list_pipelines(db, actor), self._on_pipelines, self._on_error)

    def sizeHint(self) -> QSize:
        """Leave room for the mapping table and its preview."""
        return within_screen(self, QSize(1100, 760))  # no taller than a 1280x720 screen

    def _on_pipelines(self, found: list[PipelineRecord]) -> None:
        self.pipelines = found
        self.pipelines_loaded.emit()

    def _on_error(self, exc: Exception) -> None:
        self.file_page.show_error(str(exc))

    def import_options(self) -> ImportOptions:
        """Return the ImportOptions the pages describe."""
        return self.mapping_page.options(
            skip_invalid=self.summary_page.skip_invalid(), override=self.summary_page.override()
        )

    def reject(self) -> None:
        """Cancel: while an import runs, ask it to stop and wait for its rollback."""
        if self.run_page.running:
            self.run_page.cancel()
            return
        super().reject()
