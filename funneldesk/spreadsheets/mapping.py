"""Column mapping: header names and their common synonyms to lead fields.

Users arrive with exports from other CRMs, so the synonym table is generous; an
explicit ``--map SOURCE=FIELD`` always wins, and ``SOURCE=`` (empty) ignores a column.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from funneldesk.domain.errors import InvalidInput

LEAD_FIELDS = (
    "title", "contact_name", "company", "email", "phone", "stage", "owner", "channel",
    "persona", "lost_reason", "category", "value", "currency", "discount", "temperature",
    "expected_close", "next_action", "satisfaction", "notes", "external_id",
    "created_at", "closed_at", "status", "won_at", "lost_at",
)  # fmt: skip
ENTERED_PREFIX = "entered:"

# Header names as the CRMs people leave write them, normalised (see normalise_header):
# Pipedrive deals ("Deal - Title"; the "Deal - " prefix is dropped, "Person - " and
# "Organization - " kept), HubSpot deals, Salesforce opportunities, Zoho CRM deals
# (field labels; API names like Deal_Name normalise the same) and Odoo CRM (crm.lead
# field labels, which its export writes as headers).
_SYNONYMS: dict[str, tuple[str, ...]] = {
    "title": ("title", "name", "deal", "deal_name", "opportunity", "opportunity_name", "lead",
              "deal_title", "subject"),
    "contact_name": ("contact", "contact_name", "contact_person", "person", "person_name",
                     "associated_contact", "associated_contacts", "primary_contact"),
    "company": ("company", "account", "organisation", "organization", "client", "account_name",
                "company_name", "organization_name", "organisation_name", "associated_company"),
    "email": ("email", "e_mail", "mail", "email_address", "person_email", "contact_email"),
    "phone": ("phone", "telephone", "tel", "phone_number", "person_phone", "contact_phone"),
    "stage": ("stage", "deal_stage", "pipeline_stage", "lead_status", "sales_stage"),
    "status": ("status", "deal_status", "won_lost", "outcome"),
    "owner": ("owner", "sales_agent", "manager", "agent", "salesperson", "sales_rep", "rep",
              "sales_person", "assigned_to", "user"),
    "channel": ("channel", "origin", "source", "lead_source", "deal_source"),
    "persona": ("persona", "buyer_persona", "segment"),
    "lost_reason": ("lost_reason", "loss_reason", "reason_lost", "lost_because",
                    "reason_for_loss", "closed_lost_reason"),
    "category": ("category", "product", "type", "product_line", "deal_type", "opportunity_type"),
    "value": ("value", "close_value", "amount", "deal_value", "revenue", "price", "deal_amount"),
    "currency": ("currency", "currency_code", "ccy", "deal_currency", "opportunity_currency"),
    "discount": ("discount", "discount_percent", "discount_pct", "rebate"),
    "temperature": ("temperature", "temp", "heat", "rating"),
    "expected_close": ("expected_close", "expected_close_date", "forecast_close", "due_date",
                       "expected_closing", "expected_closing_date"),
    "next_action": ("next_action", "next_action_date", "follow_up", "next_step_date",
                    "next_activity_date"),
    "satisfaction": ("satisfaction", "csat", "nps"),
    "notes": ("notes", "note", "comments", "comment", "description"),
    "external_id": ("external_id", "opportunity_id", "id", "deal_id", "lead_id", "record_id"),
    "created_at": ("created_at", "created", "create_date", "created_date", "date_created",
                   "deal_created", "created_time", "created_on", "creation_date", "add_time",
                   "first_contact", "first_contact_date", "first_touch", "lead_date"),
    "closed_at": ("closed_at", "close_date", "closed", "closed_date", "date_closed",
                  "closing_date", "close_time", "deal_closed_on", "closed_on"),
    "won_at": ("won_at", "won_time", "won_date", "date_won", "won_on"),
    "lost_at": ("lost_at", "lost_time", "lost_date", "date_lost", "lost_on"),
}
# Second choices: used only when no column names the field more plainly (Zoho's
# "Expected Revenue" is amount x probability beside its "Amount"; Odoo's is the amount).
_WEAK: dict[str, tuple[str, ...]] = {
    "value": ("expected_revenue", "amount_in_company_currency", "planned_revenue"),
    "contact_name": ("customer",),
    "phone": ("mobile", "mobile_phone", "person_phone_work", "person_phone_mobile"),
    "email": ("person_email_work", "person_email_home", "person_email_other"),
    "channel": ("medium", "campaign_source"),
}
_BY_SYNONYM = {syn: name for name, syns in _SYNONYMS.items() for syn in syns}
_BY_WEAK = {syn: name for name, syns in _WEAK.items() for syn in syns}
# Prefixes CRMs put before every column of a record ("Deal - Title", "Opportunity Owner").
_PREFIXES = ("deal_", "opportunity_", "potential_")
# Exports whose headers say where they come from: name, headers all required, any one of.
SOURCES: tuple[tuple[str, frozenset[str], frozenset[str]], ...] = (
    ("Zoho CRM", frozenset({"deal_name", "deal_owner", "stage"}),
     frozenset({"closing_date", "created_time", "modified_time"})),
    ("HubSpot", frozenset({"deal_name", "deal_stage"}),
     frozenset({"deal_owner", "pipeline", "associated_company", "create_date"})),
    ("Salesforce", frozenset({"opportunity_name"}),
     frozenset({"opportunity_owner", "account_name", "stage"})),
    ("Odoo CRM", frozenset({"opportunity"}),
     frozenset({"salesperson", "expected_revenue", "expected_closing"})),
)


def _plain_key(text: str) -> str:
    # Accents off (Créé -> cree), case folded, everything but letters and digits to '_'.
    folded = unicodedata.normalize("NFKD", text.strip()).casefold()
    letters = "".join(c for c in folded if not unicodedata.combining(c))
    return re.sub(r"[^0-9a-z]+", "_", letters).strip("_")


def normalise_header(text: str) -> str:
    """Fold a header to a key: no accents, lower case, everything else collapsed to '_'."""
    return _plain_key(text)


def _candidates(text: str) -> list[str]:
    key = _plain_key(text)
    found = [key]
    for prefix in _PREFIXES:
        if key.startswith(prefix) and len(key) > len(prefix):
            found.append(key[len(prefix):])
    return found


def guess_field(header: str) -> str | None:
    """Return the lead field a header most likely means, or None."""
    text = header.strip()
    if text.lower().startswith(ENTERED_PREFIX):
        return ENTERED_PREFIX + text[len(ENTERED_PREFIX) :].strip()
    return next((_BY_SYNONYM[k] for k in _candidates(text) if k in _BY_SYNONYM), None)


def weak_field(header: str) -> str | None:
    """Return the field a header may mean when nothing plainer claims it, or None."""
    return next((_BY_WEAK[k] for k in _candidates(header) if k in _BY_WEAK), None)


def recognise_source(headers: list[str]) -> str | None:
    """Name the CRM whose export these headers look like, or None."""
    raw = [h.strip().casefold() for h in headers]
    if sum(h.startswith("deal - ") for h in raw) >= 2:
        return "Pipedrive"
    keys = {_plain_key(h) for h in headers}
    for name, required, any_of in SOURCES:
        if required <= keys and keys & any_of:
            return name
    return None


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
    left: list[int] = []
    for index, header in enumerate(headers):
        target = None if keys[index] in overrides else guess_field(header)
        if index in taken:
            continue
        if target and target not in mapping.fields:
            mapping.fields[target] = index
        else:
            left.append(index)
    for index in left:
        target = None if keys[index] in overrides else weak_field(headers[index])
        if target and target not in mapping.fields:
            mapping.fields[target] = index
        elif headers[index].strip():
            mapping.ignored.append(headers[index])
    _status_as_stage(mapping)
    return mapping


def _status_as_stage(mapping: ColumnMapping) -> None:
    # A file with a status but no stage column names its stages in the status column.
    if "status" in mapping.fields and "stage" not in mapping.fields:
        mapping.fields["stage"] = mapping.fields.pop("status")


def header_score(cells: list[object]) -> int:
    """Score a candidate header row by how many cells are recognisable field names."""
    return sum(1 for c in cells if isinstance(c, str) and c.strip() and guess_field(c))
