"""Wizard page 1: choose the .xlsx or .csv file; it is read on the worker for the preview."""

from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWizardPage,
)

from funneldesk.domain.errors import FunnelDeskError
from funneldesk.spreadsheets.preview import FilePreview, preview_file
from ui.icons import icon
from ui.numbers import whole

if TYPE_CHECKING:
    from ui.importer.wizard import ImportWizard


class FilePage(QWizardPage):
    """Pick a file; complete once its preview has been read without error."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self._reading: Path | None = None
        self.setTitle(self.tr("Choose a spreadsheet"))
        self.setSubTitle(self.tr("FunnelDesk reads .xlsx and .csv files; the first sheet is imported."))
        self.path_edit = QLineEdit(self)
        self.path_edit.setPlaceholderText(self.tr("Path to an .xlsx or .csv file"))
        self.path_edit.setAccessibleName(self.tr("Spreadsheet file"))
        self.browse_button = QPushButton(icon("import"), self.tr("Choose…"), self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.browse_button.clicked.connect(self._on_browse)
        self.path_edit.editingFinished.connect(self._on_path_edited)

    def _on_browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import a spreadsheet"),
            self.path_edit.text(),
            self.tr("Spreadsheets (*.xlsx *.xlsm *.csv *.tsv *.txt);;All files (*)"),
        )
        if name:
            self.choose(Path(name))

    def _on_path_edited(self) -> None:
        text = self.path_edit.text().strip()
        if text and (self._wizard.preview is None or Path(text) != self._wizard.preview.path):
            self.choose(Path(text))

    def choose(self, path: Path) -> None:
        """Read a file's preview on the worker."""
        self.path_edit.setText(str(path))
        self._wizard.preview, self._reading = None, path
        self.status.setText(self.tr("Reading %1…").replace("%1", path.name))
        self.completeChanged.emit()
        self._wizard.runner.run(lambda: preview_file(path), self._on_read, self._on_failed)

    def _on_read(self, preview: FilePreview) -> None:
        if preview.path != self._reading:
            return
        self._wizard.preview = preview
        lines = [
            self.tr("%1 data rows and %2 columns found.")
            .replace("%1", whole(preview.total_rows))
            .replace("%2", str(len(preview.columns)))
        ]
        if preview.source:
            lines.append(self.tr("Recognised: an export of %1.").replace("%1", preview.source))
        if preview.encoding:
            lines.append(self.tr("Text encoding: %1.").replace("%1", preview.encoding))
        self.status.setText(html.escape(" ".join(lines)))
        self.completeChanged.emit()

    def _on_failed(self, exc: Exception) -> None:
        if not isinstance(exc, FunnelDeskError | OSError):
            raise exc
        self.show_error(str(exc))

    def show_error(self, text: str) -> None:
        """Show why the file cannot be used."""
        self.status.setText(f"<span style='color:#b00020'>{html.escape(text)}</span>")

    def isComplete(self) -> bool:
        """Allow Next once the preview is read."""
        return self._wizard.preview is not None
