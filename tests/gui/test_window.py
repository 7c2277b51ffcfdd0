"""The main window: empty and demo databases, roles, undo/redo names, search, clean exit, screenshot."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QDialog, QProgressDialog
from pytestqt.qtbot import QtBot

from funneldesk.demo import fill_demo
from funneldesk.domain.records import UserRecord
from funneldesk.services import leads, pipelines, users
from funneldesk.services.startup import open_database
from funneldesk.storage.database import Database
from tests.core.helpers import make_team
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.signin import SignInDialog

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("private_settings")]
ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"



@pytest.fixture
def open_window(qtbot: QtBot) -> Iterator[object]:
    """Return a function that shows the window for an actor and waits for the board."""
    shown: list[MainWindow] = []

    def show(db: Database, actor: UserRecord) -> MainWindow:
        window = MainWindow(AppContext(db, actor), "funnel.db")
        qtbot.addWidget(window)
        with qtbot.waitSignal(window.board.summaries_loaded, timeout=10000):
            window.show()
        qtbot.waitUntil(lambda: not any(c.model.fetching for c in window.board.columns), timeout=10000)
        shown.append(window)
        return window

    yield show
    for window in shown:
        window.ctx.runner.shutdown()


def test_window_opens_on_an_empty_database(db_target: str, open_window: object) -> None:
    opened = open_database(db_target)
    window = open_window(opened.db, opened.owner)  # type: ignore[operator]
    assert window.windowTitle() == "FunnelDesk — funnel.db"
    assert window.board_stack.currentWidget() is window.empty_state
    assert window.empty_state.demo_button.text() == "Load demo data"
    assert window.pipeline_combo.currentText() == "Typical sales"


def test_window_opens_on_a_demo_database(db: Database, open_window: object) -> None:
    fill_demo(db, leads=300)
    window = open_window(db, users.get_actor(db))  # type: ignore[operator]
    assert window.board_stack.currentWidget() is window.board
    assert sum(s.count for s in window.board.summaries) == 300
    first = window.board.columns[0]
    assert first.model.rowCount() == min(first.model.total, 200)
    assert "300 leads in this pipeline" in window.status_counts.text()


def test_an_employee_sees_only_their_leads(db: Database, open_window: object) -> None:
    team = make_team(db)
    mine = leads.create_lead(db, team.owner, {"title": "Eli's"}, owner="eli")
    leads.create_lead(db, team.owner, {"title": "Ola's"}, owner="ola")
    leads.create_lead(db, team.owner, {"title": "Mia's"}, owner="mia")
    window = open_window(db, team.employee)  # type: ignore[operator]
    assert sum(s.count for s in window.board.summaries) == 1
    assert window.board.columns[0].model.card_at(0).id == mine.id
    assert "Eli Employee (employee)" in window.status_user.text()


def test_switching_to_an_employee_narrows_the_board(db: Database, open_window: object, qtbot: QtBot) -> None:
    team = make_team(db)
    leads.create_lead(db, team.owner, {"title": "Eli's"}, owner="eli")
    leads.create_lead(db, team.owner, {"title": "Ola's"}, owner="ola")
    window = open_window(db, team.owner)  # type: ignore[operator]
    assert sum(s.count for s in window.board.summaries) == 2
    with qtbot.waitSignal(window.board.summaries_loaded):
        window.ctx.set_actor(team.employee)
    assert sum(s.count for s in window.board.summaries) == 1
    assert "Eli Employee" in window.status_user.text()


def test_a_stage_edited_in_settings_shows_on_the_board(
    db: Database, open_window: object, qtbot: QtBot
) -> None:
    team = make_team(db)
    window = open_window(db, team.owner)  # type: ignore[operator]
    window.show_page(4)
    settings = window.lazy_pages[3].page
    assert settings is not None and hasattr(settings, "pipelines_changed")
    stage = team.pipeline.stages[0]
    pipelines.update_stage(db, team.owner, stage.id, {"name": "First call", "rotting_days": 3})
    with qtbot.waitSignal(window.board.summaries_loaded):
        settings.pipelines_changed.emit(team.pipeline.id)
    assert window.board.columns[0].stage.name == "First call"
    assert window.board.columns[0].stage.rotting_days == 3


def test_undo_and_redo_a_move_name_the_step(db: Database, open_window: object, qtbot: QtBot) -> None:
    team = make_team(db)
    lead = leads.create_lead(db, team.owner, {"title": "Undoable", "phone": "+1 555 0102"})
    window = open_window(db, team.owner)  # type: ignore[operator]
    board = window.board
    with qtbot.waitSignal(board.cards_refreshed):
        board.request_move(lead.id, board.columns[0].stage.id, board.columns[1].stage.id)
    undo, redo = window.menu_actions["undo"], window.menu_actions["redo"]
    assert undo.text() == "&Undo Move to Client qualification" and not redo.isEnabled()
    with qtbot.waitSignal(board.cards_refreshed):
        undo.trigger()
    assert board.columns[0].model.row_of(lead.id) is not None
    assert leads.lead_history(db, team.owner, lead.id)[-1].how == "undo"
    assert redo.text() == "&Redo Move to Client qualification" and not undo.isEnabled()
    with qtbot.waitSignal(board.cards_refreshed):
        redo.trigger()
    assert board.columns[1].model.row_of(lead.id) is not None


def test_an_edit_saved_in_the_editor_can_be_undone(db: Database, open_window: object, qtbot: QtBot) -> None:
    team = make_team(db)
    lead = leads.create_lead(db, team.owner, {"title": "Edited"})
    window = open_window(db, team.owner)  # type: ignore[operator]
    window.open_lead(lead.id)
    qtbot.waitUntil(lambda: _editor(window) is not None)
    editor = _editor(window)
    saved = leads.update_lead(db, team.owner, lead.id, {"company": "Acme"})
    with qtbot.waitSignal(window.ctx.undo_changed):
        editor.lead_saved.emit(saved)
    assert window.menu_actions["undo"].text() == "&Undo Edit “Edited”"
    editor.close()
    with qtbot.waitSignal(window.board.cards_refreshed):
        window.menu_actions["undo"].trigger()
    assert leads.get_lead(db, team.owner, lead.id).company is None


def _editor(window: MainWindow) -> Any:
    return next((d for d in window.findChildren(QDialog) if type(d).__name__ == "LeadEditorDialog"), None)


def test_delete_then_undo_brings_the_lead_back(db: Database, open_window: object, qtbot: QtBot) -> None:
    team = make_team(db)
    lead = leads.create_lead(db, team.owner, {"title": "Trashed"})
    window = open_window(db, team.owner)  # type: ignore[operator]
    column = window.board.columns[0]
    assert column.select_lead(lead.id)
    with qtbot.waitSignal(window.board.cards_refreshed):
        window.menu_actions["delete"].trigger()
    assert column.model.rowCount() == 0
    assert window.menu_actions["undo"].text() == "&Undo Delete “Trashed”"
    with qtbot.waitSignal(window.board.cards_refreshed):
        window.menu_actions["undo"].trigger()
    assert column.model.row_of(lead.id) is not None


def test_progress_shows_only_for_slow_work(db: Database, qtbot: QtBot) -> None:
    context = AppContext(db, users.ensure_owner(db))
    seen: list[bool] = []

    def dialog_shown() -> bool:
        return any(isinstance(w, QProgressDialog) and w.isVisible() for w in QApplication.topLevelWidgets())

    with qtbot.waitSignal(context.runner.busy_changed):
        context.run(lambda: None, lambda _: seen.append(dialog_shown()), progress="quick")
    qtbot.waitUntil(lambda: bool(seen))
    context.run(lambda: time.sleep(0.9), lambda _: seen.append(True), progress="slow")
    qtbot.waitUntil(dialog_shown, timeout=3000)
    qtbot.waitUntil(lambda: len(seen) == 2 and not dialog_shown(), timeout=3000)
    assert seen[0] is False
    context.runner.shutdown()


def test_a_dashboard_drill_opens_the_leads_page_on_exactly_those_leads(
    db: Database, open_window: object, qtbot: QtBot
) -> None:
    fill_demo(db, leads=120)
    window = open_window(db, users.get_actor(db))  # type: ignore[operator]
    window.show_page(2)
    dashboard = window.lazy_pages[1].page
    assert dashboard is not None and dashboard.open_drill is False
    wanted = [lead.id for lead in leads.list_leads(db, users.get_actor(db))][:7]
    dashboard.drill_requested.emit(wanted, "Won in March")
    view = window.leads_view
    assert window.nav.currentRow() == 1 and view is not None and view.isVisible()
    qtbot.waitUntil(lambda: view.model.total == 7 and view.model.rowCount() == 7, timeout=10000)
    assert sorted(view.model.lead_id(r) for r in range(7)) == sorted(wanted)
    assert "Won in March" in view.drill_caption.text() and dashboard.last_drill is None


def test_search_filters_the_board(db: Database, open_window: object, qtbot: QtBot) -> None:
    team = make_team(db)
    leads.create_lead(db, team.owner, {"title": "Alpha", "phone": "+49 30 1234 5678"})
    leads.create_lead(db, team.owner, {"title": "Beta"})
    window = open_window(db, team.owner)  # type: ignore[operator]
    with qtbot.waitSignal(window.board.summaries_loaded):
        window.search.setText("1234")
    assert sum(s.count for s in window.board.summaries) == 1
    qtbot.waitUntil(lambda: window.board.columns[0].model.rowCount() == 1)
    assert window.board.columns[0].model.card_at(0).title == "Alpha"


def test_sign_in_dialog_accepts_the_right_password(db: Database, qtbot: QtBot) -> None:
    team = make_team(db)
    users.set_password(db, team.owner, "eli", "correct horse")
    context = AppContext(db, team.owner)
    dialog = SignInDialog(context.runner, db, "funnel.db")
    qtbot.addWidget(dialog)
    dialog.login.setText("eli")
    dialog.password.setText("wrong password")
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: "refused" in dialog.message.text())
    dialog.password.setText("correct horse")
    with qtbot.waitSignal(dialog.accepted):
        dialog.buttons.accepted.emit()
    assert dialog.user is not None and dialog.user.login == "eli"
    context.runner.shutdown()


def test_many_emits_and_void_calls_do_not_exhaust_singletons(qtbot: QtBot) -> None:
    class Emitter(QObject):
        fired = Signal(int)

    emitter = Emitter()
    for number in range(20000):
        emitter.fired.emit(number)
        emitter.setObjectName("x")  # a void method: PySide6 6.12 steals a reference to None
    assert sys.getrefcount(True) > 1_000_000 and sys.getrefcount(None) > 1_000_000


# Visit every page (the dashboard holds pyqtgraph plots) before the window quits.
SHOW_EVERY_PAGE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from ui.app import run
def visit(page):
    for widget in QApplication.topLevelWidgets():
        if hasattr(widget, "show_page"):
            widget.show_page(page)
for page in (1, 2, 3, 4, 0):
    QTimer.singleShot(300 + 300 * page, lambda page=page: visit(page))
"""


