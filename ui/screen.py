"""Fitting the window and its dialogs on small screens (1280x720, or 200 % scaling of 2560x1440)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

# What a window manager adds around a window: the title bar and the frame.
FRAME_ROOM = QSize(0, 40)


def room_on_screen(widget: QWidget | None = None) -> QSize | None:
    """Return the size a top-level window may take on the widget's screen (taskbars excluded)."""
    screen = (widget.screen() if widget is not None else None) or QGuiApplication.primaryScreen()
    if screen is None:
        return None
    return screen.availableGeometry().size() - FRAME_ROOM


def within_screen(widget: QWidget | None, wanted: QSize) -> QSize:
    """Return wanted, shrunk to fit the screen the widget is on."""
    room = room_on_screen(widget)
    return wanted if room is None else wanted.boundedTo(room)


def scrolled(page: QWidget) -> QScrollArea:
    """Wrap a long form in a frameless scroll area that resizes it to the viewport."""
    scroll = QScrollArea()
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidgetResizable(True)
    scroll.setWidget(page)
    return scroll
