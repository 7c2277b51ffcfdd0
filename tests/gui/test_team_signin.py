"""The window's sign-in on a team server opens the connection as the person (PostgreSQL only)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import make_url

from funneldesk.domain.errors import PermissionDenied
from funneldesk.services import leads, startup, users
from funneldesk.storage.database import Database
from funneldesk.storage.team import setup_team
from tests.core.helpers import make_team
from ui.signin import SignInDialog
from ui.tasks import TaskRunner

PASSWORD = "correct horse battery"


@pytest.fixture
def team_url(db_target: str) -> str:
    """A team database with eli's lead and ola's lead; eli has a server password."""
    if "://" not in db_target:
        pytest.skip("team mode runs on PostgreSQL")
    db = Database(db_target)
    team = make_team(db)
    setup_team(db)
    users.set_password(db, team.owner, "eli", PASSWORD)
    leads.create_lead(db, team.owner, {"title": "Eli's"}, owner="eli")
    leads.create_lead(db, team.owner, {"title": "Ola's"}, owner="ola")
    db.close()
    return make_url(db_target)._replace(username=None).render_as_string(False)


def _require_password_checks(url: str) -> None:
    try:
        startup.open_team(url, "eli", "surely not the password").db.close()
    except PermissionDenied:
        return
    pytest.skip("this server trusts logins without a password; start one with .ci/pg-up")


def test_a_user_less_url_asks_the_server_for_a_sign_in(team_url: str) -> None:
    """No login in the URL: opening refuses with ServerSignInNeeded (the window then asks)."""
    with pytest.raises(startup.ServerSignInNeeded):
        startup.open_database(team_url)


def test_sign_in_dialog_connects_as_the_person(team_url: str, qtbot: QtBot) -> None:
    """Wrong password: refused in the dialog; right one: the window's connection is eli's own."""
    _require_password_checks(team_url)
    runner = TaskRunner()
    dialog = SignInDialog(runner, None, "crm", target=team_url)
    qtbot.addWidget(dialog)
    dialog.login.setText("eli")
    dialog.password.setText("wrong password")
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: "refused" in dialog.message.text(), timeout=20_000)
    assert dialog.opened is None
    dialog.password.setText(PASSWORD)
    with qtbot.waitSignal(dialog.accepted, timeout=20_000):
        dialog.buttons.accepted.emit()
    runner.shutdown()
    opened = dialog.opened
    assert opened is not None and opened.owner.login == "eli" and dialog.user == opened.owner
    titles = [lead.title for lead in leads.list_leads(opened.db, opened.owner)]
    owner = users.get_actor(opened.db)
    # Even acting as the owner in the app, the connection shows only eli's rows.
    assert titles == ["Eli's"] and [x.title for x in leads.list_leads(opened.db, owner)] == ["Eli's"]
    opened.db.close()
    with pytest.raises(PermissionDenied):
        startup.open_team(team_url, "ola", PASSWORD)
