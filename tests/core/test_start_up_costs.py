"""Start-up costs of a scripted report: minor digits without the iso4217 import; lazy records."""

from __future__ import annotations

import subprocess
import sys
from decimal import Decimal

import iso4217
import pytest

from funneldesk.domain import money


def _package_digits(code: str) -> int:
    digits = {c.code: c.exponent for c in iso4217.Currency}.get(code.upper())
    return 2 if digits is None else digits


CODES = sorted({c for c in iso4217.raw_table if c} | {"ZZZ", "usd", "jpy", "XAU", "XTS", "XXX", "ABC", ""})


@pytest.mark.parametrize("code", CODES)
def test_every_code_has_the_packages_minor_digits(code: str) -> None:
    """Each code of the ISO table (and some that are none) gets the package's own answer."""
    money._digits_of.cache_clear()
    assert money.minor_digits(code) == _package_digits(code)


def test_amounts_keep_their_digits() -> None:
    """Yen have no cents, dinars three decimals, dollars two; unknown codes count as two."""
    assert money.from_minor(1250, "JPY") == Decimal("1250")
    assert money.from_minor(1250, "KWD") == Decimal("1.250")
    assert str(money.from_minor(1250, "USD")) == "12.50"
    assert str(money.from_minor(1250, "XAU")) == "12.50"


def test_an_amount_does_not_load_the_currency_package() -> None:
    """Showing an amount reads the table only; the package (XML parse and enum) stays unloaded."""
    code = (
        "import sys; from funneldesk.domain.money import from_minor, format_money;"
        "print(format_money(123456, 'EUR'), from_minor(5, 'JPY'), 'iso4217' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["1,234.56", "EUR", "5", "False"]


def test_a_report_start_up_loads_only_the_user_record() -> None:
    """The acting user's record loads alone; the lead records come, equal, on first use."""
    code = (
        "import sys; from funneldesk.domain import records; "
        "print('funneldesk.domain.lead_records' in sys.modules); "
        "from funneldesk.domain.records import LeadRecord, StageRecord; "
        "from funneldesk.domain.lead_records import LeadRecord as L; "
        "print(LeadRecord is L, records.StageRecord is StageRecord)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "True", "True"]
