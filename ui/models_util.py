"""Small helpers the item models and views share: roles, value formatting, error words.

Nothing here touches the database; values arrive as frozen records from the core.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from enum import IntEnum
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt

from funneldesk.domain.errors import FunnelDeskError, GateRefused, PermissionDenied, StaleEdit
from ui.numbers import decimal
from ui.tasks import TaskRunner

# The database handle the widgets pass to services. Typed loosely on purpose: `ui` may not
# import `funneldesk.storage` (import contract), so the façade's type is not named here.
Db = Any


class Roles(IntEnum):
    """Custom item data roles shared by FunnelDesk's models."""

    SORT = Qt.ItemDataRole.UserRole + 1
    ID = Qt.ItemDataRole.UserRole + 2
    RECORD = Qt.ItemDataRole.UserRole + 3


def tr(context: str, text: str) -> str:
    """Translate text in an explicit context (for code outside a QObject)."""
    return QCoreApplication.translate(context, text)


def money_text(value: Decimal, currency: str) -> str:
    """Format money for display: thousands grouped, two decimals, currency code after."""
    return f"{decimal(value, 2)} {currency}"


def date_text(value: date | datetime | None) -> str:
    """Format a date or timestamp for a table cell (ISO, minutes at most)."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    return value.isoformat()


def sort_key(value: object) -> object:
    """Return a value that compares sensibly for the sort role (blanks last as empty text)."""
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return value


def error_text(exc: Exception) -> str:
    """Put a service error into words for an inline message."""
    if isinstance(exc, GateRefused):
        lines = "\n".join(f"• {u.stage_name}: {u.text}" for u in exc.unmet)
        return tr("Errors", "The move was refused; these exit criteria are not met:") + "\n" + lines
    if isinstance(exc, PermissionDenied):
        return tr("Errors", "Not allowed: {0}").format(exc)
    if isinstance(exc, StaleEdit):
        return tr("Errors", "Someone else changed this lead meanwhile: {0}").format(exc)
    if isinstance(exc, FunnelDeskError):
        return str(exc)
    return tr("Errors", "Unexpected error: {0}").format(exc)


def code_text(code: str) -> str:
    """Name a refusal code (an error class name) in words."""
    names = {
        "GateRefused": tr("Errors", "Exit criteria not met"),
        "PermissionDenied": tr("Errors", "Not allowed"),
        "StaleEdit": tr("Errors", "Changed by someone else"),
        "NotFound": tr("Errors", "Not found"),
        "InvalidInput": tr("Errors", "Rejected"),
    }
    return names.get(code, code)


def run_for(owner: QObject, runner: TaskRunner, job: Callable[[], Any],
            on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[Exception], None] | None = None) -> int:
    """Run job on the database thread; drop the answer if owner was deleted meanwhile."""

    def done(result: Any) -> None:
        if on_done is not None and shiboken6.isValid(owner):
            on_done(result)

    def failed(exc: Exception) -> None:
        if on_error is not None and shiboken6.isValid(owner):
            on_error(exc)

    return runner.run(job, done, failed)
