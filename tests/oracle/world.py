"""A generated company as plain data: stages, users, channels with spend, leads with history.

Plain Python only: the oracle reads it, and the loader writes it into a database.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal


@dataclass(frozen=True)
class Stage:
    """A pipeline stage."""

    id: int
    name: str
    position: int
    kind: str  # open | won | lost
    probability: int = 0  # win probability, percent
    rotting_days: int | None = None  # an open lead rots after this many days in the stage


@dataclass(frozen=True)
class User:
    """A user with a role and, maybe, a manager."""

    id: int
    name: str
    role: str  # owner | manager | employee
    manager_id: int | None


@dataclass(frozen=True)
class Lead:
    """A lead: its cut columns and its stage history [(stage id, when), ...], oldest first."""

    id: int
    pipeline_id: int
    owner_id: int | None
    channel_id: int | None
    value_minor: int
    discount_bp: int
    lost_reason_id: int | None
    history: tuple[tuple[int, datetime], ...]
    deleted: bool = False
    persona_id: int | None = None
    temperature: str | None = None
    currency: str = "USD"
    expected_close: date | None = None
    title: str = ""


@dataclass
class World:
    """Everything a report reads."""

    pipeline_id: int
    stages: list[Stage]
    users: list[User]
    channels: dict[int, str]
    spend: list[tuple[int, date, int, str]]  # (channel id, month's first day, minor units, currency)
    reasons: dict[int, str]
    personas: list[int] = field(default_factory=list)
    leads: list[Lead] = field(default_factory=list)
    base: str = "USD"  # the reporting currency
    rates: list[tuple[str, date, Decimal]] = field(default_factory=list)  # (currency, valid from, rate)

    def stage(self, stage_id: int) -> Stage:
        """Return a stage by id."""
        return next(s for s in self.stages if s.id == stage_id)

    def user(self, user_id: int) -> User:
        """Return a user by id."""
        return next(u for u in self.users if u.id == user_id)


@dataclass(frozen=True)
class Filter:
    """What a report covers (the README's report options)."""

    created_from: date | None = None
    created_to: date | None = None
    closed_from: date | None = None
    closed_to: date | None = None
    owners: tuple[int, ...] = ()
    team: bool = False
    channels: tuple[int, ...] = ()
    status: str | None = None
    personas: tuple[int, ...] = ()
    temperatures: tuple[str, ...] = ()
