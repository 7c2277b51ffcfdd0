"""The Today page: a call due yesterday is listed until done; the nav item counts; reminders."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta

import pytest
from pytestqt.qtbot import QtBot

from funneldesk.services import activities, leads
from funneldesk.storage.database import Database
from tests.core.helpers import make_team
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.today.hooks import TODAY_PAGE
from ui.today.reminder import Reminder
from ui.today.view import TodayView

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("private_settings")]



@pytest.fixture
def window(db: Database, qtbot: QtBot) -> Iterator[tuple[MainWindow, object]]:
    """A window signed in as the employee, who has a call due yesterday and an idle lead."""
    team = make_team(db)
    lead = leads.create_lead(db, team.employee, {"title": "Acme"})
    leads.create_lead(db, team.employee, {"title": "Idle"})
    activities.schedule(db, team.employee, lead.id, "call", date.today() - timedelta(days=1), "call back")
    shown = MainWindow(AppContext(db, team.employee), "funnel.db")
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitUntil(lambda: shown.reminder is not None, timeout=10000)  # installed after the first cards
    assert shown.reminder is not None
    shown.reminder.tray = None  # never pop real notifications from a test
    yield shown, team
    shown.reminder.stop()
    shown.ctx.runner.shutdown()


def test_call_due_yesterday_is_on_today_until_done(window: tuple[MainWindow, object], qtbot: QtBot) -> None:
    win, _team = window
    qtbot.waitUntil(lambda: win.nav.item(TODAY_PAGE).text() == "Today (1)", timeout=10000)
    win.show_page(TODAY_PAGE)
    page = win.lazy_pages[TODAY_PAGE - 1].page
    assert isinstance(page, TodayView)
    qtbot.waitUntil(lambda: page.data is not None and page.due.topLevelItemCount() == 1, timeout=10000)
    row = page.due.topLevelItem(0)
    assert (row.text(1), row.text(2), row.text(3)) == ("call", "Acme", "call back")
    assert not page.whose.isVisibleTo(page)  # an employee has no team switch
    assert page.idle.topLevelItemCount() == 1 and page.idle.topLevelItem(0).text(0) == "Idle"
    page.due.setCurrentItem(row)
    with qtbot.waitSignal(page.refreshed, timeout=10000):
        page.done_button.click()
    assert page.due.topLevelItemCount() == 0
    assert win.nav.item(TODAY_PAGE).text() == "Today"


def test_reschedule_and_open_lead(window: tuple[MainWindow, object], qtbot: QtBot) -> None:
    win, _team = window
    win.show_page(TODAY_PAGE)
    page = win.lazy_pages[TODAY_PAGE - 1].page
    qtbot.waitUntil(lambda: page.data is not None and page.due.topLevelItemCount() == 1, timeout=10000)
    page.due.setCurrentItem(page.due.topLevelItem(0))
    with qtbot.waitSignal(page.lead_requested, timeout=2000) as opened:
        page._open(page.due.topLevelItem(0))
    assert opened.args[0] > 0
    with qtbot.waitSignal(page.refreshed, timeout=10000):
        page.reschedule(date.today() + timedelta(days=2))
    assert page.due.topLevelItemCount() == 0 and page.data is not None and page.data.count == 0


def test_manager_switches_to_the_team(db: Database, qtbot: QtBot) -> None:
    from ui.tasks import TaskRunner

    team = make_team(db)
    lead = leads.create_lead(db, team.employee, {"title": "Team lead"})
    activities.schedule(db, team.employee, lead.id, "demo", date.today())
    runner = TaskRunner()
    page = TodayView(runner, db, team.manager)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.refreshed, timeout=10000):
        page.refresh()
    assert page.due.topLevelItemCount() == 0
    with qtbot.waitSignal(page.refreshed, timeout=10000):
        page.whose.setCurrentIndex(1)
    assert page.due.topLevelItemCount() == 1
    runner.shutdown()


def test_reminder_announces_an_activity_falling_due(db: Database, qtbot: QtBot) -> None:
    team = make_team(db)
    lead = leads.create_lead(db, team.employee, {"title": "Soon"})
    ctx = AppContext(db, team.employee)
    reminder = Reminder(ctx, tray=False)
    due = datetime.now() + timedelta(minutes=1)
    activities.schedule(db, team.employee, lead.id, "meeting", due)
    with qtbot.waitSignal(reminder.notice, timeout=10000) as told:
        reminder.check(now=due + timedelta(seconds=1))
    assert "meeting" in told.args[0] and "Soon" in told.args[0]
    reminder.stop()
    ctx.runner.shutdown()
