"""Lead editor: save persists fields, a conflicting save shows both versions, live checklist."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit
from pytestqt.qtbot import QtBot

from funneldesk.domain.records import LeadRecord, UserRecord
from funneldesk.services import leads, moves, pipelines, users
from funneldesk.storage.database import Database
from ui.editor import LeadEditorDialog
from ui.editor.checklist import GateChecklistModel
from ui.editor.conflict import Choice
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


def _editor(runner: TaskRunner, db: Database, owner: UserRecord, lead: LeadRecord,
            qtbot: QtBot) -> LeadEditorDialog:
    dialog = LeadEditorDialog(runner, db, owner, lead.id)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.record is not None and dialog.checklist is not None
                    and dialog.checklist.model.rowCount() > 0 and not runner.pending)
    return dialog


def _line(dialog: LeadEditorDialog, name: str) -> QLineEdit:
    widget = dialog.form.edits[name]
    assert isinstance(widget, QLineEdit)
    return widget


def test_save_persists_fields(runner: TaskRunner, db: Database, owner: UserRecord, qtbot: QtBot) -> None:
    lead = leads.create_lead(db, owner, {"title": "Old title"})
    dialog = _editor(runner, db, owner, lead, qtbot)
    _line(dialog, "title").setText("New title")
    _line(dialog, "phone").setText("+1 555 0100")
    _line(dialog, "value").setText("1234.50")
    currency = dialog.form.edits["currency"]
    assert isinstance(currency, QComboBox)
    currency.setCurrentText("EUR")
    with qtbot.waitSignal(dialog.lead_saved):
        dialog.save()
    saved = leads.get_lead(db, owner, lead.id)
    assert (saved.title, saved.phone, saved.value, saved.currency) == (
        "New title", "+1 555 0100", Decimal("1234.50"), "EUR")
    assert saved.version == lead.version + 1


def test_conflict_shows_both_versions_and_does_not_overwrite(runner: TaskRunner, db: Database,
                                                             owner: UserRecord, qtbot: QtBot) -> None:
    lead = leads.create_lead(db, owner, {"title": "Deal", "company": "Acme"})
    dialog = _editor(runner, db, owner, lead, qtbot)
    leads.update_lead(db, owner, lead.id, {"company": "Theirs Inc"}, expected_version=lead.version)
    _line(dialog, "company").setText("Mine Ltd")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.conflict is not None and dialog.conflict.isVisible())
    conflict = dialog.conflict
    assert conflict is not None and "company" in conflict.fields_shown()
    row = conflict.fields_shown().index("company")
    item = conflict.table.topLevelItem(row)
    assert (item.text(1), item.text(2)) == ("Mine Ltd", "Theirs Inc")
    assert leads.get_lead(db, owner, lead.id).company == "Theirs Inc"
    conflict.theirs_button.click()
    assert conflict.choice == Choice.TAKE_THEIRS
    assert _line(dialog, "company").text() == "Theirs Inc"
    assert leads.get_lead(db, owner, lead.id).company == "Theirs Inc"


def test_keep_editing_then_saving_is_a_knowing_overwrite(runner: TaskRunner, db: Database,
                                                         owner: UserRecord, qtbot: QtBot) -> None:
    lead = leads.create_lead(db, owner, {"title": "Deal", "company": "Acme"})
    dialog = _editor(runner, db, owner, lead, qtbot)
    leads.update_lead(db, owner, lead.id, {"contact_name": "Their contact"})
    _line(dialog, "company").setText("Mine Ltd")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.conflict is not None and dialog.conflict.isVisible())
    assert dialog.conflict is not None
    dialog.conflict.keep_button.click()
    assert _line(dialog, "company").text() == "Mine Ltd"
    assert _line(dialog, "contact_name").text() == "Their contact"
    with qtbot.waitSignal(dialog.lead_saved):
        dialog.save()
    saved = leads.get_lead(db, owner, lead.id)
    assert (saved.company, saved.contact_name) == ("Mine Ltd", "Their contact")


def test_ticking_a_checklist_item_updates_it_to_met(runner: TaskRunner, db: Database,
                                                    owner: UserRecord, qtbot: QtBot) -> None:
    lead = leads.create_lead(db, owner, {"title": "Offer", "phone": "555 1234", "category": "A",
                                         "persona": None})
    pipeline = pipelines.list_pipelines(db, owner)[0]
    leads.update_lead(db, owner, lead.id, {"value": "100"})
    from funneldesk.services import catalog

    catalog.add_name(db, owner, "persona", "Buyer")
    leads.update_lead(db, owner, lead.id, {"persona": "Buyer"})
    moves.move_lead(db, owner, lead.id, "Commercial offer")
    dialog = _editor(runner, db, owner, leads.get_lead(db, owner, lead.id), qtbot)
    assert dialog.checklist is not None
    model = dialog.checklist.model
    row = next(r for r in range(model.rowCount()) if model.status_at(r).criterion.kind == "checklist")
    assert not model.status_at(row).met
    index = model.index(row)
    assert model.flags(index) & Qt.ItemFlag.ItemIsUserCheckable
    model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    qtbot.waitUntil(lambda: model.status_at(row).met)
    assert model.data(index, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert all(s.met for s in moves.gate_status(db, owner, lead.id))
    assert pipeline.stage_named("Commercial offer") is not None


def test_checklist_model_passes_the_model_tester(runner: TaskRunner, db: Database, owner: UserRecord,
                                                 qtbot: QtBot, qtmodeltester: object) -> None:
    lead = leads.create_lead(db, owner, {"title": "Any"})
    model = GateChecklistModel()
    model.set_statuses(moves.gate_status(db, owner, lead.id))
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_owner_approves_from_the_checklist(runner: TaskRunner, db: Database, owner: UserRecord,
                                           qtbot: QtBot) -> None:
    lead = leads.create_lead(db, owner, {"title": "Discounted", "discount": "20"})
    moves.move_lead(db, owner, lead.id, "Agreement on terms", override="set up for the test")
    dialog = _editor(runner, db, owner, leads.get_lead(db, owner, lead.id), qtbot)
    assert dialog.checklist is not None
    panel = dialog.checklist
    row = next(r for r in range(panel.model.rowCount())
               if panel.model.status_at(r).criterion.kind == "approval")
    assert not panel.model.status_at(row).met
    panel.view.setCurrentIndex(panel.model.index(row))
    assert panel.approve_button.isEnabled()
    with qtbot.waitSignal(dialog.leads_changed):
        panel.approve_button.click()
    qtbot.waitUntil(lambda: panel.model.status_at(row).met)
