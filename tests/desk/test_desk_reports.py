"""``report compliance|discounts|accuracy|whatif``: counts a manager can trust, by role."""

from __future__ import annotations

import csv
import json
from collections import defaultdict
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

import funneldesk.cli.main as cli_main
from funneldesk.analytics.accuracy import accuracy
from funneldesk.analytics.compliance import compliance
from funneldesk.analytics.scope import ReportFilter
from funneldesk.domain.enums import IMPORTED_PAST_GATE
from funneldesk.domain.errors import GateRefused
from funneldesk.services import activities, engagement, leads, moves, pipelines, rates, users
from funneldesk.services.lead_rows import load_lead
from funneldesk.spreadsheets.export_accountant import export_accountant
from funneldesk.storage.database import Database
from funneldesk.storage.models import GateRefusal
from tests.analytics import builders, maven
from tests.core.helpers import criterion_id, make_team
from tests.query_plans import plan_of, statements_of


def run(db: str, *argv: str) -> int:
    """Run funneldesk with these arguments; return the exit status."""
    try:
        return cli_main.run_command(cli_main.parse(["--db", db, *argv]))
    except SystemExit as exc:
        return int(exc.code or 0)


def report(db: str, capsys: pytest.CaptureFixture[str], *argv: str) -> dict:
    """Return the JSON document of a report run."""
    capsys.readouterr()
    code = run(db, *argv, "--format", "json")
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)


def by_login(doc: dict) -> dict[str | None, dict]:
    """Return the report's rows keyed by login."""
    return {r["login"]: r for r in doc["rows"]}


COMPLIANCE_KEYS = {
    "owner", "login", "leads", "overrides", "skipped_stages", "imported_past_gate", "refused_moves",
    "missing_data", "overdue_activities", "no_next_action", "median_first_contact_days",
}  # fmt: skip


def test_two_overrides_raise_exactly_that_owners_count(
    db_target: str, capsys: pytest.CaptureFixture[str]
) -> None:
    db = Database(db_target)
    team = make_team(db)
    mine = [leads.create_lead(db, team.employee, {"title": f"Deal {i}"}) for i in range(3)]
    theirs = leads.create_lead(db, team.other_employee, {"title": "Other"})
    db.close()
    before = by_login(report(db_target, capsys, "report", "compliance"))
    assert set(before["eli"]) == COMPLIANCE_KEYS
    db = Database(db_target)
    stages = [s for s in team.pipeline.stages if s.kind == "open"]
    moves.move_lead(db, team.owner, mine[0].id, stages[1].id, override="client called us")
    moves.move_lead(
        db, team.owner, mine[1].id, stages[3].id, override="known client"
    )  # one override, 3 stages
    db.close()
    after = by_login(report(db_target, capsys, "report", "compliance"))
    assert after["eli"]["overrides"] == before["eli"]["overrides"] + 2
    assert after["ola"]["overrides"] == before["ola"]["overrides"] == 0
    capsys.readouterr()
    assert run(db_target, "report", "compliance", "--show", "overrides", "--owner", "eli") == 0
    assert capsys.readouterr().out.split() == [str(mine[0].id), str(mine[1].id)]
    assert theirs.id not in (mine[0].id, mine[1].id)


def test_refused_moves_are_recorded_and_counted(db_target: str, capsys: pytest.CaptureFixture[str]) -> None:
    db = Database(db_target)
    team = make_team(db)
    lead = leads.create_lead(db, team.employee, {"title": "No phone"})
    target = team.pipeline.stages[1].id
    with pytest.raises(GateRefused):
        moves.move_lead(db, team.employee, lead.id, target)
    with db.read() as session:
        rows = session.execute(
            select(GateRefusal.lead_id, GateRefusal.user_id, GateRefusal.to_stage_id)
        ).all()
    assert [tuple(r) for r in rows] == [(lead.id, team.employee.id, target)]
    db.close()
    assert run(db_target, "--as", "eli", "move", str(lead.id), str(target)) == 3
    doc = report(db_target, capsys, "--as", "eli", "report", "compliance")
    assert [(r["login"], r["refused_moves"]) for r in doc["rows"]] == [
        ("eli", 2)
    ]  # an employee sees only self
    assert run(db_target, "--as", "eli", "report", "compliance", "--owner", "ola") == 4


