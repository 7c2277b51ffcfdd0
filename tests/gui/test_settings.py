"""Settings: stage edits and criteria from forms are stored; drag reorder; owner-only users."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from funneldesk.domain.records import UserRecord
from funneldesk.services import pipelines, users
from funneldesk.storage.database import Database
from ui.settings import SettingsView
from ui.settings.stage_model import StageListModel
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
    """Create the owner and the typical-sales pipeline."""
    actor = users.ensure_owner(db)
    pipelines.create_from_template(db, actor, "typical-sales")
    return actor


def _settings(runner: TaskRunner, db: Database, actor: UserRecord, qtbot: QtBot) -> SettingsView:
    view = SettingsView(runner, db, actor)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.pipeline_page.stage_model.rowCount() > 0 and not runner.pending)
    return view


def test_editing_a_stage_is_persisted(runner: TaskRunner, db: Database, owner: UserRecord,
                                      qtbot: QtBot) -> None:
    view = _settings(runner, db, owner, qtbot)
    page = view.pipeline_page
    page.stages.setCurrentIndex(page.stage_model.index(1))
    stage = page.current_stage()
    assert stage is not None
    page.stage_form.name.setText("Qualified")
    page.stage_form.probability.setValue(35)
    with qtbot.waitSignal(view.pipelines_changed):
        page.apply_stage()
    stored = pipelines.list_pipelines(db, owner)[0].stages[1]
    assert (stored.id, stored.name, stored.probability) == (stage.id, "Qualified", 35)
    assert "Qualified" in page.stage_model.index(1).data()


def test_adding_a_criterion_from_the_form(runner: TaskRunner, db: Database, owner: UserRecord,
                                          qtbot: QtBot) -> None:
    view = _settings(runner, db, owner, qtbot)
    page = view.pipeline_page
    page.stages.setCurrentIndex(page.stage_model.index(0))
    form = page.criterion_form
    form.kind.setCurrentIndex(form.kind.findData("field"))
    form.label.setText("Company known")
    form.field.setCurrentIndex(form.field.findData("company"))
    form.operator.setCurrentIndex(form.operator.findData("set"))
    with qtbot.waitSignal(view.pipelines_changed):
        page.add_criterion()
    criteria = pipelines.list_pipelines(db, owner)[0].stages[0].criteria
    added = next(c for c in criteria if c.label == "Company known")
    assert (added.kind, added.field, added.operator) == ("field", "company", "set")
    assert page.criteria.count() == len(criteria)


def test_dragging_a_stage_reorders_it_in_the_core(runner: TaskRunner, db: Database, owner: UserRecord,
                                                  qtbot: QtBot) -> None:
    view = _settings(runner, db, owner, qtbot)
    model = view.pipeline_page.stage_model
    first, second = model.stage_at(0).id, model.stage_at(1).id
    mime = model.mimeData([model.index(0)])
    with qtbot.waitSignal(view.pipelines_changed):
        model.dropMimeData(mime, Qt.DropAction.MoveAction, 2,
                           0, QModelIndex())
    stored = [s.id for s in pipelines.list_pipelines(db, owner)[0].stages]
    assert stored[:2] == [second, first]


def test_users_page_shows_the_core_refusal_inline(runner: TaskRunner, db: Database, owner: UserRecord,
                                                  qtbot: QtBot) -> None:
    manager = users.add_user(db, owner, "Mia Manager", "mia", "manager")
    view = _settings(runner, db, manager, qtbot)
    page = view.users_page
    page.name.setText("Sneaky User")
    page.add_user()
    qtbot.waitUntil(lambda: bool(page.message.text()))
    assert "owner" in page.message.text() or "not" in page.message.text().lower()
    assert all(u.login != "sneaky.user" for u in users.list_users(db, owner))
    stage_page = view.pipeline_page
    stage_page.stage_form.probability.setValue(99)
    stage_page.apply_stage()
    qtbot.waitUntil(lambda: bool(stage_page.message.text()))
    assert pipelines.list_pipelines(db, owner)[0].stages[0].probability != 99


def test_owner_adds_a_user_under_a_manager(runner: TaskRunner, db: Database, owner: UserRecord,
                                           qtbot: QtBot) -> None:
    manager = users.add_user(db, owner, "Mia Manager", "mia", "manager")
    view = _settings(runner, db, owner, qtbot)
    page = view.users_page
    qtbot.waitUntil(lambda: page.manager.findData(manager.id) >= 0)
    page.name.setText("Eli Employee")
    page.role.setCurrentIndex(page.role.findData("employee"))
    page.manager.setCurrentIndex(page.manager.findData(manager.id))
    with qtbot.waitSignal(view.users_changed):
        page.add_user()
    eli = next(u for u in users.list_users(db, owner) if u.name == "Eli Employee")
    assert (eli.role, eli.manager_id) == ("employee", manager.id)


def test_stage_list_model_passes_the_model_tester(db: Database, owner: UserRecord,
                                                  qtmodeltester: object) -> None:
    model = StageListModel()
    model.set_stages(pipelines.list_pipelines(db, owner)[0].stages)
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.move_stage(0, 3) and model.stage_at(2).position == 0
