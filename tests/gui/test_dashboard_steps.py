"""Dashboard 'Conversion by employee and stage': the weakest employee named, a cell drills to its leads."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from funneldesk.analytics.drill import lead_ids
from funneldesk.analytics.scope import ReportFilter
from funneldesk.analytics.steps import owner_steps
from funneldesk.domain.records import UserRecord
from funneldesk.storage.database import Database
from tests.analytics.builders import T0, add_lead, add_pipeline, add_user
from tests.gui.test_dashboard import runner  # noqa: F401 - the shared worker fixture
from tests.gui.test_window import open_window  # noqa: F401 - the shared window fixture
from ui.dashboard.steps_chart import StepsPanel
from ui.dashboard.view import DashboardView
from ui.tasks import TaskRunner

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("private_settings")]
STAGES = (("New", "open"), ("Qualified", "open"), ("Proposal", "open"), ("Won", "won"), ("Lost", "lost"))
PATHS = {
    "new": ["New"],
    "qualified": ["New", "Qualified"],
    "qualified_lost": ["New", "Qualified", "Lost"],
    "proposal": ["New", "Qualified", "Proposal"],
    "won": ["New", "Qualified", "Proposal", "Won"],
}


@dataclass
class History:
    """Who is who in the hand-built history."""

    owner: UserRecord
    ann: UserRecord
    bob: UserRecord
    cid: UserRecord


@pytest.fixture
def history(db: Database) -> History:
    """Ann stalls at Qualified → Proposal (2 of 15 go on, Bob 10 of 14); Cid has too few leads."""
    plan = {
        "Ann Agent": {"new": 4, "qualified": 7, "qualified_lost": 6, "proposal": 1, "won": 1},
        "Bob Agent": {"new": 6, "qualified": 4, "proposal": 4, "won": 6},
        "Cid Agent": {"new": 1, "qualified": 2},
    }
    with db.write() as s:
        owner = add_user(s, "Olga Owner", "owner")
        boss = add_user(s, "Mia Manager", "manager")
        stages = add_pipeline(s, "Sales", STAGES)
        people = {name: add_user(s, name, "employee", boss.id) for name in plan}
        for name, kinds in plan.items():
            for kind, count in kinds.items():
                for _ in range(count):
                    path = [(stage, T0 + timedelta(days=i)) for i, stage in enumerate(PATHS[kind])]
                    add_lead(s, stages, path, people[name].id, closed=path[-1][0] in ("Won", "Lost"))
    return History(owner, people["Ann Agent"], people["Bob Agent"], people["Cid Agent"])


def _all_time(qtbot: QtBot, view: DashboardView) -> None:
    """Show the dashboard on all time (the history is from 2024) and wait for the figures."""
    view.filter_bar.period.setCurrentIndex(view.filter_bar.period.findData("all"))
    with qtbot.waitSignal(view.refreshed, timeout=20000):
        view.show()
    qtbot.waitUntil(lambda: not view.loading, timeout=20000)
    assert view.data is not None and view.data.filter.created_from is None


def _click_cell(qtbot: QtBot, panel: StepsPanel, owner_id: int, step: int) -> None:
    index = panel.index_of(owner_id, step)
    panel.table.scrollTo(index)
    point = panel.table.visualRect(index).center()
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=point)  # type: ignore[no-untyped-call]


@pytest.fixture
def view(qtbot: QtBot, runner: TaskRunner, db: Database, history: History) -> Iterator[DashboardView]:  # noqa: F811
    """The dashboard alone, on all time, drills reported by signal only."""
    dashboard = DashboardView(runner, db, history.owner)
    dashboard.open_drill = False
    dashboard.resize(1500, 1100)
    _all_time(qtbot, dashboard)
    yield dashboard
    dashboard.shutdown()
    dashboard.close()
    dashboard.deleteLater()
    qtbot.wait(10)


def test_the_panel_names_the_weakest_employee_and_step(
    view: DashboardView, db: Database, history: History
) -> None:
    panel = view.steps
    assert panel.result is not None
    assert [name for _, name in panel.result.rows] == ["Ann Agent", "Bob Agent", "Cid Agent"]
    weakest = panel.result.weakest
    assert weakest is not None and (weakest.owner, weakest.step) == ("Ann Agent", 1)
    assert weakest == owner_steps(db, history.owner).weakest
    caption = panel.caption.text()
    assert "Ann Agent" in caption and "Qualified → Proposal" in caption
    assert "13 % of 15" in caption and "team 39 %" in caption  # Ann 2/15; team (2+10+0)/(15+14+2)
    index = panel.index_of(history.ann.id, 1)
    assert index.data() == "13 % of 15"
    assert "2 of 15" in index.data(Qt.ItemDataRole.ToolTipRole)
    small = panel.model.cell(panel.index_of(history.cid.id, 1))  # Cid: 0 of 2
    assert small is not None and not small.enough
    # Framed: each step's weakest cell with a sample (Cid's 0 of 2 is too small to be one).
    expected = {
        (panel.index_of(c.owner_id, c.step).row(), c.step) for c in panel.result.weakest_per_step if c
    }
    assert set(panel.model.framed) == expected and (index.row(), 1) in expected


def test_team_roll_up_shows_one_row_per_manager(qtbot: QtBot, view: DashboardView) -> None:
    view.filter_bar.team.setChecked(True)
    qtbot.waitUntil(lambda: view.steps.result is not None and view.steps.result.team, timeout=20000)
    assert view.steps.result is not None
    assert [name for _, name in view.steps.result.rows] == ["Mia Manager"]


def test_enter_on_a_cell_drills_to_the_leads_that_stopped_there(
    qtbot: QtBot, view: DashboardView, db: Database, history: History
) -> None:
    table = view.steps.table
    table.setFocus()
    table.setCurrentIndex(view.steps.index_of(history.ann.id, 1))
    with qtbot.waitSignal(view.drill_requested, timeout=10000) as blocker:
        qtbot.keyClick(table, Qt.Key.Key_Return)  # type: ignore[no-untyped-call]
    ids, caption = blocker.args
    stuck = lead_ids(
        db, history.owner, ReportFilter(owners=(history.ann.id,)), figure="stuck_at", stage="Qualified"
    )
    assert ids == list(stuck) and len(ids) == 13 and "Ann Agent" in caption


def test_clicking_a_cell_opens_the_leads_page_on_exactly_those_leads(
    qtbot: QtBot,
    db: Database,
    history: History,
    open_window: object,  # noqa: F811
) -> None:
    window = open_window(db, history.owner)  # type: ignore[operator]
    dashboard = window.lazy_pages[1].ensure()  # built, not shown: all time first (the history is of 2024)
    assert dashboard.open_drill is False
    dashboard.filter_bar.period.setCurrentIndex(dashboard.filter_bar.period.findData("all"))
    with qtbot.waitSignal(dashboard.refreshed, timeout=20000):
        window.show_page(2)
    qtbot.waitUntil(lambda: not dashboard.loading and dashboard.steps.result is not None, timeout=20000)
    wanted = lead_ids(
        db, history.owner, ReportFilter(owners=(history.ann.id,)), figure="stuck_at", stage="Qualified"
    )
    with qtbot.waitSignal(dashboard.drill_requested, timeout=10000) as blocker:
        _click_cell(qtbot, dashboard.steps, history.ann.id, 1)
    assert blocker.args[0] == list(wanted)
    view = window.leads_view
    qtbot.waitUntil(
        lambda: view is not None and view.isVisible() and view.model.total == len(wanted), timeout=10000
    )
    qtbot.waitUntil(lambda: view.model.rowCount() == len(wanted), timeout=10000)
    assert sorted(view.model.lead_id(r) for r in range(len(wanted))) == sorted(wanted)
    assert window.nav.currentRow() == 1 and "Ann Agent" in view.drill_caption.text()


LONG_STAGES = (
    ("Agreement on terms", "open"),
    ("Preparation for fulfilment", "open"),
    ("Signed and invoiced to the customer", "open"),
    ("Commitment", "won"),
    ("Lost", "lost"),
)


def test_long_step_names_wrap_to_their_columns_width(
    qtbot: QtBot,
    runner: TaskRunner,  # noqa: F811
    db: Database,
) -> None:
    """Long stage names break at spaces so every header line fits its column, narrow or wide."""
    with db.write() as s:
        owner = add_user(s, "Olga Owner", "owner")
        ann = add_user(s, "Ann Agent", "employee")
        stages = add_pipeline(s, "Sales", LONG_STAGES)
        path = [(name, T0 + timedelta(days=i)) for i, (name, _) in enumerate(LONG_STAGES[:4])]
        add_lead(s, stages, path, ann.id, closed=True)
    view = DashboardView(runner, db, owner)
    view.resize(700, 900)
    _all_time(qtbot, view)
    header = view.steps.table.horizontalHeader()
    try:
        for width in (700, 1600):
            view.resize(width, 900)
            qtbot.waitUntil(lambda: header.sectionSize(0) > 0)
            for section in range(header.count()):
                text = view.steps.model.headerData(section, Qt.Orientation.Horizontal)
                widths = [header.fontMetrics().horizontalAdvance(line) for line in text.split("\n")]
                assert max(widths) < header.sectionSize(section), text
        assert view.steps.model.headerData(0, Qt.Orientation.Horizontal).split() == (
            ["Agreement", "on", "terms", "→", "Preparation", "for", "fulfilment"]
        )
    finally:
        view.shutdown()
        view.close()
