"""Leads table: lazy windows, SQL sort, debounced search, bulk refusals, model contract."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import insert

from funneldesk.domain.records import UserRecord
from funneldesk.services import browse, leads, pipelines, users
from funneldesk.storage.database import Database
from funneldesk.storage.models import Lead
from ui.leads import LeadsView
from ui.leads.columns import COLUMNS
from ui.leads.model import LeadTableModel
from ui.models_util import Roles
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


def _bulk_leads(db: Database, owner: UserRecord, count: int) -> None:
    stage = pipelines.list_pipelines(db, owner)[0].stages[0]
    start = datetime(2026, 1, 1)
    rows = [{"title": f"Lead {n:05d}", "company": f"Company {n % 97}", "pipeline_id": stage.pipeline_id,
             "stage_id": stage.id, "owner_id": owner.id, "value_minor": n * 100, "currency": "USD",
             "created_at": start + timedelta(minutes=n), "updated_at": start,
             "stage_entered_at": start, "version": 1, "notes": "", "custom_fields": "{}",
             "discount_bp": 0} for n in range(count)]
    with db.write() as session:
        session.execute(insert(Lead), rows)


def _model(runner: TaskRunner, db: Database, owner: UserRecord, qtbot: QtBot) -> LeadTableModel:
    model = LeadTableModel(runner, db, owner, page_size=100)
    model.requery()
    qtbot.waitUntil(lambda: not model.loading and model.rowCount() > 0 and not runner.pending)
    return model


def test_lazy_fetching_loads_only_a_window_of_5000(runner: TaskRunner, db: Database,
                                                   owner: UserRecord, qtbot: QtBot) -> None:
    _bulk_leads(db, owner, 5000)
    model = _model(runner, db, owner, qtbot)
    assert model.rowCount() == 100 and model.total == 5000 and model.canFetchMore()
    model.fetchMore()
    qtbot.waitUntil(lambda: model.rowCount() == 200)
    assert len({model.lead_id(r) for r in range(200)}) == 200


def test_sorting_by_a_column_comes_from_sql(runner: TaskRunner, db: Database, owner: UserRecord,
                                            qtbot: QtBot) -> None:
    _bulk_leads(db, owner, 500)
    model = _model(runner, db, owner, qtbot)
    value = next(i for i, c in enumerate(COLUMNS) if c.key == "value")
    model.sort(value, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: not model.loading and model.rowCount() > 0)
    assert model.sort_state() == ("value", True)
    first = model.index(0, value).data(Roles.SORT)
    assert first == 499.0  # the largest of all 500, though only 100 rows were loaded
    keys = [model.index(r, value).data(Roles.SORT) for r in range(model.rowCount())]
    assert keys == sorted(keys, reverse=True)


def test_search_narrows_the_table_by_part_of_a_phone_number(runner: TaskRunner, db: Database,
                                                            owner: UserRecord, qtbot: QtBot) -> None:
    _bulk_leads(db, owner, 300)
    wanted = leads.create_lead(db, owner, {"title": "Needle", "phone": "+1 (415) 555-0199"})
    view = LeadsView(runner, db, owner)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.model.total == 301)
    qtbot.keyClicks(view.filter_bar.search, "555-01")
    qtbot.waitUntil(lambda: view.model.total == 1 and view.model.rowCount() == 1, timeout=3000)
    assert view.model.lead_id(0) == wanted.id
    view.set_search_text("4155550199")
    qtbot.waitUntil(lambda: view.model.lead_filter.text == "4155550199" and not view.model.loading)
    assert view.model.rowCount() == 1


def test_typing_an_email_or_phone_fragment_finds_that_lead_and_a_new_sort_keeps_the_total(
        runner: TaskRunner, db: Database, owner: UserRecord, qtbot: QtBot,
        monkeypatch: pytest.MonkeyPatch) -> None:
    _bulk_leads(db, owner, 300)
    wanted = leads.create_lead(db, owner, {"title": "Needle", "email": "grace.hopper@navy.example",
                                           "phone": "+44 (20) 7946-0018"})
    view = LeadsView(runner, db, owner)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.model.total == 301)
    for typed in ("hopper@na", "2079460018", "7946-00"):
        view.filter_bar.search.clear()
        qtbot.keyClicks(view.filter_bar.search, typed)
        qtbot.waitUntil(lambda typed=typed: view.model.lead_filter.text == typed and view.model.total == 1
                        and view.model.rowCount() == 1, timeout=3000)
        assert view.model.lead_id(0) == wanted.id
    view.set_search_text("Company 1")  # Company 1, 10..19 of 97, and so on
    # The count arrives after the first window: sort only once it is in, or the sort recounts.
    qtbot.waitUntil(lambda: view.model.lead_filter.text == "Company 1" and view.model.counted
                    and view.model.total > 1 and not view.model.loading)
    total, counted = view.model.total, []
    monkeypatch.setattr(browse, "count_leads", lambda *args, **kw: counted.append(args) or 0)
    view.model.sort(next(i for i, c in enumerate(COLUMNS) if c.key == "owner"), Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: not view.model.loading and view.model.rowCount() > 0)
    assert view.model.total == total and not counted  # the same leads: no second count


def test_bulk_move_reports_refused_leads_with_reasons(runner: TaskRunner, db: Database,
                                                      owner: UserRecord, qtbot: QtBot) -> None:
    ready = leads.create_lead(db, owner, {"title": "Ready", "phone": "555 1234"})
    leads.create_lead(db, owner, {"title": "Blocked"})
    view = LeadsView(runner, db, owner)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.model.rowCount() == 2)
    view.table.selectAll()
    target = pipelines.list_pipelines(db, owner)[0].stages[1].id
    with qtbot.waitSignal(view.leads_changed) as changed:
        view.run_bulk(lambda ids: browse.bulk_move(db, owner, ids, target), view.selected_ids(), "Move")
    assert changed.args[0] == {ready.id}
    summary = view.last_summary
    assert summary is not None and summary.tree.topLevelItemCount() == 1
    item = summary.tree.topLevelItem(0)
    assert "Blocked" in item.text(0) and item.childCount() == 1
    assert "phone" in item.child(0).text(1)
    qtbot.waitUntil(lambda: {view.model.row_at(r).stage for r in range(2)} == {
        "Primary contact", "Client qualification"})
    summary.close()


def test_lead_table_model_passes_the_model_tester(runner: TaskRunner, db: Database, owner: UserRecord,
                                                  qtbot: QtBot, qtmodeltester: object) -> None:
    _bulk_leads(db, owner, 250)
    model = _model(runner, db, owner, qtbot)
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: not model.loading)


def test_double_click_opens_the_editor(runner: TaskRunner, db: Database, owner: UserRecord,
                                       qtbot: QtBot) -> None:
    lead = leads.create_lead(db, owner, {"title": "Open me"})
    view = LeadsView(runner, db, owner)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    rect = view.table.visualRect(view.model.index(0, 1))
    with qtbot.waitSignal(view.lead_activated) as activated:
        qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert activated.args == [lead.id]
    from ui.editor import LeadEditorDialog

    editor = view.findChild(LeadEditorDialog)
    assert editor is not None
    qtbot.waitUntil(lambda: editor.record is not None and editor.record.title == "Open me")
    editor.close()


def test_bulk_run_merges_chunks_and_stops_on_cancel(runner: TaskRunner, db: Database, owner: UserRecord,
                                                    qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QWidget

    from funneldesk.services import browse
    from ui.leads.bulk import BulkRun

    _bulk_leads(db, owner, 50)
    ids = [r.id for r in browse.browse_page(db, owner, browse.LeadFilter(), limit=200).rows]
    parent = QWidget()
    qtbot.addWidget(parent)
    whole = BulkRun(runner, lambda chunk: browse.bulk_lose(db, owner, chunk, "No budget"), ids[:30],
                    "Mark lost", parent, chunk=12)
    with qtbot.waitSignal(whole.finished, timeout=30000) as done:
        whole.start()
    assert len(done.args[0].changed) == 30 and done.args[1] == 0
    cancelled = BulkRun(runner, lambda chunk: browse.bulk_lose(db, owner, chunk, "No budget"), ids[30:],
                        "Mark lost", parent, chunk=5)
    with qtbot.waitSignal(cancelled.finished) as stopped:
        cancelled.start()
        cancelled.progress.cancel()
    assert len(stopped.args[0].changed) == 5 and stopped.args[1] == 15


def test_show_lead_ids_shows_exactly_those_under_a_caption_until_cleared(
    runner: TaskRunner, db: Database, owner: UserRecord, qtbot: QtBot
) -> None:
    _bulk_leads(db, owner, 300)
    view = LeadsView(runner, db, owner)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.model.total == 300)
    view.set_search_text("Lead 0000")  # would hide most of the drilled leads; a drill starts afresh
    qtbot.waitUntil(lambda: view.model.total == 10, timeout=3000)
    first = min(view.model.lead_id(r) for r in range(10))  # "Lead 00000", the first inserted
    some = [first + n for n in (5, 50, 150, 299)]
    view.show_lead_ids(some, "Reached Qualified")
    qtbot.waitUntil(lambda: view.model.total == 4 and view.model.rowCount() == 4 and not view.model.loading)
    assert sorted(view.model.lead_id(r) for r in range(4)) == sorted(some)
    assert view.drill_bar.isVisible() and "Reached Qualified" in view.drill_caption.text()
    assert view.filter_bar.search.text() == ""
    view.set_search_text("Lead 0015")  # the filter bar narrows within the drill
    qtbot.waitUntil(lambda: view.model.total == 1 and not view.model.loading, timeout=3000)
    view.set_search_text("")
    qtbot.waitUntil(lambda: view.model.total == 4 and not view.model.loading, timeout=3000)
    qtbot.mouseClick(view.drill_clear, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.model.total == 300 and not view.model.loading)
    assert not view.drill_bar.isVisible() and view.lead_ids is None


def test_a_search_typed_over_stops_the_scan_still_running(
        runner: TaskRunner, db: Database, owner: UserRecord, qtbot: QtBot,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Typing on while a short text scans every lead: that scan stops, the newer search answers."""
    import threading

    from funneldesk.domain.errors import Abandoned
    from funneldesk.storage import abandon

    _bulk_leads(db, owner, 600)
    model = _model(runner, db, owner, qtbot)
    monkeypatch.setattr(abandon, "CHECK_EVERY_STEPS", 50)  # a small file: look often
    real_page, entered, typed_on, outcomes = browse.browse_page, threading.Event(), threading.Event(), []

    def page_held_until_typed_on(*args: object, **kw: object) -> browse.LeadPage:
        if args[2].text == "zq":  # type: ignore[attr-defined]
            entered.set()
            typed_on.wait(5)  # the scan is under way when the user types the next key
            try:
                return real_page(*args, **kw)  # type: ignore[arg-type]
            except Abandoned as exc:
                outcomes.append(exc)
                raise
        return real_page(*args, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(browse, "browse_page", page_held_until_typed_on)
    model.set_filter(browse.LeadFilter(text="zq"))
    qtbot.waitUntil(entered.is_set)
    model.set_filter(browse.LeadFilter(text="Lead 00042"))
    typed_on.set()
    qtbot.waitUntil(lambda: not model.loading and model.rowCount() == 1 and model.total == 1, timeout=5000)
    assert model.row_at(0).title == "Lead 00042"
    if db.dialect == "sqlite":
        assert len(outcomes) == 1 and isinstance(outcomes[0], Abandoned)
    else:  # PostgreSQL's reads are not interrupted; the stale answer is only dropped
        assert outcomes == []
