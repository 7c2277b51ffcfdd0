"""The manager's desk on the dashboard: process compliance, discounts, forecast accuracy.

``DeskSection.load(runner, db, actor, flt, team)`` reads all three on the database
worker (``analytics.compliance``, ``analytics.discounts``, ``analytics.accuracy``) and
redraws. A click on a compliance count asks the worker for exactly the leads behind it
(``compliance.leads_behind``) and emits ``drill_requested(ids, caption)``. GUI thread only.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from funneldesk.analytics import accuracy as ac
from funneldesk.analytics import compliance as cp
from funneldesk.analytics import discounts as dc
from funneldesk.analytics.scope import ReportFilter
from funneldesk.domain.records import UserRecord
from ui.dashboard.plotting import BLUE, ORANGE, PALE, RED, ChartPanel, set_categories
from ui.dashboard.text import days_text, money_text, pct, rate_text, short_money, shown_name, tr
from ui.models_util import Db, error_text, run_for
from ui.numbers import whole
from ui.tasks import TaskRunner


@dataclass(frozen=True, slots=True)
class DeskData:
    """The three readings the section draws, and the filter they were made for."""

    filter: ReportFilter
    team: bool
    compliance: list[cp.ComplianceRow]
    discounts: list[dc.DiscountRow]
    everyone: dc.DiscountRow
    threshold: Decimal
    accuracy: ac.Accuracy


def read_desk(db: Db, actor: UserRecord, flt: ReportFilter, team: bool) -> DeskData:
    """Compute compliance, discounts and accuracy for the filter (on the worker)."""
    rows, everyone, threshold = dc.discounts(db, actor, flt, team=team)
    return DeskData(
        flt,
        team,
        cp.compliance(db, actor, flt, team=team),
        rows,
        everyone,
        threshold,
        ac.accuracy(db, actor, flt),
    )


def measure_names() -> dict[str, str]:
    """Return the column titles of the compliance table."""
    return {
        "overrides": tr("Gate overrides"),
        "skipped_stages": tr("Stages skipped"),
        "imported_past_gate": tr("Imported past the gate"),
        "refused_moves": tr("Refused moves"),
        "missing_data": tr("Stage data missing"),
        "overdue_activities": tr("Overdue activities"),
        "no_next_action": tr("No next action"),
    }


def two_lines(text: str) -> str:
    """Break a header of several words at the space nearest its middle."""
    spaces = [i for i, c in enumerate(text) if c == " "]
    if len(text) < 12 or not spaces:
        return text
    cut = min(spaces, key=lambda i: abs(i - len(text) / 2))
    return text[:cut] + "\n" + text[cut + 1:]


class ComplianceTable(QTableWidget):
    """Per owner (or team): each compliance count; a click on a count opens its leads."""

    count_clicked = Signal(object, str, str)  # owner ids, measure, caption

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAccessibleName(tr("Process compliance"))
        self.rows: list[cp.ComplianceRow] = []
        self.cellClicked.connect(self._on_clicked)

    def update_from(self, rows: list[cp.ComplianceRow]) -> None:
        """Show one row per owner, the counts as links to their leads."""
        names = measure_names()
        self.rows = rows
        self.clear()
        headers = [tr("Owner"), tr("Leads"), *names.values(), tr("Median days to first contact")]
        self.setColumnCount(len(headers))
        # Two-line headers: on one line the last columns ran past a 1280-pixel window.
        self.setHorizontalHeaderLabels([two_lines(h) for h in headers])
        self.setRowCount(len(rows))
        for r, row in enumerate(rows):
            values = [shown_name(row.owner), whole(row.leads), *(whole(getattr(row, m)) for m in names)]
            values.append(days_text(row.median_first_contact_days))
            for c, text in enumerate(values):
                item = QTableWidgetItem(text)
                if 2 <= c < 2 + len(names):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                    if text != "0":
                        item.setToolTip(tr("Click to list these leads"))
                        item.setForeground(Qt.GlobalColor.blue)
                self.setItem(r, c, item)
        self.resizeColumnsToContents()
        self.setMinimumHeight(min(76 + 26 * len(rows), 336))  # room for the two-line header

    def _on_clicked(self, r: int, c: int) -> None:
        measures = list(measure_names())
        if not 2 <= c < 2 + len(measures) or r >= len(self.rows):
            return
        row, measure = self.rows[r], measures[c - 2]
        if getattr(row, measure) == 0:
            return
        caption = f"{measure_names()[measure]}: {shown_name(row.owner)}"
        self.count_clicked.emit(row.owner_id, measure, caption)


class DiscountsChart(ChartPanel):
    """Average discount of discounted deals and the share above the threshold, per owner."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            tr("Discounts by owner (average discount solid, share of deals above the threshold pale)"), parent
        )
        self.plot = self.add_plot()
        # Owners down the left, as in "Conversion by manager": names side by side under
        # vertical bars overlapped at a laptop's width.
        self.plot.invertY(True)
        self.plot.showGrid(x=True, alpha=0.2)
        self.share = self.add_bars(self.plot, z=-1)
        self.average = self.add_bars(self.plot, z=1)

    def update_from(self, rows: list[dc.DiscountRow], everyone: dc.DiscountRow, threshold: Decimal) -> None:
        """Redraw the discount bars; the owner furthest above the team in red."""
        n = len(rows)
        tips = [
            tr("<b>{0}</b>: {1} of {2} deals discounted, {3} above {4} %<br>average {5}, largest {6}"
               "<br>win rate discounted {7}, full price {8}"
               "<br>average won value discounted {9}, full price {10}")
            .format(shown_name(r.owner), whole(r.discounted), whole(r.deals), whole(r.above_threshold),
                    threshold, pct(r.avg_discount),
                    pct(r.max_discount), rate_text(r.discounted_win_rate), rate_text(r.full_price_win_rate),
                    money_text(r.discounted_avg_won_value), money_text(r.full_price_avg_won_value))
            for r in rows
        ]  # fmt: skip
        ys = [i - 0.4 for i in range(n)]
        shares = [100 * r.above_threshold / r.deals if r.deals else 0 for r in rows]
        self.share.set_bars([0] * n, ys, shares, [0.8] * n, [PALE] * n, tips)
        colours = [RED if r.furthest_above_team else BLUE for r in rows]
        averages = [100 * (r.avg_discount or 0) for r in rows]
        self.average.set_bars([0] * n, [y + 0.2 for y in ys], averages, [0.4] * n, colours, tips)
        set_categories(self.plot, "left", [shown_name(r.owner) for r in rows])
        self.plot.setYRange(-0.5, max(n, 1) - 0.5, padding=0.02)
        self.plot.setXRange(0, max([*shares, *averages, 1]) * 1.1, padding=0)
        flagged = next((shown_name(r.owner) for r in rows if r.furthest_above_team), None)
        note = tr("Team: {0} of {1} deals discounted, average {2}.").format(
            whole(everyone.discounted), whole(everyone.deals), pct(everyone.avg_discount)
        )
        if flagged:
            note += " " + tr("Furthest above the team: {0}.").format(flagged)
        self.show_note(note if n else tr("No deals with a value."))


