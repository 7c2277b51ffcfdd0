"""Workbook reading: zip and XML checks before anything decompresses, then calamine.

calamine is ~6x faster than openpyxl's read-only mode; openpyxl stays the fallback
for workbooks calamine refuses. Both hold a sheet's used range as a grid, so the
range's size is measured from the sheet XML first: a sheet with cells at A1 and
XFD1048576 would otherwise allocate billions of cells.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from funneldesk.domain.errors import InvalidInput
from funneldesk.spreadsheets.limits import Limits
from funneldesk.spreadsheets.table import RawValue

_CHUNK = 1 << 20
_ROW_REF = re.compile(rb'<row[^>]*?\br="(\d+)"')
# Matches a cell reference past column Z; anchored on ' r="' so the scan stays at C speed.
_WIDE_REF = re.compile(rb' r="([A-Z]{2,3})\d')
_DTD = (b"<!DOCTYPE", b"<!ENTITY")


def check_zip(path: Path, limits: Limits) -> set[str]:
    """Refuse broken zips, zip bombs, DTDs (XXE, billion laughs) and oversized sheets.

    Returns the sheets that hold formulas, seen on the way (the sheet XML is read here
    anyway), so only those are scanned again for formulas without saved values.
    """
    with_formulas: set[str] = set()
    try:
        with zipfile.ZipFile(path) as archive:
            _check_directory(archive.infolist(), limits)
            for info in archive.infolist():
                if _check_member(archive, info, limits):
                    with_formulas.add(info.filename)
        return with_formulas
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, ValueError) as exc:
        raise InvalidInput(f"{path.name}: not a readable workbook (broken zip: {exc})") from exc


def _check_directory(infos: list[zipfile.ZipInfo], limits: Limits) -> None:
    if len(infos) > limits.max_zip_members:
        raise InvalidInput(f"workbook has {len(infos)} parts; refusing to open it")
    total = sum(i.file_size for i in infos)
    if total > limits.max_uncompressed_bytes:
        raise InvalidInput(f"workbook would expand to {total:,} bytes; refusing (zip bomb?)")
    for info in infos:
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > _CHUNK and ratio > limits.max_compression_ratio:
            raise InvalidInput(
                f"workbook part {info.filename} is compressed {ratio:.0f}:1; refusing (zip bomb?)"
            )


def _check_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limits: Limits) -> bool:
    """Check one part; return whether it is a sheet holding formulas."""
    if not info.filename.endswith((".xml", ".rels")):
        return False
    with archive.open(info) as stream:
        head = stream.read(4096)
        if any(marker in head for marker in _DTD):
            raise InvalidInput(f"workbook part {info.filename} declares XML entities; refused")
        if info.filename.startswith("xl/worksheets/"):
            return _check_extent(head, stream, limits)
    return False


def _check_extent(head: bytes, stream: object, limits: Limits) -> bool:
    rows, width, tail, formulas = 0, 26, b"", False
    chunk = head
    while chunk:
        block = tail + chunk
        rows, width = _scan(block, rows, width)
        formulas = formulas or b"<f" in block
        tail = block[-64:]
        chunk = stream.read(_CHUNK)  # type: ignore[attr-defined]
    if width > limits.max_columns:
        raise InvalidInput(f"a sheet uses {width:,} columns; the limit is {limits.max_columns:,}")
    if rows > limits.max_rows + 1:
        raise InvalidInput(f"a sheet has {rows:,} rows; the limit is {limits.max_rows:,}")
    if rows * width > limits.max_cells:
        raise InvalidInput(f"a sheet spans {rows:,} rows x {width:,} columns; too large to read")
    return formulas


def _scan(block: bytes, rows: int, width: int) -> tuple[int, int]:
    at = block.rfind(b"<row ")
    if at >= 0:
        found = _ROW_REF.match(block, at)
        rows = max(rows, int(found.group(1))) if found else rows
    letters = set(_WIDE_REF.findall(block))
    return rows, max([width, *(column_index(x) for x in letters)])


# A cell element, and inside it a formula and a cached value (or none).
_CELL = re.compile(rb"<c\b([^>]*?)(?:/>|>(.*?)</c>)", re.S)
_REF = re.compile(rb'\br="([A-Z]{1,3}\d+)"')
_VALUE = re.compile(rb"<v>([^<]+)</v>|<is>", re.S)
_SHEET_TARGET = re.compile(rb'<sheet\b[^>]*?\br:id="([^"]+)"')
SHOWN_CELLS = 10


def refuse_unsaved_formulas(path: Path) -> None:
    """Refuse a workbook whose first sheet holds formulas with no saved result.

    Scripts and some exporters write formulas without computing them; a reader then
    sees an empty cell, and the import would silently take it for blank.
    """
    with zipfile.ZipFile(path) as archive:
        part = first_sheet_part(archive)
        if part is None:
            return
        with archive.open(part) as stream:
            cells = _unsaved_cells(stream)
    if cells:
        shown = ", ".join(cells[:SHOWN_CELLS])
        more = f" and {len(cells) - SHOWN_CELLS} more" if len(cells) > SHOWN_CELLS else ""
        raise InvalidInput(f"{shown}{more}: formula with no saved value; open and save the file "
                           "in a spreadsheet program first")


def first_sheet_part(archive: zipfile.ZipFile) -> str | None:
    """Return the zip member of the workbook's first sheet (the one that is imported)."""
    names = set(archive.namelist())
    try:
        workbook = archive.read("xl/workbook.xml")
        rels = archive.read("xl/_rels/workbook.xml.rels")
    except KeyError:
        return "xl/worksheets/sheet1.xml" if "xl/worksheets/sheet1.xml" in names else None
    found = _SHEET_TARGET.search(workbook)
    if found:
        rel = re.search(rb'<Relationship\b[^>]*?Id="' + re.escape(found.group(1)) + rb'"[^>]*>', rels)
        target = re.search(rb'Target="([^"]+)"', rel.group(0)) if rel else None
        if target:
            name = target.group(1).decode().lstrip("/")
            name = name if name.startswith("xl/") else f"xl/{name}"
            if name in names:
                return name
    return "xl/worksheets/sheet1.xml" if "xl/worksheets/sheet1.xml" in names else None


