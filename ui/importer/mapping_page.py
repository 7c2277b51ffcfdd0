"""Wizard page 2: map each source column to a field, choose the pipeline, the date order and options."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from funneldesk.spreadsheets.importer import ImportOptions
from funneldesk.spreadsheets.mapping import ENTERED_PREFIX
from ui.importer.mapping_table import MappingTable, PreviewTable
from ui.importer.stage_map import StageMapTable
from ui.importer.words import IGNORE, date_orders, field_label
from ui.numbers import whole

if TYPE_CHECKING:
    from ui.importer.wizard import ImportWizard

DATE_TARGETS = ("created_at", "closed_at", "expected_close", "next_action", "won_at", "lost_at")


class MappingPage(QWizardPage):
    """Complete when every field is fed by at most one column and something is mapped."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Match the columns"))
        self.setSubTitle(
            self.tr(
                "Each column of the file is matched to a lead field by its name. "
                "Change any match, or choose “do not import”."
            )
        )
        self.pipeline_combo = QComboBox(self)
        self.pipeline_combo.setAccessibleName(self.tr("Pipeline"))
        self.date_combo = QComboBox(self)
        self.date_combo.setAccessibleName(self.tr("Date order"))
        for text, code in date_orders():
            self.date_combo.addItem(text, code)
        self.users_check = QCheckBox(self.tr("Create missing owners as employees"), self)
        self.users_check.setToolTip(self.tr("Otherwise rows naming an unknown owner are rejected"))
        self.table = MappingTable(self)
        self.preview_table = PreviewTable(self)
        self.preview_label = QLabel(self)
        self.stage_map = StageMapTable(self)
        self.stage_map.setVisible(False)
        self.warning = QLabel(self)
        self.warning.setWordWrap(True)
        self._lay_out()
        self.pipeline_combo.currentIndexChanged.connect(self._on_pipeline_chosen)
        self.date_combo.currentIndexChanged.connect(self._on_edited)
        self.table.mapping_edited.connect(self._on_edited)
        wizard.pipelines_loaded.connect(self._fill_pipelines)

    def _lay_out(self) -> None:
        options = QHBoxLayout()
        for label, widget in (
            (self.tr("Pipeline:"), self.pipeline_combo),
            (self.tr("Dates like 03/04/2024:"), self.date_combo),
        ):
            text = QLabel(label, self)
            text.setBuddy(widget)
            options.addWidget(text)
            options.addWidget(widget)
            options.addSpacing(12)
        options.addWidget(self.users_check)
        options.addStretch(1)
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.preview_label)
        lower_layout.addWidget(self.preview_table)
        lower_layout.addWidget(self.stage_map)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(options)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.warning)

    def _fill_pipelines(self) -> None:
        self.pipeline_combo.blockSignals(True)
        self.pipeline_combo.clear()
        for pipeline in self._wizard.pipelines:
            self.pipeline_combo.addItem(pipeline.name, pipeline.id)
        self.pipeline_combo.blockSignals(False)
        self._on_pipeline_chosen()

    def _stage_names(self) -> list[str]:
        index = self.pipeline_combo.currentIndex()
        if not 0 <= index < len(self._wizard.pipelines):
            return []
        return [s.name for s in self._wizard.pipelines[index].stages]

    def initializePage(self) -> None:
        """Show the chosen file's columns and first rows."""
        preview = self._wizard.preview
        assert preview is not None
        self.table.fill(preview, self._stage_names())
        self.preview_table.fill(preview)
        self.preview_label.setText(
            self.tr("First %1 of %2 rows in %3:")
            .replace("%1", str(len(preview.rows)))
            .replace("%2", whole(preview.total_rows))
            .replace("%3", preview.path.name)
        )
        self._on_edited()

    def _on_pipeline_chosen(self) -> None:
        if self._wizard.preview is not None:
            self.table.set_stages(self._stage_names())
            self._refresh_stage_map()

    def _refresh_stage_map(self) -> None:
        preview = self._wizard.preview
        targets = self.table.choices()
        column = targets.index("stage") if "stage" in targets else None
        values = preview.distinct.get(column, []) if preview is not None and column is not None else []
        self.stage_map.fill(values, self._stage_names())

    def _on_edited(self) -> None:
        self._refresh_stage_map()
        self.warning.setText(" ".join(self._problems()))
        self.completeChanged.emit()

    def _problems(self) -> list[str]:
        chosen = [c for c in self.table.choices() if c != IGNORE]
        problems = [
            self.tr("Several columns are imported as “%1”; keep one.").replace("%1", field_label(name))
            for name, n in Counter(chosen).items()
            if n > 1
        ]
        if not chosen:
            problems.append(self.tr("Choose at least one column to import."))
        if self.date_combo.currentData() is None and self._ambiguous_dates():
            problems.append(
                self.tr(
                    "Some dates could be day/month or month/day: choose the date "
                    "order above, or the dry run will refuse them."
                )
            )
        return problems

    def _ambiguous_dates(self) -> bool:
        preview = self._wizard.preview
        if preview is None:
            return False
        targets = self.table.choices()
        return any(
            c.date_order == "ambiguous"
            and (targets[c.index] in DATE_TARGETS or targets[c.index].startswith(ENTERED_PREFIX))
            for c in preview.columns
        )

    def isComplete(self) -> bool:
        """Refuse two columns feeding one field, and an import of nothing."""
        chosen = [c for c in self.table.choices() if c != IGNORE]
        return bool(chosen) and len(chosen) == len(set(chosen))

    def options(self, skip_invalid: bool, override: str | None = None) -> ImportOptions:
        """Return the choices as the core's ImportOptions (every column mapped explicitly)."""
        preview = self._wizard.preview
        assert preview is not None
        maps = [
            f"{c.header}={target}"
            for c, target in zip(preview.columns, self.table.choices(), strict=True)
            if c.header.strip() and "=" not in c.header
        ]
        return ImportOptions(
            pipeline=self.pipeline_combo.currentText() or None,
            maps=maps,
            stage_map=self.stage_map.pairs(),
            date_format=self.date_combo.currentData(),
            create_missing_users=self.users_check.isChecked(),
            skip_invalid=skip_invalid,
            override=override,
        )