def test_skips_imports_overdue_and_idle_leads(db: Database) -> None:
    team = make_team(db)
    stages = {s.name: s for s in team.pipeline.stages}
    lead = leads.create_lead(db, team.employee, {"title": "Jumper"})
    # Commercial offer -> Agreement on terms passes the optional Presentation: one skipped stage.
    moves.move_lead(db, team.owner, lead.id, stages["Commercial offer"].id, override="test")
    moves.move_lead(db, team.owner, lead.id, stages["Agreement on terms"].id, override="test")
    imported = leads.create_lead(db, team.employee, {"title": "Imported"})
    with db.write() as session:
        row = load_lead(session, team.owner, imported.id, lock=True)
        path = (stages["Client qualification"],)
        moves.apply_path(
            session, team.owner, row, stages["Primary contact"], path, "import", IMPORTED_PAST_GATE
        )
        from funneldesk.services import history

        history.after_leads_changed(session, [imported.id])
    activities.schedule(db, team.employee, imported.id, "call", datetime.now() - timedelta(days=2))
    (eli,) = [r for r in compliance(db, team.employee)]
    assert (eli.skipped_stages, eli.imported_past_gate, eli.overdue_activities) == (1, 1, 1)
    assert eli.no_next_action == 1  # the jumper: no date, no open activity (the imported one has a call)
    assert eli.overrides == 2


def test_missing_data_in_sql_agrees_with_the_gate(db: Database) -> None:
    team = make_team(db)
    stages = {s.name: s for s in team.pipeline.stages}
    made = []
    for i, fields in enumerate(
        [{}, {"phone": "+1 555 0100"}, {"category": "Retail"}, {"value": "10"}, {"value": "0"},
         {"discount": "20"}, {"discount": "10"}, {"value": "5", "discount": "40"}]
    ):  # fmt: skip
        lead = leads.create_lead(db, team.employee, {"title": f"L{i}", **fields})
        made.append(lead.id)
    targets = ["Primary contact", "Primary contact", "Client qualification", "Commercial offer",
               "Commercial offer", "Agreement on terms", "Agreement on terms", "Presentation"]  # fmt: skip
    for lead_id, name in zip(made, targets, strict=True):
        if name != "Primary contact":
            moves.move_lead(db, team.owner, lead_id, stages[name].id, override="setup")
    moves.set_tick(db, team.owner, made[3], criterion_id(team.pipeline, "Commercial offer", "Offer sent"))
    engagement.log_activity(db, team.employee, made[7], "meeting", "held", done=True)
    later = datetime.now() + timedelta(days=60)  # everyone is past every rotting limit
    expected = sum(
        1 for lead_id in made if any(not s.met for s in moves.gate_status(db, team.owner, lead_id))
    )
    (eli,) = compliance(db, team.employee, now=later)
    assert eli.missing_data == expected
    assert 0 < expected < len(made)
    (fresh,) = compliance(db, team.employee)
    assert fresh.missing_data == 0  # nobody has sat long enough yet


def test_a_value_criterion_in_sql_reads_each_currency_as_the_gate_does(db: Database) -> None:
    """Yen have no minor unit and dinars three: "value above 500" means 500 of the lead's currency."""
    owner = users.ensure_owner(db)
    gate = {"kind": "field", "field": "value", "operator": "gt", "operand": "500", "label": "value"}
    pipelines.create(db, owner, "Abroad", [{"name": "Offer", "rotting_days": 1, "criteria": [gate]},
                                           {"name": "Won", "kind": "won"}])  # fmt: skip
    made = [("600", "JPY"), ("400", "JPY"), ("600.000", "KWD"), ("0.600", "KWD"), ("600", "USD")]
    ids = [leads.create_lead(db, owner, {"title": v + c, "value": v, "currency": c}, pipeline="Abroad").id
           for v, c in made]
    unmet = {i for i in ids if any(not s.met for s in moves.gate_status(db, owner, i))}
    assert len(unmet) == 2  # 400 yen and 0.6 dinar: the gate's own reading
    (row,) = compliance(db, owner, ReportFilter(pipeline="Abroad"), now=datetime.now() + timedelta(days=3))
    assert row.missing_data == len(unmet)  # old SQL: 6.0 (600 yen) and 600 (0.6 dinar) -> 3 and 1 off


