"""The analytics workbook (Summary, Funnel, Managers, Channels, Periods with native charts).

Written against ``funneldesk.analytics``; until that package exists the export says so
in one line instead of producing a workbook with made-up figures.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from pathlib import Path

from funneldesk.domain.errors import InvalidInput
from funneldesk.domain.records import UserRecord
from funneldesk.spreadsheets.export_data import ExportFilter
from funneldesk.storage.database import Database


def export_report(db: Database, actor: UserRecord, target: str | Path,
                  where: ExportFilter = ExportFilter(),
                  on_progress: Callable[[int, int], None] | None = None,
                  cancelled: Callable[[], bool] | None = None) -> int:
    """Write the analytics workbook; return the number of sheets written."""
    if importlib.util.find_spec("funneldesk.analytics") is None:
        raise InvalidInput("the report export needs the analytics module, which is not "
                           "installed yet; export leads or accountant instead")
    if Path(target).suffix.lower() != ".xlsx":
        raise InvalidInput("the report export writes .xlsx only (it holds charts)")
    raise InvalidInput("the report export is not available in this version")
