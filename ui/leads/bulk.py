"""Bulk actions on the selected leads: ask what to do, run it on the worker, summarise refusals.

``ask_*`` functions show small modal choosers on the GUI thread and return None on Cancel.
``BulkRun`` runs the action in chunks with progress and Cancel.
``RefusalSummaryDialog`` lists each refused lead with the reason and, for gate
refusals, every unmet exit criterion. It is owned by its parent and deletes itself on close.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLabel,
    QProgressDialog,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from funneldesk.domain.records import PipelineRecord, UserRecord
from funneldesk.services.browse import BulkResult
from ui.models_util import code_text, run_for, tr
from ui.tasks import TaskRunner

_CONTEXT = "BulkActions"


def ask_owner(parent: QWidget, users: list[UserRecord]) -> int | None:
    """Ask which user the selected leads go to; return their id or None on Cancel."""
    names = [f"{u.name} ({u.login})" for u in users if u.active]
    choice, ok = QInputDialog.getItem(parent, tr(_CONTEXT, "Assign leads"),
                                      tr(_CONTEXT, "New owner:"), names, 0, False)
    if not ok or not names:
        return None
    return [u for u in users if u.active][names.index(choice)].id


def ask_stage(parent: QWidget, pipeline: PipelineRecord) -> int | None:
    """Ask which open or won stage of the pipeline to move to; return its id or None."""
    stages = [s for s in pipeline.stages if s.kind != "lost"]
    names = [s.name for s in stages]
    choice, ok = QInputDialog.getItem(parent, tr(_CONTEXT, "Move leads"),
                                      tr(_CONTEXT, "Move to stage:"), names, 0, False)
    return stages[names.index(choice)].id if ok and names else None


def ask_lost_reason(parent: QWidget, reasons: list[str]) -> str | None:
    """Ask for the lost reason (a known one or a new one); None on Cancel or blank."""
    choice, ok = QInputDialog.getItem(parent, tr(_CONTEXT, "Mark leads lost"),
                                      tr(_CONTEXT, "Reason:"), reasons, 0, True)
    return choice.strip() if ok and choice.strip() else None


class RefusalSummaryDialog(QDialog):
    """Show what a bulk action changed and, lead by lead, why the others were refused."""

    def __init__(self, result: BulkResult, action: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("{0}: summary").format(action))
        layout = QVBoxLayout(self)
        self.headline = QLabel(self.tr("{0} changed, {1} refused.").format(
            len(result.changed), len(result.refused)), self)
        layout.addWidget(self.headline)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels([self.tr("Lead"), self.tr("Why it was refused")])
        self.tree.setAccessibleName(self.tr("Refused leads"))
        for refusal in result.refused:
            item = QTreeWidgetItem(self.tree, [f"#{refusal.lead_id} {refusal.title}",
                                               f"{code_text(refusal.code)}: {refusal.message}"
                                               if not refusal.unmet else code_text(refusal.code)])
            for unmet in refusal.unmet:
                QTreeWidgetItem(item, [unmet.stage_name, unmet.text])
            item.setExpanded(True)
        self.tree.resizeColumnToContents(0)
        layout.addWidget(self.tree)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 360)


class BulkRun(QObject):
    """Run a bulk action a chunk of leads at a time; progress shows after 0.5 s, with Cancel.

    Each chunk is one task on the database worker (one transaction), so Cancel stops
    between chunks and what was done stays done. Owned by the widget that starts it;
    ``finished(BulkResult, int)`` gives the merged result and how many leads were skipped;
    an unexpected error stops the run and is then reported through ``failed(Exception)``.
    """

    finished = Signal(object, int)
    failed = Signal(object)

    def __init__(self, runner: TaskRunner, action: Callable[[list[int]], BulkResult], lead_ids: list[int],
                 title: str, parent: QWidget, chunk: int = 50) -> None:
        super().__init__(parent)
        self._runner, self._action = runner, action
        self._chunks = [lead_ids[i:i + chunk] for i in range(0, len(lead_ids), chunk)]
        self._total, self._done = len(lead_ids), 0
        self._result = BulkResult()
        self.progress = QProgressDialog(title, tr(_CONTEXT, "Cancel"), 0, self._total, parent)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(500)
        self.progress.setAutoClose(False)
        self.progress.setValue(0)

    def start(self) -> None:
        """Submit the first chunk."""
        self._next()

    def _next(self) -> None:
        if not self._chunks or self.progress.wasCanceled():
            self.progress.close()
            self.finished.emit(self._result, self._total - self._done)
            return
        chunk, action = self._chunks.pop(0), self._action
        run_for(self, self._runner, lambda: action(chunk), self._on_chunk, self._on_error)

    def _on_chunk(self, result: BulkResult) -> None:
        self._result = BulkResult(self._result.changed | result.changed,
                                  self._result.refused + result.refused)
        self._done += len(result.changed) + len(result.refused)
        self.progress.setValue(self._done)
        self._next()

    def _on_error(self, exc: Exception) -> None:
        self._chunks.clear()
        self.progress.close()
        self.finished.emit(self._result, self._total - self._done)
        self.failed.emit(exc)
