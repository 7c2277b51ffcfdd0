"""Lasting settings that change what reports count, kept in the settings table.

Today one: the discount threshold of ``report discounts`` (percent). Anyone may read
it; an owner or a manager may change it (the figure judges their teams' discounts);
each change is audited like the other settings. Without a stored value each pipeline
uses its discount approval gate's figure (15 % in the typical-sales template), else 15.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from sqlalchemy import select
from sqlalchemy.orm import Session

from funneldesk.analytics.discounts import DEFAULT_THRESHOLD, SETTING, threshold_of
from funneldesk.domain.errors import InvalidInput
from funneldesk.domain.records import UserRecord
from funneldesk.services import audit
from funneldesk.services.permissions import require_role
from funneldesk.storage.database import Database
from funneldesk.storage.models import Pipeline, Setting
from funneldesk.storage.retry import run_write

DISCOUNT_THRESHOLD = "discount-threshold"
NAMES = (DISCOUNT_THRESHOLD,)
DEFAULT_WORDS = frozenset({"default", "gate", "none", ""})


@dataclass(frozen=True, slots=True)
class Threshold:
    """The discount threshold reports use (percent) and whether someone set it."""

    percent: Decimal
    stored: bool

    def __str__(self) -> str:
        figure = f"{_plain(self.percent)}%"
        return figure if self.stored else f"{figure} (default: the pipeline's discount approval gate)"


def _plain(value: Decimal) -> str:
    """Write 20 as '20' and 12.50 as '12.5'."""
    return format(value.normalize(), "f")


def parse_percent(text: str | Decimal) -> Decimal:
    """Read '20%', '20', '12.5 %' or '12,5' as a percentage from 0 to 100; refuse anything else."""
    raw = str(text).strip().removesuffix("%").strip().replace(",", ".")
    try:
        value = Decimal(raw)
    except InvalidOperation as exc:
        raise InvalidInput(f"a discount threshold is a percentage such as 20%, not {str(text)!r}") from exc
    if not value.is_finite() or not 0 <= value <= 100:
        raise InvalidInput(f"a discount threshold is a percentage from 0 to 100, not {str(text).strip()}")
    return value.quantize(Decimal("0.01")).normalize()


def _current(session: Session) -> Threshold:
    stored = session.get(Setting, SETTING)
    if stored is not None:
        return Threshold(Decimal(stored.value), True)
    pipeline_id = session.scalar(select(Pipeline.id).order_by(Pipeline.id).limit(1))
    if pipeline_id is None:
        return Threshold(DEFAULT_THRESHOLD, False)
    return Threshold(threshold_of(session, pipeline_id), False)


def discount_threshold(db: Database) -> Threshold:
    """Return the discount threshold (the first pipeline's gate figure when none is stored)."""
    with db.read() as session:
        return _current(session)


def set_discount_threshold(db: Database, actor: UserRecord, percent: str | Decimal | None) -> Threshold:
    """Store the discount threshold (owner or manager); None or 'default' goes back to the gate's figure."""
    require_role(actor, "owner", "manager", action="change the discount threshold")
    back_to_gate = percent is None or str(percent).strip().lower() in DEFAULT_WORDS
    value = None if back_to_gate else parse_percent(percent)  # type: ignore[arg-type]

    def store(session: Session) -> Threshold:
        row = session.get(Setting, SETTING)
        old = row.value if row is not None else None
        new = None if value is None else _plain(value)
        if old != new:
            if row is not None and new is None:
                session.delete(row)
            elif row is None:
                session.add(Setting(key=SETTING, value=new))
            else:
                row.value = new  # type: ignore[assignment]
            session.flush()
            audit.record(session, actor, "setting", 0, "update", {SETTING: (old, new)})
        return _current(session)

    return run_write(db, store)


def get_setting(db: Database, name: str) -> str:
    """Return a setting by its command-line name, as text."""
    _check_name(name)
    return str(discount_threshold(db))


def set_setting(db: Database, actor: UserRecord, name: str, value: str) -> str:
    """Change a setting by its command-line name; return its new value as text."""
    _check_name(name)
    return str(set_discount_threshold(db, actor, value))


def _check_name(name: str) -> None:
    if name not in NAMES:
        raise InvalidInput(f"no setting {name!r}; there is: {', '.join(NAMES)}")
