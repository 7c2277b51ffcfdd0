"""Exports: typed cells, layout, formula-injection safety, CSV, accountant totals."""

from __future__ import annotations

import csv
import shutil
import subprocess
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from funneldesk.domain.errors import InvalidInput
from funneldesk.domain.records import UserRecord
from funneldesk.spreadsheets.export_accountant import export_accountant
from funneldesk.spreadsheets.export_data import ExportFilter
from funneldesk.spreadsheets.export_leads import export_leads
from funneldesk.spreadsheets.importer import ImportOptions, run_import
from funneldesk.storage.database import Database

from .conftest import write_csv

ROWS = ("id,title,company,stage,value,currency,discount,created_at,closed_at,notes\n"
        "E1,\"=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",+Acme,Won,1000,USD,10%,2017-01-10,2017-02-03,@cmd\n"
        "E2,Plain,-Minus,Won,250.5,EUR,,2017-01-11,2017-02-20,\"tab\tin\"\n"
        "E3,Later,Corp,Won,99,USD,,2017-02-01,2017-03-05,ok\n"
        "E4,Open,Corp,Prospecting,7,USD,,2017-02-01,,\n")


@pytest.fixture
def filled(db: Database, owner: UserRecord, sales: str, tmp_path: Path) -> Database:
    """Import four leads with hostile text into the Sales pipeline."""
    run_import(db, owner, write_csv(tmp_path / "in.csv", ROWS), ImportOptions(pipeline=sales))
    return db