def test_forty_percent_discount_raises_above_threshold_by_one(
    db_target: str, capsys: pytest.CaptureFixture[str]
) -> None:
    db = Database(db_target)
    team = make_team(db)
    leads.create_lead(db, team.employee, {"title": "Small", "value": "1000", "discount": "5"})
    leads.create_lead(db, team.other_employee, {"title": "Other", "value": "1000", "discount": "10"})
    db.close()
    before = by_login(report(db_target, capsys, "report", "discounts"))
    db = Database(db_target)
    leads.create_lead(db, team.employee, {"title": "Big", "value": "1000", "discount": "40"})
    db.close()
    doc = report(db_target, capsys, "report", "discounts")
    after = by_login(doc)
    assert after["eli"]["above_threshold"] == before["eli"]["above_threshold"] + 1 == 1
    assert after["ola"]["above_threshold"] == 0
    assert (after["eli"]["deals"], after["eli"]["discounted"], after["eli"]["max_discount"]) == (2, 2, 0.4)
    assert after["eli"]["avg_discount"] == pytest.approx(0.225)
    assert after["eli"]["furthest_above_team"] and not after["ola"]["furthest_above_team"]
    assert doc["total"]["threshold"] == 15
    for key in ("discounted_win_rate", "full_price_win_rate"):
        assert {f"{key}_n", f"{key}_ci_low", f"{key}_ci_high"} <= set(after["eli"])
    assert (
        by_login(report(db_target, capsys, "report", "discounts", "--threshold", "50"))["eli"][
            "above_threshold"
        ]
        == 0
    )
    assert [r["login"] for r in report(db_target, capsys, "--as", "eli", "report", "discounts")["rows"]] == [
        "eli"
    ]


def test_discounted_deals_win_rate_and_won_value(db: Database) -> None:
    from funneldesk.analytics.discounts import discounts

    team = make_team(db)
    won = next(s for s in team.pipeline.stages if s.kind == "won")
    for value, discount, win in [("1000", "20", True), ("3000", "20", False), ("500", "0", True),
                                 ("700", "0", False), ("900", "0", False)]:  # fmt: skip
        lead = leads.create_lead(db, team.employee, {"title": "D", "value": value, "discount": discount})
        if win:
            moves.move_lead(db, team.owner, lead.id, won.id, override="test")
        else:
            moves.mark_lost(db, team.owner, lead.id, "Price")
    rows, _, _ = discounts(db, team.owner)
    (eli,) = rows
    assert (eli.discounted_win_rate.hits, eli.discounted_win_rate.n) == (1, 2)
    assert (eli.full_price_win_rate.hits, eli.full_price_win_rate.n) == (1, 3)
    assert eli.discounted_avg_won_value == Decimal("1000.00") and eli.full_price_avg_won_value == Decimal(
        "500.00"
    )


