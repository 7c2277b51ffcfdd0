"""The window is on screen before the database opens; nothing in it acts on a file not yet open.

``ui.app.run`` shows the shell (title, navigation, menus, an "Opening <file>…" note),
opens the database on a thread behind it, asks its questions (locked, damaged, sign-in)
over it, and only then builds the board. These tests hold the open back to look at the
shell while it waits.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

import ui.app
from funneldesk.demo import fill_demo
from funneldesk.services import backups, startup, users
from funneldesk.storage import migrate
from funneldesk.storage.database import Database
from ui.main_window import MainWindow

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("private_settings")]

DATABASE_ACTIONS = ("new", "demo", "import", "export", "backups", "switch", "undo", "redo", "find",
                    "edit", "delete", "right", "left", "page_leads", "page_dashboard", "page_settings")



@pytest.fixture
def db_file(db_target: str, engine_name: str) -> Path:
    """A 60-lead SQLite file (the shell is the same for a server; the lock and restore are not)."""
    if engine_name != "sqlite":
        pytest.skip("start-up of an SQLite file")
    database = Database(db_target)
    fill_demo(database, leads=60, seed=2)
    database.close()
    return Path(db_target)


@pytest.fixture
def held_open(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """Hold every open until the returned event is set (the real open follows)."""
    release = threading.Event()
    real = startup.open_for_window

    def slow(target: str, **options: Any) -> Any:
        release.wait(20)
        return real(target, **options)

    monkeypatch.setattr(startup, "open_for_window", slow)
    return release


def _while_running(check: Callable[[], None], delay_ms: int = 300) -> list[BaseException]:
    """Run check inside the event loop after a delay; collect what it raised (run() swallows nothing)."""
    failures: list[BaseException] = []

    def guarded() -> None:
        try:
            check()
        except BaseException as exc:  # reported by the test after run() returns
            failures.append(exc)

    QTimer.singleShot(delay_ms, guarded)
    return failures


def _shell() -> MainWindow:
    shell = ui.app._shell
    assert isinstance(shell, MainWindow)
    return shell


def test_the_window_is_on_screen_before_the_database_opens(
    db_file: Path, held_open: threading.Event, qtbot: QtBot
) -> None:
    seen: dict[str, Any] = {}

    def look() -> None:
        shell = _shell()
        seen["visible"], seen["attached"] = shell.isVisible(), shell.is_attached
        seen["title"] = shell.windowTitle()
        seen["note"] = shell.opening.label.text() if shell.opening.isVisible() else None
        seen["enabled"] = {key: shell.menu_actions[key].isEnabled() for key in (*DATABASE_ACTIONS, "quit")}
        seen["toolbar"] = (shell.pipeline_combo.isEnabled(), shell.search.isEnabled())
        seen["nav"] = shell.nav.isVisible() and shell.nav.count() == 6
        seen["locked"] = _is_locked(db_file)  # the open has not even taken the file's lock
        held_open.set()

    def loaded() -> None:
        window = next(w for w in _windows() if w.is_attached)
        seen["after"] = {key: window.menu_actions[key].isEnabled() for key in ("new", "import", "find")}
        seen["cards"] = sum(c.model.rowCount() for c in window.board.columns)

    failures = _while_running(look)
    failures += _while_running(loaded, 2500)
    assert ui.app.run(str(db_file), quit_after_ms=3000) == 0
    assert not failures, failures
    assert seen["visible"] and not seen["attached"] and not seen["locked"]
    assert seen["title"] == "FunnelDesk — funnel.db"
    assert seen["note"] == "Opening funnel.db…"
    assert seen["enabled"] == {**dict.fromkeys(DATABASE_ACTIONS, False), "quit": True}
    assert seen["toolbar"] == (False, False) and seen["nav"]
    assert seen["after"] == {"new": True, "import": True, "find": True}
    assert seen["cards"] > 0


def test_an_upgrade_says_so_in_the_opening_window(
    tmp_path: Path, engine_name: str, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file from an older version: the window says it backs it up and upgrades it, then opens it."""
    if engine_name != "sqlite":
        pytest.skip("the backup before an upgrade is an SQLite file's")
    path = tmp_path / "older.db"
    old = Database(str(path), migrate=False)
    migrate.upgrade_if_needed(old.engine, "0018")
    old.close()
    release, real, seen = threading.Event(), startup.open_for_window, {}

    def held_after_notice(target: str, announce: Any = None) -> Any:
        def told(notice: Any) -> None:
            announce(notice)
            release.wait(20)  # the backup and upgrade wait until the test has looked

        return real(target, announce=told)

    def look() -> None:
        note = _shell().opening.label
        if "Upgrading" not in note.text():
            QTimer.singleShot(50, look)  # the notice comes from the opening thread
            return
        seen["note"] = note.text()
        release.set()

    deadline = time.monotonic() + 30

    def loaded() -> None:
        seen["attached"] = any(w.is_attached for w in _windows())
        if not seen["attached"] and time.monotonic() < deadline:
            QTimer.singleShot(100, loaded)  # a slow machine: the upgrade is still running

    monkeypatch.setattr(startup, "open_for_window", held_after_notice)
    failures = _while_running(look, 100)
    failures += _while_running(loaded, 1000)
    assert ui.app.run(str(path), quit_after_ms=1500) == 0  # counted from the board's attach
    assert not failures, failures
    assert seen["note"].startswith("Upgrading older.db for this version of FunnelDesk")
    assert "verified backup" in seen["note"]
    assert seen["attached"]
    assert list((tmp_path / "older-backups").glob("*before-*.db"))  # the backup the note spoke of


