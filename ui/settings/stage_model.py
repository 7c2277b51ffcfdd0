"""StageListModel: a pipeline's stages in order, reordered by drag and drop.

Lives on the GUI thread, owned by the pipeline page. A drop moves the row with
``moveRows`` (precise ``rowsMoved`` signals, no reset) and then emits
``order_changed(list[int])``; the page sends that order to the core
(``pipelines.reorder_stages``) and shows the pipeline the core returns, so a refused
reorder snaps back.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from funneldesk.domain.records import StageRecord
from ui.models_util import Roles, tr

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
MIME_TYPE = "application/x-funneldesk-stage-rows"


def kind_text(kind: str) -> str:
    """Put a stage kind into words."""
    return {"open": tr("Stages", "open"), "won": tr("Stages", "won"),
            "lost": tr("Stages", "lost")}.get(kind, kind)


class StageListModel(QAbstractListModel):
    """One row per stage; drag a row to reorder."""

    order_changed = Signal(list)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stages: list[StageRecord] = []

    def set_stages(self, stages: tuple[StageRecord, ...] | list[StageRecord]) -> None:
        """Show these stages (a new pipeline or the core's answer to an edit)."""
        self.beginResetModel()
        self._stages = list(stages)
        self.endResetModel()

    def stage_at(self, row: int) -> StageRecord:
        """Return the stage in a row."""
        return self._stages[row]

    def row_of(self, stage_id: int) -> int:
        """Return the row of a stage id, or -1."""
        return next((r for r, s in enumerate(self._stages) if s.id == stage_id), -1)

    def rowCount(self, parent: Index = _ROOT) -> int:
        """Return the number of stages."""
        return 0 if parent.isValid() else len(self._stages)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Return a stage's name with its kind and probability, colour, id or position."""
        if not index.isValid() or not 0 <= index.row() < len(self._stages):
            return None
        stage = self._stages[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{stage.name}  ({kind_text(stage.kind)}, {stage.probability} %)"
        if role == Qt.ItemDataRole.DecorationRole:
            return QColor(stage.color)
        if role == Roles.ID:
            return stage.id
        if role == Roles.SORT:
            return stage.position
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Stages can be dragged; drops land between rows."""
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled

    def supportedDropActions(self) -> Qt.DropAction:
        """Only moves."""
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        """Return the one private type dragged rows travel in."""
        return [MIME_TYPE]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]
        """Pack the dragged row numbers."""
        mime = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        mime.setData(MIME_TYPE, QByteArray(",".join(map(str, rows)).encode()))
        return mime

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: Index) -> bool:
        """Move the dragged row; return False so the view never removes the source row."""
        if action != Qt.DropAction.MoveAction or not data.hasFormat(MIME_TYPE):
            return False
        rows = [int(r) for r in bytes(data.data(MIME_TYPE).data()).decode().split(",") if r]
        target = row if row >= 0 else (parent.row() if parent.isValid() else len(self._stages))
        if len(rows) == 1:
            self.move_stage(rows[0], target)
        return False

    def move_stage(self, source: int, target: int) -> bool:
        """Move one stage so it lands before the row ``target`` (as Qt counts drops)."""
        if self.moveRows(_ROOT, source, 1, _ROOT, target):
            self.order_changed.emit([s.id for s in self._stages])
            return True
        return False

    def moveRows(self, source_parent: Index, source: int, count: int, target_parent: Index,
                 target: int) -> bool:
        """Move rows within the list with precise move signals."""
        if (source_parent.isValid() or target_parent.isValid() or count != 1
                or not 0 <= source < len(self._stages) or not 0 <= target <= len(self._stages)
                or target in (source, source + 1)):
            return False
        if not self.beginMoveRows(_ROOT, source, source, _ROOT, target):
            return False
        stage = self._stages.pop(source)
        self._stages.insert(target - 1 if target > source else target, stage)
        self.endMoveRows()
        return True
