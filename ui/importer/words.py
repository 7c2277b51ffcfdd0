"""Words for the codes the spreadsheet core returns: field names, column types, date orders.

The core speaks in codes (``close_value`` → ``value``, ``date``, ``dmy``); this module
is the one place the wizard turns them into translated text.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication

from funneldesk.spreadsheets.dates import DateColumn
from funneldesk.spreadsheets.mapping import ENTERED_PREFIX, LEAD_FIELDS
from funneldesk.spreadsheets.table import RawValue

IGNORE = ""
_CLI_HINT = re.compile(
    r"\s*(?:\((?:use|see|pass) --([a-z-]+)[^)]*\)|[;,]\s*(?:use|see|pass) "
    r"--([a-z-]+).*)\s*$"
)


def tr(text: str) -> str:
    """Translate text in the ImportWizard context."""
    return QCoreApplication.translate("ImportWizard", text)


def field_label(name: str) -> str:
    """Return the words for a mapping target ('' means the column is ignored)."""
    if name == IGNORE:
        return tr("(do not import)")
    if name.startswith(ENTERED_PREFIX):
        return tr("Date entered stage “%1”").replace("%1", name[len(ENTERED_PREFIX) :])
    labels = {
        "title": tr("Title"), "contact_name": tr("Contact name"), "company": tr("Company"),
        "email": tr("E-mail"), "phone": tr("Phone"), "stage": tr("Stage"), "owner": tr("Owner"),
        "channel": tr("Channel"), "persona": tr("Persona"), "lost_reason": tr("Lost reason"),
        "category": tr("Category / product"), "value": tr("Value"), "currency": tr("Currency"),
        "discount": tr("Discount"), "temperature": tr("Temperature"),
        "expected_close": tr("Expected close date"), "next_action": tr("Next action date"),
        "satisfaction": tr("Satisfaction"), "notes": tr("Notes"),
        "external_id": tr("External id (updates on re-import)"), "created_at": tr("Created on"),
        "closed_at": tr("Closed on"), "status": tr("Status (won / lost / open)"),
        "won_at": tr("Won on"), "lost_at": tr("Lost on"),
    }  # fmt: skip
    return labels.get(name, name)


def target_fields(stage_names: list[str]) -> list[str]:
    """Return every mapping target in menu order: ignore, lead fields, then entered:<Stage>."""
    return [IGNORE, *LEAD_FIELDS, *(ENTERED_PREFIX + s for s in stage_names)]


def kind_label(kind: str, mixed: bool, date_order: str | None) -> str:
    """Return the words for a detected column type, e.g. 'Date (d/m/y)' or 'Number, mixed'."""
    words = {"number": tr("Number"), "date": tr("Date"), "text": tr("Text"), "empty": tr("Empty")}
    text = words.get(kind, kind)
    orders = {"dmy": tr("d/m/y"), "mdy": tr("m/d/y"), "ambiguous": tr("d/m or m/d?")}
    if date_order in orders:
        text += f" ({orders[date_order]})"
    return text + (tr(", mixed") if mixed else "")


def date_format_text(column: DateColumn) -> str:
    """Return how a date column is read, e.g. 'day/month/year with time (decided by 28-02-2017)'."""
    orders = {"dmy": tr("day/month/year"), "mdy": tr("month/day/year"), "ymd": tr("year-month-day")}
    parts = []
    if "triple" in column.shapes:
        parts.append(orders.get(column.order or "", tr("day and month alike")))
    shapes = (("iso", tr("ISO 8601")), ("serial", tr("spreadsheet serial numbers")),
              ("cells", tr("date cells")))  # fmt: skip
    parts += [words for code, words in shapes if code in column.shapes]
    text = tr(" and ").join(parts) or tr("empty")
    if column.with_time:
        text = tr("%1 with time").replace("%1", text)
    if column.decided_by == "values" and column.evidence:
        text += " " + tr("(decided by %1)").replace("%1", column.evidence)
    elif column.decided_by:
        text += " " + tr("(as chosen)")
    return text


def date_orders() -> list[tuple[str, str | None]]:
    """Return the date-order choices as (words, code)."""
    return [
        (tr("Detect from the file"), None),
        (tr("Day/month/year (31/12/2024)"), "dmy"),
        (tr("Month/day/year (12/31/2024)"), "mdy"),
        (tr("Year/month/day (2024/12/31)"), "ymd"),
    ]


def cell_text(value: RawValue) -> str:
    """Return a raw cell as it should read in a preview table."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.isoformat(sep=" ").removesuffix(" 00:00:00")
    if isinstance(value, date):
        return value.isoformat()
    text = str(value)
    return text if len(text) <= 80 else text[:79] + "…"


_NO_USER = re.compile(r"""^no user (['"])(.*)\1$""")
_NO_STAGE = re.compile(r"""^no stage (['"])(.*)\1 in pipeline (['"])(.*)\3$""")


def reason_text(reason: str) -> str:
    """Return a core rejection reason without the command-line hint it ends with.

    The core's reasons are English (the command line stays English); the two that fill
    most rejected rows (an unknown owner, an unknown stage) are given in the window's language.
    """
    text = _CLI_HINT.sub("", reason)
    if m := _NO_USER.match(text):
        return tr("no user “%1”").replace("%1", m.group(2))
    if m := _NO_STAGE.match(text):
        return tr("no stage “%1” in pipeline “%2”").replace("%1", m.group(2)).replace("%2", m.group(4))
    return text


def reason_hints(reasons: list[str]) -> list[str]:
    """Return what the user can change in the wizard for the flags the reasons mention."""
    flags = {m.group(1) or m.group(2) for r in reasons if (m := _CLI_HINT.search(r))}
    hints = {
        "create-missing-users": tr(
            "Unknown owners: go back and tick “Create missing owners as "
            "employees”, or add them in Settings first."
        ),
        "stage-map": tr(
            "Unknown stages: the stage column must name stages of the chosen "
            "pipeline; choose another pipeline, or add the stages in Settings."
        ),
        "date-format": tr("Ambiguous dates: go back and choose the date order."),
        "override": tr(
            "Moves past unmet exit criteria: complete the criteria on the board first, "
            "or (owners) give a reason below to move them anyway."
        ),
        "skip-invalid": tr("Tick the option below to import the valid rows only."),
    }
    return [hints[f] for f in sorted(flags) if f in hints]
