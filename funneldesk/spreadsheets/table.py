"""The neutral result of reading a file: a header row and data rows of raw values."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

RawValue = str | int | float | bool | date | datetime | None


@dataclass(slots=True)
class Table:
    """Rows read from one sheet; ``numbers`` holds each row's 1-based row in the file."""

    source: Path
    headers: list[str]
    rows: list[list[RawValue]]
    numbers: list[int]
    notes: list[str] = field(default_factory=list)
    encoding: str | None = None  # how a text file was decoded, said to the user

    def column(self, index: int) -> list[RawValue]:
        """Return one column's raw values (missing trailing cells as None)."""
        return [row[index] if index < len(row) else None for row in self.rows]

    def row_number(self, index: int) -> int:
        """Return the row number a user sees in their spreadsheet program."""
        return self.numbers[index]
