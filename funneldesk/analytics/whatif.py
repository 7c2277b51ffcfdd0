"""What-if: project won deals and won value when the top grows and/or stage conversions change.

The funnel is a chain: entered x c1 x c2 x ... = won, and won value = won x average
won value. Growing the top by x % scales everything below (proportional expansion);
changing one step's conversion scales everything after it (stretching). Arithmetic is
exact (fractions) and rounded only at the edge, so DOMAIN.md §8's examples come out
exactly: 30 calls with 10 reaching the decision maker -> 20 doubles sales; 100
invoices of 10,000 with 50 % paid -> 60 % paid brings 100,000 more.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from funneldesk.analytics.funnel import funnel
from funneldesk.analytics.scope import EVERYTHING, ReportFilter
from funneldesk.domain.errors import InvalidInput
from funneldesk.domain.records import UserRecord
from funneldesk.storage.database import Database

Number = Decimal | Fraction | int | str


@dataclass(frozen=True, slots=True)
class Projection:
    """Won deals and won value now and under the what-if, rounded to 0.01."""

    entered_now: Decimal
    entered_then: Decimal
    won_now: Decimal
    won_then: Decimal
    won_value_now: Decimal
    won_value_then: Decimal
    steps: tuple[tuple[str, Decimal, Decimal], ...]

    @property
    def extra_won(self) -> Decimal:
        """Return the additional won deals."""
        return self.won_then - self.won_now

    @property
    def extra_value(self) -> Decimal:
        """Return the additional won value."""
        return self.won_value_then - self.won_value_now


def _exact(value: Number) -> Fraction:
    return Fraction(str(value)) if isinstance(value, Decimal | str) else Fraction(value)


def _out(value: Fraction, places: str = "0.01") -> Decimal:
    return (Decimal(value.numerator) / Decimal(value.denominator)).quantize(Decimal(places))


def project(
    entered: Number,
    conversions: Sequence[tuple[str, Number]],
    avg_won_value: Number,
    *,
    top_growth: Number = 0,
    changes: Mapping[str, Number] | None = None,
) -> Projection:
    """Project won deals and value for a chain of step conversions (fractions 0..1)."""
    changes = dict(changes or {})
    unknown = set(changes) - {name for name, _ in conversions}
    if unknown:
        raise InvalidInput(f"no such step in the funnel: {', '.join(sorted(unknown))}")
    now = then = _exact(entered)
    then = then * (1 + _exact(top_growth))
    steps = []
    won_now, won_then = now, then
    for name, conversion in conversions:
        old = _exact(conversion)
        new = _exact(changes.get(name, conversion))
        if not 0 <= new <= 1:
            raise InvalidInput(f"a conversion is a fraction between 0 and 1, not {new}")
        won_now, won_then = won_now * old, won_then * new
        steps.append((name, _out(old, "0.0001"), _out(new, "0.0001")))
    avg = _exact(avg_won_value)
    return Projection(
        _out(now),
        _out(then),
        _out(won_now),
        _out(won_then),
        _out(won_now * avg),
        _out(won_then * avg),
        tuple(steps),
    )


def what_if(
    db: Database,
    actor: UserRecord,
    flt: ReportFilter = EVERYTHING,
    *,
    top_growth: Number = 0,
    changes: Mapping[str, Number] | None = None,
) -> Projection:
    """Project from the current cohort funnel; changes map a stage name to its new conversion."""
    current = funnel(db, actor, flt)
    rows = current.stages
    steps = [
        (r.stage, Fraction(r.reached, rows[i - 1].reached) if rows[i - 1].reached else Fraction(0))
        for i, r in enumerate(rows)
        if i and r.kind in ("open", "won")
    ]
    won_rows = [r for r in rows if r.kind == "won"]
    steps = steps[: rows.index(won_rows[0])] if won_rows else steps
    from funneldesk.analytics.tables import managers

    people = managers(db, actor, flt, cycles=False)
    won_value = sum((m.won_value for m in people), Decimal(0))
    # Over the won deals whose value is known in the reporting currency (those with a rate).
    priced = sum(m.won_priced for m in people)
    avg = Fraction(str(won_value)) / priced if priced else Fraction(0)
    return project(current.entered, steps, avg, top_growth=top_growth, changes=changes)
