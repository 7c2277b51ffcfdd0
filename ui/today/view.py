"""TodayView: overdue and due-today follow-ups with done / reschedule / open lead.

Construct with ``TodayView(runner, db, actor, parent)``. Every figure comes from
``funneldesk.services.activities.today_view`` on the database worker; a manager or owner
can switch from their own follow-ups to their team's. ``count_changed(int)`` carries the
number for the navigation item; ``lead_requested(int)`` asks the window to open a lead.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from funneldesk.domain.records import UserRecord
from funneldesk.services import activities
from funneldesk.services.activities import TodayView as TodayData
from ui.models_util import Db, error_text, run_for
from ui.numbers import whole
from ui.tasks import TaskRunner

ROLE_KIND = Qt.ItemDataRole.UserRole  # ("activity", id, lead id) or ("lead", lead id, lead id)


def tr(text: str) -> str:
    """Translate text in the Today context."""
    return QCoreApplication.translate("Today", text)



def kind_word(kind: str) -> str:
    """Return an activity kind in the window's language (the lead editor's words)."""
    source = "e-mail" if kind == "email" else kind
    return QCoreApplication.translate("Activities", source)

class TodayView(QWidget):
    """My (or my team's) follow-ups for today, and the leads with nothing planned."""

    count_changed = Signal(int)
    lead_requested = Signal(int)
    refreshed = Signal()

    def __init__(self, runner: TaskRunner, db: Db, actor: UserRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner, self._db, self._actor = runner, db, actor
        self.data: TodayData | None = None
        self.whose = QComboBox(self)
        self.whose.addItem(tr("My follow-ups"), False)
        self.whose.addItem(tr("My team's follow-ups"), True)
        self.whose.setAccessibleName(tr("Whose follow-ups"))
        self.whose.setVisible(actor.role != "employee")
        self.status = QLabel(self)
        self.due = self._tree([tr("Due"), tr("Kind"), tr("Lead"), tr("Subject"), tr("Owner")])
        self.due.setAccessibleName(tr("Overdue and due today"))
        self.idle_label = QLabel(self)
        self.idle = self._tree([tr("Lead"), tr("Stage"), tr("Owner")])
        self.idle.setAccessibleName(tr("Leads with no next step"))
        self.done_button = QPushButton(tr("Done"), self)
        self.when = QDateEdit(QDate.currentDate().addDays(1), self)
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd")  # as the Due column and the other date fields show days
        self.when.setAccessibleName(tr("Reschedule to"))
        self.reschedule_button = QPushButton(tr("Reschedule"), self)
        self.open_button = QPushButton(tr("Open lead"), self)
        self.refresh_button = QPushButton(tr("Refresh"), self)
        self._lay_out()
        self.whose.currentIndexChanged.connect(lambda _i: self.refresh())
        self.refresh_button.clicked.connect(self.refresh)
        self.done_button.clicked.connect(self.mark_done)
        self.reschedule_button.clicked.connect(self.reschedule)
        self.open_button.clicked.connect(self._open_current)
        self.due.itemDoubleClicked.connect(lambda item, _c: self._open(item))
        self.idle.itemDoubleClicked.connect(lambda item, _c: self._open(item))
        self.due.currentItemChanged.connect(lambda *_: self._update_buttons())
        self._update_buttons()

    def _tree(self, headers: list[str]) -> QTreeWidget:
        tree = QTreeWidget(self)
        tree.setHeaderLabels(headers)
        tree.setRootIsDecorated(False)
        tree.setAlternatingRowColors(True)
        tree.setUniformRowHeights(True)
        return tree

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(f"<h2>{tr('Today')}</h2>", self))
        top.addStretch(1)
        top.addWidget(self.whose)
        top.addWidget(self.refresh_button)
        actions = QHBoxLayout()
        actions.addWidget(self.done_button)
        actions.addWidget(self.reschedule_button)
        actions.addWidget(self.when)
        actions.addWidget(self.open_button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.due, 3)
        layout.addLayout(actions)
        layout.addWidget(self.idle_label)
        layout.addWidget(self.idle, 2)

    # -- loading ---------------------------------------------------------------------------
    @property
    def team(self) -> bool:
        """Return whether the team's follow-ups are shown."""
        return bool(self.whose.currentData())

    def set_actor(self, actor: UserRecord) -> None:
        """Show another user's follow-ups (after signing in as someone else)."""
        self._actor = actor
        self.whose.setCurrentIndex(0)
        self.whose.setVisible(actor.role != "employee")
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        """Bring the lists up to date whenever the page comes into view."""
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        """Re-read today's follow-ups on the worker."""
        db, actor, team = self._db, self._actor, self.team
        self.status.setText(tr("Updating…"))
        run_for(
            self, self._runner, lambda: activities.today_view(db, actor, team=team), self.apply, self._error
        )

    def apply(self, data: TodayData) -> None:
        """Fill both lists from one reading."""
        self.data = data
        self.due.clear()
        overdue = [self._activity_item(a, True) for a in data.overdue]
        today = [self._activity_item(a, False) for a in data.due_today]
        actions = [
            self._action_item(n, n.next_action is not None and n.next_action < data.day)
            for n in data.next_actions
        ]
        self.due.addTopLevelItems(overdue + today + actions)
        self.idle.clear()
        self.idle.addTopLevelItems([self._idle_item(n) for n in data.no_next_action])
        for tree in (self.due, self.idle):
            for col in range(tree.columnCount()):
                tree.resizeColumnToContents(col)
        self.status.setText(
            tr("%1 overdue, %2 due today, %3 next actions due.")
            .replace("%1", whole(len(data.overdue)))
            .replace("%2", whole(len(data.due_today)))
            .replace("%3", whole(len(data.next_actions)))
        )
        shown = len(data.no_next_action)
        text = tr("Open leads with no next step: %1").replace("%1", whole(data.no_next_action_count))
        if shown < data.no_next_action_count:
            text += " " + tr("(the first %1 shown)").replace("%1", whole(shown))
        self.idle_label.setText(f"<b>{text}</b>")
        self._update_buttons()
        self.count_changed.emit(data.count)
        self.refreshed.emit()

    def _activity_item(self, a: Any, late: bool) -> QTreeWidgetItem:
        due = a.due.strftime("%Y-%m-%d") if a.due else ""
        item = QTreeWidgetItem([due, kind_word(a.kind), a.lead_title, a.subject, a.owner or ""])
        item.setData(0, ROLE_KIND, ("activity", a.id, a.lead_id))
        if late:
            item.setForeground(0, Qt.GlobalColor.red)
            item.setToolTip(0, tr("Overdue"))
        return item

    def _action_item(self, n: Any, late: bool) -> QTreeWidgetItem:
        item = QTreeWidgetItem([str(n.next_action or ""), tr("next action"), n.title, n.stage, n.owner or ""])
        item.setData(0, ROLE_KIND, ("lead", n.lead_id, n.lead_id))
        if late:
            item.setForeground(0, Qt.GlobalColor.red)
        return item

    def _idle_item(self, n: Any) -> QTreeWidgetItem:
        item = QTreeWidgetItem([n.title, n.stage, n.owner or ""])
        item.setData(0, ROLE_KIND, ("lead", n.lead_id, n.lead_id))
        return item

    # -- actions ---------------------------------------------------------------------------
    def _current(self) -> tuple[str, int, int] | None:
        item = self.due.currentItem()
        return tuple(item.data(0, ROLE_KIND)) if item is not None else None

    def _update_buttons(self) -> None:
        chosen = self._current() is not None
        for button in (self.done_button, self.reschedule_button):
            button.setEnabled(chosen)
        self.open_button.setEnabled(chosen or self.idle.currentItem() is not None)

    def mark_done(self) -> None:
        """Mark the chosen activity done (a next action is cleared)."""
        chosen = self._current()
        if chosen is None:
            return
        kind, key, lead_id = chosen
        db, actor = self._db, self._actor
        if kind == "activity":
            job = lambda: activities.complete(db, actor, key)  # noqa: E731
        else:
            job = lambda: activities.set_next_action(db, actor, lead_id, None)  # noqa: E731
        run_for(self, self._runner, job, lambda _r: self.refresh(), self._error)

    def reschedule(self, day: date | None = None) -> None:
        """Move the chosen activity (or next action) to the day in the date box."""
        chosen = self._current()
        if chosen is None:
            return
        kind, key, lead_id = chosen
        if day is None:
            picked = self.when.date().toPython()
            assert isinstance(picked, date)  # the stubs type QDate.toPython() as object
            day = picked
        target = day
        db, actor = self._db, self._actor
        if kind == "activity":
            job = lambda: activities.reschedule(db, actor, key, target)  # noqa: E731
        else:
            job = lambda: activities.set_next_action(db, actor, lead_id, target)  # noqa: E731
        run_for(self, self._runner, job, lambda _r: self.refresh(), self._error)

    def _open_current(self) -> None:
        item = self.due.currentItem() or self.idle.currentItem()
        if item is not None:
            self._open(item)

    def _open(self, item: QTreeWidgetItem) -> None:
        self.lead_requested.emit(int(item.data(0, ROLE_KIND)[2]))

    def _error(self, exc: Exception) -> None:
        self.status.setText(error_text(exc))


def tomorrow() -> date:
    """Return tomorrow's date (the default day to reschedule to)."""
    return date.today() + timedelta(days=1)
