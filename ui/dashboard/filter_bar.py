"""DashboardFilterBar: pipeline, period preset or custom range, managers (team roll-up), channels,
persona and temperature.

Owned by ``DashboardView``; holds only the choices it was given with ``set_choices``.
Emits ``filter_changed(ReportFilter, bool team)`` at most once per debounce interval.
Period presets are resolved by ``funneldesk.analytics.dashboard.preset_range``.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QMenu, QPushButton, QWidget

from funneldesk.analytics.dashboard import preset_range
from funneldesk.analytics.scope import ReportFilter
from funneldesk.domain.records import PipelineRecord, UserRecord
from ui.flow_layout import FlowLayout


class DashboardFilterBar(QWidget):
    """The controls above the dashboard's charts."""

    filter_changed = Signal(object, bool)

    def __init__(
        self, parent: QWidget | None = None, debounce_ms: int = 150, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self.today = today or date.today()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(debounce_ms)
        self._timer.timeout.connect(self._emit)
        self.managers, self.channels = self._multi(self.tr("Managers")), self._multi(self.tr("Channels"))
        self.pipeline = self._combo(self.tr("Pipeline"), [])
        self.period = self._combo(
            self.tr("Period"),
            [
                (self.tr("This month"), "this_month"),
                (self.tr("Last month"), "last_month"),
                (self.tr("This quarter"), "this_quarter"),
                (self.tr("Last quarter"), "last_quarter"),
                (self.tr("This year"), "this_year"),
                (self.tr("All time"), "all"),
                (self.tr("Custom range"), "custom"),
            ],
        )
        self.period.setCurrentIndex(self.period.findData("this_year"))
        self.date_from, self.date_to = self._date(), self._date()
        self.team = QCheckBox(self.tr("Team roll-up"), self)
        self.team.setToolTip(self.tr("Count each manager's figures with everyone below them"))
        self.team.toggled.connect(self._on_changed)
        self.persona = self._combo(self.tr("Persona"), [])
        self.temperature = self._combo(
            self.tr("Temperature"),
            [(self.tr("cold"), "cold"), (self.tr("warm"), "warm"), (self.tr("hot"), "hot")],
        )
        self.period.currentIndexChanged.connect(self._on_period_changed)
        self._on_period_changed()
        self._lay_out()

    def _lay_out(self) -> None:
        # A flow, not a row: on a narrow window the filters wrap onto another line instead of
        # forcing the window wider than the screen (issue 16: 1280x720 must fit).
        layout = FlowLayout(self)
        for widget in (
            self.pipeline,
            self.period,
            self.date_from,
            self.date_to,
            self.managers,
            self.team,
            self.channels,
            self.persona,
            self.temperature,
        ):
            layout.addWidget(widget)

    def _combo(self, name: str, items: list[tuple[str, object]]) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(name)
        combo.setToolTip(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        if name != self.tr("Period"):
            combo.addItem(
                self.tr("Any {0}").format(name.lower()) if name != self.tr("Pipeline") else "", None
            )
        for text, value in items:
            combo.addItem(text, value)
        combo.currentIndexChanged.connect(self._on_changed)
        return combo

    def _date(self) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.dateChanged.connect(self._on_changed)
        return edit

    def _multi(self, name: str) -> QPushButton:
        # A push button leaves room for its menu arrow; a tool button drew it over the last letter.
        button = QPushButton(name, self)
        button.setAccessibleName(name)
        button.setMenu(QMenu(name, button))
        return button

    def set_choices(
        self,
        pipelines: list[PipelineRecord],
        users: list[UserRecord],
        channels: list[tuple[int, str, str]],
        personas: list[tuple[int, str]],
    ) -> None:
        """Offer these pipelines, managers, channels and personas."""
        self.blockSignals(True)
        self._refill(self.pipeline, [(p.name, p.id) for p in pipelines], keep_blank=False)
        self._refill(self.persona, [(name, pid) for pid, name in personas], keep_blank=True)
        self._fill_menu(self.managers, [(u.name, u.id) for u in users if u.active])
        self._fill_menu(self.channels, [(name, cid) for cid, name, _kind in channels])
        self.blockSignals(False)

    @staticmethod
    def _refill(combo: QComboBox, items: list[tuple[str, object]], keep_blank: bool) -> None:
        combo.blockSignals(True)
        chosen = combo.currentData()
        combo.clear()
        if keep_blank:
            combo.addItem(combo.tr("Any {0}").format(combo.accessibleName().lower()), None)
        for text, value in items:
            combo.addItem(text, value)
        combo.setCurrentIndex(max(combo.findData(chosen), 0))
        combo.blockSignals(False)

    def _fill_menu(self, button: QPushButton, items: list[tuple[str, int]]) -> None:
        menu = button.menu()
        menu.clear()
        for text, value in items:
            action = QAction(text, menu)
            action.setCheckable(True)
            action.setData(value)
            action.toggled.connect(self._on_changed)
            menu.addAction(action)

    @staticmethod
    def checked(button: QPushButton) -> tuple[int, ...]:
        """Return the ids ticked in a multi-choice button's menu."""
        return tuple(int(a.data()) for a in button.menu().actions() if a.isChecked())

    def _on_period_changed(self) -> None:
        preset = str(self.period.currentData())
        custom = preset == "custom"
        self.date_from.setEnabled(custom)
        self.date_to.setEnabled(custom)
        low, high = preset_range(preset, self.today)
        for edit, day in ((self.date_from, low), (self.date_to, high)):
            edit.setVisible(preset != "all")
            if day is not None:
                edit.blockSignals(True)
                edit.setDate(QDate(day.year, day.month, day.day))
                edit.blockSignals(False)
        self._on_changed()

    def _on_changed(self) -> None:
        for button in (self.managers, self.channels):
            count = len(self.checked(button))
            button.setText(button.accessibleName() + (f" ({count})" if count else ""))
        self._timer.start()

    def _emit(self) -> None:
        self.filter_changed.emit(self.current_filter(), self.team.isChecked())

    def current_filter(self) -> ReportFilter:
        """Return the report filter the controls describe."""
        preset = str(self.period.currentData())
        low, high = (self._day(self.date_from), self._day(self.date_to)) if preset != "all" else (None, None)
        temperature = self.temperature.currentData()
        persona = self.persona.currentData()
        return ReportFilter(
            pipeline=self.pipeline.currentData(),
            created_from=low,
            created_to=high,
            owners=self.checked(self.managers),
            team=self.team.isChecked(),
            channels=self.checked(self.channels),
            personas=(persona,) if persona is not None else (),
            temperatures=(temperature,) if temperature is not None else (),
        )

    @staticmethod
    def _day(edit: QDateEdit) -> date:
        value = edit.date()
        return date(value.year(), value.month(), value.day())
