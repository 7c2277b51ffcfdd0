"""A corpus of malformed and hostile files, each built here with its expected outcome.

Every refusal must be one clear line (InvalidInput), never a traceback, and must
leave the database exactly as it was.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from funneldesk.domain.errors import InvalidInput
from funneldesk.domain.records import UserRecord
from funneldesk.spreadsheets.importer import ImportOptions, run_import
from funneldesk.spreadsheets.limits import Limits
from funneldesk.storage.database import Database

from .conftest import change_count, inline_cell, lead_count, raw_xlsx, write_csv

Builder = Callable[[Path], Path]
GOOD = "title,stage,value\nAcme deal,Prospecting,100\n"


def _xlsx(tmp: Path, rows: list[list[object]]) -> Path:
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    book.save(tmp / "f.xlsx")
    return tmp / "f.xlsx"


def broken_zip(tmp: Path) -> Path:
    (tmp / "f.xlsx").write_bytes(b"PK\x03\x04" + os.urandom(2000))
    return tmp / "f.xlsx"


def truncated_xlsx(tmp: Path) -> Path:
    data = _xlsx(tmp, [["title"], ["a"]]).read_bytes()
    (tmp / "f.xlsx").write_bytes(data[: len(data) // 2])
    return tmp / "f.xlsx"


def csv_named_xlsx(tmp: Path) -> Path:
    return write_csv(tmp / "f.xlsx", GOOD)


def zip_bomb(tmp: Path) -> Path:
    rows = inline_cell("A1", "title") + " " * 60_000_000
    return raw_xlsx(tmp / "f.xlsx", f"<row r=\"1\">{rows}</row>")


def billion_laughs(tmp: Path) -> Path:
    lol = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
           + "".join(f'<!ENTITY lol{i} "{"&lol{};".format(i - 1 if i > 1 else "") * 10}">'
                     for i in range(1, 10)) + "]>")
    return raw_xlsx(tmp / "f.xlsx", '<row r="1">' + inline_cell("A1", "&lol9;") + "</row>",
                    sheet_prefix=lol)


def xxe(tmp: Path) -> Path:
    prefix = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
    strings = prefix + '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&e;</t></si></sst>'
    return raw_xlsx(tmp / "f.xlsx", '<row r="1"><c r="A1" t="s"><v>0</v></c></row>',
                    extra={"xl/sharedStrings.xml": strings})


def dtd_in_content_types(tmp: Path) -> Path:
    from .conftest import CONTENT_TYPES

    doctype = '<!DOCTYPE t [<!ENTITY a "b">]>'
    return raw_xlsx(tmp / "f.xlsx", '<row r="1">' + inline_cell("A1", "title") + "</row>",
                    extra={"[Content_Types].xml": CONTENT_TYPES.replace("?>", "?>" + doctype, 1)})


def last_column(tmp: Path) -> Path:
    cells = inline_cell("A1", "title") + inline_cell("XFD1", "x")
    return raw_xlsx(tmp / "f.xlsx", f'<row r="1">{cells}</row><row r="2">{inline_cell("A2", "a")}</row>')


def sparse_giant(tmp: Path) -> Path:
    rows = (f'<row r="1">{inline_cell("A1", "title")}</row>'
            f'<row r="1048576">{inline_cell("ALL1048576", "x")}</row>')
    return raw_xlsx(tmp / "f.xlsx", rows)


def million_filled_columns(tmp: Path) -> Path:
    return write_csv(tmp / "f.csv", "title" + ",x" * 1_000_000 + "\na\n")


def too_many_rows(tmp: Path) -> Path:
    return write_csv(tmp / "f.csv", "title\n" + "a\n" * 1_500)


def huge_csv_cell(tmp: Path) -> Path:
    return write_csv(tmp / "f.csv", "title,notes\na," + "n" * 40_000 + "\n")


def huge_xlsx_cell(tmp: Path) -> Path:
    return raw_xlsx(tmp / "f.xlsx", f'<row r="1">{inline_cell("A1", "title")}</row>'
                    f'<row r="2">{inline_cell("A2", "t" * 40_000)}</row>')


def nul_bytes(tmp: Path) -> Path:
    return write_csv(tmp / "f.csv", "title,value\nabc\x00def,1\n")


def binary_csv(tmp: Path) -> Path:
    (tmp / "f.csv").write_bytes(bytes(range(256)) * 20)
    return tmp / "f.csv"


def empty_file(tmp: Path) -> Path:
    return write_csv(tmp / "f.csv", "")


def header_only(tmp: Path) -> Path:
    return write_csv(tmp / "f.csv", "title,stage,value\n")


def pdf(tmp: Path) -> Path:
    return write_csv(tmp / "f.pdf", "%PDF-1.4")


def wrong_types(tmp: Path) -> Path:
    return write_csv(tmp / "f.csv", "title,value,created_at\nA,12,2017-01-01\nB,lots,yesterday\n")


def unknown_stage(tmp: Path) -> Path:
    return write_csv(tmp / "f.csv", "title,stage\nA,Prospecting\nB,Negotiation\n")


def ambiguous_dates(tmp: Path) -> Path:
    return write_csv(tmp / "f.csv", "title,created_at\nA,03/04/2017\nB,05/06/2017\n")


def mixed_date_orders(tmp: Path) -> Path:
    return write_csv(tmp / "f.csv", "title,created_at\nA,13/04/2017\nB,04/13/2017\n")


def duplicate_ids(tmp: Path) -> Path:
    return write_csv(tmp / "f.csv", "id,title\nX1,A\nX1,B\n")


def backwards_dates(tmp: Path) -> Path:
    return write_csv(tmp / "f.csv", "title,stage,entered:Engaging,closed_at\n"
                     "A,Won,2017-05-01,2017-04-01\n")


def negative_value(tmp: Path) -> Path:
    return write_csv(tmp / "f.csv", "title,value\nA,-5\n")


def unknown_owner(tmp: Path) -> Path:
    return write_csv(tmp / "f.csv", "title,owner\nA,Nobody Known\n")


def no_name_at_all(tmp: Path) -> Path:
    return write_csv(tmp / "f.csv", "title,value,company\n,5,\n")


def too_many_zip_parts(tmp: Path) -> Path:
    extra: dict[str, bytes | str] = {f"xl/media/p{i}.bin": b"" for i in range(10_050)}
    return raw_xlsx(tmp / "f.xlsx", f'<row r="1">{inline_cell("A1", "title")}</row>', extra)


REFUSED: list[tuple[Builder, str]] = [
    (broken_zip, "not a readable workbook"),
    (truncated_xlsx, "not a readable workbook"),
    (csv_named_xlsx, "not a readable workbook"),
    (zip_bomb, "zip bomb"),
    (billion_laughs, "declares XML entities"),
    (xxe, "declares XML entities"),
    (dtd_in_content_types, "declares XML entities"),
    (last_column, "16,384 columns"),
    (sparse_giant, "too large to read"),
    (million_filled_columns, "columns; the limit is"),
    (too_many_rows, "more than 1000 rows"),
    (huge_csv_cell, "longer than the limit"),
    (huge_xlsx_cell, "40,000 characters"),
    (nul_bytes, "NUL"),
    (binary_csv, "NUL"),
    (empty_file, "is empty"),
    (header_only, "no data rows"),
    (pdf, "unsupported file type"),
    (wrong_types, "row 3, value: not a number: 'lots'"),
    (unknown_stage, "no stage 'Negotiation'"),
    (ambiguous_dates, "--date-format"),
    (mixed_date_orders, "mixes"),
    (duplicate_ids, "duplicate external id 'X1', first on row 2"),
    (backwards_dates, "dates run backwards"),
    (negative_value, "must not be negative"),
    (unknown_owner, "no user 'Nobody Known'"),
    (no_name_at_all, "no title, company, contact or external id"),
    (too_many_zip_parts, "parts; refusing"),
]


@pytest.mark.parametrize(("build", "message"), REFUSED, ids=[b.__name__ for b, _ in REFUSED])
def test_hostile_file_is_refused_in_one_line(db: Database, owner: UserRecord, sales: str,
                                             tmp_path: Path, build: Builder, message: str) -> None:
    run_import(db, owner, write_csv(tmp_path / "seed.csv", GOOD), ImportOptions(pipeline=sales))
    before = (lead_count(db), change_count(db))
    path = build(tmp_path)
    with pytest.raises(InvalidInput) as caught:
        limits = Limits(max_rows=1000) if build is too_many_rows else Limits()
        run_import(db, owner, path, ImportOptions(pipeline=sales), limits=limits)
    assert message in str(caught.value)
    assert "\n" not in str(caught.value)
    assert (lead_count(db), change_count(db)) == before


def test_formulas_and_trailing_empty_columns_import_as_plain_text(
        db: Database, owner: UserRecord, sales: str, tmp_path: Path) -> None:
    text = "title,notes" + "," * 1_000_000 + "\n=HYPERLINK(\"http://x\"),@SUM(A1)\n"
    result = run_import(db, owner, write_csv(tmp_path / "f.csv", text), ImportOptions(pipeline=sales))
    assert len(result.created_ids) == 1
    from funneldesk.services.leads import get_lead

    lead = get_lead(db, owner, result.created_ids[0])
    assert (lead.title, lead.notes) == ('=HYPERLINK("http://x")', "@SUM(A1)")


def test_workbook_formula_cells_import_their_cached_values(
        db: Database, owner: UserRecord, sales: str, tmp_path: Path) -> None:
    rows = (f'<row r="1">{inline_cell("A1", "title")}<c r="B1" t="inlineStr"><is><t>value</t></is></c></row>'
            '<row r="2"><c r="A2" t="inlineStr"><is><t>Formula deal</t></is></c>'
            '<c r="B2"><f>40+2</f><v>42</v></c></row>')
    result = run_import(db, owner, raw_xlsx(tmp_path / "f.xlsx", rows), ImportOptions(pipeline=sales))
    from funneldesk.services.leads import get_lead

    assert get_lead(db, owner, result.created_ids[0]).value == Decimal("42.00")


@pytest.mark.parametrize("build", [broken_zip, billion_laughs, wrong_types, empty_file])
def test_cli_exit_5_without_traceback(db_target: str, owner: UserRecord, sales: str,
                                      tmp_path: Path, build: Builder) -> None:
    path = build(tmp_path)
    done = subprocess.run([sys.executable, "-m", "funneldesk", "--db", db_target, "import",
                           str(path), "--pipeline", sales], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 5, done.stderr
    assert "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1

