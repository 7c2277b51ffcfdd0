"""Participants (with engagement level) and activities of a lead, as editor panels.

Both panels belong to the editor dialog, call ``funneldesk.services.engagement`` through
the runner and emit ``lead_changed()`` after a change (a done activity may advance the
lead through an auto-advancing gate, so the dialog then reloads the lead).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from funneldesk.domain.records import UserRecord
from funneldesk.services import engagement
from funneldesk.services.engagement import ActivityRecord, ParticipantRecord
from ui.models_util import Db, Roles, date_text, error_text, run_for, tr
from ui.tasks import TaskRunner


def engagement_names() -> dict[str, str]:
    """Return engagement levels and their words."""
    return {"driver": tr("Engagement", "driver"), "participant": tr("Engagement", "participant"),
            "gatekeeper": tr("Engagement", "gatekeeper"),
            "not_involved": tr("Engagement", "not involved")}


def activity_names() -> dict[str, str]:
    """Return activity kinds and their words."""
    return {"call": tr("Activities", "call"), "meeting": tr("Activities", "meeting"),
            "email": tr("Activities", "e-mail"), "task": tr("Activities", "task"),
            "demo": tr("Activities", "demo")}



def fit_columns(tree: QTreeWidget) -> None:
    """Size every column but the last to its contents, so subjects and dates are not cut short."""
    for column in range(tree.columnCount() - 1):
        tree.resizeColumnToContents(column)

class _Panel(QWidget):
    """Shared plumbing: the lead, the runner and an inline message."""

    lead_changed = Signal()

    def __init__(self, runner: TaskRunner, db: Db, actor: UserRecord, lead_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner, self._db, self._actor, self._lead_id = runner, db, actor, lead_id
        self.tree = QTreeWidget(self)
        self.tree.setRootIsDecorated(False)  # flat lists: no indent before the first column
        self.message = QLabel(self)
        self.message.setWordWrap(True)

    def _on_error(self, exc: Exception) -> None:
        self.message.setText(error_text(exc))

    def _on_done(self, _result: object = None) -> None:
        self.message.clear()
        self.reload()
        self.lead_changed.emit()

    def reload(self) -> None:
        """Re-read the panel's rows."""


class ParticipantsPanel(_Panel):
    """Buyer-side people on the lead: add one, change the selected one's engagement."""

    def __init__(self, runner: TaskRunner, db: Db, actor: UserRecord, lead_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(runner, db, actor, lead_id, parent)
        self.tree.setHeaderLabels([self.tr("Name"), self.tr("Title"), self.tr("Engagement")])
        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(self.tr("Name"))
        self.level = QComboBox(self)
        for key, text in engagement_names().items():
            self.level.addItem(text, key)
        add, change = QPushButton(self.tr("Add"), self), QPushButton(self.tr("Set engagement"), self)
        add.clicked.connect(self._on_add)
        change.clicked.connect(self._on_set_engagement)
        row = QHBoxLayout()
        for widget in (self.name_edit, self.level, add, change):
            row.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addLayout(row)
        layout.addWidget(self.message)

    def reload(self) -> None:
        """Re-read the participants."""
        db, actor, lead_id = self._db, self._actor, self._lead_id
        run_for(self, self._runner, lambda: engagement.list_participants(db, actor, lead_id), self._show,
                         self._on_error)

    def _show(self, people: list[ParticipantRecord]) -> None:
        self.tree.clear()
        names = engagement_names()
        for person in people:
            item = QTreeWidgetItem(self.tree, [person.name, person.title,
                                               names.get(person.engagement, person.engagement)])
            item.setData(0, Roles.ID, person.id)
        fit_columns(self.tree)

    def _on_add(self) -> None:
        name, level = self.name_edit.text(), str(self.level.currentData())
        db, actor, lead_id = self._db, self._actor, self._lead_id
        self.name_edit.clear()
        run_for(self, self._runner, lambda: engagement.add_participant(db, actor, lead_id, name, level),
                         self._on_done, self._on_error)

    def _on_set_engagement(self) -> None:
        item = self.tree.currentItem()
        if item is None:
            return
        person_id, level = int(item.data(0, Roles.ID)), str(self.level.currentData())
        db, actor = self._db, self._actor
        run_for(self, self._runner, lambda: engagement.set_engagement(db, actor, person_id, level),
                         self._on_done, self._on_error)


class ActivitiesPanel(_Panel):
    """The lead's activities: log a call, schedule a meeting, mark the selected one done."""

    def __init__(self, runner: TaskRunner, db: Db, actor: UserRecord, lead_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(runner, db, actor, lead_id, parent)
        self.tree.setHeaderLabels([self.tr("Kind"), self.tr("Subject"), self.tr("Due"),
                                   self.tr("Done"), self.tr("By")])
        self.subject = QLineEdit(self)
        self.subject.setPlaceholderText(self.tr("Subject"))
        self.due = QDateTimeEdit(QDateTime.currentDateTime().addDays(1), self)
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("yyyy-MM-dd HH:mm")
        row = QHBoxLayout()
        row.addWidget(self.subject, 1)
        row.addWidget(self.due)
        for text, slot in ((self.tr("Log a call"), self._on_log_call),
                           (self.tr("Schedule a meeting"), self._on_schedule_meeting),
                           (self.tr("Mark done"), self._on_mark_done)):
            button = QPushButton(text, self)
            button.clicked.connect(slot)
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addLayout(row)
        layout.addWidget(self.message)

    def reload(self) -> None:
        """Re-read the activities."""
        db, actor, lead_id = self._db, self._actor, self._lead_id
        run_for(self, self._runner, lambda: engagement.list_activities(db, actor, lead_id), self._show,
                         self._on_error)

    def _show(self, activities: list[ActivityRecord]) -> None:
        self.tree.clear()
        for activity in activities:
            kind = activity_names().get(activity.kind, activity.kind)
            item = QTreeWidgetItem(self.tree, [kind, activity.subject, date_text(activity.due_at),
                                               date_text(activity.done_at), activity.user_name or ""])
            item.setData(0, Roles.ID, activity.id)
        fit_columns(self.tree)

    def _log(self, kind: str, due_at: datetime | None, done: bool) -> None:
        subject = self.subject.text().strip()
        db, actor, lead_id = self._db, self._actor, self._lead_id
        self.subject.clear()
        run_for(self, self._runner, lambda: engagement.log_activity(db, actor, lead_id, kind, subject,
                                                         due_at=due_at, done=done),
                         self._on_done, self._on_error)

    def _on_log_call(self) -> None:
        self._log("call", None, True)

    def _on_schedule_meeting(self) -> None:
        due = self.due.dateTime().toPython()
        self._log("meeting", due if isinstance(due, datetime) else None, False)

    def _on_mark_done(self) -> None:
        item = self.tree.currentItem()
        if item is None:
            return
        activity_id = int(item.data(0, Roles.ID))
        db, actor = self._db, self._actor
        run_for(self, self._runner, lambda: engagement.complete_activity(db, actor, activity_id),
                         self._on_done, self._on_error)
