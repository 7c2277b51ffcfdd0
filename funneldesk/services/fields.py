"""Validate and convert lead field values from the edges (Decimal, text, dates) to columns."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from funneldesk.domain.errors import InvalidInput
from funneldesk.domain.money import check_currency, to_minor
from funneldesk.storage.models import Channel, LostReason, Persona

TEXT_FIELDS = {
    "title": 300,
    "contact_name": 200,
    "company": 200,
    "category": 100,
    "notes": 100_000,
    "external_id": 100,
}
EDITABLE = (
    *TEXT_FIELDS,
    "email",
    "phone",
    "value",
    "currency",
    "discount",
    "temperature",
    "expected_close",
    "next_action",
    "satisfaction",
    "channel",
    "persona",
    "custom_fields",
)
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^\+?[0-9 ()./-]{5,30}$")


def _text(name: str, value: Any) -> str | None:
    text = None if value is None else str(value).strip()
    if text and len(text) > TEXT_FIELDS[name]:
        raise InvalidInput(f"{name} is longer than {TEXT_FIELDS[name]} characters")
    return text or (None if name != "notes" else "")


def _email(value: Any) -> str | None:
    text = str(value or "").strip()
    if text and not _EMAIL.match(text):
        raise InvalidInput(f"{text!r} does not look like an e-mail address (name@example.com)")
    return text or None


def _phone(value: Any) -> str | None:
    text = str(value or "").strip()
    if text and not _PHONE.match(text):
        raise InvalidInput(f"{text!r} does not look like a phone number (digits, spaces, + - ( ))")
    return text or None


def _decimal(name: str, value: Any) -> Decimal:
    try:
        number = Decimal(str(value if value not in (None, "") else 0).replace(",", "."))
    except InvalidOperation as exc:
        raise InvalidInput(f"{name} must be a number, not {value!r}") from exc
    if not number.is_finite() or number < 0:
        raise InvalidInput(f"{name} must be zero or more, not {value!r}")
    return number


def _discount(value: Any) -> int:
    number = _decimal("discount", value)
    if number > 100:
        raise InvalidInput("discount must be between 0 and 100 %")
    return int((number * 100).to_integral_value())


def _date(name: str, value: Any) -> date | None:
    if value in (None, ""):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError as exc:
        raise InvalidInput(f"{name} must be a date like 2026-12-31, not {value!r}") from exc


def _temperature(value: Any) -> str | None:
    text = str(value or "").strip().lower() or None
    if text not in (None, "cold", "warm", "hot"):
        raise InvalidInput(f"temperature must be cold, warm or hot, not {value!r}")
    return text


def _satisfaction(value: Any) -> int | None:
    if value in (None, ""):
        return None
    try:
        score = int(value)
    except (TypeError, ValueError) as exc:
        raise InvalidInput(f"satisfaction must be a whole number 1–5, not {value!r}") from exc
    if not 1 <= score <= 5:
        raise InvalidInput("satisfaction must be between 1 and 5")
    return score


def _currency(value: Any) -> str:
    return check_currency(value or "USD")


def _custom(value: Any) -> str:
    if isinstance(value, str):
        value = json.loads(value or "{}")
    if not isinstance(value, dict):
        raise InvalidInput("custom fields must be name/value pairs")
    return json.dumps({str(k): str(v) for k, v in value.items()}, sort_keys=True)


_KIND_NAMES: dict[type[Any], str] = {Channel: "channel", Persona: "persona", LostReason: "lost reason"}


def named_id(
    session: Session, model: type[Channel] | type[Persona] | type[LostReason], name: Any
) -> int | None:
    """Return the id of a channel, persona or lost reason by name; None for blank."""
    text = str(name or "").strip()
    if not text:
        return None
    found = session.scalar(select(model.id).where(func.lower(model.name) == text.lower()))
    if found is None:
        known = ", ".join(session.scalars(select(model.name).order_by(model.name)).all()[:20])
        raise InvalidInput(
            f"no {_KIND_NAMES[model]} named {text!r}"
            + (f" (known: {known})" if known else "")
        )
    return found


_SIMPLE: dict[str, Callable[[Any], Any]] = {
    "email": _email,
    "phone": _phone,
    "temperature": _temperature,
    "satisfaction": _satisfaction,
    "currency": _currency,
    "custom_fields": _custom,
    "discount": _discount,
    "expected_close": lambda v: _date("expected close date", v),
    "next_action": lambda v: _date("next action date", v),
}
_COLUMN = {"discount": "discount_bp", "channel": "channel_id", "persona": "persona_id"}


def to_columns(session: Session, changes: Mapping[str, Any], currency: str) -> dict[str, Any]:
    """Validate edited fields and return the column values to store."""
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise InvalidInput(f"unknown lead fields: {', '.join(sorted(unknown))}")
    currency = _currency(changes.get("currency", currency))
    columns: dict[str, Any] = {}
    for name, value in changes.items():
        if name in TEXT_FIELDS:
            columns[name] = _text(name, value)
        elif name == "value":
            columns["value_minor"] = to_minor(_decimal("value", value), currency)
        elif name == "channel":
            columns["channel_id"] = named_id(session, Channel, value)
        elif name == "persona":
            columns["persona_id"] = named_id(session, Persona, value)
        else:
            columns[_COLUMN.get(name, name)] = _SIMPLE[name](value)
    if "title" in columns and not columns["title"]:
        raise InvalidInput("a lead needs a title")
    return columns
