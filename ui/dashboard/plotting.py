"""Chart plumbing: pyqtgraph set up for PySide6, a titled chart panel, hit-testable bar sets.

``ChartPanel`` owns one ``GraphicsLayoutWidget`` with its plots; every plot item is
created once and later updated with ``setOpts``/``setData``. ``BarSet`` remembers its
rectangles so hovering shows the exact figures and a click reports what the bar holds.
``shutdown()`` clears the scene before the application quits (pyqtgraph 0.14 with
PySide6 6.12 aborted at exit with bar items and legends still alive). GUI thread only.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QCursor, QFont, QFontMetricsF
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

# PySide6 is imported above and named here, so pyqtgraph binds to it (STYLE.md); keep this order.
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
# isort: split
import numpy as np
import pyqtgraph as pg

from ui.numbers import whole

__all__ = ["BarSet", "ChartPanel", "LabelPool", "np", "pg"]

LABEL_MARGIN_PX = 14  # a text item's own padding plus a little air before the plot edge
BLUE, PALE, ORANGE, GREY, RED, GREEN = "#3b78c2", "#b9cfe9", "#e07b24", "#c8c8c8", "#c0392b", "#2e8b57"
PALETTE = (
    "#3b78c2",
    "#e07b24",
    "#2e8b57",
    "#c0392b",
    "#8e5db6",
    "#8c6d31",
    "#d45c9e",
    "#6b6b6b",
    "#17becf",
    "#bcbd22",
)


@dataclass(slots=True)
class BarSet:
    """One BarGraphItem plus, per bar, its rectangle, tooltip and drill payload."""

    item: pg.BarGraphItem
    plot: pg.PlotItem
    rects: list[QRectF] = field(default_factory=list)
    tips: list[str] = field(default_factory=list)
    payloads: list[Any] = field(default_factory=list)

    def set_bars(
        self,
        x0: Sequence[float],
        y0: Sequence[float],
        widths: Sequence[float],
        heights: Sequence[float],
        brushes: Sequence[str],
        tips: Sequence[str],
        payloads: Sequence[Any] | None = None,
    ) -> None:
        """Redraw the bars in place and remember what each one means."""
        arrays = [np.asarray(v, dtype=float) for v in (x0, y0, widths, heights)]
        self.item.setOpts(
            x0=arrays[0],
            y0=arrays[1],
            width=arrays[2],
            height=arrays[3],
            brushes=[pg.mkBrush(b) for b in brushes],
            # one shared pen: a pens list crashes pyqtgraph 0.14 when there are no bars
            pen=pg.mkPen(None),
            pens=None,
        )
        self.rects = [
            QRectF(x, y, w, h).normalized() for x, y, w, h in zip(x0, y0, widths, heights, strict=True)
        ]
        self.tips = list(tips)
        self.payloads = list(payloads) if payloads is not None else [None] * len(self.rects)

    def hit(self, point: QPointF) -> int | None:
        """Return the index of the bar under a point in view coordinates."""
        return next((i for i, rect in enumerate(self.rects) if rect.contains(point)), None)


class LabelPool:
    """Text labels on one plot, created only when more are needed than ever before, hidden when unused."""

    def __init__(self, plot: pg.PlotItem, anchor: tuple[float, float] = (0, 0.5), size: int = 9) -> None:
        self.plot, self.anchor, self.size = plot, anchor, size
        self.items: list[pg.TextItem] = []
        self.font = QFont()
        self.font.setPointSize(size)
        self._span: tuple[float, float] | None = None
        plot.vb.sigResized.connect(self._refit)

    def fit_x(self, low: float, right: float) -> None:
        """Show x from low to at least right, widened until every label fits at this plot's width."""
        self._span = (low, right)
        self._refit()

    def _refit(self, *_args: object) -> None:
        if self._span is None:
            return
        low, right = self._span
        pixels = self.plot.vb.width()
        metrics = QFontMetricsF(self.font)
        end = right
        for item in self.items:
            if not item.isVisible():
                continue
            # A label is drawn in pixels from a data x: solve x + share * (end - low) <= end.
            width = metrics.horizontalAdvance(item.toPlainText()) + LABEL_MARGIN_PX
            share = min(width / max(pixels, 1), 0.8)
            end = max(end, (item.pos().x() - share * low) / (1 - share))
        self.plot.setXRange(low, end, padding=0)

    def show(self, placed: Sequence[tuple[float, float, str]]) -> None:
        """Show text at (x, y) view positions; hide the labels left over."""
        while len(self.items) < len(placed):
            item = pg.TextItem(color="#222", anchor=self.anchor)
            item.setFont(self.font)
            self.plot.addItem(item, ignoreBounds=True)
            self.items.append(item)
        for item, (x, y, text) in zip(self.items, placed, strict=False):
            item.setText(text)
            item.setPos(x, y)
            item.setVisible(True)
        for item in self.items[len(placed) :]:
            item.setVisible(False)

    def texts(self) -> list[str]:
        """Return the texts shown now."""
        return [item.toPlainText() for item in self.items if item.isVisible()]


