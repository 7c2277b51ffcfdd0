"""Per-stage charts: the funnel, lost reasons per stage, time in stage.

Each chart creates its plot items in ``__init__`` and redraws them in ``update_from``;
figures come from ``funneldesk.analytics`` records unchanged. GUI thread only; the
parent widget owns the panel.
"""

from __future__ import annotations

import html
from collections import Counter

from PySide6.QtWidgets import QWidget

from funneldesk.analytics.funnel import Funnel, FunnelStage
from funneldesk.analytics.timing import StageTime
from ui.dashboard.plotting import BLUE, ORANGE, PALE, PALETTE, ChartPanel, LabelPool, set_categories
from ui.dashboard.text import days_text, pct, rate_text, rate_tip, shown_name, tr
from ui.numbers import whole


def weakest_step(stages: tuple[FunnelStage, ...]) -> int | None:
    """Return the index of the stage with the lowest conversion from the previous one."""
    steps = [
        (s.conversion_from_previous.value, i)
        for i, s in enumerate(stages)
        if i and s.conversion_from_previous is not None and s.conversion_from_previous.value is not None
    ]
    return min(steps)[1] if steps else None



def legend_name(name: str) -> str:
    """Return a reason's name for the HTML legend, escaped, its hyphens unbreakable ("in-house")."""
    return html.escape(shown_name(name)).replace("-", "\u2011")

class FunnelChart(ChartPanel):
    """Bars narrowing by stage, labelled with counts and conversion; the weakest step in orange."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Funnel"), parent)
        self.plot = self.add_plot()
        self.plot.invertY(True)
        self.plot.hideAxis("bottom")
        self.bars = self.add_bars(self.plot)
        self.labels = LabelPool(self.plot)

    def update_from(self, funnel: Funnel) -> None:
        """Redraw the funnel of a report."""
        stages, weakest = funnel.stages, weakest_step(funnel.stages)
        top = max((s.reached for s in stages), default=0) or 1
        self.bars.set_bars(
            [-s.reached / 2 for s in stages],
            [i - 0.4 for i in range(len(stages))],
            [s.reached for s in stages],
            [0.8] * len(stages),
            [ORANGE if i == weakest else BLUE for i in range(len(stages))],
            [self._tip(s, i == weakest) for i, s in enumerate(stages)],
            [
                {
                    "figure": "reached",
                    "stage": s.stage_id,
                    "caption": tr("Leads that reached “{0}”").format(s.stage),
                }
                for s in stages
            ],
        )
        self.labels.show([(top * 0.52, i, self._label(s)) for i, s in enumerate(stages)])
        set_categories(self.plot, "left", [s.stage for s in stages])
        # Room right of the widest bar for its label ("846 · 55 % (n=1,542)"), whatever the width.
        self.labels.fit_x(-top / 2 * 1.02, top * 0.55)
        self.plot.setYRange(-0.5, max(len(stages), 1) - 0.5, padding=0.02)
        self.show_note(
            tr("Weakest step: “{0}” at {1}").format(
                stages[weakest].stage, rate_text(stages[weakest].conversion_from_previous)
            )
            if weakest is not None
            else ""
        )

    @staticmethod
    def _label(stage: FunnelStage) -> str:
        if stage.conversion_from_previous is None:
            return whole(stage.reached)
        return f"{whole(stage.reached)} · {rate_text(stage.conversion_from_previous)}"

    @staticmethod
    def _tip(stage: FunnelStage, weakest: bool) -> str:
        lines = [
            f"<b>{stage.stage}</b>" + (" — " + tr("weakest step") if weakest else ""),
            tr("Reached: {0}; in this stage now: {1}").format(whole(stage.reached), whole(stage.current)),
            tr("From the previous stage: {0}").format(rate_tip(stage.conversion_from_previous)),
            tr("From the top: {0}").format(rate_tip(stage.conversion_from_top)),
            tr("Dropped off after it: {0}; lost here: {1}").format(
                whole(stage.drop_off), whole(stage.lost_here)
            ),
            tr("Click to list these leads"),
        ]
        return "<br>".join(lines)


class LostReasonsChart(ChartPanel):
    """Leads lost at each stage, stacked by reason."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Lost reasons per stage"), parent)
        self.plot = self.add_plot()
        self.plot.invertY(True)
        self.bars = self.add_bars(self.plot)

    def update_from(self, funnel: Funnel) -> None:
        """Redraw the lost reasons of a funnel's stages."""
        stages = [s for s in funnel.stages if s.kind == "open"]
        totals: Counter[str] = Counter()
        for stage in stages:
            totals.update(dict(stage.lost_reasons))
        order = {name: i for i, (name, _n) in enumerate(totals.most_common())}
        x0: list[float] = []
        y0: list[float] = []
        widths: list[float] = []
        brushes: list[str] = []
        tips: list[str] = []
        payloads: list[object] = []
        for row, stage in enumerate(stages):
            left = 0
            for name, n in sorted(stage.lost_reasons, key=lambda item: order[item[0]]):
                x0.append(left)
                y0.append(row - 0.4)
                widths.append(n)
                brushes.append(PALETTE[order[name] % len(PALETTE)])
                tips.append(
                    tr("<b>{0}</b> — {1}: {2} of {3} lost here ({4})").format(
                        stage.stage, name, whole(n), whole(stage.lost_here), pct(n / stage.lost_here)
                    )
                )
                payloads.append(
                    {
                        "figure": "lost_reason",
                        "stage": stage.stage_id,
                        "reason": name,
                        "caption": tr("Lost at “{0}”: {1}").format(stage.stage, name),
                    }
                )
                left += n
        self.bars.set_bars(x0, y0, widths, [0.8] * len(x0), brushes, tips, payloads)
        set_categories(self.plot, "left", [s.stage for s in stages])
        self.plot.setYRange(-0.5, max(len(stages), 1) - 0.5, padding=0.02)
        self.plot.setXRange(0, max((s.lost_here for s in stages), default=0) or 1, padding=0.02)
        # Each legend entry stays on one line: the colour box never ends a line without its name.
        self.show_note(
            "  ".join(
                f"<span style='white-space:nowrap'><span style='color:{PALETTE[i % len(PALETTE)]}'>■</span>"
                f" {legend_name(name)}</span>"
                for name, i in order.items()
            )
        )


