"""The what-if's key-level mode (DOMAIN.md §8): which single step, raised to the rate of
the team's best owner at that step, adds the most won value.

Each step of the what-if chain (named by the stage it leads to) is raised, alone, to the
highest conversion any owner in scope reaches at it (among owners with at least
``min_n`` leads at the step's first stage, so one lucky lead does not set the bar); the
projection is the dashboard panel's (``dashboard.whatif_basis``), so the figures are its.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from funneldesk.analytics.dashboard import WhatIfBasis, whatif_basis
from funneldesk.analytics.funnel import funnel
from funneldesk.analytics.scope import EVERYTHING, ReportFilter
from funneldesk.analytics.steps import owner_steps
from funneldesk.analytics.tables import managers
from funneldesk.analytics.whatif import Projection
from funneldesk.domain.records import UserRecord
from funneldesk.storage.database import Database


@dataclass(frozen=True, slots=True)
class KeyStep:
    """One step raised to its best owner's rate, and what that would add."""

    step: str
    conversion_now: Decimal
    best_conversion: Decimal | None
    best_owner: str | None
    extra_won: Decimal
    extra_value: Decimal
    key: bool = False


def _best(db: Database, actor: UserRecord, flt: ReportFilter, min_n: int) -> dict[str, tuple[Fraction, str]]:
    matrix = owner_steps(db, actor, flt)
    best: dict[str, tuple[Fraction, str]] = {}
    for row in matrix.cells:
        for cell in row:
            c = cell.conversion
            if c.n < max(1, min_n):
                continue
            value = Fraction(c.hits, c.n)
            name = matrix.steps[cell.step].to_stage
            if name not in best or value > best[name][0]:
                best[name] = (value, cell.owner)
    return best


def basis(db: Database, actor: UserRecord, flt: ReportFilter = EVERYTHING) -> WhatIfBasis:
    """Return the what-if chain of the filter's cohort funnel, as the dashboard's panel builds it."""
    return whatif_basis(funnel(db, actor, flt), managers(db, actor, flt, cycles=False))


def key_level(
    db: Database, actor: UserRecord, flt: ReportFilter = EVERYTHING, *, min_n: int = 10
) -> tuple[list[KeyStep], Projection]:
    """Return every step raised alone to its best owner's rate (largest gain first) and the base."""
    chain = basis(db, actor, flt)
    base = chain.project()
    best = _best(db, actor, flt, min_n)
    found = []
    for name, now, _ in base.steps:
        top = best.get(name)
        if top is None or Decimal(top[0].numerator) / Decimal(top[0].denominator) <= now:
            found.append(
                KeyStep(
                    name, now, None if top is None else _dec(top[0]), None, Decimal("0.00"), Decimal("0.00")
                )
            )
            continue
        raised = chain.project(changes={name: top[0]})
        found.append(KeyStep(name, now, _dec(top[0]), top[1], raised.extra_won, raised.extra_value))
    found.sort(key=lambda k: (-k.extra_value, -k.extra_won))
    if found and found[0].extra_value > 0:
        first = found[0]
        found[0] = KeyStep(
            first.step,
            first.conversion_now,
            first.best_conversion,
            first.best_owner,
            first.extra_won,
            first.extra_value,
            True,
        )
    return found, base


def _dec(value: Fraction) -> Decimal:
    return (Decimal(value.numerator) / Decimal(value.denominator)).quantize(Decimal("0.0001"))
