"""Per-group charts: conversion by manager (previous period ghosted) and the channels' figures.

Plot items are created once in ``__init__`` and redrawn in ``update_from``. GUI thread
only; the parent widget owns the panel.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import QComboBox, QWidget

from funneldesk.analytics.tables import GroupRow
from ui.dashboard.plotting import (
    BLUE,
    GREEN,
    GREY,
    ORANGE,
    PALE,
    RED,
    BarSet,
    ChartPanel,
    LabelPool,
    np,
    pg,
    set_categories,
)
from ui.dashboard.text import money_text, pct, rate_text, rate_tip, short_money, shown_name, tr
from ui.numbers import decimal, whole

SORTS: dict[str, Callable[[GroupRow], Any]] = {
    "conversion": lambda r: -(r.conversion.value or 0),
    "leads": lambda r: -r.leads,
    "won": lambda r: -r.won,
    "name": lambda r: r.name.casefold(),
}


class ManagersChart(ChartPanel):
    """Conversion (won / leads) per manager with its 95 % interval; the previous period pale behind."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Conversion by manager"), parent)
        self.sort = QComboBox(self)
        for text, key in (
            (tr("Sort: conversion"), "conversion"),
            (tr("Sort: leads"), "leads"),
            (tr("Sort: won"), "won"),
            (tr("Sort: name"), "name"),
        ):
            self.sort.addItem(text, key)
        self.head.insertWidget(1, self.sort)
        self.sort.currentIndexChanged.connect(self._on_sort_changed)
        self.plot = self.add_plot()
        self.plot.invertY(True)
        self.previous = self.add_bars(self.plot, z=-1)
        self.bars = self.add_bars(self.plot, z=1)
        empty = np.zeros(0)
        self.interval = pg.ErrorBarItem(
            x=empty, y=empty, left=empty, right=empty, beam=0.15, pen=pg.mkPen("#333")
        )
        self.interval.setZValue(2)
        self.plot.addItem(self.interval)
        self.labels = LabelPool(self.plot)
        self._rows: tuple[GroupRow, ...] = ()
        self._before: dict[int | None, GroupRow] = {}
        self._team = False

    def update_from(self, rows: tuple[GroupRow, ...], previous: tuple[GroupRow, ...], team: bool) -> None:
        """Redraw for a manager table and the previous period's."""
        self._rows, self._before, self._team = rows, {r.key: r for r in previous}, team
        self._draw()

    def ordered(self) -> list[GroupRow]:
        """Return the rows in the chosen sort order (top of the chart first)."""
        return sorted(self._rows, key=SORTS[str(self.sort.currentData())])

    def _on_sort_changed(self, _index: int) -> None:
        self._draw()

    def _draw(self) -> None:
        rows = self.ordered()
        values = [(r.conversion.value or 0) * 100 for r in rows]
        ys = list(range(len(rows)))
        tips = [self._tip(r) for r in rows]
        self.bars.set_bars(
            [0] * len(rows),
            [y - 0.3 for y in ys],
            values,
            [0.6] * len(rows),
            [BLUE] * len(rows),
            tips,
            [self._payload(r) for r in rows],
        )
        old = [self._before.get(r.key) for r in rows]
        self.previous.set_bars(
            [0] * len(rows),
            [y - 0.42 for y in ys],
            [(p.conversion.value or 0) * 100 if p else 0 for p in old],
            [0.84] * len(rows),
            [GREY] * len(rows),
            tips,
        )
        low = [(r.conversion.ci_low or 0) * 100 for r in rows]
        high = [(r.conversion.ci_high or 0) * 100 for r in rows]
        centre = np.array(values, dtype=float)
        self.interval.setData(
            x=centre,
            y=np.array(ys, dtype=float),
            left=centre - np.array(low, dtype=float),
            right=np.array(high, dtype=float) - centre,
            beam=0.15,
        )
        right = (
            max([*high, *((b.conversion.value or 0) * 100 for b in self._before.values())], default=0) or 1
        )
        self.labels.show(
            [
                (max(h, v, self._previous_pct(r)) + right * 0.02, y, rate_text(r.conversion))
                for r, v, h, y in zip(rows, values, high, ys, strict=True)
            ]
        )
        set_categories(self.plot, "left", [shown_name(r.name) for r in rows])
        self.plot.setYRange(-0.5, max(len(rows), 1) - 0.5, padding=0.02)
        self.labels.fit_x(0, right * 1.05)
        self.show_note(tr("Bars: conversion %, line: 95 % interval, grey: previous period."))

    def _previous_pct(self, row: GroupRow) -> float:
        before = self._before.get(row.key)
        return (before.conversion.value or 0) * 100 if before else 0.0

    def _payload(self, row: GroupRow) -> dict[str, object] | None:
        if row.key is None:
            return None
        caption = tr("Leads of {0} and their team") if self._team else tr("Leads of {0}")
        caption = caption.format(shown_name(row.name))
        return {"figure": "leads", "owner": row.key, "team": self._team, "caption": caption}

    def _tip(self, row: GroupRow) -> str:
        before = self._before.get(row.key)
        lines = [
            f"<b>{shown_name(row.name)}</b>",
            tr("Conversion: {0}").format(rate_tip(row.conversion)),
            tr("Win rate: {0}").format(rate_tip(row.win_rate)),
            tr("Leads {0}, open {1}, won {2}, lost {3}").format(
                whole(row.leads), whole(row.open), whole(row.won), whole(row.lost)
            ),
            tr("Won value: {0}").format(money_text(row.won_value)),
            tr("Previous period: {0}").format(rate_text(before.conversion) if before else "—"),
        ]
        return "<br>".join(lines)


