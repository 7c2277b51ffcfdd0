"""``report periods --format json``: a period's won money with no rate is named in its row."""

from __future__ import annotations

import io
import json
from contextlib import redirect_stdout
from datetime import date, datetime

import funneldesk.cli.main as cli_main
from funneldesk.services import rates
from funneldesk.storage.database import Database
from tests.analytics.builders import add_lead, add_pipeline, add_user


def periods_json(target: str) -> dict[str, object]:
    """Run ``report periods --format json`` in process; return its document."""
    out = io.StringIO()
    with redirect_stdout(out):
        argv = ["--db", target, "--as", "olga", "report", "periods", "--by", "month", "--format", "json"]
        assert cli_main.run_command(cli_main.parse(argv)) == 0
    return json.loads(out.getvalue())


def test_a_won_deal_without_a_rate_is_listed_in_its_period_row(db: Database, db_target: str) -> None:
    with db.write() as s:
        owner = add_user(s, "Olga", "owner")
        stages = add_pipeline(s, "Sales", (("New", "open"), ("Won", "won")))
        for currency, minor, day in (("USD", 500_00, 5), ("USD", 100_00, 6), ("EUR", 1000_00, 10)):
            path = [("New", datetime(2024, 3, 1, 9)), ("Won", datetime(2024, 3, day, 9))]
            add_lead(s, stages, path, owner.id, value_minor=minor, closed=True, currency=currency)
    rates.set_base(db, owner, "USD")
    (march,) = periods_json(db_target)["rows"]  # type: ignore[misc]
    # The EUR deal is not in the USD total and, before this fix, was in no JSON key at all.
    assert march["closed_won"] == 3 and march["closed_won_value"] == 600.0
    assert march["unconverted"] == {"EUR": 1000.0}
    rates.set_rate(db, owner, "EUR", "1.1", on=date(2024, 3, 10))
    (march,) = periods_json(db_target)["rows"]  # type: ignore[misc]
    assert march["closed_won_value"] == 1700.0 and march["unconverted"] == {}
