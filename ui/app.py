"""Start the window: QApplication, the database (through the services), sign-in, main window.

``run`` is called by ``funneldesk`` with no command. The database is opened
before the event loop starts (nothing is on screen yet to freeze); from then on
every service call goes through the worker thread.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QProgressDialog, QWidget

from funneldesk.domain.errors import DatabaseDamaged, FunnelDeskError
from funneldesk.paths import resolve_target
from funneldesk.services.backups import InstanceLocked, restore_backup
from funneldesk.services.startup import Opened, ServerSignInNeeded, open_for_window, sqlite_file
from ui import errors
from ui.context import AppContext
from ui.icons import icon
from ui.safety import BackupScheduler, damaged_text, locked_text
from ui.tasks import TaskRunner
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


def sign_in_to_server(target: str) -> Opened | int:
    """Ask for a login and password and open the team database as that person (0: gave up)."""
    from ui.signin import SignInDialog

    runner = TaskRunner()
    dialog = SignInDialog(runner, None, target.rsplit("/", 1)[-1], target=target)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    opened = dialog.opened
    dialog.deleteLater()
    runner.shutdown()
    return opened if accepted and opened is not None else 0


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


def ask_restore(title: str, text: str) -> bool:
    """Ask whether to restore the offered backup now (tests replace this function)."""
    box = QMessageBox(QMessageBox.Icon.Critical, title, text)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    restore = box.addButton(tr("&Restore the backup and open it"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(tr("&Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore)
    box.exec()
    chosen = box.clickedButton() is restore
    box.deleteLater()
    return chosen


def run_busy(label: str, job: Callable[[], object]) -> object:
    """Run a job on a worker thread behind a busy dialog, before any window exists; return or raise."""
    runner, loop = TaskRunner(), QEventLoop()
    outcome: dict[str, object] = {}
    dialog = QProgressDialog(label, "", 0, 0)
    dialog.setCancelButton(None)  # a restore is one SQLite transaction: it finishes or changes nothing

    def finish(key: str, value: object) -> None:
        outcome[key] = value
        loop.quit()

    runner.run(job, lambda result: finish("result", result), lambda exc: finish("error", exc))
    dialog.setMinimumDuration(300)
    loop.exec()
    runner.shutdown()
    dialog.close()
    dialog.deleteLater()
    error = outcome.get("error")
    if isinstance(error, Exception):
        raise error
    return outcome["result"]


def tr(text: str) -> str:
    """Translate text in the App context."""
    return QCoreApplication.translate("App", text)


def open_for_gui(target: str, offer_restore: bool = True) -> Opened | int:
    """Open the database for a window, or explain why not and return the exit status."""
    try:
        return open_for_window(target)
    except InstanceLocked as exc:
        show_problem(tr("FunnelDesk is already open"), locked_text(exc))
        return 1
    except DatabaseDamaged as exc:
        return _damaged(target, exc, offer_restore)
    except ServerSignInNeeded:
        return sign_in_to_server(target)
    except FunnelDeskError as exc:
        show_problem(tr("FunnelDesk cannot open the database"), str(exc))
        return exc.exit_code


def _damaged(target: str, exc: DatabaseDamaged, offer_restore: bool) -> Opened | int:
    path, backup = sqlite_file(target) or Path(target), getattr(exc, "backup", None)
    title, text = tr("The database is damaged"), damaged_text(path, exc)
    if backup is None or not offer_restore:
        show_problem(title, text)
        return exc.exit_code
    if not ask_restore(title, text):
        return exc.exit_code
    try:
        run_busy(tr("Restoring the backup…"), lambda: restore_backup(path, backup.path))
    except (FunnelDeskError, OSError) as err:
        show_problem(tr("The backup could not be restored"), str(err))
        return getattr(err, "exit_code", exc.exit_code)
    # Offered once: a restored file that still fails its check is explained, not offered again.
    return open_for_gui(target, offer_restore=False)


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
    start_integrity_scan(window, opened)
    ctx.runner.on_damaged = lambda _exc: _reopen_damaged(window)
    return window


def _reopen_damaged(window: MainWindow) -> None:
    """Close the window on a file found damaged; the start-up flow explains it and offers a backup."""
    if window.reopen_requested:
        return  # several tasks met the damage: one restore offer
    window.reopen_requested = True
    window.close()


def start_integrity_scan(window: MainWindow, opened: Opened) -> None:
    """When a scan is due (unclean close, file changed), run it on a thread; on damage, reopen."""
    from ui.integrity import IntegrityScan

    scan = IntegrityScan(opened.db, window)

    def done(problems: list[str]) -> None:
        if not problems:
            window.show_message(tr("Integrity check passed"))
            return
        # The start-up flow scans again (the file is now known damaged), explains it and
        # offers the newest verified backup: one dialog, the same as a refused open.
        _reopen_damaged(window)

    if scan.start(done):
        window.show_message(tr("Checking the file after an unclean shutdown…"))
        window.integrity_scan = scan  # type: ignore[attr-defined]


def run(db_target: str | None, quit_after_ms: int | None = None) -> int:
    """Open the window on a database and run the event loop; return the exit status."""
    app = make_application()
    errors.install(app)
    try:
        return _run_window(app, resolve_target(db_target), quit_after_ms)
    finally:
        errors.uninstall()


def _run_window(app: QApplication, target: str, quit_after_ms: int | None) -> int:
    while True:
        opened = open_for_gui(target)
        if isinstance(opened, int):
            return opened
        status, reopen = _window_session(app, opened, quit_after_ms)
        if not reopen:  # a restore from File > Backups opens the restored file in a new window
            return status


def _window_session(app: QApplication, opened: Opened, quit_after_ms: int | None) -> tuple[int, bool]:
    ctx = AppContext(opened.db, opened.owner)
    ctx.lock = opened.lock  # released by ctx.shutdown, when the window closes
    if not sign_in_first(ctx, opened):
        ctx.shutdown()
        return 0, False
    window = start_window(ctx, opened)
    delay = quit_after_ms if quit_after_ms is not None else int(os.environ.get(QUIT_AFTER_ENV, "0") or 0)
    if delay > 0:
        QTimer.singleShot(delay, window.close)
    status = app.exec()
    reopen = window.reopen_requested
    window.deleteLater()
    return status, reopen
