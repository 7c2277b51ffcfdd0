"""Currencies in the window: Settings sets rates via the service; the dashboard names unconverted money."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from funneldesk.domain.records import UserRecord
from funneldesk.services import leads, moves, pipelines, rates, users
from funneldesk.storage.database import Database
from ui.dashboard.view import DashboardView
from ui.settings.currency_page import CurrencyPage
from ui.tasks import TaskRunner

pytestmark = pytest.mark.gui


@pytest.fixture
def runner(qtbot: QtBot) -> Iterator[TaskRunner]:
    """Run service calls on a database worker thread for the test."""
    task_runner = TaskRunner()
    yield task_runner
    task_runner.shutdown()


@pytest.fixture
def owner(db: Database) -> UserRecord:
    """An owner, the typical-sales pipeline, two USD deals and one EUR deal, all won today."""
    actor = users.ensure_owner(db)
    pipeline = pipelines.create_from_template(db, actor, "typical-sales")
    won = next(s for s in pipeline.stages if s.kind == "won")
    for value, currency in (("100", "USD"), ("200", "USD"), ("1000", "EUR")):
        fields = {"title": f"{value} {currency}", "value": value, "currency": currency}
        lead = leads.create_lead(db, actor, fields)
        moves.move_lead(db, actor, lead.id, won.id, override="test")
    return actor


def _page(runner: TaskRunner, db: Database, actor: UserRecord, qtbot: QtBot) -> CurrencyPage:
    page = CurrencyPage(runner, db, actor)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.base.text() != "" and not runner.pending)
    return page


def test_settings_shows_the_base_and_sets_a_rate(runner: TaskRunner, db: Database, owner: UserRecord,
                                                 qtbot: QtBot) -> None:
    page = _page(runner, db, owner, qtbot)
    assert page.base.text() == "USD" and "EUR (1)" in page.in_use.text()
    page.currency.setText("eur")
    page.rate.setText("1,25")  # a decimal comma is read as a point
    with qtbot.waitSignal(page.currency_changed):
        page.set_rate()
    qtbot.waitUntil(lambda: page.table.rowCount() == 1 and not runner.pending)
    assert [page.table.item(0, c).text() for c in (0, 2)] == ["EUR", "1.25"]
    assert page.table.item(0, 3).text().startswith("1 (")
    assert rates.rate_in_force(db, "EUR") == rates.rate_in_force(db, "EUR", date.today())


def test_a_refused_change_shows_inline(runner: TaskRunner, db: Database, owner: UserRecord,
                                       qtbot: QtBot) -> None:
    boss = users.add_user(db, owner, "Mia Manager", "mia", "manager")
    page = _page(runner, db, boss, qtbot)
    page.currency.setText("EUR")
    page.rate.setText("1.1")
    page.set_rate()
    qtbot.waitUntil(lambda: not runner.pending and "Working" not in page.message.text())
    assert "may not change exchange rates" in page.message.text() and rates.list_rates(db) == []


def test_importing_the_ecb_file_from_the_page(runner: TaskRunner, db: Database, owner: UserRecord,
                                              qtbot: QtBot, tmp_path: Path) -> None:
    page = _page(runner, db, owner, qtbot)
    path = tmp_path / "eurofxref-hist.csv"
    path.write_text("Date,USD,JPY,\n2024-03-15,1.0887,162.3,\n", encoding="utf-8")
    with qtbot.waitSignal(page.currency_changed):
        page.import_file(path)
    qtbot.waitUntil(lambda: page.table.rowCount() == 2 and not runner.pending)  # EUR and JPY
    assert "2 added" in page.message.text()
    assert page.table.item(0, 2).text() == "1.0887"


def test_dashboard_names_money_without_a_rate(runner: TaskRunner, db: Database, owner: UserRecord,
                                              qtbot: QtBot) -> None:
    view = DashboardView(runner, db, owner)
    view.open_drill = False
    with qtbot.waitSignal(view.refreshed, timeout=20000):
        view.show()
    assert view.currency_note.isVisible() and "1,000.00 EUR" in view.currency_note.text()
    assert view.data is not None and sum(m.won_value for m in view.data.managers) == 300
    rates.set_rate(db, owner, "EUR", "1.5", on=datetime.now().date())
    with qtbot.waitSignal(view.refreshed, timeout=20000):
        view.refresh()
    assert not view.currency_note.isVisible() and view.currency_note.text() == ""
    assert sum(m.won_value for m in view.data.managers) == 1800
    view.shutdown()
    view.close()
