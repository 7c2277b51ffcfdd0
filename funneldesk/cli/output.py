"""Print rows as an aligned table, CSV or JSON (the machine-readable contract)."""

from __future__ import annotations

import csv
import dataclasses
import json
import sys
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any


def jsonable(value: Any, money_as_numbers: bool = False) -> Any:
    """Convert records, Decimals and dates into JSON-friendly values.

    Money (Decimal) becomes a string of decimals, or with ``money_as_numbers`` a JSON
    number: amounts of money (well under 10**13 with two decimals) survive the float
    exactly, so the printed number equals the stored amount.
    """
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: jsonable(getattr(value, f.name), money_as_numbers) for f in dataclasses.fields(value)}
    if isinstance(value, Mapping):
        return {str(k): jsonable(v, money_as_numbers) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(v, money_as_numbers) for v in value]
    if isinstance(value, Decimal):
        return float(value) if money_as_numbers else str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def print_json(value: Any, money_as_numbers: bool = False) -> None:
    """Print a value as indented JSON."""
    json.dump(jsonable(value, money_as_numbers), sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    return str(value)


def print_rows(headers: Sequence[str], rows: Sequence[Sequence[Any]], fmt: str = "table") -> None:
    """Print rows as 'table', 'csv' or 'json' (a list of objects keyed by header)."""
    if fmt == "json":
        print_json([dict(zip(headers, row, strict=True)) for row in rows])
    elif fmt == "csv":
        writer = csv.writer(sys.stdout)
        writer.writerow(headers)
        writer.writerows([[_cell(v) for v in row] for row in rows])
    else:
        _print_table(headers, [[_cell(v) for v in row] for row in rows])


def _print_table(headers: Sequence[str], rows: list[list[str]]) -> None:
    widths = [max([len(h), *(len(r[i]) for r in rows)]) for i, h in enumerate(headers)]
    print("  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip())
    print("  ".join("-" * w for w in widths))
    for row in rows:
        print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())


def add_format(parser: Any, default: str = "table") -> None:
    """Add the --format table|csv|json option."""
    parser.add_argument("--format", choices=("table", "csv", "json"), default=default)