class ChannelsChart(ChartPanel):
    """Per channel side by side: leads, conversion, cost per lead and per won deal, ROI."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Channels: leads, conversion, cost per lead / per won deal, ROI"), parent)
        self.plots = [self.add_plot(0, col) for col in range(4)]
        for plot, title in zip(
            self.plots,
            (tr("Leads"), tr("Conversion %"), tr("Cost per lead / per won"), tr("ROI ×")),
            strict=True,
        ):
            plot.setTitle(title, size="9pt", color="#333")
            plot.invertY(True)
        for plot in self.plots[1:]:
            plot.setYLink(self.plots[0])
            plot.getAxis("left").setStyle(showValues=False)
        self.leads, self.conversion = self.add_bars(self.plots[0]), self.add_bars(self.plots[1])
        self.per_won, self.per_lead = self.add_bars(self.plots[2], z=-1), self.add_bars(self.plots[2], z=1)
        self.roi = self.add_bars(self.plots[3])
        self.labels = [LabelPool(plot, size=8) for plot in self.plots]
        self.rows: list[GroupRow] = []

    def update_from(self, rows: tuple[GroupRow, ...]) -> None:
        """Redraw for a channel table (largest channel on top)."""
        self.rows = sorted(rows, key=lambda r: -r.leads)
        n, ys = len(self.rows), [i - 0.35 for i in range(len(self.rows))]
        tips = [self._tip(r) for r in self.rows]
        payloads = [
            {"figure": "leads", "channel": r.key, "caption": tr("Leads from {0}").format(shown_name(r.name))}
            if r.key is not None
            else None
            for r in self.rows
        ]
        self._bars(self.leads, ys, [r.leads for r in self.rows], BLUE, tips, payloads)
        self._bars(
            self.conversion, ys, [(r.conversion.value or 0) * 100 for r in self.rows], BLUE, tips, payloads
        )
        self._bars(self.per_won, ys, [float(r.cost_per_won or 0) for r in self.rows], PALE, tips, payloads)
        self._bars(
            self.per_lead,
            [y + 0.2 for y in ys],
            [float(r.cost_per_lead or 0) for r in self.rows],
            ORANGE,
            tips,
            payloads,
            0.3,
        )
        roi = [r.roi or 0 for r in self.rows]
        self.roi.set_bars(
            [0] * n, ys, roi, [0.7] * n, [GREEN if v >= 0 else RED for v in roi], tips, payloads
        )
        self._label(n)
        set_categories(self.plots[0], "left", [shown_name(r.name) for r in self.rows])
        self.plots[0].setYRange(-0.5, max(n, 1) - 0.5, padding=0.02)
        self.show_note(
            tr("Cost: orange per lead, pale per won deal (labels: per lead / per won). Hover for figures.")
        )

    @staticmethod
    def _bars(
        bars: BarSet,
        ys: Sequence[float],
        values: Sequence[float],
        brush: str,
        tips: list[str],
        payloads: Sequence[object],
        height: float = 0.7,
    ) -> None:
        bars.set_bars([0] * len(ys), ys, values, [height] * len(ys), [brush] * len(ys), tips, payloads)

    def _label(self, n: int) -> None:
        texts: tuple[list[str], ...] = (
            [whole(r.leads) for r in self.rows],
            [rate_text(r.conversion) for r in self.rows],
            [f"{short_money(r.cost_per_lead)} / {short_money(r.cost_per_won)}" for r in self.rows],
            ["—" if r.roi is None else f"{decimal(r.roi, 1)}×" for r in self.rows],
        )
        values: tuple[list[float], ...] = (
            [float(r.leads) for r in self.rows],
            [(r.conversion.value or 0) * 100 for r in self.rows],
            [float(r.cost_per_won or 0) for r in self.rows],
            [max(r.roi or 0, 0) for r in self.rows],
        )
        for pool, plot, text, vals in zip(self.labels, self.plots, texts, values, strict=True):
            top = max(vals, default=0) or 1
            pool.show([(v + top * 0.02, i, t) for i, (v, t) in enumerate(zip(vals, text, strict=True))])
            low = min(0.0, *(r.roi or 0 for r in self.rows)) if plot is self.plots[3] and self.rows else 0
            pool.fit_x(low, top * 1.05)

    @staticmethod
    def _tip(row: GroupRow) -> str:
        lines = [
            f"<b>{shown_name(row.name)}</b>",
            tr("Leads {0}, won {1}, lost {2}").format(whole(row.leads), whole(row.won), whole(row.lost)),
            tr("Conversion: {0}").format(rate_tip(row.conversion)),
            tr("Win rate: {0}").format(rate_tip(row.win_rate)),
            tr("Spend: {0}; won value: {1}").format(money_text(row.spend), money_text(row.won_value)),
            tr("Cost per lead: {0}; per won deal: {1}").format(
                money_text(row.cost_per_lead), money_text(row.cost_per_won)
            ),
            tr("ROI: {0}").format(pct(row.roi)),
        ]
        return "<br>".join(lines)
