"""Start the window: QApplication, the database (through the services), sign-in, main window.

``run`` is called by ``funneldesk`` with no command. The database is opened
before the event loop starts (nothing is on screen yet to freeze); from then on
every service call goes through the worker thread.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from funneldesk.domain.errors import FunnelDeskError
from funneldesk.paths import resolve_target
from funneldesk.services.startup import Opened, open_database
from ui import errors
from ui.context import AppContext
from ui.icons import icon

QUIT_AFTER_ENV = "FUNNELDESK_QUIT_AFTER_MS"


def make_application() -> QApplication:
    """Return the QApplication, creating it with FunnelDesk's names and icon."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(sys.argv[:1])
    app.setApplicationName("FunnelDesk")
    app.setOrganizationName("FunnelDesk")
    app.setApplicationDisplayName("FunnelDesk")
    app.setWindowIcon(icon("app"))
    return app


def sign_in_first(ctx: AppContext, opened: Opened) -> bool:
    """Ask for a login when the database has passwords; return False when the user gives up."""
    if not opened.needs_sign_in:
        return True
    from ui.signin import SignInDialog

    dialog = SignInDialog(ctx.runner, ctx.db, opened.name)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted and dialog.user is not None
    if accepted and dialog.user is not None:
        ctx.actor = dialog.user
    dialog.deleteLater()
    return accepted


def run(db_target: str | None, quit_after_ms: int | None = None) -> int:
    """Open the window on a database and run the event loop; return the exit status."""
    app = make_application()
    errors.install(app)
    try:
        opened = open_database(resolve_target(db_target))
    except FunnelDeskError as exc:
        QMessageBox.critical(
            None, QCoreApplication.translate("App", "FunnelDesk cannot open the database"), str(exc)
        )
        return exc.exit_code
    ctx = AppContext(opened.db, opened.owner)
    if not sign_in_first(ctx, opened):
        ctx.shutdown()
        return 0
    from ui.main_window import MainWindow

    window = MainWindow(ctx, opened.name)
    window.show()
    delay = quit_after_ms if quit_after_ms is not None else int(os.environ.get(QUIT_AFTER_ENV, "0") or 0)
    if delay > 0:
        QTimer.singleShot(delay, window.close)
    status = app.exec()
    errors.uninstall()
    window.deleteLater()
    return status
