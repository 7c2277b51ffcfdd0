"""File > Export…: the leads of the current filter, the analytics workbook or the accountant workbook.

``ExportDialog`` lives on the GUI thread, owned by the window (``WA_DeleteOnClose``).
The chosen export runs on the database worker through ``AppContext.run``; a
progress dialog with Cancel appears only when it lasts over half a second.
"""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressDialog,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from funneldesk.domain.errors import FunnelDeskError
from funneldesk.spreadsheets.export_accountant import export_accountant
from funneldesk.spreadsheets.export_data import EVERYTHING, ExportFilter
from funneldesk.spreadsheets.export_leads import ExportCancelled, export_leads
from funneldesk.spreadsheets.export_report import export_report
from ui.context import AppContext
from ui.importer.run_page import PROGRESS_DELAY_MS, ProgressRelay

if TYPE_CHECKING:
    from ui.main_window import MainWindow

EXPORTERS = {"leads": export_leads, "report": export_report, "accountant": export_accountant}
IGNORED_FILTERS = (
    "text",
    "stage_id",
    "owner_id",
    "channel_id",
    "temperature",
    "status",
    "closed_from",
    "closed_to",
)


def leads_filter(window: MainWindow) -> tuple[ExportFilter, bool]:
    """Return the Leads page's filter as an ExportFilter, and whether part of it cannot apply."""
    view: Any = window.leads_view
    if window.pages.currentIndex() != 1 or view is None or not hasattr(view, "filter_bar"):
        return EVERYTHING, False
    shown = view.filter_bar.current_filter()
    names = {p.id: p.name for p in window.pipelines}
    where = ExportFilter(names.get(shown.pipeline_id), shown.created_from, shown.created_to)
    return where, any(getattr(shown, name, None) for name in IGNORED_FILTERS)


