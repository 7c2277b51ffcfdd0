"""File > Import…: the wizard maps a CSV automatically, dry-runs it, imports it or cancels cleanly."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from funneldesk.services import leads, pipelines
from funneldesk.services.startup import open_database
from funneldesk.storage.database import Database
from tests.core.helpers import Team, dump, make_team
from ui.context import AppContext
from ui.importer.wizard import ImportWizard
from ui.main_window import MainWindow
from ui.tasks import TaskRunner

pytestmark = pytest.mark.gui


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    """Return a database worker, stopped after the test."""
    worker = TaskRunner()
    yield worker
    worker.shutdown()


def _csv(tmp_path: Path, team: Team) -> Path:
    first, second = team.pipeline.stages[0].name, team.pipeline.stages[1].name
    path = tmp_path / "deals.csv"
    path.write_text(
        "deal_id,title,sales_agent,deal_stage,close_value,created\n"
        f'D1,Acme roof,eli,{first},"1,200",2024-01-05\n'
        f"D2,Bolt shed,ola,{second},300,2024-01-06\n"
        "D3,Crux barn,eli,No such stage,50,2024-01-07\n"
        f"D4,Dune yard,eli,{first},75,2024-01-08\n",
        encoding="utf-8",
    )
    return path


def _to_summary(qtbot: QtBot, wizard: ImportWizard, path: Path) -> None:
    wizard.show()
    qtbot.waitUntil(lambda: bool(wizard.pipelines))
    wizard.file_page.choose(path)
    qtbot.waitUntil(wizard.file_page.isComplete)
    wizard.next()
    assert wizard.currentPage() is wizard.mapping_page
    wizard.next()
    qtbot.waitUntil(lambda: wizard.plan is not None)


def test_the_wizard_maps_dry_runs_and_imports(
    qtbot: QtBot, db: Database, runner: TaskRunner, tmp_path: Path
) -> None:
    team = make_team(db)
    wizard = ImportWizard(runner, db, team.owner)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitUntil(lambda: bool(wizard.pipelines))
    wizard.file_page.choose(_csv(tmp_path, team))
    qtbot.waitUntil(wizard.file_page.isComplete)
    wizard.next()
    assert wizard.mapping_page.table.choices() == [
        "external_id",
        "title",
        "owner",
        "stage",
        "value",
        "created_at",
    ]
    assert wizard.mapping_page.preview_table.rowCount() == 4
    wizard.next()
    qtbot.waitUntil(lambda: wizard.plan is not None)
    page = wizard.summary_page
    assert wizard.plan is not None and len(wizard.plan.create) == 3
    assert wizard.plan.rejected_rows() == {4}
    assert page.rejected.rowCount() == 1 and page.rejected.item(0, 0).text() == "4"
    assert page.rejected.item(0, 1).text() == "deal_stage"
    assert not page.isComplete()
    page.skip_check.setChecked(True)
    assert page.isComplete()
    with qtbot.waitSignal(wizard.leads_changed, timeout=10000) as changed:
        wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.result_page)
    assert len(changed.args[0]) == 3
    titles = sorted(lead.title for lead in leads.list_leads(db, team.owner))
    assert titles == ["Acme roof", "Bolt shed", "Dune yard"]
    assert wizard.import_result is not None and wizard.import_result.report is not None
    assert wizard.import_result.report.read_text(encoding="utf-8-sig").count("\n") == 2
    assert not wizard.result_page.report_button.isHidden()


def test_cancel_during_the_import_changes_nothing(
    qtbot: QtBot, db: Database, runner: TaskRunner, tmp_path: Path
) -> None:
    team = make_team(db)
    before = dump(db)
    wizard = ImportWizard(runner, db, team.owner)
    qtbot.addWidget(wizard)
    _to_summary(qtbot, wizard, _csv(tmp_path, team))
    wizard.summary_page.skip_check.setChecked(True)
    # Cancel exactly while the core works: on its first progress report, on the worker thread.
    run = wizard.run_page
    run.relay.progressed.connect(lambda *_: run.cancel_event.set(), Qt.ConnectionType.DirectConnection)
    wizard.next()
    assert run.running
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.result_page, timeout=10000)
    assert wizard.import_result is None
    assert "cancelled" in wizard.result_page.label.text()
    assert dump(db) == before
    assert leads.list_leads(db, team.owner) == []


def test_the_cancel_button_asks_the_core_to_stop(
    qtbot: QtBot, db: Database, runner: TaskRunner, tmp_path: Path
) -> None:
    team = make_team(db)
    wizard = ImportWizard(runner, db, team.owner)
    qtbot.addWidget(wizard)
    _to_summary(qtbot, wizard, _csv(tmp_path, team))
    wizard.summary_page.skip_check.setChecked(True)
    wizard.next()
    wizard.reject()  # the window's Cancel while running: stop, do not close
    assert wizard.run_page.cancel_event.is_set() and wizard.isVisible()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.result_page, timeout=10000)


def test_the_empty_board_imports_through_the_wizard(qtbot: QtBot, db_target: str, tmp_path: Path) -> None:
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path))
    opened = open_database(db_target)
    window = MainWindow(AppContext(opened.db, opened.owner), "funnel.db")
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.board.summaries_loaded, timeout=10000):
        window.show()
    # Backups are for SQLite files; a team database is backed up on its server.
    assert window.menu_actions["backups"].isVisible() == (opened.db.path is not None)
    assert window.menu_actions["export"].isEnabled()
    assert window.board_stack.currentWidget() is window.empty_state
    window.empty_state.import_button.click()
    wizard = window.findChild(ImportWizard)
    assert wizard is not None
    stage = pipelines.list_pipelines(opened.db, opened.owner)[0].stages[0].name
    source = tmp_path / "two.csv"
    source.write_text(f"Title,Status\nFirst,{stage}\nSecond,{stage}\n", encoding="utf-8")
    _to_summary(qtbot, wizard, source)
    with qtbot.waitSignal(window.board.summaries_loaded, timeout=10000):
        wizard.next()
    qtbot.waitUntil(lambda: window.board_stack.currentWidget() is window.board, timeout=10000)
    wizard.accept()
    window.ctx.runner.shutdown()


def test_stage_values_that_match_no_stage_can_be_mapped(
    qtbot: QtBot, db: Database, runner: TaskRunner, tmp_path: Path
) -> None:
    team = make_team(db)
    first = team.pipeline.stages[0].name
    won = next(s.name for s in team.pipeline.stages if s.kind == "won")
    path = tmp_path / "stages.csv"
    path.write_text(
        "title,deal_stage\nAcme,Prospect\nBolt,Closed Won\nCrux,prospect\nDune,Prospect\n", encoding="utf-8"
    )
    wizard = ImportWizard(runner, db, team.owner)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitUntil(lambda: bool(wizard.pipelines))
    wizard.file_page.choose(path)
    qtbot.waitUntil(wizard.file_page.isComplete)
    wizard.next()
    stage_map = wizard.mapping_page.stage_map
    assert stage_map.rowCount() == 2 and stage_map.choices() == [None, None]
    for value, stage in (("Prospect", first), ("Closed Won", won)):
        stage_map.choose(value, stage)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.plan is not None)
    assert wizard.plan is not None and wizard.plan.rejected_rows() == set()
    assert wizard.summary_page.isComplete()
    with qtbot.waitSignal(wizard.leads_changed, timeout=10000):
        wizard.next()
    stages = {lead.title: lead.stage_name for lead in leads.list_leads(db, team.owner)}
    assert stages == {"Acme": first, "Bolt": won, "Crux": first, "Dune": first}
