"""A converted amount that is exactly half a minor unit rounds away from zero, on every engine.

Found by probing the oracle's half-making rates: SQLite converted in doubles, and
amount x rate_e12 x 100 passes 2^53 for ordinary deals, so an exact half (347,224.865) came
out a hair below it and rounded down (.86). It now divides in exact integers
(storage.engine.product_rounded); PostgreSQL converts in NUMERIC.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from funneldesk.analytics.scope import ReportFilter
from funneldesk.analytics.tables import managers
from funneldesk.services import rates
from funneldesk.storage.database import Database
from tests.analytics.builders import add_lead, add_pipeline, add_user

# (EUR minor units, rate, USD the README's rule gives): each is an exact half of a cent.
HALVES = [
    (30842500, "1.1258", Decimal("347224.87")),  # 308,425.00 x 1.1258 = 347,224.865
    (92464700, "0.555", Decimal("513179.09")),  # 924,647.00 x 0.555 = 513,179.085
]


@pytest.mark.parametrize(("minor", "rate", "usd"), HALVES)
def test_an_exact_half_cent_rounds_up(db: Database, minor: int, rate: str, usd: Decimal) -> None:
    with db.write() as s:
        owner = add_user(s, "Olga", "owner")
        stages = add_pipeline(s, "Sales", (("New", "open"), ("Won", "won")))
        path = [("New", datetime(2024, 3, 1, 9)), ("Won", datetime(2024, 3, 5, 9))]
        add_lead(s, stages, path, owner.id, value_minor=minor, closed=True, currency="EUR")
    rates.set_base(db, owner, "USD")
    rates.set_rate(db, owner, "EUR", rate, on=date(2024, 1, 1))
    (row,) = managers(db, owner, ReportFilter())
    assert row.won_value == usd
