"""The import wizard shows what the core inferred before anything is written: the source CRM,
the encoding, each date column's format, and the rows the stage gate refuses."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from funneldesk.domain.records import UserRecord
from funneldesk.services import pipelines, users
from funneldesk.spreadsheets.importer import ImportOptions, run_import
from funneldesk.storage.database import Database
from ui.importer.wizard import ImportWizard
from ui.tasks import TaskRunner

from .conftest import change_count
from .test_sheet_crm import GATED

pytestmark = pytest.mark.gui

# Pipedrive headers, Windows-1252 text, m/d/yyyy creation dates and d-m-y won times.
EXPORT = ("Deal - ID,Deal - Title,Deal - Organization,Deal - Owner,Deal - Stage,Deal - Status,"
          "Deal - Deal created,Deal - Won time,Deal - Value\n"
          "1,Café Crème,Société Générale,Owner,Prospecting,open,7/25/2016,,10\n"
          "2,Bücher,Müller GmbH,Owner,Prospecting,open,3/4/2016,,20\n"
          "3,Straße,Größe AG,Owner,Engaging,won,1/30/2016,28-02-2017 14:30,30\n")


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    """Return a database worker, stopped after the test."""
    worker = TaskRunner()
    yield worker
    worker.shutdown()


def _dry_run(qtbot: QtBot, wizard: ImportWizard, path: Path) -> None:
    wizard.show()
    qtbot.waitUntil(lambda: bool(wizard.pipelines))
    wizard.file_page.choose(path)
    qtbot.waitUntil(wizard.file_page.isComplete)
    wizard.next()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.plan is not None)


def test_the_wizard_shows_source_encoding_dates_and_gate_refusals(
        qtbot: QtBot, db: Database, runner: TaskRunner, tmp_path: Path) -> None:
    owner: UserRecord = users.ensure_owner(db)
    pipelines.create(db, owner, "Gated", GATED)
    path = tmp_path / "deals.csv"
    path.write_bytes(EXPORT.encode("cp1252"))
    # First import: new leads, one placed past the gate (won without the Engaging tick).
    run_import(db, owner, path, ImportOptions(pipeline="Gated"))
    # The file now says deal 2 was won: Prospecting -> Won jumps Engaging's unticked checklist.
    path.write_bytes(EXPORT.replace("Bücher,Müller GmbH,Owner,Prospecting,open,3/4/2016,,20",
                                    "Bücher,Müller GmbH,Owner,Engaging,won,3/4/2016,01-03-2017 10:00,20")
                     .encode("cp1252"))
    wizard = ImportWizard(runner, db, owner)
    qtbot.addWidget(wizard)
    _dry_run(qtbot, wizard, path)
    status = wizard.file_page.status.text()
    assert "Pipedrive" in status and "cp1252" in status
    text = wizard.summary_page.summary.text()
    assert "Pipedrive" in text and "cp1252 (detected)" in text
    assert "Dates in “Deal - Deal created”: month/day/year (decided by 7/25/2016)" in text
    assert "Dates in “Deal - Won time”: day/month/year with time (decided by 28-02-2017 14:30)" in text
    page = wizard.summary_page
    assert wizard.plan is not None and [r.row for r in wizard.plan.gate_refused] == [3]
    assert page.rejected.rowCount() == 1 and 'tick "Budget confirmed"' in page.rejected.item(0, 2).text()
    assert not page.isComplete() and page.override_row.isVisibleTo(wizard)
    before = change_count(db)
    page.override_edit.setText("confirmed by phone")
    page.override_button.click()
    qtbot.waitUntil(lambda: wizard.plan is not None and bool(wizard.plan.overridden))
    assert page.isComplete()
    assert change_count(db) == before  # still only a dry run
