"""The dashboard's desk section: compliance counts open their leads; discounts and accuracy charts."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from funneldesk.services import leads, moves
from funneldesk.storage.database import Database
from tests.core.helpers import make_team
from ui.dashboard.desk_panel import measure_names
from ui.dashboard.view import DashboardView
from ui.tasks import TaskRunner

pytestmark = pytest.mark.gui


@pytest.fixture
def shown(qtbot: QtBot, db: Database) -> Iterator[tuple[DashboardView, list[int]]]:
    """The owner's dashboard over a team where Eli's two leads were pushed past the gate."""
    team = make_team(db)
    stages = [s for s in team.pipeline.stages if s.kind == "open"]
    ids = [leads.create_lead(db, team.employee, {"title": f"Deal {i}", "value": "100"}).id for i in range(3)]
    for lead_id in ids[:2]:
        moves.move_lead(db, team.owner, lead_id, stages[1].id, override="known client")
    leads.create_lead(db, team.employee, {"title": "Big discount", "value": "1000", "discount": "40"})
    leads.create_lead(db, team.other_employee, {"title": "Small", "value": "1000", "discount": "5"})
    runner = TaskRunner()
    view = DashboardView(runner, db, team.owner)
    view.open_drill = False
    view.resize(1400, 1000)
    with qtbot.waitSignal(view.desk.refreshed, timeout=20000):
        view.show()
    yield view, ids[:2]
    view.shutdown()
    view.close()
    runner.shutdown()


def test_compliance_counts_and_drill(shown: tuple[DashboardView, list[int]], qtbot: QtBot) -> None:
    view, overridden = shown
    table = view.desk.table
    owners = [table.item(r, 0).text() for r in range(table.rowCount())]
    row = owners.index("Eli Employee")
    column = 2 + list(measure_names()).index("overrides")
    assert table.item(row, column).text() == "2"
    with qtbot.waitSignal(view.drill_requested, timeout=10000) as drilled:
        table.cellClicked.emit(row, column)
    assert sorted(drilled.args[0]) == overridden
    assert "Eli Employee" in drilled.args[1]


def test_discount_abuser_is_red_and_accuracy_has_a_note(shown: tuple[DashboardView, list[int]]) -> None:
    view, _ = shown
    data = view.desk.data
    assert data is not None
    flagged = [r.owner for r in data.discounts if r.furthest_above_team]
    assert flagged == ["Eli Employee"]
    assert view.desk.discounts.average.tips and "Eli Employee" in "".join(view.desk.discounts.average.tips)
    assert view.desk.accuracy.note.text() != ""
