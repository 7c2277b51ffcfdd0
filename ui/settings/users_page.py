"""UsersPage: users, their roles and the manager hierarchy (owner only).

Owned by ``SettingsView``. Anyone may look; only an owner may change, and that is
decided by ``funneldesk.services.users``: a refusal shows inline, never a greyed-out
guess. Emits ``users_changed()`` after a change.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
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
from funneldesk.services import users
from ui.models_util import Db, Roles, error_text, run_for, tr
from ui.tasks import TaskRunner


def role_names() -> dict[str, str]:
    """Return roles and their words."""
    return {"owner": tr("Roles", "owner"), "manager": tr("Roles", "manager"),
            "employee": tr("Roles", "employee")}


class UsersPage(QWidget):
    """The user list as a hierarchy, and a form to add a user or change the selected one."""

    users_changed = Signal()

    def __init__(self, runner: TaskRunner, db: Db, actor: UserRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner, self._db, self._actor = runner, db, actor
        self._users: list[UserRecord] = []
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels([self.tr("Name"), self.tr("Login"), self.tr("Role"), self.tr("Active")])
        self.tree.setAccessibleName(self.tr("Users"))
        self.tree.currentItemChanged.connect(self._on_selected)
        self.name, self.login = QLineEdit(self), QLineEdit(self)
        self.role, self.manager = QComboBox(self), QComboBox(self)
        for key, text in role_names().items():
            self.role.addItem(text, key)
        self.active = QCheckBox(self.tr("Active"), self)
        self.active.setChecked(True)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        form = QFormLayout()
        for label, widget in ((self.tr("Name"), self.name), (self.tr("Login"), self.login),
                              (self.tr("Role"), self.role), (self.tr("Manager"), self.manager)):
            widget.setAccessibleName(label)
            form.addRow(label, widget)
        form.addRow(self.active)
        buttons = QHBoxLayout()
        for text, slot in ((self.tr("Add user"), self.add_user),
                           (self.tr("Update selected"), self.update_selected)):
            button = QPushButton(text, self)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.reload()

    def reload(self) -> None:
        """Re-read the users."""
        db, actor = self._db, self._actor
        run_for(self, self._runner, lambda: users.list_users(db, actor), self._show, self._on_error)

    def _show(self, records: list[UserRecord]) -> None:
        self._users = records
        self.tree.clear()
        items: dict[int, QTreeWidgetItem] = {}
        ids = {u.id for u in records}
        for user in sorted(records, key=lambda u: (u.manager_id is not None, u.id)):
            parent = items.get(user.manager_id) if user.manager_id in ids else None
            item = QTreeWidgetItem([user.name, user.login, role_names().get(user.role, user.role),
                                    self.tr("yes") if user.active else self.tr("no")])
            item.setData(0, Roles.ID, user.id)
            (parent.addChild(item) if parent else self.tree.addTopLevelItem(item))
            items[user.id] = item
        self._attach_orphans(records, items)
        self.tree.expandAll()
        for column in range(self.tree.columnCount()):  # whole names, indented under their managers
            self.tree.resizeColumnToContents(column)
        self.manager.clear()
        self.manager.addItem(self.tr("(none)"), None)
        for user in records:
            self.manager.addItem(user.name, user.id)

    def _attach_orphans(self, records: list[UserRecord], items: dict[int, QTreeWidgetItem]) -> None:
        # A manager listed after their report (by id) is attached once all items exist.
        for user in records:
            item, boss = items[user.id], items.get(user.manager_id or -1)
            if boss is not None and item.parent() is not boss:
                index = self.tree.indexOfTopLevelItem(item)
                taken = self.tree.takeTopLevelItem(index) if index >= 0 else None
                if taken is not None:
                    boss.addChild(taken)

    def _selected(self) -> UserRecord | None:
        item = self.tree.currentItem()
        user_id = item.data(0, Roles.ID) if item is not None else None
        return next((u for u in self._users if u.id == user_id), None)

    def _on_selected(self, *_args: object) -> None:
        user = self._selected()
        if user is None:
            return
        self.name.setText(user.name)
        self.login.setText(user.login)
        self.role.setCurrentIndex(max(self.role.findData(user.role), 0))
        self.manager.setCurrentIndex(max(self.manager.findData(user.manager_id), 0))
        self.active.setChecked(user.active)

    def _change(self, job: Callable[[], Any]) -> None:
        run_for(self, self._runner, job, self._on_changed, self._on_error)

    def _on_changed(self, _result: object) -> None:
        self.message.setText(self.tr("Saved."))
        self.reload()
        self.users_changed.emit()

    def _on_error(self, exc: Exception) -> None:
        self.message.setText(error_text(exc))

    def add_user(self) -> None:
        """Create a user from the form."""
        db, actor = self._db, self._actor
        name, login = self.name.text().strip(), self.login.text().strip()
        role, manager = str(self.role.currentData()), self.manager.currentData()
        self._change(lambda: users.add_user(db, actor, name, login or users.login_from_name(name),
                                            role, manager))

    def update_selected(self) -> None:
        """Apply the form's name, role, manager and active flag to the selected user."""
        user = self._selected()
        if user is None:
            return
        db, actor, user_id = self._db, self._actor, user.id
        name, role = self.name.text().strip(), str(self.role.currentData())
        manager = self.manager.currentData()
        active = self.active.isChecked()
        self._change(lambda: users.update_user(db, actor, user_id, role=role, manager=manager,
                                               active=active, name=name))
