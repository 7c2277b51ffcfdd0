"""Wizard page 3: the dry run — what the import would create, update and reject. Nothing is written."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from funneldesk.domain.errors import FunnelDeskError
from funneldesk.spreadsheets.importer import ImportPlan, plan_import
from ui.importer.words import date_format_text, field_label, reason_hints, reason_text
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
        # An owner may move existing leads past unmet exit criteria, with a reason logged per lead.
        self._override: str | None = None
        self.override_edit = QLineEdit(self)
        self.override_edit.setPlaceholderText(self.tr("Reason for moving these leads past the gate"))
        self.override_edit.setAccessibleName(self.tr("Override reason"))
        self.override_button = QPushButton(self.tr("Move them anyway"), self)
        self.override_row = QWidget(self)
        override_layout = QHBoxLayout(self.override_row)
        override_layout.setContentsMargins(0, 0, 0, 0)
        override_layout.addWidget(self.override_edit, 1)
        override_layout.addWidget(self.override_button)
        self.override_row.setVisible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.rejected, 1)
        layout.addWidget(self.override_row)
        layout.addWidget(self.skip_check)
        self.skip_check.toggled.connect(self.completeChanged)
        self.override_button.clicked.connect(self._on_override)

    def override(self) -> str | None:
        """Return the owner's reason to move leads past the gate, once given."""
        return self._override

    def _on_override(self) -> None:
        text = self.override_edit.text().strip()
        if text:
            self._override = text
            self.initializePage()

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
        self.override_row.setVisible(False)
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
        self.override_row.setVisible(bool(plan.gate_refused) and self._wizard.actor.role == "owner")
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
        return "<br>".join([*self._inferences(plan), *self._counts(plan, rejected)])

    def _inferences(self, plan: ImportPlan) -> list[str]:
        """Say what was recognised: the source CRM, the encoding and each date column's format."""
        lines = []
        if plan.source:
            lines.append(self.tr("Recognised: an export of %1.").replace("%1", html.escape(plan.source)))
        if plan.encoding:
            lines.append(self.tr("Text encoding: %1.").replace("%1", html.escape(plan.encoding)))
        for column in plan.dates.values():
            lines.append(
                self.tr("Dates in “%1”: %2.")
                .replace("%1", html.escape(column.header))
                .replace("%2", html.escape(date_format_text(column)))
            )
        return lines

    def _counts(self, plan: ImportPlan, rejected: int) -> list[str]:
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
        for unknown, label in ((plan.unknown_stages, self.tr("Stages the pipeline does not have")),
                               (plan.unknown_owners, self.tr("Owners who are not users"))):
            if unknown:
                listed = ", ".join(f"{name} ({whole(count)})" for name, count in sorted(unknown.items()))
                lines.append(f"{label}: {html.escape(listed)}")
        if plan.past_gate:
            lines.append(
                self.tr(
                    "%1 new leads are placed past exit criteria they do not meet; their "
                    "history will say “imported past the gate”."
                ).replace("%1", whole(plan.past_gate))
            )
        if plan.gate_refused:
            lines.append(
                self.tr(
                    "%1 rows would move existing leads past unmet exit criteria and are "
                    "refused (listed below with every unmet criterion)."
                ).replace("%1", whole(len(plan.gate_refused)))
            )
        if plan.overridden:
            lines.append(
                self.tr("%1 leads will be moved past the gate with your reason.").replace(
                    "%1", whole(len(plan.overridden))
                )
            )
        return lines

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
