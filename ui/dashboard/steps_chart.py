"""Conversion by employee and stage: a heat table of step conversions with the weakest cell named.

``StepsPanel`` shows one ``OwnerSteps`` (computed on the worker by the dashboard view):
rows are employees (or managers' teams), columns are steps, each cell "43 % of 120"
tinted from red (well below the team's rate at that step) to green, greyed when the
sample is too small to judge, the weakest cell of each step outlined. A click or Enter
on a cell emits ``cell_clicked`` with a drill payload (the leads that reached the step
but not the next stage). GUI thread only; model/view, no widget per cell.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QKeyEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from funneldesk.analytics.steps import MIN_SAMPLE, OwnerSteps, StepCell
from ui.dashboard.plotting import nowrap
from ui.dashboard.text import interval_text, pct, tr
from ui.numbers import whole

Index = QModelIndex | QPersistentModelIndex
CELL_ROLE = Qt.ItemDataRole.UserRole + 41  # the StepCell itself

QWIDGETSIZE_MAX = (1 << 24) - 1  # Qt's "no maximum" for widget sizes
RED, NEUTRAL, GREEN = QColor("#ef9a9a"), QColor("#f5f5f5"), QColor("#a5d6a7")
SMALL_BACK, SMALL_TEXT, OUTLINE = QColor("#e4e4e4"), QColor("#8a8a8a"), QColor("#b71c1c")
ROW_HEIGHT = 24
HEADER_PADDING_PX = 12  # a header section's margins and sort-indicator room, left and right
# Up to this many rows the table grows to show every one (the weakest must not hide
# below a scroll bar); a bigger company scrolls inside the panel.
MAX_ROWS_SHOWN = 16
# A cell 30 % below the team's rate (relative) is fully red, 30 % above fully green:
# differences of that size between people at one step are what a manager acts on.
FULL_TINT = 0.3


def _blend(a: QColor, b: QColor, t: float) -> QColor:
    return QColor(
        round(a.red() + (b.red() - a.red()) * t),
        round(a.green() + (b.green() - a.green()) * t),
        round(a.blue() + (b.blue() - a.blue()) * t),
    )


def wrap_to_width(text: str, width: int, metrics: QFontMetrics) -> list[str]:
    """Break text at spaces into lines no wider than width pixels (a longer word keeps its own line)."""
    lines: list[str] = []
    for word in filter(None, text.split(" ")):  # a no-break space (U+00A0) keeps its words together
        joined = f"{lines[-1]} {word}" if lines else word
        if lines and metrics.horizontalAdvance(joined) <= width:
            lines[-1] = joined
        else:
            lines.append(word)
    return lines


def tint(cell: StepCell) -> QColor:
    """Return a cell's background: red below the team rate, green above, grey for small samples."""
    value, team = cell.conversion.value, cell.team_conversion.value
    if not cell.enough or value is None or not team:
        return SMALL_BACK
    shift = max(-1.0, min(1.0, (value / team - 1) / FULL_TINT))
    return _blend(NEUTRAL, RED if shift < 0 else GREEN, abs(shift))


def cell_text(cell: StepCell) -> str:
    """Return '43 % of 120' ('—' when nobody reached the step)."""
    if cell.conversion.value is None:
        return "—"
    return tr("{0} of {1}").format(pct(cell.conversion.value), whole(cell.reached))


def who(cell: StepCell, team: bool) -> str:
    """Name a row: the owner, or with the team roll-up the manager's team."""
    return tr("{0}'s team").format(cell.owner) if team else cell.owner


def cell_tip(cell: StepCell, step: str, team: bool = False) -> str:
    """Return the exact figures of a cell for its tooltip."""
    lines = [f"<b>{who(cell, team)}</b> — {step}"]
    if cell.conversion.value is None:
        lines.append(tr("No lead reached this step."))
    else:
        lines.append(
            tr("{0} of {1} leads went on ({2}); {3}").format(
                whole(cell.advanced),
                whole(cell.reached),
                pct(cell.conversion.value),
                interval_text(cell.conversion),
            )
        )
    lines.append(
        tr("Team: {0} of {1} ({2})").format(
            whole(cell.team_conversion.hits), whole(cell.team_conversion.n), pct(cell.team_conversion.value)
        )
    )
    if not cell.enough:
        lines.append(tr("Fewer than {0} leads: too few to compare.").format(MIN_SAMPLE))
    lines.append(tr("Click or press Enter to list the leads that stopped here."))
    return "<br>".join(lines)


