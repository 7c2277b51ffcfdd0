"""Money as integer minor units inside, Decimal at the edges, never float.

Currency codes and their minor digits come from the ISO 4217 table the ``iso4217``
package ships (kept current with each amendment), not from a list typed here.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_EVEN, Decimal, InvalidOperation
from functools import cache
from importlib.util import find_spec
from pathlib import Path

from funneldesk.domain.errors import InvalidInput

# One entry of the package's table.xml: its code, number and minor units (any may be absent).
_ENTRY = re.compile(rb"<CcyNtry>(.*?)</CcyNtry>", re.S)
_FIELD = re.compile(rb"<(Ccy|CcyNbr|CcyMnrUnts)>\s*([^<]*?)\s*</\1>")


@cache
def _exponents() -> dict[str, int | None]:
    # Funds, metals and "no currency" codes have no minor unit (None): counted as 2 below.
    from iso4217 import Currency  # ~8 ms (parses its XML table and builds an enum): only when needed

    return {c.code: c.exponent for c in Currency}


def _table_xml() -> bytes | None:
    """Return the iso4217 package's own table.xml, found without importing the package."""
    spec = find_spec("iso4217")
    folders = list(spec.submodule_search_locations or []) if spec else []
    for folder in folders:
        path = Path(folder) / "table.xml"
        if path.is_file():
            return path.read_bytes()
    return None


@cache
def _digits_of(code: str) -> int:
    """Return the minor digits of one code exactly as ``iso4217.Currency`` would give them.

    A report shows amounts in one or two currencies; scanning the package's table for those
    codes costs ~0.3 ms where importing the package costs ~8 ms. Same rules as the package:
    the first entry of a code holds its number and minor units; a code without a number, or
    with minor units that are neither digits nor "N.A.", is not a currency (2 digits here, as
    for "N.A." and unknown codes).
    """
    table = _table_xml()
    if table is None:  # an unusual install (a zip): the package itself
        digits = _exponents().get(code)
        return 2 if digits is None else digits
    wanted = code.encode("ascii", "replace")
    for entry in _ENTRY.finditer(table):
        fields = dict(_FIELD.findall(entry.group(1)))
        if fields.get(b"Ccy") != wanted:
            continue
        units = fields.get(b"CcyMnrUnts", b"")
        return int(units) if b"CcyNbr" in fields and units.isdigit() else 2
    return 2


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


def other_minor_digits() -> dict[str, int]:
    """Return every ISO 4217 currency whose minor unit is not two digits (JPY 0, KWD 3...)."""
    return {code: digits for code, digits in _exponents().items() if digits is not None and digits != 2}


def minor_digits(currency: str) -> int:
    """Return how many minor-unit digits the currency has (2 for codes ISO gives none)."""
    return _digits_of(currency.upper())


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
