"""Every icon FunnelDesk shows, by name (git-cola's habit): SVGs tinted to the palette.

Icons are rendered by ``QSvgRenderer`` at the size Qt asks for, so they stay crisp on
any screen scale; ``currentColor`` in the SVG becomes the palette's text colour at
paint time, so they follow a light or dark system palette.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from funneldesk.resources import resource_path

NAMES = (
    "app",
    "board",
    "leads",
    "dashboard",
    "channels",
    "settings",
    "search",
    "add",
    "edit",
    "delete",
    "undo",
    "redo",
    "won",
    "lost",
    "user",
    "switch-user",
    "demo",
    "import",
    "check",
    "approve",
    "pipeline",
    "quit",
    "about",
    "warning",
    "close",
)


@cache
def _svg_text(name: str) -> str:
    return resource_path("icons", f"{name}.svg").read_text(encoding="utf-8")


class _SvgEngine(QIconEngine):
    """Paint one SVG at any size, tinted with the palette colour for the icon mode."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self._name = name

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        """Render the SVG into rect with the current palette's colour."""
        group = QPalette.ColorGroup.Disabled if mode == QIcon.Mode.Disabled else QPalette.ColorGroup.Normal
        colour = QGuiApplication.palette().color(group, QPalette.ColorRole.WindowText).name()
        data = QByteArray(_svg_text(self._name).replace("currentColor", colour).encode())
        QSvgRenderer(data).render(painter, rect.toRectF())

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        """Return a transparent pixmap with the icon painted in it."""
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return pixmap

    def clone(self) -> QIconEngine:
        """Return a copy of this engine."""
        return _SvgEngine(self._name)


def icon(name: str) -> QIcon:
    """Return the named icon (one of ``NAMES``)."""
    if name not in NAMES:
        raise KeyError(f"unknown icon {name!r}")
    return QIcon(_SvgEngine(name))
