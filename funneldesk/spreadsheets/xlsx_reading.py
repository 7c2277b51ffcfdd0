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


def check_zip(path: Path, limits: Limits) -> None:
    """Refuse broken zips, zip bombs, DTDs (XXE, billion laughs) and oversized sheets."""
    try:
        with zipfile.ZipFile(path) as archive:
            _check_directory(archive.infolist(), limits)
            for info in archive.infolist():
                _check_member(archive, info, limits)
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


def _check_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limits: Limits) -> None:
    if not info.filename.endswith((".xml", ".rels")):
        return
    with archive.open(info) as stream:
        head = stream.read(4096)
        if any(marker in head for marker in _DTD):
            raise InvalidInput(f"workbook part {info.filename} declares XML entities; refused")
        if info.filename.startswith("xl/worksheets/"):
            _check_extent(head, stream, limits)


def _check_extent(head: bytes, stream: object, limits: Limits) -> None:
    rows, width, tail = 0, 26, b""
    chunk = head
    while chunk:
        block = tail + chunk
        rows, width = _scan(block, rows, width)
        tail = block[-64:]
        chunk = stream.read(_CHUNK)  # type: ignore[attr-defined]
    if width > limits.max_columns:
        raise InvalidInput(f"a sheet uses {width:,} columns; the limit is {limits.max_columns:,}")
    if rows > limits.max_rows + 1:
        raise InvalidInput(f"a sheet has {rows:,} rows; the limit is {limits.max_rows:,}")
    if rows * width > limits.max_cells:
        raise InvalidInput(f"a sheet spans {rows:,} rows x {width:,} columns; too large to read")


def _scan(block: bytes, rows: int, width: int) -> tuple[int, int]:
    at = block.rfind(b"<row ")
    if at >= 0:
        found = _ROW_REF.match(block, at)
        rows = max(rows, int(found.group(1))) if found else rows
    letters = set(_WIDE_REF.findall(block))
    return rows, max([width, *(column_index(x) for x in letters)])


def column_index(letters: bytes) -> int:
    """Return the 1-based column number of spreadsheet column letters (b'AA' -> 27)."""
    number = 0
    for char in letters:
        number = number * 26 + (char - 64)
    return number


def read_workbook_rows(path: Path, limits: Limits) -> list[list[RawValue]]:
    """Read the first sheet's cells (cached formula results, never formulas)."""
    if zipfile.is_zipfile(path):
        check_zip(path, limits)
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
