"""Column mapping: header names and their common synonyms to lead fields.

Users arrive with exports from other CRMs, so the synonym table is generous; an
explicit ``--map SOURCE=FIELD`` always wins, and ``SOURCE=`` (empty) ignores a column.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from funneldesk.domain.errors import InvalidInput

LEAD_FIELDS = (
    "title", "contact_name", "company", "email", "phone", "stage", "owner", "channel",
    "persona", "lost_reason", "category", "value", "currency", "discount", "temperature",
    "expected_close", "next_action", "satisfaction", "notes", "external_id",
    "created_at", "closed_at",
)  # fmt: skip
ENTERED_PREFIX = "entered:"

_SYNONYMS: dict[str, tuple[str, ...]] = {
    "title": ("title", "name", "deal", "deal_name", "opportunity", "opportunity_name", "lead"),
    "contact_name": ("contact", "contact_name", "contact_person", "person", "customer"),
    "company": ("company", "account", "organisation", "organization", "client", "account_name"),
    "email": ("email", "e_mail", "mail", "email_address"),
    "phone": ("phone", "telephone", "tel", "mobile", "phone_number"),
    "stage": ("stage", "deal_stage", "status", "pipeline_stage", "lead_status"),
    "owner": ("owner", "sales_agent", "manager", "agent", "salesperson", "sales_rep", "rep"),
    "channel": ("channel", "origin", "source", "lead_source", "medium"),
    "persona": ("persona", "buyer_persona", "segment"),
    "lost_reason": ("lost_reason", "loss_reason", "reason_lost", "lost_because"),
    "category": ("category", "product", "type", "product_line"),
    "value": ("value", "close_value", "amount", "deal_value", "revenue", "price", "deal_amount"),
    "currency": ("currency", "currency_code", "ccy"),
    "discount": ("discount", "discount_percent", "discount_pct", "rebate"),
    "temperature": ("temperature", "temp", "heat", "rating"),
    "expected_close": ("expected_close", "expected_close_date", "forecast_close", "due_date"),
    "next_action": ("next_action", "next_action_date", "follow_up", "next_step_date"),
    "satisfaction": ("satisfaction", "csat", "nps"),
    "notes": ("notes", "note", "comments", "comment", "description"),
    "external_id": ("external_id", "opportunity_id", "id", "deal_id", "lead_id", "record_id"),
    "created_at": ("created_at", "created", "create_date", "created_date", "date_created"),
    "closed_at": ("closed_at", "close_date", "closed", "closed_date", "date_closed", "won_date"),
}
_BY_SYNONYM = {syn: name for name, syns in _SYNONYMS.items() for syn in syns}


def normalise_header(text: str) -> str:
    """Lower-case a header and collapse everything but letters and digits to '_'."""
    return re.sub(r"[^0-9a-z]+", "_", text.strip().lower()).strip("_")


def guess_field(header: str) -> str | None:
    """Return the lead field a header most likely means, or None."""
    text = header.strip()
    if text.lower().startswith(ENTERED_PREFIX):
        return ENTERED_PREFIX + text[len(ENTERED_PREFIX) :].strip()
    return _BY_SYNONYM.get(normalise_header(text))


def check_field(name: str) -> str:
    """Validate a mapping target and return it in canonical form."""
    text = name.strip()
    if text.lower().startswith(ENTERED_PREFIX) and text[len(ENTERED_PREFIX) :].strip():
        return ENTERED_PREFIX + text[len(ENTERED_PREFIX) :].strip()
    if text in LEAD_FIELDS:
        return text
    known = ", ".join(LEAD_FIELDS)
    raise InvalidInput(f"unknown field {name!r} in --map; use one of {known} or entered:<Stage>")


@dataclass(slots=True)
class ColumnMapping:
    """Which column index feeds which field, and which columns were ignored."""

    fields: dict[str, int] = field(default_factory=dict)
    ignored: list[str] = field(default_factory=list)

    def entered_columns(self) -> dict[str, int]:
        """Return stage name -> column for every ``entered:`` field."""
        cut = len(ENTERED_PREFIX)
        return {k[cut:]: v for k, v in self.fields.items() if k.startswith(ENTERED_PREFIX)}


def parse_overrides(pairs: list[str]) -> dict[str, str]:
    """Parse ``SOURCE=FIELD`` strings; an empty FIELD means 'ignore this column'."""
    result: dict[str, str] = {}
    for pair in pairs:
        source, sep, target = pair.partition("=")
        if not sep or not source.strip():
            raise InvalidInput(f"--map needs SOURCE=FIELD, got {pair!r}")
        result[source.strip().lower()] = check_field(target) if target.strip() else ""
    return result


def build_mapping(headers: list[str], overrides: dict[str, str] | None = None) -> ColumnMapping:
    """Map headers to fields: explicit overrides first, then synonyms; first column wins."""
    overrides = overrides or {}
    keys = [h.strip().lower() for h in headers]
    unknown = set(overrides) - set(keys)
    if unknown:
        raise InvalidInput(f"--map names no column of the file: {', '.join(sorted(unknown))}")
    mapping = ColumnMapping()
    for index, key in enumerate(keys):
        if overrides.get(key) and overrides[key] not in mapping.fields:
            mapping.fields[overrides[key]] = index
    taken = set(mapping.fields.values())
    for index, header in enumerate(headers):
        target = None if keys[index] in overrides else guess_field(header)
        if index in taken:
            continue
        if target and target not in mapping.fields:
            mapping.fields[target] = index
        elif header.strip():
            mapping.ignored.append(header)
    return mapping


def header_score(cells: list[object]) -> int:
    """Score a candidate header row by how many cells are recognisable field names."""
    return sum(1 for c in cells if isinstance(c, str) and c.strip() and guess_field(c))
