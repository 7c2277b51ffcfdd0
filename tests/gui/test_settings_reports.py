"""Settings ▸ Reports: the discount threshold field saves through the service; employees cannot."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest
from pytestqt.qtbot import QtBot

from funneldesk.services import settings
from funneldesk.storage.database import Database
from tests.core.helpers import make_team
from ui.settings import SettingsView
from ui.tasks import TaskRunner

pytestmark = pytest.mark.gui


@pytest.fixture
def runner(qtbot: QtBot) -> Iterator[TaskRunner]:
    """Run service calls on a database worker thread for the test."""
    task_runner = TaskRunner()
    yield task_runner
    task_runner.shutdown()


def _page(runner: TaskRunner, view: SettingsView, qtbot: QtBot) -> object:
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: not runner.pending and view.reports_page.source.text() != "", timeout=10_000)
    return view.reports_page


def test_a_manager_saves_the_threshold_and_goes_back_to_the_gate(
    runner: TaskRunner, db: Database, qtbot: QtBot
) -> None:
    team = make_team(db)
    view = SettingsView(runner, db, team.manager)
    page = _page(runner, view, qtbot)
    assert page.threshold.value() == 15 and "Not set" in page.source.text()  # the gate's 15 %
    page.threshold.setValue(22.5)
    with qtbot.waitSignal(page.reports_changed, timeout=10_000):
        page.save_button.click()
    assert settings.discount_threshold(db) == settings.Threshold(Decimal("22.5"), True)
    assert page.message.text() == "Threshold saved." and "every pipeline" in page.source.text()
    with qtbot.waitSignal(page.reports_changed, timeout=10_000):
        page.default_button.click()
    assert settings.discount_threshold(db) == settings.Threshold(Decimal(15), False)
    assert page.threshold.value() == 15 and view.reports_page is page


def test_an_employee_sees_the_threshold_but_cannot_save_it(
    runner: TaskRunner, db: Database, qtbot: QtBot
) -> None:
    team = make_team(db)
    settings.set_discount_threshold(db, team.owner, "30")
    view = SettingsView(runner, db, team.employee)
    page = _page(runner, view, qtbot)
    assert page.threshold.value() == 30 and not page.save_button.isEnabled()
    page.save()  # even if the button were reached, the core refuses
    qtbot.waitUntil(lambda: "Not allowed" in page.message.text(), timeout=10_000)
    assert settings.discount_threshold(db).percent == 30 and view.reports_page is page