def test_forecast_is_rebuilt_from_the_history_at_each_month_start(
    db_target: str, capsys: pytest.CaptureFixture[str]
) -> None:
    db = Database(db_target)
    owner = users.ensure_owner(db)
    d = datetime
    with db.write() as session:
        stages = builders.add_pipeline(session, "Acc", [("New", "open"), ("Offer", "open"), ("Won", "won"),
                                                        ("Lost", "lost")])  # fmt: skip
        # In Offer (10 %) on 1 February, won on 10 February: forecast 100.00 (not today's 20 %), actual 1000.
        builders.add_lead(
            session,
            stages,
            [("New", d(2024, 1, 5)), ("Offer", d(2024, 1, 20)), ("Won", d(2024, 2, 10))],
            owner.id,
            value_minor=100_000,
            closed=True,
            expected_close=d(2024, 2, 15).date(),
        )
        # Created after 1 February: not in February's forecast, but its win counts.
        builders.add_lead(
            session,
            stages,
            [("New", d(2024, 2, 3)), ("Won", d(2024, 2, 20))],
            owner.id,
            value_minor=50_000,
            closed=True,
            expected_close=d(2024, 2, 25).date(),
        )
        # Lost before February: not forecast for February.
        builders.add_lead(
            session,
            stages,
            [("New", d(2024, 1, 3)), ("Lost", d(2024, 1, 25))],
            owner.id,
            value_minor=70_000,
            closed=True,
            expected_close=d(2024, 2, 5).date(),
        )
        # Open in New (0 %) on 1 March, expected in March, still open: forecast 0, nothing won.
        builders.add_lead(
            session,
            stages,
            [("New", d(2024, 2, 20))],
            owner.id,
            value_minor=10_000,
            expected_close=d(2024, 3, 9).date(),
        )
    db.close()
    doc = report(db_target, capsys, "report", "accuracy", "--pipeline", "Acc")
    rows = {r["month"]: r for r in doc["rows"]}
    assert rows["2024-02"] == {"month": "2024-02", "forecast_weighted": 100.0, "actual_won_value": 1500.0,
                               "error": -1400.0, "abs_pct_error": pytest.approx(1400 / 1500)}  # fmt: skip
    assert rows["2024-03"]["forecast_weighted"] == 0 and rows["2024-03"]["actual_won_value"] == 0
    assert doc["total"]["mape"] == pytest.approx(1400 / 1500)


def test_accuracy_is_in_the_reporting_currency_on_both_sides(db_target: str) -> None:
    """A euro deal: forecast at the rate of the month's 1st, actual at the won day's; yen have no cents."""
    db = Database(db_target)
    owner = users.ensure_owner(db)
    rates.set_rate(db, owner, "EUR", "1.10", on=date(2024, 1, 1))
    rates.set_rate(db, owner, "EUR", "1.20", on=date(2024, 2, 5))
    rates.set_rate(db, owner, "JPY", "0.0067", on=date(2024, 1, 1))
    d = datetime
    with db.write() as session:
        stages = builders.add_pipeline(session, "Abroad", [("New", "open"), ("Offer", "open"), ("Won", "won"),
                                                           ("Lost", "lost")])  # fmt: skip
        path = [("New", d(2024, 1, 5)), ("Offer", d(2024, 1, 20)), ("Won", d(2024, 2, 10))]
        for minor, currency in ((1_000_00, "EUR"), (150_000, "JPY")):  # in Offer (10 %) on 1 February
            builders.add_lead(session, stages, path, owner.id, value_minor=minor, closed=True,
                              currency=currency, expected_close=date(2024, 2, 15))
    (february,) = [r for r in accuracy(db, owner, today=date(2024, 3, 10)).rows if r.month == "2024-02"]
    db.close()
    # Forecast: 100 EUR x 1.10 + 15,000 JPY x 0.0067 = 110.00 + 100.50; actual: 1,200.00 + 1,005.00.
    assert february.forecast_weighted == Decimal("210.50")
    assert february.actual_won_value == Decimal("2205.00")


