"""The forecast's weighted value keeps the reporting currency's minor unit, rounded half away from zero.

Found by the oracle (tests/oracle): with yen as the reporting currency the weighted value
showed 0.52 JPY, and in every currency it was rounded to cents, halves to even.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import update

from funneldesk.analytics.forecast import forecast
from funneldesk.services import history, rates
from funneldesk.storage.database import Database
from funneldesk.storage.models import Stage
from tests.analytics.builders import add_lead, add_pipeline, add_user

# add_pipeline gives position x 10 %: Proposal wins 10 % of the time.
STAGES = (("New", "open"), ("Proposal", "open"), ("Won", "won"), ("Lost", "lost"))
DAY = datetime(2024, 3, 1, 9, 0)


@pytest.fixture
def db(db_target: str) -> Iterator[Database]:
    database = Database(db_target)
    yield database
    database.close()


@pytest.mark.parametrize(
    ("base", "value_minor", "weighted"),
    [
        ("JPY", 5, Decimal("1")),  # 0.5 yen -> 1 yen, not 0.50
        ("JPY", 52, Decimal("5")),  # 5.2 yen -> 5 yen, not 5.20
        ("KWD", 1235, Decimal("0.124")),  # 123.5 fils -> 124 fils, not 0.12 KWD
        ("USD", 1005, Decimal("1.01")),  # 100.5 cents -> 101, not 1.00 (half to even)
    ],
)
def test_weighted_value_is_in_whole_minor_units_of_the_reporting_currency(
    db: Database, base: str, value_minor: int, weighted: Decimal
) -> None:
    with db.write() as s:
        owner = add_user(s, "Olga Owner", "owner")
        stages = add_pipeline(s, "Sales", STAGES)
    rates.set_base(db, owner, base)
    with db.write() as s:
        path = [("New", DAY), ("Proposal", DAY)]
        add_lead(s, stages, path, owner.id, value_minor=value_minor, currency=base)
    [row] = forecast(db, owner)
    assert row.weighted_value == weighted
    assert str(row.weighted_value) == str(weighted)  # as many digits as the currency has


def test_a_million_dollar_deal_at_a_sure_stage_is_written_and_forecast(db: Database) -> None:
    """value x probability passes 2^31 (PostgreSQL's INTEGER) from 214,748.37 at 100 %."""
    with db.write() as s:
        owner = add_user(s, "Olga Owner", "owner")
        stages = add_pipeline(s, "Sales", STAGES)
        s.execute(update(Stage).where(Stage.id == stages["Proposal"]).values(probability=100))
        path = [("New", DAY), ("Proposal", DAY)]
        lead = add_lead(
            s, stages, path, owner.id, value_minor=1_000_000_00, hook=False, expected_close=date(2024, 4, 15)
        )
        history.after_leads_changed(s, [lead])  # as an import does: the manager's desk too
    [row] = forecast(db, owner)
    assert (row.value, row.weighted_value) == (Decimal("1000000.00"), Decimal("1000000.00"))
