"""Start-up costs of a scripted report: minor digits without the iso4217 import; lazy records."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

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


PROBE = (
    "import sys\n"
    "sys.argv = ['funneldesk', *sys.argv[1:]]\n"
    "from funneldesk.__main__ import main\n"
    "status = main()\n"
    "sys.stdout.flush()\n"
    "print('LOADED', 'iso4217' in sys.modules, 'funneldesk.domain.lead_records' in sys.modules,"
    " status, file=sys.stderr)\n"
)


def test_the_manager_report_shows_money_without_the_heavy_modules(tmp_path: Path) -> None:
    """`report managers` prints won values in dollars, yet loads neither iso4217 nor the lead records."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path), "FUNNELDESK_DB": ""}
    db = str(tmp_path / "demo.db")
    demo = [sys.executable, "-m", "funneldesk", "--db", db, "demo", "--leads", "200", "--seed", "3",
            "--today", "2026-09-01"]
    subprocess.run(demo, capture_output=True, text=True, env=env, timeout=600, check=True)
    done = subprocess.run([sys.executable, "-c", PROBE, "--db", db, "report", "managers", "--format", "json"],
                          capture_output=True, text=True, env=env, timeout=180, check=False)
    report = json.loads(done.stdout)
    won = [row["won_value"] for row in report["rows"] if row["won"]]
    assert won and all(Decimal(str(v)) > 0 for v in won)
    assert "LOADED False False 0" in done.stderr
