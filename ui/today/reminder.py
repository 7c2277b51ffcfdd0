"""The follow-up reminder and the Today item's count, while the window is open.

Every minute (on the database worker) it asks which of my open activities fell due since
the last look, and how many follow-ups are due or overdue. New ones are announced by a
system-tray notification where the platform has a tray, else by ``notice(str)`` (the
window shows it in the status bar). GUI thread only.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QSystemTrayIcon

from funneldesk.services import activities
from ui.models_util import run_for
from ui.numbers import whole
from ui.today.view import kind_word

INTERVAL_MS = 60_000


def tr(text: str) -> str:
    """Translate text in the Today context."""
    return QCoreApplication.translate("Today", text)


class Reminder(QObject):
    """Polls for follow-ups falling due; keeps the navigation count current."""

    count_changed = Signal(int)
    notice = Signal(str)

    def __init__(self, ctx: Any, parent: QObject | None = None, *, tray: bool = True) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._since = datetime.now()
        self._greeted = False  # the first look also says how many are already due
        self.tray: QSystemTrayIcon | None = None
        if tray and QSystemTrayIcon.isSystemTrayAvailable():
            from ui.icons import icon

            self.tray = QSystemTrayIcon(icon("app"), self)
            self.tray.setToolTip("FunnelDesk")
            self.tray.show()
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self, now: datetime | None = None) -> None:
        """Look for activities that fell due since the last look, and recount."""
        ctx, actor = self._ctx, self._ctx.actor
        since, until = self._since, now or datetime.now()
        self._since = until

        def job() -> tuple[list[Any], int]:
            return activities.falling_due(ctx.db, actor, since, until), activities.due_count(ctx.db, actor)

        run_for(self, ctx.runner, job, self._on_checked, lambda _exc: None)

    def _on_checked(self, found: tuple[list[Any], int]) -> None:
        fell_due, count = found
        self.count_changed.emit(count)
        if not self._greeted:
            self._greeted = True
            if count and not fell_due:
                self.notice.emit(
                    tr("%1 follow-ups due today or overdue (see Today)").replace("%1", whole(count))
                )
        if not fell_due:
            return
        first = fell_due[0]
        text = tr("Follow-up due: %1 on “%2”").replace("%1", kind_word(first.kind))
        text = text.replace("%2", first.lead_title)
        if len(fell_due) > 1:
            text += " " + tr("(and %1 more)").replace("%1", whole(len(fell_due) - 1))
        if self.tray is not None:
            self.tray.showMessage(tr("FunnelDesk reminder"), text, QSystemTrayIcon.MessageIcon.Information)
        self.notice.emit(text)

    def stop(self) -> None:
        """Stop polling and remove the tray icon."""
        self.timer.stop()
        if self.tray is not None:
            self.tray.hide()