def quiet_plot(plot: pg.PlotItem) -> None:
    """Make a plot a fixed chart: no mouse panning, no context menu, no auto-range button."""
    plot.setMouseEnabled(x=False, y=False)
    plot.setMenuEnabled(False)
    plot.hideButtons()
    plot.showGrid(x=False, y=False)
    for name in ("left", "bottom"):
        plot.getAxis(name).setTextPen("#333")
        plot.getAxis(name).setPen("#999")
        group_tick_numbers(plot.getAxis(name))


def group_tick_numbers(axis: pg.AxisItem) -> None:
    """Group an axis's whole-number ticks by the locale ("250,000", "250 000"), as the labels are."""
    plain = axis.tickStrings

    def grouped(values: list[float], scale: float, spacing: float) -> list[str]:
        return [whole(int(t)) if t.lstrip("-").isdigit() and len(t.lstrip("-")) > 3 else t
                for t in plain(values, scale, spacing)]

    axis.tickStrings = grouped


def set_categories(plot: pg.PlotItem, axis: str, names: Sequence[str], step: int = 1) -> None:
    """Label integer positions 0..n-1 of an axis with names (every step-th)."""
    ticks = [(i, name) for i, name in enumerate(names) if i % max(step, 1) == 0]
    plot.getAxis(axis).setTicks([ticks, []])


class ChartPanel(QFrame):
    """A titled chart with a save-as-PNG button; subclasses add plots and bar sets once."""

    bar_clicked = Signal(object)  # the payload of the clicked bar

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel(f"<b>{title}</b>", self)
        self.title.setWordWrap(True)  # a long title wraps rather than widening the dashboard grid
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.save_button = QToolButton(self)
        self.save_button.setText(self.tr("Save PNG…"))
        self.save_button.setToolTip(self.tr("Save this chart as a PNG image"))
        self.save_button.clicked.connect(self._on_save_clicked)
        self.canvas = pg.GraphicsLayoutWidget(self)
        self.canvas.setBackground("w")
        self.canvas.setMinimumHeight(240)
        self.bar_sets: list[BarSet] = []
        self._lay_out()
        self.canvas.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self.canvas.scene().sigMouseClicked.connect(self._on_mouse_clicked)

    def _lay_out(self) -> None:
        head = self.head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(head)
        layout.addWidget(self.canvas, 1)
        layout.addWidget(self.note)
        self.note.hide()

    def add_plot(self, row: int = 0, col: int = 0) -> pg.PlotItem:
        """Create a fixed plot in the canvas grid."""
        plot = self.canvas.addPlot(row=row, col=col)
        quiet_plot(plot)
        return plot

    def add_bars(self, plot: pg.PlotItem, z: float = 0) -> BarSet:
        """Create an (empty) bar set on a plot; later bar sets are hit-tested first."""
        item = pg.BarGraphItem(x0=[], y0=[], width=[], height=[], brush=BLUE)
        item.setZValue(z)
        plot.addItem(item)
        bars = BarSet(item, plot)
        self.bar_sets.insert(0, bars)
        return bars

    def bar_at(self, scene_pos: QPointF) -> tuple[BarSet, int] | None:
        """Return the bar set and index under a scene position (topmost set first)."""
        for bars in sorted(self.bar_sets, key=lambda b: -b.item.zValue()):
            if not bars.plot.vb.sceneBoundingRect().contains(scene_pos):
                continue
            index = bars.hit(bars.plot.vb.mapSceneToView(scene_pos))
            if index is not None:
                return bars, index
        return None

    def _on_mouse_moved(self, scene_pos: QPointF) -> None:
        found = self.bar_at(scene_pos)
        if found is None:
            QToolTip.hideText()
            return
        bars, index = found
        QToolTip.showText(QCursor.pos(), nowrap(bars.tips[index]), self.canvas)

    def _on_mouse_clicked(self, event: Any) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        found = self.bar_at(event.scenePos())
        if found is not None and found[0].payloads[found[1]] is not None:
            self.bar_clicked.emit(found[0].payloads[found[1]])

    def save_png(self, path: str) -> bool:
        """Write the chart (title and plots) to a PNG file; return whether it was written."""
        return bool(self.grab().save(path, "PNG"))

    def _on_save_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save chart"), "chart.png", self.tr("PNG images (*.png)")
        )
        if path:
            self.save_png(path if path.lower().endswith(".png") else path + ".png")

    def show_note(self, text: str) -> None:
        """Show a line of text under the chart (hidden when empty)."""
        self.note.setText(text)
        self.note.setVisible(bool(text))

    def shutdown(self) -> None:
        """Remove every item from the plots and close the canvas (before the application quits)."""
        self.canvas.scene().sigMouseMoved.disconnect(self._on_mouse_moved)
        self.canvas.scene().sigMouseClicked.disconnect(self._on_mouse_clicked)
        self.bar_sets.clear()
        self.canvas.clear()
        self.canvas.close()
        self.canvas.deleteLater()


def nowrap(html: str) -> str:
    """Keep each line of a rich-text tooltip on one line (Qt wraps long tooltips otherwise)."""
    return f"<p style='white-space:pre'>{html}</p>"


def colour(index: int) -> QColor:
    """Return the index-th palette colour."""
    return QColor(PALETTE[index % len(PALETTE)])
