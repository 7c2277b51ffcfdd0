"""Start the window: QApplication, the shell on screen, then the database, sign-in and the board.

``run`` is called by ``funneldesk`` with no command. The window's frame (title,
navigation, menus, an "Opening <file>…" note where the board goes) is shown first,
before the core is even imported; the database is then opened on a plain thread
while the event loop keeps painting (``open_for_gui``), and every question that
open may raise (locked by another window, damaged → restore, sign-in) is asked over
that window. Only then is the board built (``MainWindow.attach``); from then on every
service call goes through the database worker.

With ``FUNNELDESK_STARTUP_TIMES`` set, the window prints ``window <s>`` at its first
frame and ``cards <s>`` when the board shows its first cards on stderr, then
``peak <MB>`` and ``orm <0|1>`` (whether ``sqlalchemy.orm`` was loaded by the first cards)
and quits (bench/bench_scaling.py reads them). The value is the start
time (``time.time()``) to count from; ``1`` counts from the process's start.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QProgressDialog, QWidget

from funneldesk.paths import resolve_target
from ui import errors
from ui.icons import icon
from ui.translations import install_plurals, install_translator

if TYPE_CHECKING:
    from funneldesk.domain.errors import DatabaseDamaged
    from funneldesk.services.startup import Opened
    from ui.context import AppContext
    from ui.main_window import MainWindow

QUIT_AFTER_ENV = "FUNNELDESK_QUIT_AFTER_MS"
STARTUP_TIMES_ENV = "FUNNELDESK_STARTUP_TIMES"

# The shell shown while the database opens; start_window fills it instead of making a new window.
_shell: MainWindow | None = None


def __getattr__(name: str) -> Any:
    """Load the core-facing names on first use: importing ui.app must stay as light as Qt itself."""
    if name == "AppContext":
        from ui.context import AppContext

        return AppContext
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


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

    dialog = SignInDialog(ctx.runner, ctx.db, opened.name, _dialog_parent())
    accepted = dialog.exec() == QDialog.DialogCode.Accepted and dialog.user is not None
    if accepted and dialog.user is not None:
        ctx.actor = dialog.user
    dialog.deleteLater()
    return accepted


def sign_in_to_server(target: str) -> Opened | int:
    """Ask for a login and password and open the team database as that person (0: gave up)."""
    from ui.signin import SignInDialog
    from ui.tasks import TaskRunner

    runner = TaskRunner()
    dialog = SignInDialog(runner, None, target.rsplit("/", 1)[-1], _dialog_parent(), target=target)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    opened = dialog.opened
    dialog.deleteLater()
    runner.shutdown()
    return opened if accepted and opened is not None else 0


def _dialog_parent() -> MainWindow | None:
    """Return the shown shell, the parent of every start-up question (None before one exists)."""
    return _shell if _shell is not None and not _shell.closed else None


def show_problem(title: str, text: str) -> None:
    """Show a blocking message over the opening window (tests replace this function)."""
    box = QMessageBox(QMessageBox.Icon.Critical, title, text, parent=_dialog_parent())
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
    box = QMessageBox(QMessageBox.Icon.Critical, title, text, parent=_dialog_parent())
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    restore = box.addButton(tr("&Restore the backup and open it"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(tr("&Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore)
    box.exec()
    chosen = box.clickedButton() is restore
    box.deleteLater()
    return chosen


class _Finished(QObject):
    """Carries "the job is done" from a plain thread to the GUI thread's event loop."""

    done = Signal()


class _Upgrading(QObject):
    """Carries "an upgrade is starting" from the opening thread to the shell's opening note."""

    notice = Signal(object)