def weakest_text(result: OwnerSteps | None) -> str:
    """Return the one-line caption naming the weakest owner and step."""
    if result is None or result.weakest is None:
        return tr("Weakest: no one has {0} leads at a step yet, too few to compare.").format(MIN_SAMPLE)
    cell = result.weakest
    return tr("Weakest: {0} at {1}: {2} of {3} (team {4})").format(
        who(cell, result.team),
        result.steps[cell.step].name,
        pct(cell.conversion.value),
        whole(cell.reached),
        pct(cell.team_conversion.value),
    )


class StepsModel(QAbstractTableModel):
    """Rows: owners (or teams); columns: steps; cells: StepCell shown as text and tint."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result: OwnerSteps | None = None
        self._roles: list[list[dict[int, Any]]] = []
        self.framed: tuple[tuple[int, int], ...] = ()  # (row, column) of each step's weakest cell
        self._header_width: int | None = None
        self._header_metrics: QFontMetrics | None = None

    def set_header_width(self, width: int, metrics: QFontMetrics) -> bool:
        """Wrap step names to a column's width in pixels; say whether the headers changed."""
        if width == self._header_width:
            return False
        self._header_width, self._header_metrics = width, metrics
        if self.columnCount():
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        return True

    def _wrapped(self, text: str) -> list[str]:
        if self._header_width is None or self._header_metrics is None:
            return [text]
        return wrap_to_width(text, self._header_width, self._header_metrics)

    def set_result(self, result: OwnerSteps) -> None:
        """Replace the figures shown."""
        self.beginResetModel()
        self.result = result
        rows = {key: i for i, (key, _) in enumerate(result.rows)}
        self.framed = tuple(
            sorted((rows[c.owner_id], c.step) for c in result.weakest_per_step if c is not None)
        )
        # Every role a paint asks for, worked out once per result, not on each repaint.
        self._roles = [
            [self._cell_roles(cell, cell == result.weakest) for cell in row] for row in result.cells
        ]
        self.endResetModel()

    @staticmethod
    def _cell_roles(cell: StepCell, named: bool) -> dict[int, Any]:
        roles: dict[int, Any] = {
            Qt.ItemDataRole.DisplayRole: cell_text(cell),
            Qt.ItemDataRole.BackgroundRole: QBrush(tint(cell)),
            Qt.ItemDataRole.ForegroundRole: QBrush(QColor("#1a1a1a") if cell.enough else SMALL_TEXT),
            Qt.ItemDataRole.TextAlignmentRole: Qt.AlignmentFlag.AlignCenter,
            CELL_ROLE: cell,
        }
        if named:  # the cell the caption names
            bold = QFont()
            bold.setBold(True)
            roles[Qt.ItemDataRole.FontRole] = bold
        return roles

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """Return the number of owners (or teams)."""
        return 0 if parent.isValid() or self.result is None else len(self.result.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """Return the number of steps."""
        return 0 if parent.isValid() or self.result is None else len(self.result.steps)

    def cell(self, index: Index) -> StepCell | None:
        """Return the cell at an index."""
        if self.result is None or not index.isValid():
            return None
        return self.result.cells[index.row()][index.column()]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Return text, tint, tooltip, weakest flag or the cell itself."""
        if self.result is None or not index.isValid():
            return None
        if role == Qt.ItemDataRole.ToolTipRole:  # only on hover: made when asked
            cell = self.result.cells[index.row()][index.column()]
            return nowrap(cell_tip(cell, self.result.steps[cell.step].name, self.result.team))
        return self._roles[index.row()][index.column()].get(role)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Name the steps (two lines) across and the owners down."""
        if self.result is None or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if orientation == Qt.Orientation.Vertical:
            name = self.result.rows[section][1]
            return tr("{0}'s team").format(name) if self.result.team else name
        step = self.result.steps[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            rate = self.result.team_rates[section]
            return tr("{0}: team {1} of {2}").format(step.name, pct(rate.value), whole(rate.n))
        # Headers do not wrap by themselves: break stage names to the column's width so they show whole.
        return "\n".join(self._wrapped(f"{step.from_stage}\u00a0→") + self._wrapped(step.to_stage))


class StepsTable(QTableView):
    """The heat table; Enter on a cell counts as a click (keyboard users drill too)."""

    cell_chosen = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Drill on Enter or Return; otherwise move as usual."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.cell_chosen.emit(self.currentIndex())
            return
        super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Paint the cells as usual, then frame the weakest cell of each step in dark red.

        One pass over the few framed cells, not a Python delegate per cell: a delegate made
        the table the slowest thing on the dashboard to paint.
        """
        super().paintEvent(event)
        model = self.model()
        if not isinstance(model, StepsModel) or not model.framed:
            return
        painter = QPainter(self.viewport())
        painter.setPen(QPen(OUTLINE, 2))
        for row, column in model.framed:
            rect = self.visualRect(model.index(row, column))
            if rect.isValid() and rect.intersects(event.rect()):
                painter.drawRect(rect.adjusted(1, 1, -2, -2))
        painter.end()


class StepsPanel(QFrame):
    """The 'Conversion by employee and stage' panel: caption, heat table, legend."""

    cell_clicked = Signal(object)  # a drill payload, like ChartPanel.bar_clicked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel(f"<b>{tr('Conversion by employee and stage')}</b>", self)
        self.caption = QLabel(weakest_text(None), self)
        self.caption.setWordWrap(True)
        self.caption.setStyleSheet("color: #8e1b1b; font-weight: bold")
        self.model = StepsModel(self)
        self.table = StepsTable(self)
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setCursor(Qt.CursorShape.PointingHandCursor)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setMinimumSectionSize(90)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        # Two fixed lines, not word wrap: a wrapped label in the scrolled grid got one line's height.
        self.legend = QLabel(
            tr(
                "Red: below the team's rate at that step, green: above; grey: fewer than {0} leads;\n"
                "framed: the weakest of each step; bold: the one named above."
            ).format(MIN_SAMPLE),
            self,
        )
        self.legend.setStyleSheet("color: #555")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.title)
        layout.addWidget(self.caption)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.legend)
        self.table.clicked.connect(self._on_chosen)
        self.table.cell_chosen.connect(self._on_chosen)
        self.table.horizontalHeader().sectionResized.connect(self._on_column_resized)

    def _on_column_resized(self, *_args: object) -> None:
        header = self.table.horizontalHeader()
        narrowest = min((header.sectionSize(i) for i in range(header.count())), default=0)
        if narrowest and self.model.set_header_width(narrowest - HEADER_PADDING_PX, header.fontMetrics()):
            self._fit_rows()

    @property
    def result(self) -> OwnerSteps | None:
        """Return the figures shown."""
        return self.model.result

    def update_from(self, result: OwnerSteps) -> None:
        """Show a new step-conversion matrix."""
        self.model.set_result(result)
        self._fit_rows()
        self.caption.setText(weakest_text(result))
        self.caption.setToolTip(self._caption_tip(result))

    def _fit_rows(self) -> None:
        rows = self.model.rowCount()
        header = self.table.horizontalHeader().sizeHint().height()
        height = header + min(rows, MAX_ROWS_SHOWN) * ROW_HEIGHT + 2 * self.table.frameWidth() + 4
        self.table.setMinimumHeight(height)
        # No empty band under a short table (two teams); a long one may grow and scroll.
        self.table.setMaximumHeight(height if rows <= MAX_ROWS_SHOWN else QWIDGETSIZE_MAX)

    def _caption_tip(self, result: OwnerSteps) -> str:
        cell = result.weakest
        if cell is None:
            return ""
        return nowrap(cell_tip(cell, result.steps[cell.step].name, result.team))

    def index_of(self, owner_id: int, step: int) -> QModelIndex:
        """Return the model index of one owner's (or team's) cell at a step."""
        assert self.result is not None
        row = next(i for i, (key, _) in enumerate(self.result.rows) if key == owner_id)
        return self.model.index(row, step)

    def payload(self, cell: StepCell) -> dict[str, Any]:
        """Return the drill payload of a cell: the leads that reached the step and stopped there."""
        assert self.result is not None
        step = self.result.steps[cell.step]
        return {
            "figure": "stuck_at",
            "owner": cell.owner_id,
            "team": self.result.team,
            "stage": step.from_stage_id,
            "caption": tr("{0}: reached {1}, never {2}").format(
                who(cell, self.result.team), step.from_stage, step.to_stage
            ),
        }

    def _on_chosen(self, index: QModelIndex) -> None:
        cell = self.model.cell(index)
        if cell is not None and cell.reached:
            self.cell_clicked.emit(self.payload(cell))