def test_the_app_runs_and_quits_with_status_zero(db_target: str, tmp_path: Path) -> None:
    database = Database(db_target)
    fill_demo(database, leads=200)
    database.close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path)}
    code = SHOW_EVERY_PAGE + f"sys.exit(run({db_target!r}, quit_after_ms=2500))"
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr


def test_screenshot_of_the_board_with_demo_data(db: Database, open_window: object, qtbot: QtBot) -> None:
    fill_demo(db, leads=400)
    window = open_window(db, users.get_actor(db))  # type: ignore[operator]
    window.resize(1500, 900)
    qtbot.wait(200)
    ARTIFACTS.mkdir(exist_ok=True)
    target = ARTIFACTS / "main_window_board.png"
    assert window.grab().save(str(target))
    assert target.stat().st_size > 10_000


def test_a_bulk_move_from_the_leads_table_is_one_undo_step(
    db: Database, open_window: object, qtbot: QtBot
) -> None:
    from funneldesk.services import browse

    team = make_team(db)
    ready = [leads.create_lead(db, team.owner, {"title": t, "phone": "+1 555 0103"}).id for t in "AB"]
    blocked = leads.create_lead(db, team.owner, {"title": "Blocked"}).id
    window = open_window(db, team.owner)  # type: ignore[operator]
    window.show_page(1)
    qtbot.waitUntil(lambda: window.leads_view is not None and window.leads_view.model.rowCount() == 3)
    view = window.leads_view
    target = team.pipeline.stages[1].id
    with qtbot.waitSignal(window.ctx.undo_changed):
        view.run_bulk(view.bulk_job("move", target, browse.bulk_move), [*ready, blocked], "Move")
    assert window.menu_actions["undo"].text() == "&Undo Move 2 leads to Client qualification"
    if view.last_summary is not None:
        view.last_summary.close()
    with qtbot.waitSignal(window.ctx.undo_changed):
        window.menu_actions["undo"].trigger()
    assert {leads.get_lead(db, team.owner, i).stage_name for i in ready} == {"Primary contact"}
    assert leads.lead_history(db, team.owner, ready[0])[-1].how == "undo"
    assert window.menu_actions["redo"].text() == "&Redo Move 2 leads to Client qualification"
