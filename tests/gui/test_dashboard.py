"""Dashboard: bars equal the analytics figures, in-place redraw, click-through ids, what-if, PNG, exit."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from funneldesk.analytics.dashboard import previous_range, whatif_basis
from funneldesk.analytics.drill import lead_ids
from funneldesk.analytics.funnel import funnel
from funneldesk.analytics.tables import managers
from funneldesk.analytics.whatif import what_if
from funneldesk.demo import fill_demo
from funneldesk.domain.records import UserRecord
from funneldesk.services import pipelines, users
from funneldesk.storage.database import Database
from ui.dashboard.plotting import BarSet, ChartPanel
from ui.dashboard.text import rate_text
from ui.dashboard.view import DashboardView
from ui.tasks import TaskRunner

pytestmark = pytest.mark.gui
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def actor(db: Database) -> UserRecord:
    """Fill the database with a small demo business ending today; return its owner."""
    fill_demo(db, leads=800, seed=7)
    return users.ensure_owner(db)


@pytest.fixture
def runner(qtbot: QtBot) -> Iterator[TaskRunner]:
    """Run analytics on a database worker thread for the test."""
    task_runner = TaskRunner()
    yield task_runner
    task_runner.shutdown()


@pytest.fixture
def view(qtbot: QtBot, runner: TaskRunner, db: Database, actor: UserRecord) -> Iterator[DashboardView]:
    """Show the dashboard on all of the demo history and wait for its first refresh."""
    dashboard = DashboardView(runner, db, actor)
    dashboard.open_drill = False
    dashboard.resize(1500, 1100)
    with qtbot.waitSignal(dashboard.refreshed, timeout=20000):
        dashboard.show()
    with qtbot.waitSignal(dashboard.refreshed, timeout=20000):
        dashboard.filter_bar.period.setCurrentIndex(dashboard.filter_bar.period.findData("this_year"))
        dashboard.refresh()
    qtbot.wait(50)
    yield dashboard
    dashboard.shutdown()
    dashboard.close()
    dashboard.deleteLater()
    qtbot.wait(10)


def _click_bar(qtbot: QtBot, chart: ChartPanel, bars: BarSet, index: int) -> None:
    centre = bars.rects[index].center()
    scene = bars.plot.vb.mapViewToScene(QPointF(centre))
    point = chart.canvas.mapFromScene(scene)
    qtbot.mouseClick(chart.canvas.viewport(), Qt.MouseButton.LeftButton, pos=point)  # type: ignore[no-untyped-call]


def test_funnel_bars_are_the_reached_counts(view: DashboardView, db: Database, actor: UserRecord) -> None:
    assert view.data is not None
    expected = funnel(db, actor, view.data.filter)
    # The funnel is drawn as centred horizontal bars: each bar's length is the stage's reached count.
    assert view.funnel.bars.item.opts["width"].tolist() == [s.reached for s in expected.stages]
    assert expected.stages[0].reached > 0
    labels = view.funnel.labels.texts()
    assert labels[1].endswith(rate_text(expected.stages[1].conversion_from_previous))
    assert "(n=" in labels[1]


def test_filter_change_requeries_and_redraws_in_place(
    qtbot: QtBot, view: DashboardView, db: Database, actor: UserRecord
) -> None:
    items = [
        view.funnel.bars.item,
        view.managers.bars.item,
        view.channels.leads.item,
        view.trend.created,
        view.forecast.weighted.item,
        view.lost.bars.item,
        view.funnel.canvas,
    ]
    counts = [len(view.funnel.plot.items), len(view.managers.plot.items)]
    before = view.funnel.bars.item.opts["width"].tolist()
    with qtbot.waitSignal(view.refreshed, timeout=20000):
        view.filter_bar.temperature.setCurrentIndex(view.filter_bar.temperature.findData("hot"))
    assert view.data is not None and view.data.filter.temperatures == ("hot",)
    expected = funnel(db, actor, view.data.filter)
    assert view.funnel.bars.item.opts["width"].tolist() == [s.reached for s in expected.stages] != before
    assert [
        view.funnel.bars.item,
        view.managers.bars.item,
        view.channels.leads.item,
        view.trend.created,
        view.forecast.weighted.item,
        view.lost.bars.item,
        view.funnel.canvas,
    ] == items
    assert [len(view.funnel.plot.items), len(view.managers.plot.items)] == counts


def test_clicking_a_funnel_bar_emits_the_leads_that_reached_it(
    qtbot: QtBot, view: DashboardView, db: Database, actor: UserRecord
) -> None:
    assert view.data is not None
    stage = view.data.funnel.stages[2]
    with qtbot.waitSignal(view.drill_requested, timeout=10000) as blocker:
        _click_bar(qtbot, view.funnel, view.funnel.bars, 2)
    ids, caption = blocker.args
    assert ids == list(lead_ids(db, actor, view.data.filter, figure="reached", stage=stage.stage_id))
    assert len(ids) == stage.reached and stage.stage in caption


def test_clicking_a_manager_bar_emits_their_leads(
    qtbot: QtBot, view: DashboardView, db: Database, actor: UserRecord
) -> None:
    assert view.data is not None
    row = view.managers.ordered()[0]
    assert row.key is not None
    with qtbot.waitSignal(view.drill_requested, timeout=10000) as blocker:
        _click_bar(qtbot, view.managers, view.managers.bars, 0)
    ids, caption = blocker.args
    assert ids == list(lead_ids(db, actor, replace(view.data.filter, owners=(row.key,)), figure="leads"))
    assert len(ids) == row.leads and row.name in caption


def test_a_drill_lists_the_leads_when_nobody_else_shows_them(qtbot: QtBot, view: DashboardView) -> None:
    assert view.data is not None
    view.open_drill = True
    with qtbot.waitSignal(view.drill_requested, timeout=10000) as blocker:
        _click_bar(qtbot, view.lost, view.lost.bars, 0)
    assert len(blocker.args[0]) == view.lost.bars.item.opts["width"][0]  # exactly that reason's leads
    dialog = view.last_drill
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.table.rowCount() == len(blocker.args[0]) > 0, timeout=10000)
    first = dialog.table.item(0, 0)
    assert first is not None and first.text() == str(blocker.args[0][0])
    dialog.close()


def test_hover_text_gives_exact_figures(view: DashboardView) -> None:
    assert view.data is not None
    stage = view.data.funnel.stages[1]
    assert f"{stage.reached:,}" in view.funnel.bars.tips[1]
    assert rate_text(stage.conversion_from_previous) in view.funnel.bars.tips[1]


def test_what_if_raising_a_step_raises_projected_won_deals(
    view: DashboardView, db: Database, actor: UserRecord
) -> None:
    assert view.data is not None and view.whatif.projection is not None
    reference = what_if(db, actor, view.data.filter)
    assert view.whatif.projection.won_then == view.whatif.projection.won_now == reference.won_now
    assert view.whatif.projection.won_value_now == reference.won_value_now
    name, box = next(iter(view.whatif.steps.items()))
    box.setValue(min(100.0, box.value() + 10))
    projected = view.whatif.projection
    assert projected.won_then > projected.won_now and projected.won_value_then > projected.won_value_now
    assert (
        projected.won_then
        == what_if(db, actor, view.data.filter, changes={name: view.whatif.changes()[name]}).won_then
    )
    view.whatif.growth.setValue(20)
    assert view.whatif.projection.entered_then > view.whatif.projection.entered_now


def test_save_as_png_writes_an_image(view: DashboardView, tmp_path: Path) -> None:
    for number, chart in enumerate(view.charts()):
        path = tmp_path / f"chart{number}.png"
        assert chart.save_png(str(path))
        assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        assert not QImage(str(path)).isNull()


def test_previous_period_and_whatif_basis_match_the_core(db: Database, actor: UserRecord) -> None:
    assert previous_range(date(2026, 1, 1), date(2026, 11, 23), "this_year") == (
        date(2025, 1, 1),
        date(2025, 11, 23),
    )
    assert previous_range(date(2026, 7, 1), date(2026, 9, 30), "last_quarter") == (
        date(2026, 4, 1),
        date(2026, 6, 30),
    )
    assert previous_range(date(2026, 3, 5), date(2026, 3, 14)) == (date(2026, 2, 23), date(2026, 3, 4))
    basis = whatif_basis(funnel(db, actor), managers(db, actor))
    assert basis.project(top_growth="0.1") == what_if(db, actor, top_growth="0.1")


SCRIPT = textwrap.dedent("""
    import sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from funneldesk.services import pipelines, users
    from funneldesk.storage.database import Database
    from ui.dashboard.view import DashboardView
    from ui.tasks import TaskRunner
    db = Database(sys.argv[1])
    runner = TaskRunner()
    view = DashboardView(runner, db, users.ensure_owner(db))
    view.show()
    view.refreshed.connect(lambda: QTimer.singleShot(200, view.close))
    QTimer.singleShot(30000, app.quit)
    app.lastWindowClosed.connect(app.quit)
    status = app.exec()
    view.shutdown()
    view.deleteLater()
    runner.shutdown()
    db.close()
    sys.exit(status if view.data is not None else 3)
