"""Money in several currencies: nothing unlike is added; a rate converts exactly; rates by day; ECB import."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from pathlib import Path

import pytest

from funneldesk.analytics import dashboard as dash
from funneldesk.analytics.discounts import discounts
from funneldesk.analytics.forecast import forecast
from funneldesk.analytics.periods import periods
from funneldesk.analytics.tables import channels, managers
from funneldesk.analytics.whatif import what_if
from funneldesk.domain.errors import InvalidInput, PermissionDenied
from funneldesk.domain.money import check_currency, minor_digits
from funneldesk.domain.records import UserRecord
from funneldesk.services import catalog, rates
from funneldesk.storage.database import Database
from tests.analytics.builders import add_lead, add_pipeline, add_user

STAGES = (("New", "open"), ("Proposal", "open"), ("Won", "won"), ("Lost", "lost"))
WON_DAY = datetime(2024, 3, 15, 10, 0)
CENT = Decimal("0.01")

# As the ECB publishes it: a trailing comma, N/A, and currencies ISO 4217 has since retired.
ECB = """Date,USD,JPY,BGN,CYP,GBP,CHF,
2024-03-15,1.0887,162.3,1.9558,N/A,0.85503,N/A,
2024-03-14,1.0925,161.58,1.9558,N/A,0.8548,0.9634,
"""


@dataclass
class Shop:
    """A USD company: one owner, one manager, one employee, a pipeline."""

    db: Database
    owner: UserRecord
    boss: UserRecord
    rep: UserRecord
    stages: dict[str, int]


@pytest.fixture
def shop(db_target: str) -> Iterator[Shop]:
    db = Database(db_target)
    with db.write() as s:
        owner = add_user(s, "Olga Owner", "owner")
        boss = add_user(s, "Mia Manager", "manager")
        rep = add_user(s, "Eli Employee", "employee", boss.id)
        stages = add_pipeline(s, "Sales", STAGES)
        for i in range(3):  # 2,270,000.00 USD won, the company's money
            value = (1_000_000_00, 1_000_000_00, 270_000_00)[i]
            path = [("New", WON_DAY - timedelta(days=30)), ("Won", WON_DAY)]
            add_lead(s, stages, path, boss.id, value_minor=value, closed=True, currency="USD")
    yield Shop(db, owner, boss, rep, stages)
    db.close()


def won_total(shop: Shop) -> tuple[Decimal, dict[str, Decimal]]:
    rows = managers(shop.db, shop.owner)
    total = sum((r.won_value for r in rows), Decimal(0))
    left: dict[str, Decimal] = {}
    for r in rows:
        for cur, amount in r.unconverted.items():
            left[cur] = left.get(cur, Decimal(0)) + amount
    return total, left


def add_won(shop: Shop, amount_minor: int, currency: str, day: datetime = WON_DAY) -> int:
    with shop.db.write() as s:
        path = [("New", day - timedelta(days=10)), ("Won", day)]
        owner = shop.boss.id
        return add_lead(s, shop.stages, path, owner, value_minor=amount_minor, closed=True, currency=currency)


def test_a_won_eur_deal_leaves_the_usd_total_alone_until_a_rate_exists(shop: Shop) -> None:
    assert rates.base_currency(shop.db) == "USD"
    add_won(shop, 1_000_00, "EUR")
    total, left = won_total(shop)
    assert total == Decimal("2270000.00")  # not 2,271,000: euros are not dollars
    assert left == {"EUR": Decimal("1000.00")}
    rates.set_rate(shop.db, shop.owner, "EUR", "1.0823", on=date(2024, 1, 1))
    total, left = won_total(shop)
    assert total == Decimal("2270000.00") + Decimal("1082.30") and left == {}


def test_the_rate_in_force_on_the_won_day_converts_and_later_rates_do_not(shop: Shop) -> None:
    rates.set_rate(shop.db, shop.owner, "EUR", "1.10", on=date(2024, 1, 1))
    rates.set_rate(shop.db, shop.owner, "EUR", "1.20", on=date(2024, 3, 16))  # the day after the win
    add_won(shop, 333_33, "EUR")
    expected = (Decimal("333.33") * Decimal("1.10")).quantize(CENT, ROUND_HALF_UP)
    assert won_total(shop)[0] == Decimal("2270000.00") + expected
    rates.set_rate(shop.db, shop.owner, "EUR", "1.15", on=date(2024, 3, 15))  # the won day itself
    assert won_total(shop)[0] == Decimal("2270000.00") + Decimal("383.33")  # 383.3295 rounded
    assert rates.rate_in_force(shop.db, "EUR", date(2024, 3, 14)) == Decimal("1.1")
    assert rates.rate_in_force(shop.db, "EUR", date(2024, 3, 15)) == Decimal("1.15")
    assert rates.rate_in_force(shop.db, "EUR", date(2023, 12, 31)) is None
    assert rates.rate_in_force(shop.db, "USD") == 1


def test_a_deal_won_before_the_first_rate_stays_apart(shop: Shop) -> None:
    rates.set_rate(shop.db, shop.owner, "EUR", "1.10", on=date(2024, 6, 1))
    add_won(shop, 500_00, "EUR")
    total, left = won_total(shop)
    assert total == Decimal("2270000.00") and left == {"EUR": Decimal("500.00")}


def test_minor_units_follow_iso_4217_when_converting_yen(shop: Shop) -> None:
    assert minor_digits("JPY") == 0 and minor_digits("KWD") == 3
    rates.set_rate(shop.db, shop.owner, "JPY", "0.0067", on=date(2024, 1, 1))
    add_won(shop, 150_000, "JPY")  # 150,000 yen (no minor unit) = 1,005.00 USD
    assert won_total(shop)[0] == Decimal("2271005.00")
    with shop.db.write() as s:  # open pipeline in yen, at today's rate
        add_lead(s, shop.stages, [("New", WON_DAY)], shop.boss.id, value_minor=30_000, currency="JPY")
    assert [r.value for r in forecast(shop.db, shop.owner)] == [Decimal("201.00")]


def test_periods_forecast_and_what_if_leave_unconverted_money_out(shop: Shop) -> None:
    add_won(shop, 1_000_00, "EUR")
    march = next(p for p in periods(shop.db, shop.owner, by="month") if p.period == "2024-03")
    assert march.won_value == Decimal("2270000.00") and march.unconverted == {"EUR": Decimal("1000.00")}
    with shop.db.write() as s:  # an open EUR deal: open pipeline converts at today's rate
        add_lead(s, shop.stages, [("New", WON_DAY)], shop.boss.id, value_minor=200_00, currency="EUR")
    rows = forecast(shop.db, shop.owner)
    assert sum(r.value for r in rows) == 0 and rows[0].unconverted == {"EUR": Decimal("200.00")}
    rates.set_rate(shop.db, shop.owner, "EUR", "1.5", on=date.today())
    assert sum(r.value for r in forecast(shop.db, shop.owner)) == Decimal("300.00")
    march = next(p for p in periods(shop.db, shop.owner, by="month") if p.period == "2024-03")
    assert march.won_value == Decimal("2270000.00") and march.unconverted == {"EUR": Decimal("1000.00")}
    # the average won value is over the deals that have a value in USD
    assert what_if(shop.db, shop.owner).won_value_now > 0
    board = dash.dashboard(shop.db, shop.owner)
    assert board.whatif.avg_won_value == Fraction(2_270_000, 3)  # 3 USD deals; the EUR one has no rate


def test_channel_spend_in_another_currency_is_converted_by_its_month(shop: Shop) -> None:
    cid = catalog.add_name(shop.db, shop.owner, "channel", "Ads")
    with shop.db.write() as s:
        path = [("New", WON_DAY - timedelta(days=3)), ("Won", WON_DAY)]
        add_lead(s, shop.stages, path, shop.boss.id, value_minor=100_00, closed=True, channel_id=cid)
    catalog.set_spend(shop.db, shop.owner, cid, date(2024, 3, 1), "50", "EUR")
    row = next(r for r in channels(shop.db, shop.owner) if r.key == cid)
    assert row.spend == 0 and row.unconverted_spend == {"EUR": Decimal("50.00")}
    rates.set_rate(shop.db, shop.owner, "EUR", "2", on=date(2024, 1, 1))
    row = next(r for r in channels(shop.db, shop.owner) if r.key == cid)
    assert row.spend == Decimal("100.00") and row.roi == 0 and row.unconverted_spend == {}


def test_only_the_owner_changes_rates_or_the_reporting_currency(shop: Shop) -> None:
    for who in (shop.boss, shop.rep):
        with pytest.raises(PermissionDenied):
            rates.set_rate(shop.db, who, "EUR", "1.1")
        with pytest.raises(PermissionDenied):
            rates.set_base(shop.db, who, "EUR")
        with pytest.raises(PermissionDenied):
            rates.import_text(shop.db, who, ECB)
    assert rates.list_rates(shop.db) == [] and rates.base_currency(shop.db) == "USD"


def test_codes_are_checked_against_iso_4217_and_rates_must_be_positive(shop: Shop) -> None:
    assert check_currency(" eur") == "EUR"
    for bad in ("XYZ", "EU", "", "EURO"):
        with pytest.raises(InvalidInput):
            check_currency(bad)
    for rate in ("0", "-1", "abc", "NaN"):
        with pytest.raises(InvalidInput):
            rates.set_rate(shop.db, shop.owner, "EUR", rate)
    with pytest.raises(InvalidInput, match="reporting currency"):
        rates.set_rate(shop.db, shop.owner, "USD", "1")


def test_the_ecb_file_imports_as_it_is_with_cross_rates_into_usd(shop: Shop) -> None:
    done = rates.import_text(shop.db, shop.owner, ECB)
    assert done.added == 7 and done.changed == 0  # EUR, JPY, GBP on two days, CHF on one
    assert done.currencies == ("CHF", "EUR", "GBP", "JPY")  # BGN and CYP are no ISO currency now
    got = {(r.currency, r.valid_from): r.rate for r in rates.list_rates(shop.db)}
    day = date(2024, 3, 15)
    assert got[("EUR", day)] == Decimal("1.0887")
    assert got[("JPY", day)] == (Decimal("1.0887") / Decimal("162.3")).quantize(Decimal("1e-12"))
    assert ("CYP", day) not in got and ("USD", day) not in got
    add_won(shop, 1_000_00, "GBP")  # 1000 GBP = 1000 x 1.0887 / 0.85503 USD
    expected = (Decimal(1000) * Decimal("1.0887") / Decimal("0.85503")).quantize(CENT, ROUND_HALF_UP)
    assert won_total(shop)[0] == Decimal("2270000.00") + expected
    again = rates.import_text(shop.db, shop.owner, ECB)
    assert (again.added, again.changed) == (0, 0)


def test_the_ecb_file_into_eur_inverts_and_a_long_file_imports(shop: Shop, tmp_path: Path) -> None:
    rates.set_base(shop.db, shop.owner, "EUR")
    rates.import_text(shop.db, shop.owner, ECB)
    assert rates.rate_in_force(shop.db, "USD", date(2024, 3, 15)) == (1 / Decimal("1.0887")).quantize(
        Decimal("1e-12")
    )
    path = tmp_path / "rates.csv"
    path.write_text("date,currency,rate\n2024-01-01,chf,1.02\n2024-02-01,CHF,1.05\n", encoding="utf-8")
    done = rates.import_rates(shop.db, shop.owner, path)
    assert done.added == 2 and done.currencies == ("CHF",)
    assert rates.rate_in_force(shop.db, "CHF", date(2024, 1, 31)) == Decimal("1.02")
    path.write_text("date,currency,rate\n2024-01-01,XXY,1.02\n", encoding="utf-8")
    with pytest.raises(InvalidInput, match="line 2"):
        rates.import_rates(shop.db, shop.owner, path)


def test_changing_the_reporting_currency_crosses_the_rates_and_reconverts(shop: Shop) -> None:
    rates.set_rate(shop.db, shop.owner, "EUR", "1.25", on=date(2024, 1, 1))
    rates.set_base(shop.db, shop.owner, "EUR")
    assert rates.rate_in_force(shop.db, "USD", date(2024, 3, 15)) == Decimal("0.8")
    total, left = won_total(shop)
    assert total == Decimal("1816000.00") and left == {}  # 2,270,000 USD x 0.8
    rates.set_base(shop.db, shop.owner, "USD")  # the USD-quoted rates are still there
    assert won_total(shop)[0] == Decimal("2270000.00")


def test_a_yen_reporting_currency_shows_whole_yen_everywhere(shop: Shop) -> None:
    rates.set_rate(shop.db, shop.owner, "JPY", "0.0064", on=date(2024, 1, 1))
    rates.set_base(shop.db, shop.owner, "JPY")  # 1 USD = 156.25 JPY, crossed from the USD rate
    add_won(shop, 1_000, "JPY")
    expected = Decimal(2_270_000) * Decimal("156.25") + 1_000
    assert won_total(shop)[0] == expected
    march = next(p for p in periods(shop.db, shop.owner, by="month") if p.period == "2024-03")
    assert march.won_value == expected


def test_the_default_reporting_currency_is_fixed_once_and_does_not_drift(db_target: str) -> None:
    db = Database(db_target)
    with db.write() as s:  # as after an upgrade: leads, and no reporting currency stored yet
        owner = add_user(s, "Olga Owner", "owner")
        stages = add_pipeline(s, "Sales", STAGES)
        for currency in ("EUR", "EUR", "USD"):
            add_lead(s, stages, [("New", WON_DAY)], owner.id, hook=False, currency=currency)
    assert rates.base_currency(db) == "EUR"  # the currency most leads use
    assert rates.ensure_base(db) == "EUR"
    with db.write() as s:
        for _ in range(3):
            add_lead(s, stages, [("New", WON_DAY)], owner.id, currency="USD")
    assert rates.base_currency(db) == "EUR"  # stored: USD leads arriving later do not switch it
    rates.set_base(db, owner, "USD")
    assert rates.base_currency(db) == "USD"
    db.close()


def test_the_ecb_daily_file_imports_too(shop: Shop) -> None:
    daily = "Date, USD, JPY, CHF, \n04 December 2026, 1.0823, 162.30, 0.9401, \n"
    done = rates.import_text(shop.db, shop.owner, daily)
    assert (done.added, done.currencies) == (3, ("CHF", "EUR", "JPY"))
    assert rates.rate_in_force(shop.db, "EUR", date(2026, 12, 4)) == Decimal("1.0823")



def test_discounts_average_won_values_in_the_reporting_currency(shop: Shop) -> None:
    """A discounted deal in euros and one in yen count at the won day's rate, not as dollars."""
    rates.set_rate(shop.db, shop.owner, "EUR", "1.10", on=date(2024, 1, 1))
    rates.set_rate(shop.db, shop.owner, "JPY", "0.0067", on=date(2024, 1, 1))
    with shop.db.write() as s:
        path = [("New", WON_DAY - timedelta(days=10)), ("Won", WON_DAY)]
        for minor, currency in ((1_000_00, "EUR"), (150_000, "JPY")):  # 1,100.00 and 1,005.00 USD
            add_lead(s, shop.stages, path, shop.boss.id, value_minor=minor, closed=True,
                     currency=currency, discount_bp=2000)
        # Won before any GBP rate exists: out of the average, still a won discounted deal.
        add_lead(s, shop.stages, path, shop.boss.id, value_minor=9_999_00, closed=True,
                 currency="GBP", discount_bp=2000)
    rows, everyone, _ = discounts(shop.db, shop.owner)
    (boss,) = rows
    assert boss.discounted_win_rate.hits == 3
    assert boss.discounted_avg_won_value == Decimal("1052.50")  # (1,100 + 1,005) / 2
    assert boss.full_price_avg_won_value == Decimal("756666.67")  # 2,270,000 / 3, all USD
    assert boss.currency == everyone.currency == "USD"
