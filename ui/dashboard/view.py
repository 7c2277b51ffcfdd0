"""DashboardView: the filter bar, seven charts, step conversion by employee, what-if.

Construct with ``DashboardView(runner, db, actor, parent)``; the main window owns it and
calls ``shutdown()`` before the application quits. Every figure comes from one
``funneldesk.analytics.dashboard.dashboard`` call on the database worker (the step
conversion table included); the charts then redraw their existing items in place. A
click on a bar (or a table cell) asks the worker for the lead ids behind it
(``analytics.dashboard.drill``) and emits ``drill_requested(ids, caption)``; unless
``open_drill`` is set False it also lists them in a ``DrillDialog``.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from funneldesk.analytics.dashboard import Dashboard, dashboard, drill
from funneldesk.analytics.scope import ReportFilter
from funneldesk.domain.records import UserRecord
from funneldesk.services import catalog, pipelines, users
from ui.dashboard.desk_panel import DeskSection
from ui.dashboard.drill_dialog import DrillDialog
from ui.dashboard.filter_bar import DashboardFilterBar
from ui.dashboard.group_charts import ChannelsChart, ManagersChart
from ui.dashboard.plotting import ChartPanel
from ui.dashboard.series_charts import ForecastChart, TrendChart
from ui.dashboard.stage_charts import FunnelChart, LostReasonsChart, StageTimeChart
from ui.dashboard.steps_chart import StepsPanel
from ui.dashboard.whatif_panel import WhatIfPanel
from ui.models_util import Db, error_text, money_text, run_for
from ui.numbers import whole
from ui.tasks import TaskRunner

# Below this page width the what-if panel starts collapsed, so the charts keep their room.
WHATIF_OPEN_WIDTH = 1300


def _amounts(money: dict[str, Decimal]) -> str:
    return ", ".join(money_text(amount, currency) for currency, amount in money.items())


class DashboardView(QWidget):
    """Funnel, managers, channels, trend, time in stage, lost reasons, forecast and what-if."""

    drill_requested = Signal(list, str)  # lead ids, a caption saying what they are
    refreshed = Signal()  # every chart is up to date

    def __init__(self, runner: TaskRunner, db: Db, actor: UserRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner, self._db, self._actor = runner, db, actor
        self.data: Dashboard | None = None
        self._generation = 0
        self._shown_generation = 0
        self._team = False
        self.open_drill = True  # list drilled leads in a DrillDialog; False when the window shows them
        self.last_drill: DrillDialog | None = None
        self._choices_loaded = False
        self._stale = True  # refreshed when first shown, not while hidden behind another page
        self._whatif_placed = False
        self.filter_bar = DashboardFilterBar(self)
        self.status = QLabel(self)
        # Money with no exchange rate is never added to a figure: it is named here instead.
        self.currency_note = QLabel(self)
        self.currency_note.setWordWrap(True)
        self.currency_note.setStyleSheet("color: #a05a00; font-weight: bold;")
        self.currency_note.setVisible(False)
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.funnel, self.managers = FunnelChart(self), ManagersChart(self)
        self.channels, self.trend = ChannelsChart(self), TrendChart(self)
        self.stage_time, self.lost = StageTimeChart(self), LostReasonsChart(self)
        self.forecast, self.whatif = ForecastChart(self), WhatIfPanel(self)
        self.steps = StepsPanel(self)
        self.desk = DeskSection(self)  # compliance, discounts, forecast accuracy (issue 17)
        self._lay_out()
        self.filter_bar.filter_changed.connect(self._on_filter_changed)
        self.refresh_button.clicked.connect(self.refresh)
        for chart in self.charts():
            chart.bar_clicked.connect(self._on_bar_clicked)
        self.steps.cell_clicked.connect(self._on_bar_clicked)
        self.desk.drill_requested.connect(self._on_drilled)
        self.reload_choices()

    def charts(self) -> list[ChartPanel]:
        """Return the chart panels."""
        return [
            self.funnel,
            self.managers,
            self.channels,
            self.trend,
            self.stage_time,
            self.lost,
            self.forecast,
        ]

    def _lay_out(self) -> None:
        grid_host = QWidget(self)
        grid = QGridLayout(grid_host)
        grid.addWidget(self.funnel, 0, 0)
        grid.addWidget(self.managers, 0, 1)
        # Right under the funnel and managers: who converts worst at which stage is the
        # question a manager opens the dashboard with; channels (cost per won) follow.
        grid.addWidget(self.steps, 1, 0, 1, 2)
        grid.addWidget(self.channels, 2, 0, 1, 2)
        grid.addWidget(self.trend, 3, 0)
        grid.addWidget(self.stage_time, 3, 1)
        grid.addWidget(self.lost, 4, 0)
        grid.addWidget(self.forecast, 4, 1)
        grid.addWidget(self.desk, 5, 0, 1, 2)
        for column in (0, 1):  # the funnel and managers charts share the width evenly
            grid.setColumnStretch(column, 1)
        for row, height in enumerate((340, 0, 300, 280, 280)):  # the step table sizes itself to its rows
            grid.setRowMinimumHeight(row, height)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_host)
        # The what-if form scrolls (a pipeline may have many steps) and its side of the
        # splitter collapses, by dragging or with the What-if button, to give the charts room.
        whatif_scroll = QScrollArea(self)
        whatif_scroll.setWidgetResizable(True)
        whatif_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        whatif_scroll.setWidget(self.whatif)
        whatif_scroll.setMinimumWidth(220)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(scroll)
        self.splitter.addWidget(whatif_scroll)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setCollapsible(0, False)
        self.splitter.setCollapsible(1, True)
        self.splitter.setSizes([1000, 300])
        self.splitter.splitterMoved.connect(self._on_splitter_moved)
        self.whatif_button = QToolButton(self)
        self.whatif_button.setText(self.tr("What-if"))
        self.whatif_button.setToolTip(self.tr("Show or hide the what-if panel"))
        self.whatif_button.setCheckable(True)
        self.whatif_button.setChecked(True)
        self.whatif_button.toggled.connect(self.show_whatif)
        self.status.setWordWrap(True)  # a long pipeline name wraps instead of widening the page
        top = QHBoxLayout()
        top.addWidget(self.filter_bar, 1)
        top.addWidget(self.refresh_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.whatif_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.currency_note)
        layout.addWidget(self.splitter, 1)

    def show_whatif(self, shown: bool) -> None:
        """Open or collapse the what-if side of the splitter."""
        sizes = self.splitter.sizes()
        total = sum(sizes)
        if shown and sizes[1] == 0:
            side = min(320, total // 3)
            self.splitter.setSizes([total - side, side])
        elif not shown and sizes[1] > 0:
            self.splitter.setSizes([total, 0])
        self.whatif_button.blockSignals(True)
        self.whatif_button.setChecked(shown)
        self.whatif_button.blockSignals(False)

    def _on_splitter_moved(self, _pos: int, _index: int) -> None:
        self.whatif_button.blockSignals(True)
        self.whatif_button.setChecked(self.splitter.sizes()[1] > 0)
        self.whatif_button.blockSignals(False)

    # -- loading -------------------------------------------------------------------------
    def reload_choices(self) -> None:
        """Re-read pipelines, users, channels and personas for the filter bar, then refresh."""
        db, actor = self._db, self._actor
        run_for(
            self,
            self._runner,
            lambda: (
                pipelines.list_pipelines(db, actor),
                users.list_users(db, actor),
                catalog.list_channels(db, actor),
                catalog.list_names(db, actor, "persona"),
            ),
            self._on_choices,
            self._show_error,
        )

    def _on_choices(self, choices: tuple[Any, Any, Any, Any]) -> None:
        self.filter_bar.set_choices(*choices)
        self._choices_loaded = True
        self.refresh_when_shown()

    def refresh_when_shown(self) -> None:
        """Refresh now if the dashboard is on screen, else the next time it is shown."""
        self._stale = True
        if self.isVisible() and self._choices_loaded:
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        """Bring stale figures up to date when the page comes into view."""
        super().showEvent(event)
        if not self._whatif_placed:
            # On a small screen (1280 or 1366 wide) the charts get the width first; the
            # What-if button opens the panel. Decided once, at the first show.
            self._whatif_placed = True
            self.show_whatif(self.width() >= WHATIF_OPEN_WIDTH)
        if self._stale and self._choices_loaded:
            self.refresh()

    def _on_filter_changed(self, _flt: ReportFilter, _team: bool) -> None:
        self.refresh()

    def refresh(self) -> None:
        """Recompute every figure for the current filter on the worker, then redraw."""
        flt, team = self.filter_bar.current_filter(), self.filter_bar.team.isChecked()
        preset = str(self.filter_bar.period.currentData())
        self._generation += 1
        generation, db, actor = self._generation, self._db, self._actor
        self._stale = False
        self.status.setText(self.tr("Updating…"))
        run_for(
            self,
            self._runner,
            lambda: dashboard(db, actor, flt, team=team, preset=preset),
            lambda data: self._on_loaded(generation, data, team),
            self._show_error,
        )
        self.desk.load(self._runner, db, actor, flt, team)

    @property
    def loading(self) -> bool:
        """Return whether a refresh is still on its way."""
        return self._shown_generation != self._generation

    def _on_loaded(self, generation: int, data: Dashboard, team: bool) -> None:
        if generation != self._generation:
            return  # a newer filter is on its way; drawing this one would only flicker
        self.apply(data, team)
        self.status.setText(self._summary(data))
        self._shown_generation = generation
        self.refreshed.emit()

    def apply(self, data: Dashboard, team: bool = False) -> None:
        """Redraw every chart and the step table in place from one dashboard computation."""
        self.data, self._team = data, team
        self.funnel.update_from(data.funnel)
        self.managers.update_from(data.managers, data.managers_previous, team)
        self.steps.update_from(data.steps)
        self.channels.update_from(data.channels)
        self.trend.update_from(data.trend, data.trend_previous, data.by)
        self.stage_time.update_from(data.stage_times)
        self.lost.update_from(data.funnel)
        self.forecast.update_from(data.forecast)
        self.whatif.update_from(data.whatif)
        note = self._currency_note(data)
        self.currency_note.setText(note)
        self.currency_note.setVisible(bool(note))

    def _currency_note(self, data: Dashboard) -> str:
        """Say which money the figures leave out for want of an exchange rate ('' when none)."""
        parts = []
        if data.unconverted_won:
            parts.append(self.tr("won {0}").format(_amounts(data.unconverted_won)))
        if data.unconverted_open:
            parts.append(self.tr("open {0}").format(_amounts(data.unconverted_open)))
        if not parts:
            return ""
        return self.tr(
            "Not in the figures (money in {0}; no exchange rate): {1}. Add rates in Settings → Currencies."
        ).format(data.currency, "; ".join(parts))

    def _summary(self, data: Dashboard) -> str:
        flt = data.filter
        span = (
            f"{flt.created_from} – {flt.created_to}"
            if flt.created_from and flt.created_to
            else self.tr("all time")
        )
        before = data.previous
        compared = (
            self.tr("; compared with {0} – {1}").format(before.created_from, before.created_to)
            if before
            else ""
        )
        return self.tr("{0}: leads created {1}{2}. {3} entered, {4} won. Money in {5}.").format(
            data.funnel.pipeline, span, compared, whole(data.funnel.entered), whole(data.funnel.won),
            data.currency,
        )

    def _show_error(self, exc: Exception) -> None:
        self._shown_generation = self._generation
        self.status.setText(error_text(exc))

    # -- drill-down ----------------------------------------------------------------------
    def _on_bar_clicked(self, payload: dict[str, Any]) -> None:
        if self.data is None:
            return
        db, actor, flt = self._db, self._actor, self.data.filter
        spec = {k: v for k, v in payload.items() if k not in ("caption", "figure")}
        caption = str(payload["caption"])
        run_for(
            self,
            self._runner,
            lambda: drill(db, actor, flt, str(payload["figure"]), **spec),
            lambda ids: self._on_drilled(list(ids), caption),
            self._show_error,
        )

    def _on_drilled(self, ids: list[int], caption: str) -> None:
        self.drill_requested.emit(ids, caption)
        if self.open_drill:
            self.last_drill = DrillDialog(self._runner, self._db, self._actor, ids, caption, self)
            self.last_drill.lead_activated.connect(self._on_lead_activated)
            self.last_drill.show()

    def _on_lead_activated(self, lead_id: int) -> None:
        from ui.editor.dialog import LeadEditorDialog

        dialog = LeadEditorDialog(self._runner, self._db, self._actor, lead_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def shutdown(self) -> None:
        """Close every plot before the application quits (pyqtgraph needs it)."""
        for chart in self.charts():
            chart.shutdown()
        self.desk.shutdown()
