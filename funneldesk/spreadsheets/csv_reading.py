"""CSV decoding: encoding from the BOM or by trial, delimiter by consistency of the first lines."""

from __future__ import annotations

import codecs
import contextlib
import csv
import io
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from _csv import Reader
from pathlib import Path

from funneldesk.domain.errors import InvalidInput
from funneldesk.spreadsheets.limits import Limits

DELIMITERS = (",", ";", "\t")
_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))


def decode(data: bytes, forced: str | None = None) -> tuple[str, str]:
    """Decode a text file; return the text and how it was decoded, for the user to see.

    A forced encoding (``--encoding``) is used as given; a byte-order mark decides;
    UTF-8 is taken when every byte fits; otherwise charset-normalizer picks among the
    encodings spreadsheet programs write. Bytes the chosen encoding cannot decode are
    refused naming the row, never replaced.
    """
    if forced:
        return _strict(data, _codec(forced)), f"{forced} (--encoding)"
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _strict(data, encoding), f"{encoding.removesuffix('-sig')} (byte order mark)"
    if b"\x00" in data:
        raise InvalidInput("the file contains NUL bytes; is it really a CSV file?")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        if _mostly_utf8(data):
            raise InvalidInput(f"row {_row_at(data, exc.start)}: bytes that are not valid UTF-8 in "
                               "a file that is otherwise UTF-8; fix that row or pass --encoding") from exc
    encoding = detect_encoding(data)
    return _strict(data, encoding), f"{encoding} (detected)"


# Encodings spreadsheet programs and CRMs write, most common first (the tie-break).
COMMON_ENCODINGS = ("cp1252", "cp1251", "cp1250", "cp1253", "cp1254", "cp1257", "cp1255",
                    "cp1256", "iso8859_15", "shift_jis", "gb18030", "big5", "euc_kr",
                    "koi8_r", "mac_roman", "cp850", "cp437")  # fmt: skip
_SAMPLE = 512 * 1024
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_HIGH = re.compile(rb"[\x80-\xff]")
# A symbol wedged between letters ("Sp\u00f3\u00b3ka") means a legacy code page was misread.
_WEDGED = re.compile(r"(?<=[^\W\d_])[\u0080-\u00bf\u02c6-\u02dc\u2010-\u203a](?=[^\W\d_])")


def detect_encoding(data: bytes) -> str:
    """Return the most likely legacy encoding of non-UTF-8 text (charset-normalizer)."""
    from charset_normalizer import from_bytes

    sample = data[:_SAMPLE]
    results = list(from_bytes(sample, cp_isolation=list(COMMON_ENCODINGS)))
    if not results:
        return "cp1252"

    def score(match: object) -> tuple[int, float, int]:
        name = match.encoding  # type: ignore[attr-defined]
        text = sample.decode(name, errors="ignore")
        rank = COMMON_ENCODINGS.index(name) if name in COMMON_ENCODINGS else len(COMMON_ENCODINGS)
        return len(_WEDGED.findall(text)), round(match.chaos, 2), rank  # type: ignore[attr-defined]

    best = str(min(results, key=score).encoding)
    # Code pages that read these bytes alike (cp1250 and cp1252 agree on "é"): name the
    # most common one, which is what the file most likely is.
    text = sample.decode(best, errors="ignore")
    for name in COMMON_ENCODINGS[: COMMON_ENCODINGS.index(best) if best in COMMON_ENCODINGS else None]:
        with contextlib.suppress(UnicodeDecodeError):
            if sample.decode(name) == text:
                return name
    return best


def _mostly_utf8(data: bytes) -> bool:
    # Valid multi-byte sequences outnumber the stray high bytes: a UTF-8 file with a
    # damaged row, not a legacy code page (whose accents are lone high bytes).
    valid = len(_UTF8_SEQUENCE.findall(data))
    high = len(_HIGH.findall(data))
    stray = high - sum(len(m) for m in _UTF8_SEQUENCE.findall(data))
    return valid > 0 and valid >= 2 * stray


def _codec(name: str) -> str:
    try:
        return codecs.lookup(name).name
    except LookupError as exc:
        raise InvalidInput(f"--encoding {name!r}: not an encoding Python knows") from exc


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InvalidInput(f"row {_row_at(data, exc.start)}: bytes that are not valid "
                           f"{encoding}; pass --encoding with the file's encoding") from exc


def _row_at(data: bytes, offset: int) -> int:
    """Return the 1-based CSV row holding the byte at ``offset``."""
    before = data[:offset].decode("latin-1")
    return sum(1 for _ in csv.reader(io.StringIO(before + "x", newline="")))


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


def read_csv_rows(path: Path, limits: Limits, encoding: str | None = None) -> tuple[list[list[str]], str]:
    """Read every row of a CSV file as strings, and say how it was decoded."""
    text, used = decode(path.read_bytes(), encoding)
    if "\x00" in text:
        raise InvalidInput(f"{path.name}: contains NUL bytes; is it really a CSV file?")
    delimiter = sniff_delimiter(text)
    # csv's own per-field guard turns a monster cell into an error instead of RAM use.
    csv.field_size_limit(limits.max_cell_chars)
    try:
        return _collect(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter), limits), used
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