class AccuracyChart(ChartPanel):
    """Each past month: the forecast made at its start beside what was won."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Forecast accuracy (won pale, forecast at the month's start solid)"), parent)
        self.plot = self.add_plot()
        self.plot.showGrid(y=True, alpha=0.2)
        self.plot.getAxis("left").setWidth(64)  # room for amounts such as 350000
        self.actual = self.add_bars(self.plot, z=-1)
        self.forecast = self.add_bars(self.plot, z=1)

    def update_from(self, result: ac.Accuracy) -> None:
        """Redraw the months."""
        rows = result.rows[-24:]
        n = len(rows)
        tips = [
            tr("<b>{0}</b><br>forecast {1}<br>won {2}<br>error {3}").format(
                r.month, money_text(r.forecast_weighted), money_text(r.actual_won_value), money_text(r.error)
            )
            for r in rows
        ]
        xs = [i - 0.4 for i in range(n)]
        self.actual.set_bars(
            xs, [0] * n, [0.8] * n, [float(r.actual_won_value) for r in rows], [PALE] * n, tips
        )
        self.forecast.set_bars(
            [x + 0.2 for x in xs],
            [0] * n,
            [0.4] * n,
            [float(r.forecast_weighted) for r in rows],
            [ORANGE] * n,
            tips,
        )
        set_categories(self.plot, "bottom", [r.month for r in rows], step=-(-n // 8) if n else 1)
        self.plot.setXRange(-0.5, max(n, 1) - 0.5, padding=0.02)
        top = max(
            [float(r.actual_won_value) for r in rows] + [float(r.forecast_weighted) for r in rows] + [1]
        )
        self.plot.setYRange(0, top * 1.1, padding=0)
        if not n:
            self.show_note(tr("No past months yet."))
            return
        won = sum((r.actual_won_value for r in rows), Decimal(0))
        self.show_note(
            tr("Mean absolute percentage error: {0}; won over these months: {1}.").format(
                pct(result.mape), short_money(won)
            )
        )


class DeskSection(QWidget):
    """Compliance table, discounts chart and accuracy chart for the dashboard's filter."""

    drill_requested = Signal(list, str)
    refreshed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data: DeskData | None = None
        self._context: tuple[TaskRunner, Db, UserRecord] | None = None
        self._generation = 0
        self.title = QLabel(f"<b>{tr('Process compliance')}</b>", self)
        self.status = QLabel(self)
        self.table = ComplianceTable(self)
        self.discounts = DiscountsChart(self)
        self.accuracy = AccuracyChart(self)
        grid = QGridLayout()
        grid.addWidget(self.discounts, 0, 0)
        grid.addWidget(self.accuracy, 0, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.table)
        layout.addWidget(self.status)
        layout.addLayout(grid)
        self.setMinimumHeight(600)
        self.table.count_clicked.connect(self._on_count_clicked)

    def charts(self) -> list[ChartPanel]:
        """Return the section's chart panels."""
        return [self.discounts, self.accuracy]

    def load(self, runner: TaskRunner, db: Db, actor: UserRecord, flt: ReportFilter, team: bool) -> None:
        """Read the three figures for the filter on the worker, then redraw."""
        self._context = (runner, db, actor)
        self._generation += 1
        generation = self._generation
        run_for(
            self,
            runner,
            lambda: read_desk(db, actor, flt, team),
            lambda data: self._on_loaded(generation, data),
            self._show_error,
        )

    def _on_loaded(self, generation: int, data: DeskData) -> None:
        if generation == self._generation:
            self.apply(data)

    def apply(self, data: DeskData) -> None:
        """Redraw the table and both charts from one reading."""
        self.data = data
        self.status.setText("")
        self.table.update_from(data.compliance)
        self.discounts.update_from(data.discounts, data.everyone, data.threshold)
        self.accuracy.update_from(data.accuracy)
        self.refreshed.emit()

    def _on_count_clicked(self, owner_id: Any, measure: str, caption: str) -> None:
        if self.data is None or self._context is None:
            return
        runner, db, actor = self._context
        flt, team = self.data.filter, self.data.team
        run_for(
            self,
            runner,
            lambda: cp.leads_behind(db, actor, flt, measure, [owner_id], team=team),
            lambda ids: self.drill_requested.emit(list(ids), caption),
            self._show_error,
        )

    def _show_error(self, exc: Exception) -> None:
        self.status.setText(error_text(exc))

    def shutdown(self) -> None:
        """Close both plots before the application quits."""
        for chart in self.charts():
            chart.shutdown()
