"""Money as integer minor units inside, Decimal at the edges, never float.

Currency codes and their minor digits come from the ISO 4217 table the ``iso4217``
package ships (kept current with each amendment), not from a list typed here.
"""

from __future__ import annotations

from decimal import ROUND_HALF_EVEN, Decimal, InvalidOperation
from functools import cache

from iso4217 import Currency

from funneldesk.domain.errors import InvalidInput


@cache
def _exponents() -> dict[str, int | None]:
    # Funds, metals and "no currency" codes have no minor unit (None): counted as 2 below.
    return {c.code: c.exponent for c in Currency}


def is_currency(code: str) -> bool:
    """Say whether a code is an ISO 4217 currency code (upper case, as stored)."""
    return code in _exponents()


def currency_codes() -> list[str]:
    """Return every ISO 4217 currency code, sorted (for pickers)."""
    return sorted(_exponents())


def check_currency(value: object) -> str:
    """Return the ISO 4217 code of a value ('eur ' -> 'EUR'), or refuse it as invalid input."""
    text = str(value or "").strip().upper()
    if not is_currency(text):
        raise InvalidInput(f"not an ISO 4217 currency code: {str(value)[:20]!r} (like USD, EUR, JPY)")
    return text


def minor_digits(currency: str) -> int:
    """Return how many minor-unit digits the currency has (2 for codes ISO gives none)."""
    digits = _exponents().get(currency.upper())
    return 2 if digits is None else digits


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