def test_leads_xlsx_is_typed_and_laid_out(filled: Database, owner: UserRecord, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    count = export_leads(filled, owner, tmp_path / "l.xlsx", on_progress=lambda d, t: seen.append((d, t)))
    assert count == 4 and seen[-1] == (4, 4)
    sheet = openpyxl.load_workbook(tmp_path / "l.xlsx").active
    header = [c.value for c in sheet[1]]
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == "A1:X5"
    assert all(c.font.b for c in sheet[1])
    row = {h: c for h, c in zip(header, sheet[2], strict=True)}
    assert row["Value"].value == 1000 and row["Value"].number_format == '#,##0.00 "USD"'
    assert row["Discount"].value == pytest.approx(0.1) and row["Discount"].number_format == "0.00%"
    assert row["Created"].value == datetime(2017, 1, 10) and row["Created"].is_date
    assert sheet.column_dimensions["C"].width == 36


def test_no_text_cell_can_run_as_a_formula(filled: Database, owner: UserRecord, tmp_path: Path) -> None:
    export_leads(filled, owner, tmp_path / "l.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "l.xlsx").active
    header = [c.value for c in sheet[1]]
    title, company, notes = (sheet.cell(2, header.index(n) + 1) for n in ("Title", "Company", "Notes"))
    assert title.value == '=HYPERLINK("http://evil","x")'
    assert title.data_type == "s" and title.quotePrefix
    assert company.data_type == "s" and company.quotePrefix and notes.quotePrefix
    assert all(c.data_type != "f" for row in sheet.iter_rows() for c in row)


def test_control_characters_do_not_crash_the_export(filled: Database, owner: UserRecord,
                                                     tmp_path: Path) -> None:
    from funneldesk.services.leads import update_lead

    update_lead(filled, owner, 1, {"notes": "vertical\x0btab and bell\x07"})
    export_leads(filled, owner, tmp_path / "l.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "l.xlsx").active
    assert sheet.cell(2, 24).value == "verticaltab and bell"


def test_leads_csv_neutralises_formulas(filled: Database, owner: UserRecord, tmp_path: Path) -> None:
    export_leads(filled, owner, tmp_path / "l.csv")
    with (tmp_path / "l.csv").open(encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    assert rows[0]["Title"] == "'=HYPERLINK(\"http://evil\",\"x\")"
    assert rows[0]["Company"] == "'+Acme" and rows[1]["Company"] == "'-Minus"
    assert rows[0]["Value"] == "1000.00" and rows[1]["Created"] == "2017-01-11 00:00:00"


def test_export_filters_by_period(filled: Database, owner: UserRecord, tmp_path: Path) -> None:
    where = ExportFilter(start=date(2017, 2, 1), end=date(2017, 2, 1))
    assert export_leads(filled, owner, tmp_path / "l.csv", where) == 2


def test_cancelled_export_leaves_no_file(filled: Database, owner: UserRecord, tmp_path: Path) -> None:
    from funneldesk.spreadsheets import export_leads as module

    module.REPORT_EVERY, saved = 1, module.REPORT_EVERY
    try:
        with pytest.raises(InvalidInput, match="cancelled"):
            export_leads(filled, owner, tmp_path / "l.xlsx", cancelled=lambda: True)
    finally:
        module.REPORT_EVERY = saved
    assert not (tmp_path / "l.xlsx").exists()


def test_accountant_workbook_has_month_sheets_and_live_totals(filled: Database, owner: UserRecord,
                                                              tmp_path: Path) -> None:
    where = ExportFilter(start=date(2017, 2, 1), end=date(2017, 2, 28))
    assert export_accountant(filled, owner, tmp_path / "a.xlsx", where) == 2
    book = openpyxl.load_workbook(tmp_path / "a.xlsx")
    assert book.sheetnames == ["Summary", "2017-02"]
    month = book["2017-02"]
    assert month["H2"].value == 900 and month["G2"].value == pytest.approx(0.1)
    summary = [[c.value for c in r] for r in book["Summary"].iter_rows()]
    assert summary[1][:2] == ["2017-02", "EUR"] and summary[2][:2] == ["2017-02", "USD"]
    assert summary[2][4] == "=SUMIF('2017-02'!I2:I3,\"USD\",'2017-02'!H2:H3)"


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")
def test_accountant_totals_in_libreoffice(filled: Database, owner: UserRecord, tmp_path: Path) -> None:
    export_accountant(filled, owner, tmp_path / "a.xlsx")
    out = tmp_path / "lo"
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/profile",
                    "--convert-to", "xlsx", "--outdir", str(out), str(tmp_path / "a.xlsx")],
                   check=True, capture_output=True, timeout=180)
    from python_calamine import CalamineWorkbook

    summary = CalamineWorkbook.from_path(str(out / "a.xlsx")).get_sheet_by_name("Summary").to_python()
    totals = {r[1]: (r[2], r[3], r[4]) for r in summary if r[0] == "Total"}
    assert totals == {"EUR": (1, 250.5, 250.5), "USD": (2, 1099, 999)}
    cells = [c for sheet in ("2017-02", "2017-03") for row in CalamineWorkbook.from_path(
        str(out / "a.xlsx")).get_sheet_by_name(sheet).to_python() for c in row]
    assert '=HYPERLINK("http://evil","x")' in cells and "+Acme" in cells


def test_report_workbook_has_five_sheets_with_charts(filled: Database, owner: UserRecord,
                                                     tmp_path: Path) -> None:
    from funneldesk.analytics.tables import managers
    from funneldesk.spreadsheets.export_report import export_report

    assert export_report(filled, owner, tmp_path / "r.xlsx") == 5
    book = openpyxl.load_workbook(tmp_path / "r.xlsx")
    assert book.sheetnames == ["Summary", "Funnel", "Managers", "Channels", "Periods"]
    assert all(len(sheet._charts) == 1 for sheet in book)
    funnel = [[c.value for c in r] for r in book["Funnel"].iter_rows(min_row=2)]
    assert [(r[0], r[1]) for r in funnel] == [("Prospecting", 4), ("Engaging", 3), ("Won", 3)]
    summary = {r[0].value: r[1].value for r in book["Summary"].iter_rows(min_row=2)}
    assert summary["Won"] == 3
    expected = sum(m.won_value for m in managers(filled, owner))
    assert summary["Won value"] == pytest.approx(float(expected))
    with pytest.raises(InvalidInput, match=r"\.xlsx only"):
        export_report(filled, owner, tmp_path / "r.csv")


def test_leads_csv_prints_times_and_dates_as_typed_values_do(filled: Database, owner: UserRecord,
                                                             tmp_path: Path) -> None:
    from sqlalchemy import text

    from funneldesk.services.leads import update_lead

    update_lead(filled, owner, 1, {"expected_close": date(2017, 3, 9), "next_action": date(2017, 3, 1)})
    with filled.write() as session:  # stored by other tools: microseconds, a 'T', no seconds
        session.execute(text("UPDATE leads SET created_at = '2017-01-10 09:08:07.654321' WHERE id = 1"))
        session.execute(text("UPDATE leads SET created_at = '2017-01-11T10:20' WHERE id = 2"))
    export_leads(filled, owner, tmp_path / "l.csv")
    with (tmp_path / "l.csv").open(encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    assert rows[0]["Created"] == str(datetime(2017, 1, 10, 9, 8, 7, 654321))
    assert rows[0]["Closed"] == "2017-02-03 00:00:00" and rows[3]["Closed"] == ""
    assert (rows[0]["Expected close"], rows[0]["Next action"]) == ("2017-03-09", "2017-03-01")
    assert rows[1]["Created"] == "2017-01-11 10:20:00"
    assert rows[0]["Discount"] == "10%" and rows[1]["Discount"] == "0%" and rows[1]["Value"] == "250.50"