class ExportDialog(QDialog):
    """Choose an export and a file; report the written file or why nothing was written."""

    exported = Signal(object, int)  # target path, rows (or sheets) written
    failed = Signal(str)

    def __init__(
        self,
        ctx: AppContext,
        where: ExportFilter = EVERYTHING,
        partial: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.where, self.cancel_event = ctx, where, threading.Event()
        self.busy = False
        self.relay = ProgressRelay(self)
        self.progress: QProgressDialog | None = None
        self._reveal = QTimer(self)
        self._reveal.setSingleShot(True)
        self._reveal.setInterval(PROGRESS_DELAY_MS)
        self._reveal.timeout.connect(self._on_reveal)
        self.relay.progressed.connect(self._on_progress)
        self.setWindowTitle(self.tr("Export"))
        self.kinds = QButtonGroup(self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.start = self._date_edit(QDate(date.today().year, 1, 1))
        self.end = self._date_edit(QDate.currentDate())
        self._lay_out(self._scope_text(where, partial))
        self.kinds.idToggled.connect(self._on_kind_toggled)
        self._on_kind_toggled(0, True)

    def _date_edit(self, day: QDate) -> QDateEdit:
        edit = QDateEdit(day, self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        return edit

    def _scope_text(self, where: ExportFilter, partial: bool) -> str:
        if where == EVERYTHING:
            return self.tr("All the leads you can see.")
        text = self.tr("The leads of the Leads page's filter (pipeline and created dates).")
        if partial:
            text += " " + self.tr("Its search text and other filters are not applied to the export.")
        return text

    def _lay_out(self, scope: str) -> None:
        layout = QVBoxLayout(self)
        for index, (text, tip) in enumerate(
            (
                (self.tr("&Leads (.xlsx or .csv)"), scope),
                (
                    self.tr("&Analytics report workbook (.xlsx with charts)"),
                    self.tr("Summary, funnel, managers, channels and periods of the chosen period"),
                ),
                (
                    self.tr("A&ccountant workbook (deals won in the period, one sheet per month)"),
                    self.tr("Won date, client, invoice reference, amount, discount and net amount"),
                ),
            )
        ):
            button = QRadioButton(text, self)
            button.setToolTip(tip)
            self.kinds.addButton(button, index)
            layout.addWidget(button)
            if index == 0:
                note = QLabel(scope, self)
                note.setContentsMargins(24, 0, 0, 6)
                note.setWordWrap(True)
                layout.addWidget(note)
        self.kinds.button(0).setChecked(True)
        form = QFormLayout()
        period = QHBoxLayout()
        period.addWidget(self.start)
        period.addWidget(QLabel(self.tr("to"), self))
        period.addWidget(self.end)
        period.addStretch(1)
        form.addRow(self.tr("Period:"), period)
        layout.addLayout(form)
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.export_button = buttons.addButton(self.tr("&Export…"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self._on_export_clicked)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def kind(self) -> str:
        """Return the chosen export: 'leads', 'report' or 'accountant'."""
        return tuple(EXPORTERS)[self.kinds.checkedId()]

    def _on_kind_toggled(self, index: int, checked: bool) -> None:
        if checked:
            self.start.setEnabled(self.kind() != "leads")
            self.end.setEnabled(self.kind() != "leads")

    def _filter(self) -> ExportFilter:
        if self.kind() == "leads":
            return self.where
        start, end = self.start.date(), self.end.date()
        return ExportFilter(
            None, date(start.year(), start.month(), start.day()), date(end.year(), end.month(), end.day())
        )

    def _on_export_clicked(self) -> None:
        names = {"leads": "leads.xlsx", "report": "report.xlsx", "accountant": "accountant.xlsx"}
        types = (
            self.tr("Excel workbook (*.xlsx);;CSV (*.csv)")
            if self.kind() != "report"
            else self.tr("Excel workbook (*.xlsx)")
        )
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"), names[self.kind()], types)
        if name:
            self.export_to(Path(name))

    def export_to(self, target: Path) -> None:
        """Write the chosen export to target on the worker."""
        where, write, event = self._filter(), EXPORTERS[self.kind()], self.cancel_event
        if where.start and where.end and where.start > where.end:
            self.status.setText(self.tr("The period ends before it starts."))
            return
        event.clear()
        self.busy = True
        self.export_button.setEnabled(False)
        self.status.setText(self.tr("Exporting to %1…").replace("%1", target.name))
        ctx, actor = self.ctx, self.ctx.actor
        relay = self.relay
        self._reveal.start()
        self.ctx.run(
            lambda: write(ctx.db, actor, target, where, on_progress=relay.report, cancelled=event.is_set),
            lambda written: self._on_done(target, written),
            self._on_failed,
        )

    def _on_reveal(self) -> None:
        if self.progress is None:
            self.progress = QProgressDialog(self.tr("Exporting…"), self.tr("Cancel"), 0, 0, self)
            self.progress.setWindowModality(Qt.WindowModality.WindowModal)
            self.progress.setAutoClose(False)
            self.progress.setAutoReset(False)
            self.progress.canceled.connect(self.cancel_event.set)
        self.progress.setLabelText(self.status.text())
        self.progress.show()

    def _on_progress(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress.setMaximum(max(total, 1))
            self.progress.setValue(done)

    def _finish(self) -> None:
        self.busy = False
        self._reveal.stop()
        if self.progress is not None:
            self.progress.hide()
        self.export_button.setEnabled(True)

    def reject(self) -> None:
        """Close; while an export runs, cancel it first (its callbacks still need this dialog)."""
        if self.busy:
            self.cancel_event.set()
            return
        super().reject()

    def _on_done(self, target: Path, written: int) -> None:
        self._finish()
        self.status.setText(self.tr("Written to %1.").replace("%1", str(target)))
        self.exported.emit(target, written)

    def _on_failed(self, exc: Exception) -> None:
        self._finish()
        if not isinstance(exc, FunnelDeskError | OSError):
            raise exc
        text = (
            self.tr("Export cancelled; no file was written.")
            if isinstance(exc, ExportCancelled)
            else self.tr("Nothing was exported: %1").replace("%1", str(exc))
        )
        self.status.setText(text)
        self.failed.emit(text)


def open_export(window: MainWindow) -> None:
    """Open the export dialog for the window's current leads filter."""
    where, partial = leads_filter(window)
    dialog = ExportDialog(window.ctx, where, partial, window)
    dialog.exported.connect(
        lambda target, _: window.show_message(dialog.tr("Exported to %1").replace("%1", str(target)))
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
