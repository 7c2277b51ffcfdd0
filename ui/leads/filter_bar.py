"""LeadFilterBar: search-as-you-type (debounced) and the table's exact filters and date ranges.

Owned by ``LeadsView``; holds no data of its own beyond the choices it was given with
``set_choices``. Emits ``filter_changed(LeadFilter)`` at most once per debounce interval.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QLineEdit, QWidget

from funneldesk.domain.records import PipelineRecord, UserRecord
from funneldesk.services.browse import LeadFilter
from ui.flow_layout import FlowLayout, grouped

_NO_DATE = QDate(2000, 1, 1)
COMBO_MAX_WIDTH = 300  # a stage shown with its pipeline's name would otherwise take half the bar


class LeadFilterBar(QWidget):
    """The filter controls above the leads table."""

    filter_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None, debounce_ms: int = 40) -> None:
        super().__init__(parent)
        self._pipelines: list[PipelineRecord] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        # Short: a search is answered in tens of ms (SQLite's trigram index), so the pause only
        # merges keys typed in one burst; each keystroke should show its rows within 0.1 s.
        self._timer.setInterval(debounce_ms)
        self._timer.timeout.connect(self._emit)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search title, company, contact, e-mail, phone…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(300)
        self.search.setAccessibleName(self.tr("Search leads"))
        self.search.textChanged.connect(self._on_changed)
        self.pipeline, self.stage = self._combo(self.tr("Pipeline")), self._combo(self.tr("Stage"))
        self.owner, self.channel = self._combo(self.tr("Owner")), self._combo(self.tr("Channel"))
        self.temperature, self.status = self._combo(self.tr("Temperature")), self._combo(self.tr("Status"))
        self.pipeline.currentIndexChanged.connect(self._on_pipeline_changed)
        self._fill(self.temperature, [(self.tr("cold"), "cold"), (self.tr("warm"), "warm"),
                                      (self.tr("hot"), "hot")])
        self._fill(self.status, [(self.tr("open"), "open"), (self.tr("won"), "won"),
                                 (self.tr("lost"), "lost")])
        self.created_from, self.created_to = self._date(), self._date()
        self.closed_from, self.closed_to = self._date(), self._date()
        self._lay_out()

    def _lay_out(self) -> None:
        # A flow, not a row: on a narrow window the filters wrap onto a second line instead of
        # forcing the window wider than the screen (issue 16: 1280x720 must fit).
        layout = FlowLayout(self)
        layout.addWidget(self.search)
        for combo in (self.pipeline, self.stage, self.owner, self.channel, self.temperature, self.status):
            layout.addWidget(combo)
        layout.addWidget(grouped(self, QLabel(self.tr("Created"), self), self.created_from, self.created_to))
        layout.addWidget(grouped(self, QLabel(self.tr("Closed"), self), self.closed_from, self.closed_to))

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(name)
        combo.setToolTip(name)
        # As wide as its longest choice, up to a limit: the bar wraps rather than widening the page.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.setMaximumWidth(COMBO_MAX_WIDTH)
        combo.addItem(self.tr("Any {0}").format(name.lower()), None)
        combo.currentIndexChanged.connect(self._on_changed)
        return combo

    def _date(self) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setCalendarPopup(True)
        edit.setMinimumDate(_NO_DATE)
        edit.setSpecialValueText(self.tr("any"))
        edit.setDate(_NO_DATE)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.dateChanged.connect(self._on_changed)
        return edit

    @staticmethod
    def _fill(combo: QComboBox, items: list[tuple[str, object]]) -> None:
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for text, value in items:
            combo.addItem(text, value)
        combo.blockSignals(False)

    def set_choices(self, pipelines: list[PipelineRecord], users: list[UserRecord],
                    channels: list[tuple[int, str, str]]) -> None:
        """Offer these pipelines, owners and channels in the combos."""
        self._pipelines = pipelines
        self._fill(self.pipeline, [(p.name, p.id) for p in pipelines])
        self._fill(self.owner, [(u.name, u.id) for u in users])
        self._fill(self.channel, [(name, cid) for cid, name, _kind in channels])
        self._on_pipeline_changed()

    def _on_pipeline_changed(self) -> None:
        chosen = self.pipeline.currentData()
        stages = [s for p in self._pipelines if chosen in (None, p.id) for s in p.stages]
        label = (lambda s: s.name) if chosen is not None else (
            lambda s: f"{s.name} ({self._pipeline_name(s.pipeline_id)})")
        self._fill(self.stage, [(label(s), s.id) for s in stages])

    def _pipeline_name(self, pipeline_id: int) -> str:
        return next((p.name for p in self._pipelines if p.id == pipeline_id), "")

    def _on_changed(self) -> None:
        self._timer.start()

    @property
    def debounce_ms(self) -> int:
        """Return how long typing must pause before the search runs."""
        return self._timer.interval()

    def _emit(self) -> None:
        self.filter_changed.emit(self.current_filter())

    def set_text(self, text: str) -> None:
        """Put text in the search field (as if typed)."""
        self.search.setText(text)

    def reset(self) -> None:
        """Set every control back to "any" without emitting filter_changed."""
        self._timer.stop()
        controls = (self.search, self.pipeline, self.stage, self.owner, self.channel, self.temperature,
                    self.status, self.created_from, self.created_to, self.closed_from, self.closed_to)
        for control in controls:
            control.blockSignals(True)
        self.search.clear()
        for combo in (self.pipeline, self.owner, self.channel, self.temperature, self.status):
            combo.setCurrentIndex(0)
        self._on_pipeline_changed()
        self.stage.setCurrentIndex(0)
        for edit in (self.created_from, self.created_to, self.closed_from, self.closed_to):
            edit.setDate(_NO_DATE)
        for control in controls:
            control.blockSignals(False)

    def current_filter(self) -> LeadFilter:
        """Return the filter the controls describe."""
        return replace(
            LeadFilter(text=self.search.text()),
            pipeline_id=self.pipeline.currentData(), stage_id=self.stage.currentData(),
            owner_id=self.owner.currentData(), channel_id=self.channel.currentData(),
            temperature=self.temperature.currentData(), status=self.status.currentData(),
            created_from=self._day(self.created_from), created_to=self._day(self.created_to),
            closed_from=self._day(self.closed_from), closed_to=self._day(self.closed_to))

    @staticmethod
    def _day(edit: QDateEdit) -> date | None:
        value = edit.date()
        return None if value == _NO_DATE else date(value.year(), value.month(), value.day())

    def select_pipeline(self, pipeline_id: int | None) -> None:
        """Choose a pipeline in the combo (None for any)."""
        index = self.pipeline.findData(pipeline_id)
        self.pipeline.setCurrentIndex(max(index, 0))
