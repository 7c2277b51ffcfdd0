"""Start the window: QApplication, the database (through the services), sign-in, main window.

``run`` is called by ``funneldesk`` with no command. The database is opened
before the event loop starts (nothing is on screen yet to freeze); from then on
every service call goes through the worker thread.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from funneldesk.domain.errors import DatabaseDamaged, FunnelDeskError
from funneldesk.paths import resolve_target
from funneldesk.services.backups import InstanceLocked
from funneldesk.services.startup import Opened, open_for_window, sqlite_file
from ui import errors
from ui.context import AppContext
from ui.icons import icon
from ui.safety import BackupScheduler, damaged_text, locked_text
from ui.translations import install_plurals, install_translator

if TYPE_CHECKING:
    from ui.main_window import MainWindow

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
    install_plurals(app)
    install_translator(app)
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


def show_problem(title: str, text: str) -> None:
    """Show a blocking message before any window exists (tests replace this function)."""
    box = QMessageBox(QMessageBox.Icon.Critical, title, text)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.exec()
    box.deleteLater()


def show_notice(parent: QWidget, text: str) -> None:
    """Show a non-modal warning over the window (tests replace this function)."""
    box = QMessageBox(QMessageBox.Icon.Warning, tr("FunnelDesk — risky location"), text, parent=parent)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setModal(False)
    box.show()


def tr(text: str) -> str:
    """Translate text in the App context."""
    return QCoreApplication.translate("App", text)


def open_for_gui(target: str) -> Opened | int:
    """Open the database for a window, or explain why not and return the exit status."""
    try:
        return open_for_window(target)
    except InstanceLocked as exc:
        show_problem(tr("FunnelDesk is already open"), locked_text(exc))
        return 1
    except DatabaseDamaged as exc:
        show_problem(tr("The database is damaged"), damaged_text(sqlite_file(target) or Path(target), exc))
        return exc.exit_code
    except FunnelDeskError as exc:
        show_problem(tr("FunnelDesk cannot open the database"), str(exc))
        return exc.exit_code


def start_window(ctx: AppContext, opened: Opened) -> MainWindow:
    """Show the main window, warn once about a risky location, start the automatic backups."""
    from ui.main_window import MainWindow

    window = MainWindow(ctx, opened.name)
    window.show()
    if opened.warning:
        show_notice(window, opened.warning)
    if opened.lock is not None:  # an SQLite file: PostgreSQL is backed up on the server
        window.backup_scheduler = BackupScheduler(ctx, window.show_message, window)  # type: ignore[attr-defined]
        window.backup_scheduler.start()  # type: ignore[attr-defined]
    return window


def run(db_target: str | None, quit_after_ms: int | None = None) -> int:
    """Open the window on a database and run the event loop; return the exit status."""
    app = make_application()
    errors.install(app)
    try:
        return _run_window(app, resolve_target(db_target), quit_after_ms)
    finally:
        errors.uninstall()


def _run_window(app: QApplication, target: str, quit_after_ms: int | None) -> int:
    opened = open_for_gui(target)
    if isinstance(opened, int):
        return opened
    ctx = AppContext(opened.db, opened.owner)
    ctx.lock = opened.lock  # released by ctx.shutdown, when the window closes
    if not sign_in_first(ctx, opened):
        ctx.shutdown()
        return 0
    window = start_window(ctx, opened)
    delay = quit_after_ms if quit_after_ms is not None else int(os.environ.get(QUIT_AFTER_ENV, "0") or 0)
    if delay > 0:
        QTimer.singleShot(delay, window.close)
    status = app.exec()
    window.deleteLater()
    return status
