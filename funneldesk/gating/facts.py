"""What the gate needs to know about a lead, gathered once per decision."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal

# Lead fields a criterion may test, with the words a user reads.
FIELD_LABELS: Mapping[str, str] = {
    "title": "title",
    "contact_name": "contact person",
    "company": "company",
    "email": "e-mail",
    "phone": "phone number",
    "channel": "channel",
    "persona": "persona",
    "category": "category",
    "value": "value",
    "discount": "discount (%)",
    "temperature": "temperature",
    "expected_close": "expected close date",
    "next_action": "next action date",
    "satisfaction": "satisfaction",
    "notes": "notes",
}


@dataclass(frozen=True, slots=True)
class LeadFacts:
    """A snapshot of one lead: field values, ticks, approvals and done activities."""

    values: Mapping[str, object]
    ticked: frozenset[int] = frozenset()
    approved: frozenset[int] = frozenset()
    done_activities: Mapping[str, int] = field(default_factory=dict)
    has_gatekeeper: bool = False

    def value_of(self, name: str) -> object:
        """Return a field's value, or None when unset."""
        value = self.values.get(name)
        if isinstance(value, str) and not value.strip():
            return None
        return value


def as_number(value: object) -> Decimal | None:
    """Return the value as a Decimal when it is numeric, else None."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | Decimal):
        return Decimal(value)
    try:
        return Decimal(str(value))
    except ArithmeticError:
        return None