def in_background(job: Callable[[], Any], until_closed: MainWindow | None = None) -> dict[str, Any]:
    """Run job on a plain thread while the event loop keeps painting; return its outcome.

    The outcome holds "result" or "error". The GUI thread waits in a local event loop,
    so the window repaints, moves and answers its menus meanwhile. If ``until_closed``
    is closed first the wait ends at once with "closed" set; the job still runs to its
    end on its thread (an open cannot be abandoned half way: it holds the file's lock),
    and ``"thread"`` lets the caller wait for it and release what it returns.
    """
    outcome: dict[str, Any] = {}
    loop, relay, finished = QEventLoop(), _Finished(), threading.Event()
    relay.done.connect(loop.quit, Qt.ConnectionType.QueuedConnection)

    def work() -> None:
        try:
            outcome["result"] = job()
        except BaseException as exc:  # re-raised on the GUI thread by the caller
            outcome["error"] = exc
        finished.set()
        relay.done.emit()

    thread = threading.Thread(target=work, name="funneldesk-open", daemon=True)
    thread.start()
    if until_closed is not None:
        watch = QTimer(loop)  # closing the window ends the wait without waiting for the open
        watch.timeout.connect(lambda: loop.quit() if until_closed.closed else None)
        watch.start(50)
    while not finished.is_set() and not (until_closed is not None and until_closed.closed):
        loop.exec()
    if not finished.is_set():
        outcome["closed"], outcome["thread"] = True, thread
    else:
        thread.join()
    return outcome


def run_busy(label: str, job: Callable[[], object]) -> object:
    """Run a job on a worker thread behind a busy dialog over the opening window; return or raise."""
    dialog = QProgressDialog(label, "", 0, 0, _dialog_parent())
    dialog.setCancelButton(None)  # a restore is one SQLite transaction: it finishes or changes nothing
    dialog.setMinimumDuration(300)
    outcome = in_background(job)
    dialog.close()
    dialog.deleteLater()
    error = outcome.get("error")
    if isinstance(error, BaseException):
        raise error
    return outcome["result"]


def tr(text: str) -> str:
    """Translate text in the App context."""
    return QCoreApplication.translate("App", text)


def open_for_gui(target: str, offer_restore: bool = True) -> Opened | int:
    """Open the database for a window, or explain why not and return the exit status.

    The open (the core's import, the lock, the migration check) runs on a plain thread
    while the window, if shown, keeps painting; closing it meanwhile gives up (status 0)
    once the open has finished and let go of the file.
    """
    from funneldesk.domain.errors import DatabaseDamaged, FunnelDeskError

    upgrading = _Upgrading()
    shell = _dialog_parent()
    if shell is not None:
        upgrading.notice.connect(shell.show_upgrade, Qt.ConnectionType.QueuedConnection)

    def job() -> Opened:
        from funneldesk.services.startup import open_for_window

        return open_for_window(target, announce=upgrading.notice.emit)

    outcome = in_background(job, shell)
    if outcome.get("closed"):
        outcome["thread"].join()  # the user left while opening: let go of what the open took
        _release(outcome.get("result"))
        return 0
    error = outcome.get("error")
    if error is None:
        opened: Opened = outcome["result"]
        return opened
    from funneldesk.services.backups import InstanceLocked
    from funneldesk.services.startup import ServerSignInNeeded
    from ui.safety import locked_text

    if isinstance(error, InstanceLocked):
        show_problem(tr("FunnelDesk is already open"), locked_text(error))
        return 1
    if isinstance(error, DatabaseDamaged):
        return _damaged(target, error, offer_restore)
    if isinstance(error, ServerSignInNeeded):
        return sign_in_to_server(target)
    if isinstance(error, FunnelDeskError):
        show_problem(tr("FunnelDesk cannot open the database"), str(error))
        return error.exit_code
    raise error


def _release(opened: object) -> None:
    """Close a database opened for a window nobody will see, and give its lock back."""
    if opened is None:
        return
    opened.db.close()  # type: ignore[attr-defined]
    lock = getattr(opened, "lock", None)
    if lock is not None:
        lock.release()


def _damaged(target: str, exc: DatabaseDamaged, offer_restore: bool) -> Opened | int:
    from funneldesk.domain.errors import FunnelDeskError
    from funneldesk.services.backups import restore_backup
    from funneldesk.services.startup import sqlite_file
    from ui.safety import damaged_text

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


