"""The lead's stage-change timeline and field audit, read-only lists in the editor.

``HistoryPanel`` is owned by the editor dialog; ``reload()`` reads both lists through
the runner (``leads.lead_history`` and ``leads.lead_audit``).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QSplitter, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from funneldesk.domain.records import StageChangeRecord, UserRecord
from funneldesk.services import leads
from ui.editor.engagement import activity_names
from ui.editor.fields import field_label
from ui.models_util import Db, date_text, error_text, run_for, tr
from ui.tasks import TaskRunner

AuditRow = tuple[datetime, str | None, str, str | None, str | None, str | None]


def how_text(how: str) -> str:
    """Put how a stage change came about into words."""
    words = {"manual": tr("History", "by hand"), "automatic": tr("History", "automatically"),
             "import": tr("History", "by import"), "override": tr("History", "gate overridden"),
             "undo": tr("History", "undone")}
    return words.get(how, how)


def action_text(action: str) -> str:
    """Put an audited action into words."""
    words = {"create": tr("History", "created"), "update": tr("History", "edited"),
             "assign": tr("History", "assigned"), "delete": tr("History", "deleted"),
             "restore": tr("History", "restored"), "tick": tr("History", "checklist"),
             "approve": tr("History", "approved"), "revoke": tr("History", "approval withdrawn"),
             "activity": tr("History", "activity"), "participant": tr("History", "participant")}
    return words.get(action, how_text(action))



def audit_field(action: str, name: str | None) -> str:
    """Return the audited field's label; an activity row names its kind ("meeting")."""
    if not name:
        return ""
    if action == "activity":
        kind, done = name.removesuffix(" done"), name.endswith(" done")
        word = activity_names().get(kind, kind)
        # "meeting done" is logged when an activity is marked done: the Activities tab's word for it.
        return f"{word}: {QCoreApplication.translate('ActivitiesPanel', 'Done')}" if done else word
    return field_label(name)

class HistoryPanel(QWidget):
    """Stage history (who, when, how, why) above the audit of field changes."""

    def __init__(self, runner: TaskRunner, db: Db, actor: UserRecord, lead_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner, self._db, self._actor, self._lead_id = runner, db, actor, lead_id
        self.timeline = QTreeWidget(self)
        self.timeline.setHeaderLabels([self.tr("When"), self.tr("From"), self.tr("To"), self.tr("Who"),
                                       self.tr("How"), self.tr("Why")])
        self.timeline.setAccessibleName(self.tr("Stage history"))
        self.audit = QTreeWidget(self)
        self.audit.setHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("Action"), self.tr("Field"),
                                    self.tr("Old value"), self.tr("New value")])
        self.audit.setAccessibleName(self.tr("Field changes"))
        for tree in (self.timeline, self.audit):
            tree.setRootIsDecorated(False)
        self.message = QLabel(self)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.timeline)
        splitter.addWidget(self.audit)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)

    def reload(self) -> None:
        """Re-read the stage history and the audit."""
        db, actor, lead_id = self._db, self._actor, self._lead_id
        run_for(self, self._runner, lambda: (leads.lead_history(db, actor, lead_id),
                                  leads.lead_audit(db, actor, lead_id)),
                         self._show, lambda exc: self.message.setText(error_text(exc)))

    def _show(self, lists: tuple[list[StageChangeRecord], list[AuditRow]]) -> None:
        history, audit = lists
        self.timeline.clear()
        for change in reversed(history):
            QTreeWidgetItem(self.timeline, [date_text(change.at), change.from_stage or "",
                                            change.to_stage, change.user_name or "",
                                            how_text(change.how), change.reason])
        self.audit.clear()
        for at, who, action, name, old, new in reversed(audit):
            QTreeWidgetItem(self.audit, [date_text(at), who or "", action_text(action),
                                         audit_field(action, name), old or "", new or ""])
        for tree in (self.timeline, self.audit):
            for column in range(tree.columnCount() - 1):
                tree.resizeColumnToContents(column)