def _unsaved_cells(stream: object) -> list[str]:
    cells: list[str] = []
    carry = b""
    while True:
        chunk = stream.read(_CHUNK)  # type: ignore[attr-defined]
        block = carry + chunk
        # Whole rows only, so no cell is cut in two; the rest waits for the next chunk.
        end = block.rfind(b"</row>") + len(b"</row>") if chunk else len(block)
        whole, carry = (block[:end], block[end:]) if end > len(b"</row>") - 1 else (b"", block)
        if b"<f" in whole:
            cells += _scan_formulas(whole)
        if not chunk:
            return cells


def _scan_formulas(block: bytes) -> list[str]:
    found = []
    for attrs, body in _CELL.findall(block):
        if not body or b"<f" not in body:
            continue
        value = _VALUE.search(body)
        # t="str" with an empty <v></v> is a formula whose saved result is "" (Excel).
        empty_text = b't="str"' in attrs and b"<v></v>" in body
        if value is None and not empty_text:
            ref = _REF.search(attrs)
            found.append(ref.group(1).decode() if ref else "?")
    return found


def column_index(letters: bytes) -> int:
    """Return the 1-based column number of spreadsheet column letters (b'AA' -> 27)."""
    number = 0
    for char in letters:
        number = number * 26 + (char - 64)
    return number


def read_workbook_rows(path: Path, limits: Limits) -> list[list[RawValue]]:
    """Read the first sheet's cells (cached formula results, never formulas)."""
    if zipfile.is_zipfile(path) and check_zip(path, limits):
        refuse_unsaved_formulas(path)
    try:
        return _calamine_rows(path)
    except InvalidInput:
        raise
    except Exception:  # calamine refused it; openpyxl may still cope
        return _openpyxl_rows(path)


def _calamine_rows(path: Path) -> list[list[RawValue]]:
    from python_calamine import CalamineWorkbook

    workbook = CalamineWorkbook.from_path(str(path))
    if not workbook.sheet_names:
        raise InvalidInput(f"{path.name}: the workbook has no sheets")
    rows: list[list[RawValue]] = workbook.get_sheet_by_index(0).to_python(skip_empty_area=False)  # type: ignore[assignment]
    return rows


def _openpyxl_rows(path: Path) -> list[list[RawValue]]:
    import openpyxl

    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many types for one cause: unreadable file
        raise InvalidInput(f"{path.name}: not a readable workbook ({type(exc).__name__})") from exc
    try:
        sheet = workbook.worksheets[0]
        return [list(row) for row in sheet.iter_rows(values_only=True)]
    except Exception as exc:  # a damaged part surfaces only while iterating
        raise InvalidInput(f"{path.name}: damaged workbook ({type(exc).__name__})") from exc
    finally:
        workbook.close()