def shell_name(target: str) -> str:
    """Return the name a window shows for a target before it is open (as Database.display_name)."""
    if "://" not in target:
        return Path(target).name
    parts = urlsplit(target)
    if parts.scheme.startswith("sqlite"):
        return Path(parts.path).name
    return f"{parts.path.lstrip('/')}@{parts.hostname or ''}"


def show_shell(target: str) -> MainWindow:
    """Put the window's frame on screen at once: nothing of the database is needed for it."""
    global _shell
    from ui.main_window import MainWindow

    _shell = MainWindow(None, shell_name(target))
    StartupTimes.watch(_shell)
    _shell.show()
    return _shell


def start_window(ctx: AppContext, opened: Opened) -> MainWindow:
    """Fill the shown window (or show a new one), warn about a risky location, start the backups."""
    from ui.main_window import MainWindow

    global _shell
    window, _shell = _dialog_parent(), None
    if isinstance(window, MainWindow) and not window.is_attached:
        window.database_name = opened.name
        window.setWindowTitle(window.tr("FunnelDesk — %1").replace("%1", opened.name))
        window.attach(ctx)
    else:
        window = MainWindow(ctx, opened.name)
        window.show()
    if opened.warning:
        show_notice(window, opened.warning)
    if opened.lock is not None and not StartupTimes.active():  # PostgreSQL is backed up on the server
        # (A timed start quits at its first cards: a backup would only copy the whole file.)
        # A due backup reads the whole file on its own thread (seconds at 1M leads) and
        # competes with the board's reads: the first cards and counts go first (and
        # its module, which loads the ORM, is imported only then).
        after_first_counts(window, lambda: start_backups(ctx, window))
    start_integrity_scan(window, opened)
    ctx.runner.on_damaged = lambda _exc: _reopen_damaged(window)
    return window


def start_backups(ctx: AppContext, window: MainWindow) -> None:
    """Start the automatic backups of the window's file (the scheduler checks whether one is due)."""
    from ui.safety import BackupScheduler

    scheduler = BackupScheduler(ctx, window.show_message, window)
    window.backup_scheduler = scheduler  # type: ignore[attr-defined]
    scheduler.start()


def after_first_counts(window: MainWindow, start: Callable[[], None], at_latest_ms: int = 10_000) -> None:
    """Call start once the board has its first counts (or after at_latest_ms, whichever comes first)."""
    started: list[bool] = []

    def once(*_args: object) -> None:
        if not started and not window.closed:
            started.append(True)
            start()

    window.board.summaries_loaded.connect(once)
    QTimer.singleShot(at_latest_ms, window, once)


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


class StartupTimes(QObject):
    """With FUNNELDESK_STARTUP_TIMES set: print when the window and its first cards show, then quit."""

    def __init__(self, window: MainWindow, origin: float) -> None:
        super().__init__(window)
        self._window, self._origin, self._cards = window, origin, False
        window.first_paint.connect(lambda: self._say("window"))
        window.attached.connect(self._on_attached)

    @staticmethod
    def active() -> bool:
        """Say whether this start is timed."""
        return bool(os.environ.get(STARTUP_TIMES_ENV))

    @classmethod
    def watch(cls, window: MainWindow) -> None:
        """Time this window's start when asked to."""
        value = os.environ.get(STARTUP_TIMES_ENV, "")
        if value:
            origin = float(value) if value.replace(".", "", 1).isdigit() and float(value) > 1e6 else None
            cls(window, origin if origin is not None else time.time() - process_age())

    def _say(self, what: str) -> None:
        print(f"{what} {time.time() - self._origin:.3f}", file=sys.stderr, flush=True)

    def _on_attached(self) -> None:
        board = self._window.board
        board.first_cards_shown.connect(lambda: self._on_cards(empty_done=False))
        board.summaries_loaded.connect(lambda _summaries: self._on_cards(empty_done=True))

    def _on_cards(self, empty_done: bool) -> None:
        """Time the first cards; a pipeline with no open lead is done once its counts are in."""
        shows_rows = any(column.model.rowCount() for column in self._window.board.columns)
        if self._cards or not (shows_rows or empty_done):
            return
        self._cards = True
        self._window.repaint()  # the cards drawn, not just handed to the views
        self._say("cards")
        print(f"peak {peak_memory_mb():.1f}", file=sys.stderr, flush=True)
        # Whether the ORM was loaded by then (a test holds the window's path to its cards to Core).
        print(f"orm {int('sqlalchemy.orm' in sys.modules)}", file=sys.stderr, flush=True)
        QTimer.singleShot(0, self._window.close)


