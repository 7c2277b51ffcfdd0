"""Delayed progress through AppContext.run: slow work, Cancel and a parent closed mid-task never crash."""

from __future__ import annotations

import gc
import threading
import time
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from funneldesk.services import users
from funneldesk.storage.database import Database
from ui.context import AppContext

pytestmark = pytest.mark.gui
SLOW_S = 1.5


@pytest.fixture
def ctx(db: Database, qtbot: QtBot) -> Iterator[AppContext]:
    """Return a context acting as the owner; its worker stops after the test."""
    context = AppContext(db, users.ensure_owner(db))
    yield context
    context.runner.shutdown()


def slow(cancel: threading.Event | None = None) -> Callable[[], str]:
    """Return a task that sleeps SLOW_S seconds, stopping early when cancel is set."""

    def work() -> str:
        deadline = time.monotonic() + SLOW_S
        while time.monotonic() < deadline:
            if cancel is not None and cancel.is_set():
                return "cancelled"
            time.sleep(0.02)
        return "done"

    return work


def visible_dialogs() -> list[QProgressDialog]:
    """Return the progress dialogs on screen."""
    found = ([*w.findChildren(QProgressDialog), w] for w in QApplication.topLevelWidgets())
    return [d for group in found for d in group if isinstance(d, QProgressDialog) and d.isVisible()]


def doomed_parent() -> QWidget:
    """Show a widget that Qt deletes as soon as it closes."""
    widget = QWidget()
    widget.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    widget.show()
    return widget


def test_slow_work_shows_progress_then_finishes_repeatedly(ctx: AppContext, qtbot: QtBot) -> None:
    parent, results = QWidget(), []
    qtbot.addWidget(parent)
    parent.show()
    for round_ in range(3):
        ctx.run(slow(), results.append, progress="Working…", parent=parent)
        qtbot.waitUntil(lambda: bool(visible_dialogs()), timeout=3000)
        qtbot.waitUntil(lambda n=round_ + 1: len(results) == n and not visible_dialogs(), timeout=5000)
    assert results == ["done"] * 3


def test_cancel_stops_the_work_and_closes_the_dialog(ctx: AppContext, qtbot: QtBot) -> None:
    parent, results = QWidget(), []
    qtbot.addWidget(parent)
    parent.show()
    for round_ in range(3):
        cancel = threading.Event()
        ctx.run(slow(cancel), results.append, progress="Working…", parent=parent, cancel=cancel)
        qtbot.waitUntil(lambda: bool(visible_dialogs()), timeout=3000)
        qtbot.mouseClick(visible_dialogs()[0].findChild(QPushButton), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda n=round_ + 1: len(results) == n and not visible_dialogs(), timeout=5000)
    assert results == ["cancelled"] * 3


@pytest.mark.parametrize("close_after_ms", [0, 900])
def test_closing_the_parent_mid_task_still_delivers_the_result(
    ctx: AppContext, qtbot: QtBot, close_after_ms: int
) -> None:
    """Close the parent before the dialog appears (0) or while it is shown (900)."""
    results: list[str] = []
    for round_ in range(3):
        parent = doomed_parent()
        destroyed: list[bool] = []
        parent.destroyed.connect(lambda *_, seen=destroyed: seen.append(True))
        cancel = threading.Event()
        ctx.run(slow(cancel), results.append, progress="Working…", parent=parent, cancel=cancel)
        qtbot.wait(close_after_ms)
        parent.close()
        del parent
        gc.collect()
        qtbot.waitUntil(lambda seen=destroyed: bool(seen), timeout=3000)
        qtbot.waitUntil(lambda n=round_ + 1: len(results) == n, timeout=5000)
        assert not visible_dialogs()
    assert results == ["done"] * 3
    qtbot.wait(50)  # let the deferred deletions run while the test still watches


def test_errors_reach_on_error_after_the_parent_is_gone(ctx: AppContext, qtbot: QtBot) -> None:
    errors: list[Exception] = []

    def fail() -> None:
        time.sleep(0.8)
        raise ValueError("boom")

    parent = doomed_parent()
    ctx.run(fail, None, errors.append, progress="Working…", parent=parent)
    qtbot.waitUntil(lambda: bool(visible_dialogs()), timeout=3000)
    parent.close()
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert str(errors[0]) == "boom"