class StageTimeChart(ChartPanel):
    """Median days in each stage, the 75th percentile ghosted behind."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Time in stage (days: median, 75th percentile behind)"), parent)
        self.plot = self.add_plot()
        self.plot.invertY(True)
        self.p75 = self.add_bars(self.plot, z=-1)
        self.median = self.add_bars(self.plot, z=1)

    def update_from(self, times: tuple[StageTime, ...]) -> None:
        """Redraw the per-stage time-in-stage figures."""
        rows = [t for t in times if t.owner_id is None]
        tips = [
            tr("<b>{0}</b>: median {1}, 75th percentile {2} (n={3} stays)").format(
                t.stage, days_text(t.median_days), days_text(t.p75_days), whole(t.n)
            )
            for t in rows
        ]
        ys = [i - 0.4 for i in range(len(rows))]
        self.p75.set_bars(
            [0] * len(rows), ys, [t.p75_days or 0 for t in rows], [0.8] * len(rows), [PALE] * len(rows), tips
        )
        self.median.set_bars(
            [0] * len(rows),
            [y + 0.15 for y in ys],
            [t.median_days or 0 for t in rows],
            [0.5] * len(rows),
            [BLUE] * len(rows),
            tips,
        )
        set_categories(self.plot, "left", [t.stage for t in rows])
        self.plot.setYRange(-0.5, max(len(rows), 1) - 0.5, padding=0.02)
        self.plot.setXRange(0, max((t.p75_days or 0 for t in rows), default=0) or 1, padding=0.02)
