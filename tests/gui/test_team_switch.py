"""File ▸ Switch user on a team server reconnects as the new person (PostgreSQL only)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import make_url

from funneldesk.domain.errors import PermissionDenied
from funneldesk.services import leads, startup, users
from funneldesk.storage.database import Database
from funneldesk.storage.team import setup_team
from tests.core.helpers import make_team
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.menus import switch_user

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("private_settings")]
PASSWORD = "correct horse battery"
# Login roles belong to the whole cluster, not one database: ola's own password keeps other
# tests' "ola cannot sign in with eli's password" true after this file has run.
OLA_PASSWORD = "ola's own staple"



@pytest.fixture
def team_url(db_target: str) -> str:
    """A team database with one lead each for eli and ola, both with server passwords."""
    if "://" not in db_target:
        pytest.skip("team mode runs on PostgreSQL")
    db = Database(db_target)
    team = make_team(db)
    setup_team(db)
    users.set_password(db, team.owner, "eli", PASSWORD)
    users.set_password(db, team.owner, "ola", OLA_PASSWORD)
    leads.create_lead(db, team.owner, {"title": "Eli's"}, owner="eli")
    leads.create_lead(db, team.owner, {"title": "Ola's"}, owner="ola")
    db.close()
    url = make_url(db_target)._replace(username=None).render_as_string(False)
    try:
        startup.open_team(url, "eli", "surely not the password").db.close()
    except PermissionDenied:
        return url
    pytest.skip("this server trusts logins without a password; start one with .ci/pg-up")


@pytest.fixture
def eli_window(team_url: str, qtbot: QtBot) -> Iterator[MainWindow]:
    """The window as eli signed in to the team server, with the board loaded."""
    opened = startup.open_team(team_url, "eli", PASSWORD)
    window = MainWindow(AppContext(opened.db, opened.owner), "crm")
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.board.summaries_loaded, timeout=20_000):
        window.show()
    yield window
    window.ctx.shutdown()


def _board_titles(window: MainWindow) -> list[str]:
    return sorted(
        column.model.card_at(row).title
        for column in window.board.columns
        for row in range(column.model.rowCount())
    )


def _open_switch(window: MainWindow, qtbot: QtBot, login: str, password: str) -> object:
    switch_user(window)
    qtbot.waitUntil(lambda: getattr(window, "switch_dialog", None) is not None, timeout=20_000)
    dialog = window.switch_dialog  # type: ignore[attr-defined]
    dialog.login.setText(login)
    dialog.password.setText(password)
    return dialog


def test_switch_user_reconnects_as_the_new_person(eli_window: MainWindow, qtbot: QtBot) -> None:
    """Wrong password: nothing changes, one line says why; right one: only ola's rows."""
    window, ctx = eli_window, eli_window.ctx
    qtbot.waitUntil(lambda: _board_titles(window) == ["Eli's"], timeout=20_000)
    eli_db = ctx.db
    dialog = _open_switch(window, qtbot, "ola", "wrong password")
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: "refused" in dialog.message.text(), timeout=20_000)
    assert "\n" not in dialog.message.text()
    assert ctx.db is eli_db and ctx.actor.login == "eli"
    dialog.password.setText(OLA_PASSWORD)
    with qtbot.waitSignal(window.board.summaries_loaded, timeout=20_000):
        dialog.buttons.accepted.emit()
    assert ctx.actor.login == "ola" and ctx.db is not eli_db
    assert "Ola Other" in window.status_user.text()
    qtbot.waitUntil(lambda: _board_titles(window) == ["Ola's"], timeout=20_000)
    done: list[object] = []
    ctx.run(lambda: [lead.title for lead in leads.list_leads(ctx.db, users.get_actor(ctx.db))], done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=20_000)
    # Even acting as the owner inside the app, the connection is ola's: the server shows only her row.
    assert done == [["Ola's"]]
    assert eli_db.engine.pool.checkedout() == 0


def test_cancelled_switch_keeps_the_connection(eli_window: MainWindow, qtbot: QtBot) -> None:
    """Cancel in the sign-in dialog: the same person on the same connection."""
    window, ctx = eli_window, eli_window.ctx
    eli_db = ctx.db
    dialog = _open_switch(window, qtbot, "ola", OLA_PASSWORD)
    dialog.reject()
    qtbot.wait(200)
    assert ctx.db is eli_db and ctx.actor.login == "eli"


def test_switch_on_a_one_machine_database_keeps_the_connection(
    db: Database, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SQLite (or PostgreSQL without team setup): pick from the list; the same connection goes on."""
    import ui.menus

    team = make_team(db)
    window = MainWindow(AppContext(db, team.owner), "funnel.db")
    qtbot.addWidget(window)
    asked: list[list[str]] = []

    def pick(_parent: object, _title: str, _label: str, names: list[str], *_args: object) -> tuple[str, bool]:
        asked.append(names)
        return next(n for n in names if "(ola," in n), True

    monkeypatch.setattr(ui.menus.QInputDialog, "getItem", pick)
    with qtbot.waitSignal(window.ctx.actor_changed, timeout=20_000):
        switch_user(window)
    assert asked and window.ctx.actor.login == "ola" and window.ctx.db is db
    assert getattr(window, "switch_dialog", None) is None
    window.ctx.runner.shutdown()
