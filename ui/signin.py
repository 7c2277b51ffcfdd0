"""The sign-in dialog: shown first when any user has a password, and by File ▸ Switch user.

The password check and its throttling happen in the core (``users.sign_in``) on
the database worker; the dialog only collects the login and shows the answer.
For a team server (``target`` given) the login and password open the connection
itself (``startup.open_team``): the server checks them, and everything the window
does afterwards runs as that person, limited by the server's row-level security.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from funneldesk.domain.errors import FunnelDeskError
from funneldesk.domain.records import UserRecord
from funneldesk.services import startup, users
from ui.tasks import TaskRunner


class SignInDialog(QDialog):
    """Ask for a login and password; ``user`` holds the signed-in user after accept()."""

    def __init__(
        self,
        runner: TaskRunner,
        db: object,
        database_name: str,
        parent: QWidget | None = None,
        *,
        target: str | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner, self._db, self._target = runner, db, target
        self.user: UserRecord | None = None
        self.opened: startup.Opened | None = None  # a team server's connection, after accept()
        self.setWindowTitle(self.tr("Sign in to FunnelDesk — %1").replace("%1", database_name))
        self.login = QLineEdit(self)
        self.login.setAccessibleName(self.tr("Login"))
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #e03131;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in"))
        self.buttons.accepted.connect(self._on_accepted)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        intro = (self.tr("This team database is on a server. Sign in with your login and password.")
                 if target is not None else self.tr("This database is protected. Sign in with your login."))
        form.addRow(QLabel(intro, self))
        form.addRow(self.tr("&Login:"), self.login)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow(self.message)
        form.addRow(self.buttons)

    def _on_accepted(self) -> None:
        login, password, db = self.login.text().strip(), self.password.text(), self._db
        if not login:
            self.message.setText(self.tr("Enter your login."))
            return
        self.buttons.setEnabled(False)
        self.message.setText(self.tr("Checking…"))
        target = self._target
        if target is not None:
            self._runner.run(lambda: startup.open_team(target, login, password),
                             self._on_signed_in, self._on_refused)
            return
        self._runner.run(
            lambda: users.sign_in(db, login, password),  # type: ignore[arg-type]
            self._on_signed_in,
            self._on_refused,
        )

    def _on_signed_in(self, result: UserRecord | startup.Opened) -> None:
        if isinstance(result, startup.Opened):
            self.opened, result = result, result.owner
        self.user = result
        self.buttons.setEnabled(True)
        self.accept()

    def _on_refused(self, exc: Exception) -> None:
        if not isinstance(exc, FunnelDeskError):
            raise exc
        self.buttons.setEnabled(True)
        self.message.setText(self.tr("Sign-in refused: %1").replace("%1", str(exc)))
        self.password.selectAll()
        self.password.setFocus()
