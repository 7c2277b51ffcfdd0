"""File > Export… writes the leads the user sees; File > Backups… lists a backup made by "Back up now"."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from funneldesk.services import leads
from funneldesk.services.backups import backup_now, list_backups
from funneldesk.spreadsheets.importer import ImportOptions, run_import
from funneldesk.storage.database import Database
from tests.core.helpers import Team, make_team
from ui.backups import BackupsDialog, backups_apply
from ui.context import AppContext
from ui.exporter import ExportDialog

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("private_settings")]
_TEAM_MODE = bool(os.environ.get("FUNNELDESK_TEST_DB"))



@pytest.fixture
def make_ctx(db: Database) -> Iterator[object]:
    """Return a function that builds an AppContext for an actor; its worker is stopped after."""
    made: list[AppContext] = []

    def make(actor: object) -> AppContext:
        ctx = AppContext(db, actor)  # type: ignore[arg-type]
        made.append(ctx)
        return ctx

    yield make
    for ctx in made:
        ctx.runner.shutdown()


def test_export_leads_writes_the_leads(qtbot: QtBot, db: Database, make_ctx: object, tmp_path: Path) -> None:
    team = make_team(db)
    for title, company in (("Acme roof", "Acme"), ("=cmd|' /C calc'!A0", "Bolt"), ("Crux barn", None)):
        leads.create_lead(db, team.owner, {"title": title, "company": company})
    dialog = ExportDialog(make_ctx(team.owner))  # type: ignore[operator]
    qtbot.addWidget(dialog)
    assert dialog.kind() == "leads"
    target = tmp_path / "leads.xlsx"
    with qtbot.waitSignal(dialog.exported, timeout=10000) as done:
        dialog.export_to(target)
    assert done.args == [target, 3]
    sheet = openpyxl.load_workbook(target).active
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    expected = sorted((lead.id, lead.title, lead.company) for lead in leads.list_leads(db, team.owner))
    assert sorted((r[0], r[2], r[3]) for r in rows) == expected
    assert "Written to" in dialog.status.text()


def _many_leads(db: Database, team: Team, tmp_path: Path, count: int) -> None:
    source = tmp_path / "many.csv"
    rows = "".join(f"M{n},Lead {n},eli\n" for n in range(count))
    source.write_text("external_id,title,owner\n" + rows, encoding="utf-8")
    run_import(db, team.owner, source, ImportOptions())


def test_export_cancel_writes_no_file(qtbot: QtBot, db: Database, make_ctx: object, tmp_path: Path) -> None:
    team = make_team(db)
    _many_leads(db, team, tmp_path, 2500)
    dialog = ExportDialog(make_ctx(team.owner))  # type: ignore[operator]
    qtbot.addWidget(dialog)
    dialog.show()
    # Cancel exactly while the core writes: on its first progress report, on the worker thread.
    dialog.relay.progressed.connect(lambda *_: dialog.cancel_event.set(), Qt.ConnectionType.DirectConnection)
    target = tmp_path / "leads.xlsx"
    with qtbot.waitSignal(dialog.failed, timeout=20000):
        dialog.export_to(target)
        dialog.reject()  # Close while running asks for a cancel instead of closing
        assert dialog.isVisible()
    assert not target.exists()
    assert "cancelled" in dialog.status.text()


@pytest.mark.skipif(_TEAM_MODE, reason="team databases are backed up on the PostgreSQL server")
def test_backup_now_appears_in_the_list(qtbot: QtBot, db: Database, make_ctx: object) -> None:
    team = make_team(db)
    assert backups_apply(db)
    dialog = BackupsDialog(make_ctx(team.owner))  # type: ignore[operator]
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.busy)
    before = dialog.table.rowCount()
    with qtbot.waitSignal(dialog.listed, timeout=10000):
        dialog.backup_button.click()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == before + 1)
    newest = list_backups(db)[0]
    assert dialog.entries[0].path == newest.path
    assert dialog.table.item(0, 1).text() == "Manual"
    assert dialog.table.item(0, 2).text()
    dialog.table.selectRow(0)
    assert dialog.restore_button.isEnabled()


@pytest.mark.skipif(_TEAM_MODE, reason="team databases are backed up on the PostgreSQL server")
def test_restore_brings_the_backup_back_and_keeps_the_current_file(
    qtbot: QtBot, db: Database, make_ctx: object
) -> None:
    team = make_team(db)
    taken = backup_now(db)
    leads.create_lead(db, team.owner, {"title": "After the backup"})
    dialog = BackupsDialog(make_ctx(team.owner))  # type: ignore[operator]
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: bool(dialog.entries))
    entry = next(e for e in dialog.entries if e.path == taken.path)
    with qtbot.waitSignal(dialog.restored, timeout=10000) as restored:
        dialog.restore(entry)
    kept = restored.args[0].kept
    assert kept is not None and kept.exists()
    reopened = Database(str(db.path))
    try:
        assert leads.list_leads(reopened, team.owner) == []
    finally:
        reopened.close()
