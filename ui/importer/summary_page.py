"""Wizard page 3: the dry run — what the import would create, update and reject. Nothing is written."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from funneldesk.domain.errors import FunnelDeskError
from funneldesk.spreadsheets.importer import ImportPlan, plan_import
from ui.importer.words import field_label, reason_hints, reason_text
from ui.numbers import whole

if TYPE_CHECKING:
    from ui.importer.wizard import ImportWizard

SHOWN_REJECTIONS = 1000


def _column_text(plan: ImportPlan, name: str) -> str:
    """Name a rejected field by the file's column header when one feeds it."""
    index = plan.mapping.fields.get(name)
    return plan.headers[index] if index is not None else field_label(name)


class SummaryPage(QWizardPage):
    """Run the dry run on the worker; complete once it succeeded and rejections are accepted."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self._asked = 0
        self.setTitle(self.tr("Check before importing"))
        self.setSubTitle(self.tr("A dry run: nothing has been changed yet."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.rejected = QTableWidget(0, 3, self)
        self.rejected.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Column"), self.tr("Reason")])
        self.rejected.setAccessibleName(self.tr("Rejected rows"))
        self.rejected.verticalHeader().setVisible(False)
        self.rejected.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.rejected.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rejected.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.skip_check = QCheckBox(
            self.tr("Import the valid rows and skip the rejected ones (they are listed in a report file)"),
            self,
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.rejected, 1)
        layout.addWidget(self.skip_check)
        self.skip_check.toggled.connect(self.completeChanged)

    def skip_invalid(self) -> bool:
        """Say whether the user accepts skipping rejected rows."""
        return self.skip_check.isChecked()

    def initializePage(self) -> None:
        """Start the dry run with the chosen mapping."""
        wizard = self._wizard
        wizard.plan = None
        self._asked += 1
        asked, preview, options = self._asked, wizard.preview, wizard.import_options()
        assert preview is not None
        self.summary.setText(self.tr("Checking every row…"))
        self.rejected.setRowCount(0)
        self.rejected.setVisible(False)
        self.skip_check.setVisible(False)
        wizard.runner.run(
            lambda: plan_import(wizard.db, wizard.actor, preview.path, options),
            lambda plan: self._on_planned(asked, plan),
            self._on_failed,
        )

    def _on_planned(self, asked: int, plan: ImportPlan) -> None:
        if asked != self._asked:
            return
        self._wizard.plan = plan
        self.summary.setText(self._describe(plan))
        rejections = plan.rejected[:SHOWN_REJECTIONS]
        self.rejected.setVisible(bool(rejections))
        self.skip_check.setVisible(bool(rejections))
        self.rejected.setRowCount(len(rejections))
        for row, rejection in enumerate(rejections):
            column = _column_text(plan, rejection.column)
            for col, text in enumerate((str(rejection.row), column, reason_text(rejection.reason))):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.rejected.setItem(row, col, item)
        self.rejected.resizeColumnToContents(0)
        self.rejected.resizeColumnToContents(1)
        self.completeChanged.emit()

    def _describe(self, plan: ImportPlan) -> str:
        rejected = len(plan.rejected_rows())
        lines = [
            self.tr(
                "<b>%1</b> rows read: <b>%2</b> to create, <b>%3</b> to update, "
                "%4 unchanged, <b>%5</b> rejected."
            )
            .replace("%1", whole(plan.rows))
            .replace("%2", whole(len(plan.create)))
            .replace("%3", whole(len(plan.update)))
            .replace("%4", whole(plan.unchanged))
            .replace("%5", whole(rejected))
        ]
        for kind, label in (
            ("user", self.tr("New owners (employees)")),
            ("channel", self.tr("New channels")),
            ("persona", self.tr("New personas")),
            ("lost_reason", self.tr("New lost reasons")),
        ):
            if names := plan.new_names(kind):
                lines.append(f"{label}: {html.escape(', '.join(names))}")
        if rejected:
            lines.append(
                self.tr(
                    "Rejected rows are not imported. Without the option below, "
                    "the import is refused as a whole."
                )
            )
            hints = reason_hints(list({r.reason for r in plan.rejected}))
            lines += [f"• {html.escape(hint)}" for hint in hints]
        return "<br>".join(lines)

    def _on_failed(self, exc: Exception) -> None:
        if not isinstance(exc, FunnelDeskError | OSError):
            raise exc
        hints = "".join(f"<br>• {html.escape(h)}" for h in reason_hints([str(exc)]))
        self.summary.setText(
            self.tr("The file cannot be imported with these choices: %1").replace(
                "%1", html.escape(reason_text(str(exc)))
            )
            + hints
        )

    def isComplete(self) -> bool:
        """Allow Import once the dry run found work and any rejections are accepted."""
        plan = self._wizard.plan
        if plan is None or not (plan.create or plan.update):
            return False
        return not plan.rejected or self.skip_check.isChecked()