""")


@pytest.mark.parametrize("how", ["dashboard", "main-window"])
def test_a_process_that_opens_the_dashboard_exits_cleanly(db_target: str, tmp_path: Path, how: str) -> None:
    database = Database(db_target)
    fill_demo(database, leads=300, seed=3)
    database.close()
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYQTGRAPH_QT_LIB": "PySide6",
        "FUNNELDESK_QUIT_AFTER_MS": "2500",
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "cfg"),
    }
    settings = tmp_path / "cfg" / "FunnelDesk" / "FunnelDesk.conf"
    settings.parent.mkdir(parents=True)
    settings.write_text("[window]\npage=2\n")  # the window opens on the Dashboard page
    command = (
        [sys.executable, "-c", SCRIPT, db_target]
        if how == "dashboard"
        else [sys.executable, "-m", "funneldesk", "--db", db_target]
    )
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "Traceback" not in done.stderr


def test_a_period_with_no_leads_draws_empty_charts(qtbot: QtBot, runner: TaskRunner, db: Database) -> None:
    # A new business opens the dashboard on "This year" before any lead exists: empty bars, no error.
    owner = users.ensure_owner(db)
    pipelines.create_from_template(db, owner, "typical-sales")
    dashboard = DashboardView(runner, db, owner)
    dashboard.open_drill = False
    with qtbot.waitSignal(dashboard.refreshed, timeout=20000):
        dashboard.show()
    assert dashboard.data is not None and dashboard.data.funnel.entered == 0
    assert dashboard.funnel.bars.rects == [] or all(r.width() == 0 for r in dashboard.funnel.bars.rects)
    assert dashboard.managers.bars.rects == []
    dashboard.shutdown()
    dashboard.close()


def test_a_period_the_range_cuts_short_is_drawn_hollow_and_says_so(view: DashboardView) -> None:
    assert view.data is not None and len(view.data.trend) > 1
    whole = tuple(replace(r, days_in_range=r.days) for r in view.data.trend)
    cut = (*whole[:-1], replace(whole[-1], days_in_range=6))
    view.trend.update_from(cut, view.data.trend_previous, "month")
    xs, ys = view.trend.created_cut.getData()
    assert (list(xs), list(ys)) == ([len(cut) - 1], [cut[-1].created])  # a hollow mark on that point only
    assert list(view.trend.won_cut.getData()[1]) == [cut[-1].won]
    assert f"Only 6 of its {cut[-1].days} days are in the range" in view.trend.tip(len(cut) - 1)
    assert "Hollow points" in view.trend.note.text()
    view.trend.update_from(whole, view.data.trend_previous, "month")
    assert len(view.trend.created_cut.getData()[0]) == 0 == len(view.trend.won_cut.getData()[0])
    assert "Hollow points" not in view.trend.note.text() and "days are in" not in view.trend.tip(0)
