"""Charts over time: the trend of created and won leads (previous period dashed) and the forecast.

Curves and bars are created once in ``__init__`` and redrawn with ``setData``/``setOpts``.
GUI thread only; the parent widget owns the panel.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QToolTip, QWidget

from funneldesk.analytics.forecast import ForecastRow
from funneldesk.analytics.periods import PeriodRow
from ui.dashboard.plotting import BLUE, GREEN, PALE, ChartPanel, nowrap, pg, set_categories
from ui.dashboard.text import money_text, rate_text, short_money, tr
from ui.numbers import whole


def period_word(by: str) -> str:
    """Return a grouping period in the window's language (literal tr calls, so lupdate sees them)."""
    words = {"day": tr("day"), "week": tr("week"), "month": tr("month"), "quarter": tr("quarter"),
             "year": tr("year")}
    return words.get(by, by)

class TrendChart(ChartPanel):
    """Created and won leads per period; the previous period's, aligned period by period, dashed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Trend: created and won leads per period"), parent)
        self.plot = self.add_plot()
        self.plot.showGrid(y=True, alpha=0.2)
        self.legend = self.plot.addLegend(offset=(10, 2), labelTextColor="#333", colCount=2)
        self.created = self.plot.plot(
            [],
            [],
            pen=pg.mkPen(BLUE, width=2),
            symbol="o",
            symbolSize=5,
            symbolBrush=BLUE,
            name=tr("created"),
        )
        self.won = self.plot.plot(
            [], [], pen=pg.mkPen(GREEN, width=2), symbol="o", symbolSize=5, symbolBrush=GREEN, name=tr("won")
        )
        dash = Qt.PenStyle.DashLine
        self.created_before = self.plot.plot(
            [], [], pen=pg.mkPen(BLUE, width=1, style=dash), name=tr("created, previous period")
        )
        self.won_before = self.plot.plot(
            [], [], pen=pg.mkPen(GREEN, width=1, style=dash), name=tr("won, previous period")
        )
        self.created_cut, self.won_cut = (
            pg.ScatterPlotItem(size=9, pen=pg.mkPen(colour, width=1.5), brush=pg.mkBrush("#ffffff"))
            for colour in (BLUE, GREEN)
        )
        for marks in (self.created_cut, self.won_cut):
            marks.setZValue(3)
            self.plot.addItem(marks)
        self.rows: tuple[PeriodRow, ...] = ()
        self.before: tuple[PeriodRow, ...] = ()

    def update_from(self, rows: tuple[PeriodRow, ...], before: tuple[PeriodRow, ...], by: str) -> None:
        """Redraw the series of this period and the previous one."""
        self.rows, self.before = rows, before
        xs = list(range(len(rows)))
        # A period the range cuts short (this year's December on the 6th) gets a hollow point.
        # Drawn over the curve's own point by a marker set of its own: per-point symbols on
        # the curve itself made every repaint of the chart slower.
        cut = [x for x, r in zip(xs, rows, strict=True) if r.partial]
        for curve, marks, values in (
            (self.created, self.created_cut, [r.created for r in rows]),
            (self.won, self.won_cut, [r.won for r in rows]),
        ):
            curve.setData(xs, values)
            marks.setData(cut, [values[x] for x in cut])
        self.created_before.setData(list(range(len(before))), [r.created for r in before])
        self.won_before.setData(list(range(len(before))), [r.won for r in before])
        set_categories(self.plot, "bottom", [r.period for r in rows], step=-(-len(rows) // 7))
        self.plot.setXRange(-0.5, max(len(rows), len(before), 1) - 0.5, padding=0.02)
        top = max([r.created for r in (*rows, *before)], default=0) or 1
        self.plot.setYRange(0, top * 1.4, padding=0)
        note = tr("Grouped by {0}; hover a period for its figures.").format(period_word(by))
        if any(r.partial for r in rows):
            note += " " + tr("Hollow points: periods only partly in the range.")
        self.show_note(note)

    def _on_mouse_moved(self, scene_pos: QPointF) -> None:
        if not self.rows or not self.plot.vb.sceneBoundingRect().contains(scene_pos):
            QToolTip.hideText()
            return
        index = round(self.plot.vb.mapSceneToView(scene_pos).x())
        if 0 <= index < len(self.rows):
            QToolTip.showText(QCursor.pos(), nowrap(self.tip(index)), self.canvas)

    def tip(self, index: int) -> str:
        """Return the tooltip of one period: its figures and the previous period's."""
        row = self.rows[index]
        lines = [
            f"<b>{row.period}</b>",
            tr("Created {0}, won {1}, lost {2}").format(whole(row.created), whole(row.won), whole(row.lost)),
            tr("Won value: {0}").format(money_text(row.won_value)),
            tr("Conversion of this cohort: {0}").format(rate_text(row.conversion)),
        ]
        if row.partial:
            lines.append(tr("Only {0} of its {1} days are in the range.").format(row.days_in_range, row.days))
        if index < len(self.before):
            old = self.before[index]
            lines.append(
                tr("Previous period ({0}): created {1}, won {2}").format(
                    old.period, whole(old.created), whole(old.won)
                )
            )
        return "<br>".join(lines)

    def shutdown(self) -> None:
        """Drop the legend and curves before the canvas goes."""
        self.legend.clear()
        self.plot.clear()
        super().shutdown()


class ForecastChart(ChartPanel):
    """Open leads' value by expected-close month, the probability-weighted value in front."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Forecast by expected-close month (value pale, weighted solid)"), parent)
        self.plot = self.add_plot()
        self.plot.showGrid(y=True, alpha=0.2)
        self.value = self.add_bars(self.plot, z=-1)
        self.weighted = self.add_bars(self.plot, z=1)

    def update_from(self, rows: tuple[ForecastRow, ...]) -> None:
        """Redraw the forecast by month."""
        n = len(rows)
        tips = [
            tr("<b>{0}</b>: {1} open leads<br>value {2}<br>weighted value {3}").format(
                r.month if r.month != "unscheduled" else tr("unscheduled"),
                r.leads,
                money_text(r.value),
                money_text(r.weighted_value),
            )
            for r in rows
        ]
        xs = [i - 0.4 for i in range(n)]
        self.value.set_bars(xs, [0] * n, [0.8] * n, [float(r.value) for r in rows], [PALE] * n, tips)
        self.weighted.set_bars(
            [x + 0.15 for x in xs],
            [0] * n,
            [0.5] * n,
            [float(r.weighted_value) for r in rows],
            [BLUE] * n,
            tips,
        )
        names = [r.month if r.month != "unscheduled" else tr("none") for r in rows]
        set_categories(self.plot, "bottom", names, step=-(-n // 7))
        self.plot.setXRange(-0.5, max(n, 1) - 0.5, padding=0.02)
        top = max((float(r.value) for r in rows), default=0) or 1
        self.plot.setYRange(0, top * 1.1, padding=0)
        total = sum((r.weighted_value for r in rows), start=rows[0].weighted_value * 0) if rows else None
        self.show_note(
            tr("Weighted pipeline: {0}").format(short_money(total)) if rows else tr("No open leads.")
        )
