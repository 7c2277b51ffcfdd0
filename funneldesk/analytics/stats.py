"""Rates with their sample size and 95 % Wilson interval; percentiles; money at the edge.

The Wilson score interval (not the normal approximation) keeps small samples honest:
2 of 3 is 0.67 with an interval of 0.21-0.94, 60 of 100 is 0.60 with 0.50-0.69.
Percentiles interpolate linearly between closest ranks, like PostgreSQL's
``percentile_cont`` and numpy's default, so both engines give the same figure.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from funneldesk.domain.errors import FunnelDeskError

Z95 = 1.959963984540054


@dataclass(frozen=True, slots=True)
class Rate:
    """hits out of n as a fraction with its 95 % Wilson interval; value None when n is 0."""

    hits: int
    n: int
    value: float | None
    ci_low: float | None
    ci_high: float | None

    @property
    def one_in(self) -> float | None:
        """Return N of the '1:N' form (n / hits), None without hits."""
        return self.n / self.hits if self.hits else None


class ImpossibleRate(FunnelDeskError):
    """A rate was asked for counts no sample can give (hits above n, or a negative count).

    Always a bug in the computation of the figure it names: refused loudly, never clamped,
    so a wrong figure cannot reach a report.
    """


def _check_counts(hits: int, n: int, what: str) -> None:
    if n < 0 or hits < 0 or hits > n:
        raise ImpossibleRate(
            f"{what}: {hits} out of {n} is not a rate (a count above its sample or below zero); "
            "this is a bug in FunnelDesk, please report it"
        )


def wilson(hits: int, n: int, z: float = Z95, what: str = "a rate") -> tuple[float, float] | None:
    """Return the Wilson score interval for hits out of n, None when n is 0.

    Raises ImpossibleRate, naming the figure ``what``, when hits > n or a count is negative.
    """
    _check_counts(hits, n, what)
    if n == 0:
        return None
    p = hits / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    # With 0 <= hits <= n the interval lies in [0, 1] and holds p; only float rounding can
    # say otherwise (all hits gave an upper bound of 0.9999999999999999 below p = 1.0).
    low = 0.0 if hits == 0 else min(p, max(0.0, centre - half))
    high = 1.0 if hits == n else max(p, min(1.0, centre + half))
    return low, high


def rate(hits: int, n: int, what: str = "a rate") -> Rate:
    """Return hits/n as a Rate (value None when n is 0); ImpossibleRate names ``what`` on hits > n."""
    interval = wilson(hits, n, what=what)
    if interval is None:
        return Rate(hits, n, None, None, None)
    return Rate(hits, n, hits / n, interval[0], interval[1])


def percentile(sorted_values: Sequence[float], q: float) -> float | None:
    """Return the q-th quantile (0..1) of sorted values by linear interpolation."""
    if not sorted_values:
        return None
    pos = q * (len(sorted_values) - 1)
    low = math.floor(pos)
    high = min(low + 1, len(sorted_values) - 1)
    return sorted_values[low] + (sorted_values[high] - sorted_values[low]) * (pos - low)


def money(minor: int | None, currency: str = "USD") -> Decimal:
    """Return minor units as a Decimal amount (0 for None)."""
    # Loaded with the first amount: the ISO 4217 table costs ~8 ms, and a report with no
    # money to show (an empty file) never needs it.
    from funneldesk.domain.money import from_minor

    return from_minor(int(minor or 0), currency)


def ratio(numerator: Decimal | int, denominator: Decimal | int) -> Decimal | None:
    """Return numerator / denominator as Decimal rounded to cents, None when dividing by zero."""
    if not denominator:
        return None
    return (Decimal(numerator) / Decimal(denominator)).quantize(Decimal("0.01"))


def days(seconds: float | None) -> float | None:
    """Return seconds as days rounded to 0.01, None stays None."""
    return None if seconds is None else round(seconds / 86400, 2)
