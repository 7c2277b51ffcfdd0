"""PipelinePage: the pipeline editor — stages (drag to reorder), their fields and exit criteria.

Owned by ``SettingsView``. Every change goes through ``funneldesk.services.pipelines``
on the worker; each service returns the whole pipeline, which the page shows again, so
what is on screen is what the core stored. Refusals (not an owner, a stage still in
use, an invalid criterion) appear inline. Emits ``pipeline_changed(int)`` after a change.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from funneldesk.domain.records import PipelineRecord, StageRecord, UserRecord
from funneldesk.services import pipelines, templates
from ui.flow_layout import FlowLayout, grouped
from ui.models_util import Db, Roles, error_text, run_for
from ui.settings.criterion_form import CriterionForm, kind_short_names
from ui.settings.stage_form import StageForm
from ui.settings.stage_model import StageListModel
from ui.tasks import TaskRunner


class PipelinePage(QWidget):
    """Edit pipelines: choose one, or make one from a template; edit its stages and criteria."""

    pipeline_changed = Signal(int)

    def __init__(self, runner: TaskRunner, db: Db, actor: UserRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner, self._db, self._actor = runner, db, actor
        self.pipeline: PipelineRecord | None = None
        self.pipelines = QComboBox(self)
        self.pipelines.setAccessibleName(self.tr("Pipeline"))
        self.pipelines.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.pipelines.setMinimumWidth(180)
        self.pipelines.activated.connect(self._on_pipeline_chosen)
        self.templates = QComboBox(self)
        self.templates.setAccessibleName(self.tr("Template"))
        for key, name, description in templates.describe_templates():
            self.templates.addItem(name, key)
            self.templates.setItemData(self.templates.count() - 1, description,
                                        Qt.ItemDataRole.ToolTipRole)
        self.stage_model = StageListModel(self)
        self.stage_model.order_changed.connect(self._on_order_changed)
        self.stages = self._stage_view()
        self.stage_form, self.criterion_form = StageForm(self), CriterionForm(self)
        self.criteria = QListWidget(self)
        self.criteria.setAccessibleName(self.tr("Exit criteria"))
        self.criteria.currentRowChanged.connect(self._on_criterion_selected)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self._lay_out()
        self.reload()

    def _stage_view(self) -> QListView:
        view = QListView(self)
        view.setModel(self.stage_model)
        view.setAccessibleName(self.tr("Stages"))
        view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        view.setDefaultDropAction(Qt.DropAction.MoveAction)
        view.selectionModel().currentChanged.connect(self._on_stage_selected)
        return view

    def _button(self, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text, self)
        button.clicked.connect(slot)
        return button

    def _lay_out(self) -> None:
        top_bar = QWidget(self)
        top = FlowLayout(top_bar)  # wraps on a narrow window instead of widening it
        top.addWidget(grouped(top_bar, QLabel(self.tr("Pipeline:"), self), self.pipelines))
        top.addWidget(grouped(top_bar, QLabel(self.tr("New from template:"), self), self.templates,
                              self._button(self.tr("Create"), self._on_new_from_template)))
        stage_box = QGroupBox(self.tr("Stages (drag to reorder)"), self)
        stage_buttons = QHBoxLayout()
        for text, slot in ((self.tr("Add stage"), self._on_add_stage),
                           (self.tr("Delete stage"), self._on_delete_stage),
                           (self.tr("Apply stage changes"), self.apply_stage)):
            stage_buttons.addWidget(self._button(text, slot))
        stage_layout = QVBoxLayout(stage_box)
        stage_layout.addWidget(self.stages, 1)
        stage_layout.addWidget(self.stage_form)
        stage_layout.addLayout(stage_buttons)
        criteria_box = QGroupBox(self.tr("Exit criteria of the selected stage"), self)
        criteria_buttons = QHBoxLayout()
        for text, slot in ((self.tr("Add criterion"), self.add_criterion),
                           (self.tr("Update criterion"), self._on_update_criterion),
                           (self.tr("Delete criterion"), self._on_delete_criterion)):
            criteria_buttons.addWidget(self._button(text, slot))
        criteria_layout = QVBoxLayout(criteria_box)
        criteria_layout.addWidget(self.criteria, 1)
        criteria_layout.addWidget(self.criterion_form)
        criteria_layout.addLayout(criteria_buttons)
        body = QHBoxLayout()
        body.addWidget(stage_box, 1)
        body.addWidget(criteria_box, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(top_bar)
        layout.addWidget(self.message)
        layout.addLayout(body, 1)

    # -- loading ---------------------------------------------------------------------------
    def reload(self) -> None:
        """Re-read every pipeline and show the chosen one (the first by default)."""
        db, actor = self._db, self._actor
        run_for(self, self._runner, lambda: pipelines.list_pipelines(db, actor), self._on_pipelines,
                self._on_error)

    def _on_pipelines(self, records: list[PipelineRecord]) -> None:
        current = self.pipeline.id if self.pipeline else None
        self.pipelines.clear()
        for record in records:
            self.pipelines.addItem(record.name, record.id)
        chosen = next((r for r in records if r.id == current), records[0] if records else None)
        if chosen is not None:
            self.pipelines.setCurrentIndex(self.pipelines.findData(chosen.id))
            self.show_pipeline(chosen)

    def _on_pipeline_chosen(self, _index: int) -> None:
        db, actor, ref = self._db, self._actor, int(self.pipelines.currentData())
        run_for(self, self._runner, lambda: pipelines.get(db, actor, ref), self.show_pipeline, self._on_error)

    def show_pipeline(self, record: PipelineRecord) -> None:
        """Show a pipeline as the core returned it, keeping the selected stage."""
        selected = self.current_stage()
        self.pipeline = record
        self.stage_model.set_stages(record.stages)
        row = self.stage_model.row_of(selected.id) if selected else -1
        self.stages.setCurrentIndex(self.stage_model.index(max(row, 0)))
        self._on_stage_selected(self.stages.currentIndex(), QModelIndex())

    def current_stage(self) -> StageRecord | None:
        """Return the selected stage."""
        row = self.stages.currentIndex().row()
        return self.stage_model.stage_at(row) if 0 <= row < self.stage_model.rowCount() else None

    def _on_stage_selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        stage = self.current_stage() if current.isValid() else None
        self.stage_form.set_stage(stage)
        self.criteria.clear()
        for criterion in stage.criteria if stage else ():
            kind = kind_short_names().get(criterion.kind, criterion.kind)
            item = QListWidgetItem(f"{kind}: {criterion.label}", self.criteria)
            item.setData(Roles.ID, criterion.id)
        self.criterion_form.set_criterion(None)

    def _on_criterion_selected(self, row: int) -> None:
        stage = self.current_stage()
        if stage is not None and 0 <= row < len(stage.criteria):
            self.criterion_form.set_criterion(stage.criteria[row])

    # -- changes ---------------------------------------------------------------------------
    def _change(self, job: Callable[[], PipelineRecord]) -> None:
        run_for(self, self._runner, job, self._on_changed, self._on_error)

    def _on_changed(self, record: PipelineRecord) -> None:
        self.message.setText(self.tr("Saved."))
        self.show_pipeline(record)
        self.pipeline_changed.emit(record.id)

    def _on_error(self, exc: Exception) -> None:
        self.message.setText(error_text(exc))
        if self.pipeline is not None:
            self.show_pipeline(self.pipeline)

    def apply_stage(self) -> None:
        """Send the stage form's changes to the core."""
        stage, changes = self.current_stage(), self.stage_form.changes()
        if stage is None or not changes:
            return
        db, actor, stage_id = self._db, self._actor, stage.id
        self._change(lambda: pipelines.update_stage(db, actor, stage_id, changes))

    def _on_order_changed(self, stage_ids: list[int]) -> None:
        assert self.pipeline is not None
        db, actor, ref, order = self._db, self._actor, self.pipeline.id, list(stage_ids)
        self._change(lambda: pipelines.reorder_stages(db, actor, ref, order))

    def _on_add_stage(self) -> None:
        if self.pipeline is None:
            return
        taken = {s.name.casefold() for s in self.pipeline.stages}
        name = next(n for n in (self.tr("New stage {0}").format(i) for i in range(1, 999))
                    if n.casefold() not in taken)
        db, actor, ref = self._db, self._actor, self.pipeline.id
        self._change(lambda: pipelines.add_stage(db, actor, ref, {"name": name}))

    def _on_delete_stage(self) -> None:
        stage = self.current_stage()
        if stage is not None:
            db, actor, stage_id = self._db, self._actor, stage.id
            self._change(lambda: pipelines.delete_stage(db, actor, stage_id))

    def _on_new_from_template(self) -> None:
        db, actor, key = self._db, self._actor, str(self.templates.currentData())
        taken = {self.pipelines.itemText(i).casefold() for i in range(self.pipelines.count())}
        base = self.templates.currentText()
        name = next(n for n in (base, *(f"{base} {i}" for i in range(2, 999))) if n.casefold() not in taken)
        self.pipeline = None
        self._change(lambda: pipelines.create_from_template(db, actor, key, name))
        self.reload()

    def add_criterion(self) -> None:
        """Add the criterion in the form to the selected stage."""
        stage, spec = self.current_stage(), self.criterion_form.spec()
        if stage is not None:
            db, actor, stage_id = self._db, self._actor, stage.id
            self._change(lambda: pipelines.add_criterion(db, actor, stage_id, spec))

    def _selected_criterion_id(self) -> int | None:
        item = self.criteria.currentItem()
        return int(item.data(Roles.ID)) if item is not None else None

    def _on_update_criterion(self) -> None:
        criterion_id, spec = self._selected_criterion_id(), self.criterion_form.spec()
        if criterion_id is not None:
            db, actor = self._db, self._actor
            self._change(lambda: pipelines.update_criterion(db, actor, criterion_id, spec))

    def _on_delete_criterion(self) -> None:
        criterion_id = self._selected_criterion_id()
        if criterion_id is not None:
            db, actor = self._db, self._actor
            self._change(lambda: pipelines.delete_criterion(db, actor, criterion_id))
