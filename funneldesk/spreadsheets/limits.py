"""Sane limits that turn hostile or absurd files into a clear InvalidInput early."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Limits:
    """Upper bounds checked before and while reading a spreadsheet."""

    max_file_bytes: int = 512 * 1024 * 1024
    # Bounds on what a .xlsx may expand to, checked from the zip directory first.
    max_uncompressed_bytes: int = 2 * 1024 * 1024 * 1024
    max_compression_ratio: int = 200
    max_zip_members: int = 10_000
    max_rows: int = 1_048_576
    max_columns: int = 1_000
    # Excel's own limit for one cell; anything longer was not made by a spreadsheet.
    max_cell_chars: int = 32_767
    # calamine holds a sheet as a dense grid: width x height cells must fit in memory.
    max_cells: int = 20_000_000


DEFAULT_LIMITS = Limits()
