"""CSV decoding: encoding from the BOM or by trial, delimiter by consistency of the first lines."""

from __future__ import annotations

import csv
import io
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from _csv import Reader
from pathlib import Path

from funneldesk.domain.errors import InvalidInput
from funneldesk.spreadsheets.limits import Limits

DELIMITERS = (",", ";", "\t")
_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))


def decode(data: bytes) -> str:
    """Decode bytes as UTF-8 (with or without BOM), UTF-16 with BOM, else cp1252."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _decode_as(data, encoding)
    if b"\x00" in data:
        raise InvalidInput("the file contains NUL bytes; is it really a CSV file?")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return _decode_as(data, "cp1252")


def _decode_as(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InvalidInput(f"cannot decode the file as {encoding}: not a text file?") from exc


def sniff_delimiter(text: str) -> str:
    """Pick the delimiter that splits the first lines into the most, equally wide, columns."""
    sample = "\n".join(text[:65536].splitlines()[:30])
    best, best_score = ",", (-1, -1)
    for delimiter in DELIMITERS:
        try:
            widths = [len(r) for r in csv.reader(io.StringIO(sample), delimiter=delimiter) if r]
        except csv.Error:
            continue
        if not widths:
            continue
        score = (sum(1 for w in widths if w == widths[0] and w > 1), widths[0])
        if score > best_score:
            best, best_score = delimiter, score
    return best


def read_csv_rows(path: Path, limits: Limits) -> list[list[str]]:
    """Read every row of a CSV file as strings, enforcing the size limits."""
    text = decode(path.read_bytes())
    if "\x00" in text:
        raise InvalidInput(f"{path.name}: contains NUL bytes; is it really a CSV file?")
    delimiter = sniff_delimiter(text)
    # csv's own per-field guard turns a monster cell into an error instead of RAM use.
    csv.field_size_limit(limits.max_cell_chars)
    try:
        return _collect(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter), limits)
    except csv.Error as exc:
        raise InvalidInput(f"{path.name}: malformed CSV: {_csv_reason(exc)}") from exc


def _csv_reason(exc: csv.Error) -> str:
    text = str(exc)
    return "a cell is longer than the limit" if "field larger" in text else text


def _collect(reader: Reader, limits: Limits) -> list[list[str]]:
    rows: list[list[str]] = []
    for row in reader:
        if len(row) > limits.max_columns:
            row = _trim(row)
        if len(row) > limits.max_columns:
            raise InvalidInput(f"row {reader.line_num} has {len(row)} columns; the limit is "
                               f"{limits.max_columns}")
        rows.append(row)
        if len(rows) > limits.max_rows + 1:
            raise InvalidInput(f"the file has more than {limits.max_rows} rows")
    return rows


def _trim(row: list[str]) -> list[str]:
    # Trailing empty cells are what a "formatted to the last column" sheet leaves behind.
    end = len(row)
    while end and not row[end - 1]:
        end -= 1
    return row[:end]