def process_age() -> float:
    """Return the seconds since this process started (Linux; elsewhere since Python started)."""
    try:
        fields = Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()
        started = int(fields[19]) / os.sysconf("SC_CLK_TCK")
        return time.clock_gettime(time.CLOCK_BOOTTIME) - started
    except (OSError, IndexError, ValueError, AttributeError):
        return time.perf_counter()


def peak_memory_mb() -> float:
    """Return this process's peak resident memory in MB (VmHWM on Linux, else ru_maxrss)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    unit = 1024 * 1024 if sys.platform == "darwin" else 1024  # bytes on macOS, kB elsewhere
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / unit


def preload_core() -> None:
    """Import what the open and the first cards need on a thread while the window is built.

    SQLAlchemy and the core's tables take ~0.25 s to import; Qt builds and paints the window
    meanwhile (partly outside the GIL), so the open that follows finds them loaded. Measured
    offscreen on a busy 2-core machine: first cards ~3% sooner, the window ~9% later (it
    shares the GIL); a real display's window costs more C++ time and hides more of the import.
    A failed import is left for the open itself to meet and explain.
    """

    def load() -> None:
        import importlib

        # The board's widgets only define classes on import (no Qt object is made off the GUI thread).
        for name in ("funneldesk.services.startup", "funneldesk.services.board", "ui.board.view"):
            try:
                importlib.import_module(name)
            except Exception:  # the open imports it again and reports the error properly
                return

    threading.Thread(target=load, name="funneldesk-preload", daemon=True).start()


def run(db_target: str | None, quit_after_ms: int | None = None) -> int:
    """Open the window on a database and run the event loop; return the exit status."""
    preload_core()
    app = make_application()
    errors.install(app)
    try:
        return _run_window(app, resolve_target(db_target), quit_after_ms)
    finally:
        errors.uninstall()


def _run_window(app: QApplication, target: str, quit_after_ms: int | None) -> int:
    global _shell
    while True:
        shell = show_shell(target)
        try:
            opened = open_for_gui(target)
            if isinstance(opened, int) or shell.closed:
                if not isinstance(opened, int):
                    _release(opened)  # closed while a sign-in or restore question was open
                return opened if isinstance(opened, int) else 0
            status, reopen = _window_session(app, opened, quit_after_ms)
        finally:
            if _shell is shell:  # not filled by start_window: nobody else will close it
                _shell = None
                shell.close()
                shell.deleteLater()
        if not reopen:  # a restore from File > Backups opens the restored file in a new window
            return status


def _window_session(app: QApplication, opened: Opened, quit_after_ms: int | None) -> tuple[int, bool]:
    from ui.context import AppContext

    ctx = AppContext(opened.db, opened.owner)
    ctx.lock = opened.lock  # released by ctx.shutdown, when the window closes
    if not sign_in_first(ctx, opened):
        ctx.shutdown()
        return 0, False
    window = start_window(ctx, opened)
    delay = quit_after_ms if quit_after_ms is not None else int(os.environ.get(QUIT_AFTER_ENV, "0") or 0)
    if delay > 0:
        QTimer.singleShot(delay, window.close)
    status = app.exec() if not window.closed else 0
    reopen = window.reopen_requested
    window.deleteLater()
    return status, reopen
