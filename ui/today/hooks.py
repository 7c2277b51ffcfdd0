"""Where the main window plugs in the Today page, its navigation count and the reminder."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ui.numbers import whole
from ui.today.reminder import Reminder
from ui.today.view import TodayView

if TYPE_CHECKING:
    from ui.main_window import MainWindow

TODAY_PAGE = 5  # the navigation row (appended after Settings)


def tr(text: str) -> str:
    """Translate text in the Today context."""
    return QCoreApplication.translate("Today", text)


def today_page(window: MainWindow) -> QWidget:
    """Return the Today page for the signed-in user."""
    ctx = window.ctx
    page = TodayView(ctx.runner, ctx.db, ctx.actor, window)
    page.setAccessibleName(tr("Today"))
    return page


def connect_today_page(window: MainWindow, page: QWidget) -> None:
    """Open leads from the page in the editor; keep the navigation count in step."""
    if isinstance(page, TodayView):
        page.lead_requested.connect(window.open_lead)
        page.count_changed.connect(lambda n: show_count(window, n))
        window.ctx.leads_changed.connect(lambda _ids: page.refresh() if page.isVisible() else None)


def show_count(window: MainWindow, count: int) -> None:
    """Put the number of due and overdue follow-ups on the Today navigation item."""
    item = window.nav.item(TODAY_PAGE)
    if item is not None:
        name = tr("Today")
        item.setText(f"{name} ({count})" if count else name)
        item.setToolTip(tr("%1 follow-ups due or overdue").replace("%1", whole(count)))


def install_reminder(window: MainWindow) -> Reminder:
    """Start the reminder; its count goes on the navigation item, its notices in the status bar."""
    reminder = Reminder(window.ctx, window)
    reminder.count_changed.connect(lambda n: show_count(window, n))
    reminder.notice.connect(window.show_message)
    window.ctx.actor_changed.connect(lambda _a: reminder.check())
    # A follow-up done or rescheduled anywhere (editor, board) changes the count at once.
    window.ctx.leads_changed.connect(lambda _ids: reminder.check())
    reminder.check()
    return reminder
