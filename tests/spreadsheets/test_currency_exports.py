"""Exports and money in several currencies: the accountant keeps each deal's own currency and
gains its amount in the reporting currency and the rate used; the analytics workbook is in
the reporting currency and names what it could not convert."""

from __future__ import annotations

import csv
from datetime import date
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from funneldesk.domain.records import UserRecord
from funneldesk.services import rates
from funneldesk.spreadsheets.export_accountant import export_accountant
from funneldesk.spreadsheets.export_report import export_report
from funneldesk.spreadsheets.importer import ImportOptions, run_import
from funneldesk.storage.database import Database

from .conftest import write_csv

ROWS = ("id,title,company,stage,value,currency,discount,created_at,closed_at\n"
        "E1,Dollars,Acme,Won,1000,USD,10%,2017-01-10,2017-02-03\n"
        "E2,Euros,Corp,Won,250.5,EUR,,2017-01-11,2017-02-20\n"
        "E3,Open,Corp,Prospecting,7,USD,,2017-02-01,\n")  # most leads are in USD: the default


@pytest.fixture
def filled(db: Database, owner: UserRecord, sales: str, tmp_path: Path) -> Database:
    run_import(db, owner, write_csv(tmp_path / "in.csv", ROWS), ImportOptions(pipeline=sales))
    return db


def _month(path: Path) -> dict[str, dict[str, object]]:
    sheet = openpyxl.load_workbook(path)["2017-02"]
    rows = [[c.value for c in r] for r in sheet.iter_rows()]
    return {r[3]: dict(zip(rows[0], r, strict=True)) for r in rows[1:3]} | {"_rows": rows}  # type: ignore[dict-item]


def test_accountant_keeps_own_currency_and_adds_converted_amount_and_rate(
    filled: Database, owner: UserRecord, tmp_path: Path
) -> None:
    export_accountant(filled, owner, tmp_path / "a.xlsx")
    deals = _month(tmp_path / "a.xlsx")
    euro, dollar = deals["Euros"], deals["Dollars"]
    assert euro["Amount"] == 250.5 and euro["Currency"] == "EUR"
    assert euro["Amount in USD"] is None and euro["Rate used (USD per unit)"] is None  # no rate yet
    assert dollar["Amount in USD"] == 1000 and dollar["Rate used (USD per unit)"] == 1
    rates.set_rate(filled, owner, "EUR", "1.06", on=date(2017, 2, 1))
    export_accountant(filled, owner, tmp_path / "b.xlsx")
    deals = _month(tmp_path / "b.xlsx")
    euro = deals["Euros"]
    assert euro["Amount"] == 250.5 and euro["Currency"] == "EUR"
    assert euro["Amount in USD"] == pytest.approx(265.53) and euro["Rate used (USD per unit)"] == 1.06
    totals = [r for r in deals["_rows"] if r and r[0] == "Total in USD"]  # type: ignore[union-attr]
    assert totals and totals[0][11] == "=SUM(L2:L3)"
    export_accountant(filled, owner, tmp_path / "c.csv")
    with (tmp_path / "c.csv").open(encoding="utf-8-sig") as handle:
        lines = {r["Deal"]: r for r in csv.DictReader(handle)}
    euro_line = lines["Euros"]
    assert euro_line["Amount in USD"] == "265.53" and euro_line["Rate used (USD per unit)"] == "1.06"


def test_analytics_workbook_is_in_the_reporting_currency_and_names_the_unconverted(
    filled: Database, owner: UserRecord, tmp_path: Path
) -> None:
    export_report(filled, owner, tmp_path / "r.xlsx")
    summary = dict(
        (r[0].value, r[1].value) for r in openpyxl.load_workbook(tmp_path / "r.xlsx")["Summary"].iter_rows()
    )
    assert summary["Won value"] == 1000 and summary["Reporting currency"] == "USD"
    assert summary["Won, not converted (no rate)"] == "250.50 EUR"
    rates.set_rate(filled, owner, "EUR", "2", on=date(2017, 1, 1))
    export_report(filled, owner, tmp_path / "s.xlsx")
    summary = dict(
        (r[0].value, r[1].value) for r in openpyxl.load_workbook(tmp_path / "s.xlsx")["Summary"].iter_rows()
    )
    assert summary["Won value"] == 1501 and summary["Won, not converted (no rate)"] == "none"
    assert Decimal("250.50") * 2 + 1000 == Decimal(summary["Won value"])