@pytest.mark.skipif(not maven.DATA.exists(), reason="Maven CRM sample not present")
def test_accuracy_actuals_equal_the_accountant_export(
    maven_target: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = report(maven_target, capsys, "report", "accuracy")
    db = Database(maven_target)
    target = tmp_path / "won.csv"
    export_accountant(db, users.get_actor(db, None), target)
    db.close()
    per_month: dict[str, Decimal] = defaultdict(Decimal)
    with target.open(encoding="utf-8-sig") as handle:
        for row in csv.DictReader(handle):
            per_month[row["Won on"][:7]] += Decimal(row["Amount"])
    actual = {r["month"]: Decimal(str(r["actual_won_value"])) for r in doc["rows"] if r["actual_won_value"]}
    assert actual == dict(per_month) and len(actual) >= 6


def _chain(
    db_target: str, name: str, stages: list[tuple[str, str]], paths: list[tuple[list[str], int, int]]
) -> None:
    """Add a pipeline and (path of stage names, how many, value minor, owner) leads with one day per step."""
    db = Database(db_target)
    owner = users.ensure_owner(db)
    with db.write() as session:
        ids = builders.add_pipeline(session, name, stages)
        t = datetime(2024, 3, 1)
        for path, count, value in paths:
            for _ in range(count):
                steps = [(s, t + timedelta(days=i)) for i, s in enumerate(path)]
                closed = path[-1] in ("Sale", "Paid", "Lost")
                builders.add_lead(session, ids, steps, owner.id, value_minor=value, closed=closed, hook=False)
        from funneldesk.analytics.derived import rebuild

        rebuild(session)
    db.close()


def test_cold_calls_example_through_the_cli(db_target: str, capsys: pytest.CaptureFixture[str]) -> None:
    """30 cold calls, 10 reach the decision maker: 20 of 30 doubles sales (DOMAIN.md §8)."""
    stages = [("Call", "open"), ("Decision maker", "open"), ("Sale", "won"), ("Lost", "lost")]
    _chain(db_target, "Calls", stages, [(["Call", "Decision maker", "Sale"], 5, 100_000),
                                        (["Call", "Decision maker", "Lost"], 5, 0),
                                        (["Call", "Lost"], 20, 0)])  # fmt: skip
    doc = report(
        db_target, capsys, "report", "whatif", "--pipeline", "Calls", "--step", "Decision maker=20/30"
    )
    assert (doc["total"]["won_now"], doc["total"]["won_then"]) == (5, 10)
    assert doc["total"]["won_value_then"] == 2 * doc["total"]["won_value_now"] == 10_000
    assert doc["rows"][0] == {"step": "Decision maker", "conversion_now": 0.3333, "conversion_then": 0.6667}
    # Proportional expansion: ten times the calls, ten times the sales.
    doc = report(db_target, capsys, "report", "whatif", "--pipeline", "Calls", "--top", "+900%")
    assert (doc["total"]["entered_then"], doc["total"]["won_then"]) == (300, 50)


def test_invoices_example_through_the_cli(db_target: str, capsys: pytest.CaptureFixture[str]) -> None:
    """100 invoices of 10,000, half paid; 60 % paid brings 100,000 more (DOMAIN.md §8)."""
    stages = [("Invoice", "open"), ("Paid", "won"), ("Lost", "lost")]
    _chain(
        db_target,
        "Invoices",
        stages,
        [(["Invoice", "Paid"], 50, 1_000_000), (["Invoice", "Lost"], 50, 1_000_000)],
    )
    doc = report(db_target, capsys, "report", "whatif", "--pipeline", "Invoices", "--step", "Paid=60%")
    assert doc["total"]["won_value_now"] == 500_000 and doc["total"]["extra_value"] == 100_000
    capsys.readouterr()
    assert run(db_target, "report", "whatif", "--pipeline", "Invoices", "--step", "Nowhere=10%") == 5
    assert run(db_target, "report", "whatif", "--pipeline", "Invoices", "--step", "Paid=lots") == 2


def test_key_level_raises_the_step_where_the_best_owner_leads(
    db_target: str, capsys: pytest.CaptureFixture[str]
) -> None:
    db = Database(db_target)
    owner = users.ensure_owner(db)
    ann = users.add_user(db, owner, "Ann Ace", "ann", "employee")
    bob = users.add_user(db, owner, "Bob Slow", "bob", "employee")
    with db.write() as session:
        ids = builders.add_pipeline(
            session, "Key", [("Call", "open"), ("Meet", "open"), ("Sale", "won"), ("Lost", "lost")]
        )
        t = datetime(2024, 3, 1)
        plan = [
            (ann, ["Call", "Meet", "Sale"], 5),
            (ann, ["Call", "Meet", "Lost"], 5),
            (ann, ["Call", "Lost"], 5),
            (bob, ["Call", "Meet", "Sale"], 1),
            (bob, ["Call", "Meet", "Lost"], 1),
            (bob, ["Call", "Lost"], 13),
        ]
        for who, path, count in plan:
            for _ in range(count):
                steps = [(s, t + timedelta(days=i)) for i, s in enumerate(path)]
                builders.add_lead(session, ids, steps, who.id, value_minor=100_000, closed=path[-1] != "Meet")
    db.close()
    doc = report(db_target, capsys, "report", "whatif", "--pipeline", "Key", "--key-level", "--min-n", "1")
    first = doc["rows"][0]
    assert (first["step"], first["best_owner"], first["key"]) == ("Meet", "Ann Ace", True)
    assert first["best_conversion"] == 0.6667 and first["extra_won"] == pytest.approx(4.0)
    assert [r["key"] for r in doc["rows"]].count(True) == 1
    # Same figures as the panel's projection with that step raised by hand.
    raised = report(db_target, capsys, "report", "whatif", "--pipeline", "Key", "--step", "Meet=10/15")
    assert raised["total"]["extra_value"] == first["extra_value"]


def test_lead_desk_kept_by_services_equals_a_rebuild(db: Database) -> None:
    from sqlalchemy import text

    from funneldesk.analytics.derived import rebuild

    team = make_team(db)
    ids = [leads.create_lead(db, team.employee, {"title": f"D{i}", "value": "100"}).id for i in range(4)]
    engagement.log_activity(db, team.employee, ids[0], "call", "first", done=True)
    done_later = activities.schedule(db, team.employee, ids[1], "email", datetime.now())
    activities.complete(db, team.employee, done_later)
    moves.move_lead(db, team.owner, ids[2], team.pipeline.stages[2].id, override="test")
    leads.assign_lead(db, team.owner, ids[3], team.manager.login)
    leads.delete_lead(db, team.owner, ids[2])

    def snapshot() -> list[tuple[object, ...]]:
        with db.read() as session:
            return [tuple(r) for r in session.execute(text("SELECT * FROM lead_desk ORDER BY lead_id"))]

    before = snapshot()
    assert len(before) == 3 and sum(1 for r in before if r[11] is not None) == 2  # first_contact_seconds
    assert [r[12] for r in before] == [0, 0, 0]  # the overridden lead was deleted
    with db.write() as session:
        rebuild(session)
    assert snapshot() == before


def test_bulk_moves_record_each_refusal_and_every_format_prints(
    db_target: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from funneldesk.services import browse

    db = Database(db_target)
    team = make_team(db)
    ids = [leads.create_lead(db, team.employee, {"title": f"B{i}"}).id for i in range(3)]
    result = browse.bulk_move(db, team.employee, ids[:2], team.pipeline.stages[1].id)
    assert len(result.refused) == 2
    with db.read() as session:
        assert sorted(session.scalars(select(GateRefusal.lead_id))) == ids[:2]
    db.close()
    for kind in ("compliance", "discounts", "accuracy", "whatif"):
        for fmt in ("table", "csv"):
            assert run(db_target, "report", kind, "--format", fmt) == 0, kind
    assert run(db_target, "report", "whatif", "--key-level") == 0
    out = capsys.readouterr().out
    assert "refused_moves" in out and "above_threshold" in out and "conversion_then" in out


def test_compliance_reads_the_desk_through_one_index_without_sorting(db: Database) -> None:
    """The counts and each owner's median first contact walk ix_lead_desk_compliance (0020).

    The median is an ordered walk to the middle row: first contact must follow the owner in
    the index, or SQLite sorts every contacted lead of the owner (``ix_lead_desk_contact``
    did that walk before 0020 folded it into this index).
    """
    team = make_team(db)
    for n, who in enumerate((team.employee, team.employee, team.other_employee)):
        lead = leads.create_lead(db, who, {"title": f"Contacted {n}"})
        engagement.log_activity(db, who, lead.id, "call", "first", done=True)
    rows: list[Any] = []
    seen = statements_of(db, lambda: rows.extend(compliance(db, team.owner)))
    assert sum(r.median_first_contact_days is not None for r in rows) == 2
    if db.dialect != "sqlite":
        return
    desk_reads = [(s, p) for s, p in seen if "FROM lead_desk" in s]
    assert any("ORDER BY lead_desk.first_contact_seconds" in s for s, _p in desk_reads)
    for plan in (plan_of(db, s, p) for s, p in desk_reads):
        assert any("COVERING INDEX ix_lead_desk_compliance" in line for line in plan), plan
        assert not any("TEMP B-TREE FOR ORDER BY" in line for line in plan), plan
