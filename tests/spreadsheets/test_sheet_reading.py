"""Reading real-world files: encodings, delimiters, header rows, typed workbook cells."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from funneldesk.spreadsheets.mapping import build_mapping, parse_overrides
from funneldesk.spreadsheets.reading import read_table

from .conftest import write_csv

TEXT = "Deal;Company;Amount\nCafé déjà vu;Müller GmbH;1.234,50\n"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252", "utf-16"])
def test_encodings_read_the_same(tmp_path: Path, encoding: str) -> None:
    table = read_table(write_csv(tmp_path / "x.csv", TEXT, encoding))
    assert table.headers == ["Deal", "Company", "Amount"]
    assert table.rows == [["Café déjà vu", "Müller GmbH", "1.234,50"]]


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_delimiter_detected(tmp_path: Path, delimiter: str) -> None:
    text = delimiter.join(["title", "value", "notes"]) + "\n" + delimiter.join(
        ["A", "10", '"x, y; z"']) + "\n"
    table = read_table(write_csv(tmp_path / "x.csv", text))
    assert table.headers == ["title", "value", "notes"]
    assert table.rows[0] == ["A", "10", "x, y; z"]


def test_title_rows_above_the_header_are_skipped(tmp_path: Path) -> None:
    text = "Pipeline export,,\nprinted 2017-01-01,,\n,,\nName,Account,Close Value\nA,B,5\n,,\nC,D,6\n"
    table = read_table(write_csv(tmp_path / "x.csv", text))
    assert table.headers == ["Name", "Account", "Close Value"]
    assert [table.row_number(i) for i in range(len(table.rows))] == [5, 7]


def test_workbook_cells_keep_their_types(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Sales report"])
    sheet.append(["opportunity_id", "close_date", "close_value"])
    sheet.append(["X1", datetime(2017, 3, 1, 9, 30), 1054.5])
    book.save(tmp_path / "x.xlsx")
    table = read_table(tmp_path / "x.xlsx")
    assert table.headers == ["opportunity_id", "close_date", "close_value"]
    assert table.rows[0] == ["X1", datetime(2017, 3, 1, 9, 30), 1054.5]
    assert table.row_number(0) == 3


def test_synonyms_and_overrides() -> None:
    headers = ["opportunity_id", "sales_agent", "account", "deal_stage", "engage_date",
               "close_date", "close_value", "origin", "Manager"]
    mapping = build_mapping(headers, parse_overrides(["engage_date=entered:Engaging",
                                                      "Manager=", "origin=persona"]))
    assert mapping.fields == {"entered:Engaging": 4, "persona": 7, "external_id": 0, "owner": 1,
                              "company": 2, "stage": 3, "closed_at": 5, "value": 6}
    assert mapping.ignored == ["Manager"]
