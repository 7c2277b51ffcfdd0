"""Money as integer minor units inside, Decimal at the edges, never float."""

from __future__ import annotations

from decimal import ROUND_HALF_EVEN, Decimal, InvalidOperation

from funneldesk.domain.errors import InvalidInput

# ISO 4217 currencies without two minor digits; everything else uses cents.
_MINOR_DIGITS = {"JPY": 0, "KRW": 0, "VND": 0, "CLP": 0, "ISK": 0, "HUF": 2, "BHD": 3, "KWD": 3}


def minor_digits(currency: str) -> int:
    """Return how many minor-unit digits the currency has."""
    return _MINOR_DIGITS.get(currency.upper(), 2)


def to_minor(amount: Decimal | int | str, currency: str = "USD") -> int:
    """Convert a decimal amount to integer minor units, rounding half to even."""
    try:
        value = Decimal(str(amount).strip())
    except InvalidOperation as exc:
        raise InvalidInput(f"not an amount of money: {amount!r}") from exc
    if not value.is_finite():
        raise InvalidInput(f"not an amount of money: {amount!r}")
    scale = Decimal(10) ** minor_digits(currency)
    return int((value * scale).quantize(Decimal(1), rounding=ROUND_HALF_EVEN))


def from_minor(minor: int, currency: str = "USD") -> Decimal:
    """Convert integer minor units back to an exact Decimal amount."""
    digits = minor_digits(currency)
    return Decimal(minor).scaleb(-digits).quantize(Decimal(1).scaleb(-digits))


def format_money(minor: int, currency: str = "USD") -> str:
    """Format minor units for display, e.g. '12,500.00 USD'."""
    return f"{from_minor(minor, currency):,} {currency}"
