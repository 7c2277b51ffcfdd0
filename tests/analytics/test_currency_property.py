"""Property: the won total is exactly the sum of each deal at the rate in force on its won day,
and the money with no rate is exactly what is listed apart, whatever the deals and rates."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from itertools import count

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete

from funneldesk.analytics.scope import ReportFilter
from funneldesk.analytics.tables import managers
from funneldesk.domain.money import from_minor, minor_digits
from funneldesk.services import rates
from funneldesk.storage.database import Database
from funneldesk.storage.models import ExchangeRate
from tests.analytics.builders import add_lead, add_pipeline, add_user

RUN = count()
CURRENCIES = ("USD", "EUR", "JPY", "KWD")
START = date(2024, 1, 1)
days = st.integers(min_value=0, max_value=60)
deals = st.lists(
    st.tuples(st.sampled_from(CURRENCIES), st.integers(min_value=0, max_value=10**9), days), max_size=12
)
rate_values = st.decimals(min_value=Decimal("0.000001"), max_value=Decimal(5000), places=6)
rate_lists = st.lists(st.tuples(st.sampled_from(CURRENCIES[1:]), rate_values, days), max_size=8)


Deal = tuple[str, int, int]  # currency, minor units, won day (days after START)
Given = tuple[str, Decimal, int]  # currency, rate, first day


def reference(won: list[Deal], given_rates: list[Given]) -> tuple[Decimal, dict[str, Decimal]]:
    """The README's rule in plain Python: each deal at the latest rate on or before its won day."""
    latest: dict[tuple[str, int], Decimal] = {}
    for currency, rate, day in given_rates:  # a later set for the same day replaces the earlier
        latest[(currency, day)] = rate.quantize(Decimal("1e-12"))
    total, apart = Decimal(0), Counter[str]()
    for currency, minor, day in won:
        amount = from_minor(minor, currency)
        if currency == "USD":
            total += amount
            continue
        known = [(d, r) for (c, d), r in latest.items() if c == currency and d <= day]
        if not known:
            apart[currency] += amount
            continue
        rate = max(known)[1]
        total += (amount * rate).quantize(Decimal("0.01"), ROUND_HALF_UP)
    return total, {c: v for c, v in apart.items() if v}


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(won=deals, given_rates=rate_lists, rates_first=st.booleans())
def test_won_total_is_each_deal_at_its_rate_and_the_rest_apart(
    db: Database, won: list[Deal], given_rates: list[Given], rates_first: bool
) -> None:
    # Each example: a pipeline of its own (history is append-only) and no rates yet.
    name = f"P{next(RUN)}"
    with db.write() as s:
        s.execute(delete(ExchangeRate))
        owner = add_user(s, f"Owner {name}", "owner")
        stages = add_pipeline(s, name, (("New", "open"), ("Won", "won")))
    rates.set_base(db, owner, "USD")

    def put_rates() -> None:
        for currency, rate, day in given_rates:
            rates.set_rate(db, owner, currency, rate, on=START + timedelta(days=day))

    def put_deals() -> None:
        with db.write() as s:
            for currency, minor, day in won:
                at = datetime.combine(START + timedelta(days=day), datetime.min.time()) + timedelta(hours=10)
                path = [("New", at - timedelta(days=1)), ("Won", at)]
                add_lead(s, stages, path, owner.id, value_minor=minor, closed=True, currency=currency)

    for step in (put_rates, put_deals) if rates_first else (put_deals, put_rates):
        step()
    rows = [r for r in managers(db, owner, ReportFilter(pipeline=name)) if r.won]
    total = sum((r.won_value for r in rows), Decimal(0))
    apart: Counter[str] = Counter()
    for r in rows:
        apart.update(r.unconverted)
    expected_total, expected_apart = reference(won, given_rates)
    assert total == expected_total
    assert dict(apart) == expected_apart
    assert [minor_digits(c) for c in CURRENCIES] == [2, 2, 0, 3]  # the mix exercises every scale