def _windows() -> list[MainWindow]:
    from PySide6.QtWidgets import QApplication

    return [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]


def _is_locked(path: Path) -> bool:
    try:
        backups.acquire_instance_lock(path).release()
    except backups.InstanceLocked:
        return True
    return False


def test_nothing_in_the_shell_acts_before_the_database_is_open(
    db_file: Path, held_open: threading.Event, qtbot: QtBot
) -> None:
    seen: dict[str, Any] = {}

    def poke() -> None:
        shell = _shell()
        shell.activateWindow()
        for key in ("new", "import", "backups", "switch", "find", "delete", "page_settings"):
            shell.menu_actions[key].trigger()  # disabled: Qt ignores it
        qtbot.keyClick(shell, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # type: ignore[no-untyped-call]
        qtbot.keyClick(shell, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # type: ignore[no-untyped-call]
        shell.open_lead(None)  # even called directly: no database, no editor
        shell.load_demo()
        shell.open_importer()
        shell.show_page(4)  # the navigation answers, the page waits for the database
        seen["dialogs"] = [w for w in _top_levels() if isinstance(w, QDialog) and w.isVisible()]
        seen["page"] = shell.pages.currentWidget() is shell.opening
        held_open.set()

    def loaded() -> None:
        window = next(w for w in _windows() if w.is_attached)
        seen["settings shown"] = window.pages.currentIndex() == 4

    failures = _while_running(poke)
    failures += _while_running(loaded, 2500)
    assert ui.app.run(str(db_file), quit_after_ms=3000) == 0
    assert not failures, failures
    assert seen["dialogs"] == [] and seen["page"]
    assert seen["settings shown"]  # the page chosen while opening is shown once open


def _top_levels() -> list[Any]:
    from PySide6.QtWidgets import QApplication

    return list(QApplication.topLevelWidgets())


def test_closing_the_window_while_it_opens_lets_go_of_the_file(
    db_file: Path, held_open: threading.Event, qtbot: QtBot
) -> None:
    def close() -> None:
        _shell().close()
        QTimer.singleShot(200, held_open.set)  # the open finishes after the window has gone

    failures = _while_running(close)
    assert ui.app.run(str(db_file)) == 0
    assert not failures, failures
    assert not _is_locked(db_file)
    assert ui.app._shell is None


def test_a_locked_file_is_explained_over_the_opening_window(
    db_file: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[tuple[str, bool, bool]] = []

    def problem(title: str, text: str) -> None:
        parent = ui.app._dialog_parent()
        shown.append((text, isinstance(parent, MainWindow) and parent.isVisible(),
                      parent is not None and parent.is_attached))

    monkeypatch.setattr(ui.app, "show_problem", problem)
    with backups.acquire_instance_lock(db_file):
        assert ui.app.run(str(db_file)) == 1
    assert len(shown) == 1
    text, over_window, attached = shown[0]
    assert "already open in another FunnelDesk window" in text
    assert over_window and not attached
    assert ui.app._shell is None


def test_sign_in_is_asked_over_the_opening_window_and_fills_it(
    db_file: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    database = Database(db_file)
    owner = users.ensure_owner(database)
    users.set_password(database, owner, owner.login, "a long enough secret 1")
    database.close()
    asked: list[tuple[bool, bool]] = []

    def exec_(dialog: Any) -> int:
        parent = dialog.parentWidget()
        asked.append((isinstance(parent, MainWindow) and parent.isVisible(), parent.is_attached))
        dialog.user = owner
        return int(QDialog.DialogCode.Accepted.value)

    monkeypatch.setattr("ui.signin.SignInDialog.exec", exec_)
    status: dict[str, str] = {}
    failures = _while_running(lambda: status.update(text=_windows()[0].status_user.text()), 2000)
    assert ui.app.run(str(db_file), quit_after_ms=2500) == 0
    assert not failures, failures
    assert asked == [(True, False)]
    assert status["text"] == f"Signed in as {owner.name} (owner)"


def test_giving_up_at_sign_in_closes_the_window_and_lets_go_of_the_file(
    db_file: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    database = Database(db_file)
    owner = users.ensure_owner(database)
    users.set_password(database, owner, owner.login, "a long enough secret 1")
    database.close()
    monkeypatch.setattr("ui.signin.SignInDialog.exec", lambda dialog: int(QDialog.DialogCode.Rejected.value))
    assert ui.app.run(str(db_file)) == 0
    assert not _is_locked(db_file)
    assert _windows() == []


def test_a_damaged_file_is_offered_its_backup_over_the_opening_window(
    db_file: Path, tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    database = Database(db_file)
    backups.backup_now(database)
    database.close()
    with open(db_file, "r+b") as handle:  # garbage over the middle, header intact
        size = db_file.stat().st_size
        handle.seek(size // 4)
        handle.write(b"\x07" * (size // 2))
    offered: list[tuple[bool, bool]] = []

    def ask(title: str, text: str) -> bool:
        parent = ui.app._dialog_parent()
        offered.append((isinstance(parent, MainWindow) and parent.isVisible(),
                        parent is not None and parent.is_attached))
        return False

    monkeypatch.setattr(ui.app, "ask_restore", ask)
    assert ui.app.run(str(db_file), quit_after_ms=5000) == 7
    assert offered and offered[-1] == (True, False)
    assert _windows() == []


def test_shell_names_match_the_opened_database(tmp_path: Path) -> None:
    assert ui.app.shell_name(str(tmp_path / "crm.db")) == "crm.db"
    assert ui.app.shell_name("postgresql://eli@db.example.com/sales") == "sales@db.example.com"
    database = Database(tmp_path / "crm.db")
    try:
        assert ui.app.shell_name(str(tmp_path / "crm.db")) == database.display_name
    finally:
        database.close()


def test_the_automatic_backup_waits_for_the_boards_first_counts(
    db_file: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A due backup copies the whole file on the worker: the cards and counts must not queue behind it."""
    import ui.safety

    events: list[str] = []  # appended from the GUI thread and the worker: list.append is atomic
    attach = MainWindow.attach

    def attach_and_listen(window: MainWindow, ctx: Any) -> None:
        attach(window, ctx)
        window.board.first_cards_shown.connect(lambda: events.append("cards"))
        window.board.summaries_loaded.connect(lambda _summaries: events.append("counts"))

    monkeypatch.setattr(MainWindow, "attach", attach_and_listen)
    monkeypatch.setattr(ui.safety, "auto_backup", lambda db: events.append("backup"))
    assert ui.app.run(str(db_file), quit_after_ms=2500) == 0
    assert events[:3] == ["cards", "counts", "backup"]


def test_the_first_cards_are_on_screen_before_the_orm_loads(db_file: Path, tmp_path: Path) -> None:
    """The window's whole path to its first cards (open, sign-in lookup, pipelines, cards and their
    gate facts) reads through Core: importing sqlalchemy.orm and mapping every model cost ~0.4 s
    before the first card at any size. A real start in its own process says what was loaded then."""
    import os
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": str(root), "QT_QPA_PLATFORM": "offscreen",
           "FUNNELDESK_STARTUP_TIMES": "1", "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "XDG_DATA_HOME": str(tmp_path / "data")}
    out = subprocess.run([sys.executable, "-m", "funneldesk", "--db", str(db_file)], cwd=root, env=env,
                         capture_output=True, text=True, timeout=120)
    marks = dict(line.split(" ", 1) for line in out.stderr.splitlines()
                 if line.split(" ")[0] in ("window", "cards", "orm"))
    assert out.returncode == 0 and "cards" in marks, out.stderr
    assert marks["orm"] == "0", "sqlalchemy.orm was imported before the first cards were on screen"
