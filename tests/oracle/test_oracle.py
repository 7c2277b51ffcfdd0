"""Every report on every basis equals the oracle on generated companies (SQLite and PostgreSQL).

The companies have skipped stages, backward moves, lost and reopened leads, imported
history starting past the first stage, deleted leads, nested managers, unassigned leads,
channels with monthly spend, leads and spend in USD, EUR, JPY (0 minor digits) and KWD (3)
with a reporting currency and dated rates set through the rates service (some currencies
never get one, some only after deals were won), stage win probabilities and rotting limits,
expected-close dates, and a drawn moment at which the forecast's rates and the rotting leads
are taken; the filters have date ranges, owners with and without
--team, channels, a status, and actors of every role. ORACLE_EXAMPLES (default 30, 15 on
PostgreSQL) sets how many companies each run draws; CI may ask for more.
"""

from __future__ import annotations

import dataclasses
import io
import json
import os
import shutil
import uuid
from collections.abc import Iterator
from contextlib import contextmanager, redirect_stdout
from datetime import date, datetime, timedelta
from decimal import Decimal
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

import funneldesk.cli.main as cli_main
from funneldesk.analytics import forecast as fc
from funneldesk.analytics import funnel as fn
from funneldesk.analytics import periods as pr
from funneldesk.analytics import steps as sp
from funneldesk.analytics import tables, timing
from funneldesk.analytics.scope import ReportFilter
from funneldesk.analytics.stats import Rate
from funneldesk.domain.errors import PermissionDenied
from funneldesk.domain.records import UserRecord
from funneldesk.storage.database import Database
from tests.conftest import PG_URL, _pg_run, _pg_url_for
from tests.oracle import reference as ref
from tests.oracle.load import START, build, filters, specs
from tests.oracle.world import Filter, World

# A PostgreSQL example costs a CREATE DATABASE (~3 s each against ~0.5 s on SQLite).
EXAMPLES = int(os.environ.get("ORACLE_EXAMPLES", "15" if PG_URL else "30"))
SETTINGS = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
    ],
)


@contextmanager
def fresh(template: str, tmp: Path) -> Iterator[tuple[Database, str]]:
    """Open a new, empty, migrated database copied from the template; yield it and its target."""
    if PG_URL:
        name = f"fd_oracle_{uuid.uuid4().hex[:10]}"
        _pg_run(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
        target = _pg_url_for(name)
    else:
        path = tmp / f"oracle-{uuid.uuid4().hex[:8]}.db"
        shutil.copyfile(template, path)
        target = str(path)
    db = Database(target)
    try:
        yield db, target
    finally:
        db.close()
        if PG_URL:
            _pg_run(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        else:
            path.unlink(missing_ok=True)


def as_rate(value: Rate | None) -> ref.Rate | None:
    """Return a report's rate in the oracle's form."""
    return None if value is None else (value.hits, value.n, value.value, value.ci_low, value.ci_high)


def same(actual: Any, expected: Any, where: str) -> None:
    """Assert equality, floats to 1e-9 (the SQL engines and Python round alike only that far)."""
    if isinstance(expected, float) and isinstance(actual, float):
        assert actual == pytest.approx(expected, rel=1e-9, abs=1e-9), where
    elif isinstance(expected, (tuple, list)) and isinstance(actual, (tuple, list)):
        assert len(actual) == len(expected), f"{where}: {actual!r} != {expected!r}"
        for i, (a, e) in enumerate(zip(actual, expected, strict=True)):
            same(a, e, f"{where}[{i}]")
    elif isinstance(expected, dict) and isinstance(actual, dict):
        assert set(actual) == set(expected), f"{where}: keys {sorted(actual)} != {sorted(expected)}"
        for key in expected:
            same(actual[key], expected[key], f"{where}.{key}")
    else:
        assert actual == expected, f"{where}: {actual!r} != {expected!r}"


def report_filter(flt: Filter) -> ReportFilter:
    """Return the oracle's filter as the reports take it."""
    return ReportFilter(
        None,
        flt.created_from,
        flt.created_to,
        flt.closed_from,
        flt.closed_to,
        tuple(str(o) for o in flt.owners),
        flt.team,
        tuple(str(c) for c in flt.channels),
        tuple(str(p) for p in flt.personas),
        flt.temperatures,
        flt.status,
    )


def funnel_of(db: Database, actor: UserRecord, flt: ReportFilter, basis: str) -> dict[str, object]:
    """Return the funnel in the oracle's form."""
    result = fn.funnel(db, actor, flt, basis)
    rows = [
        {
            "stage": r.stage,
            "kind": r.kind,
            "reached": r.reached,
            "current": r.current,
            "conversion_from_previous": as_rate(r.conversion_from_previous),
            "conversion_from_top": as_rate(r.conversion_from_top),
            "drop_off": r.drop_off,
            "drop_off_rate": as_rate(r.drop_off_rate),
            "lost_here": r.lost_here,
            "lost_reasons": dict(r.lost_reasons),
        }
        for r in result.stages
    ]
    return {
        "rows": rows,
        "entered": result.entered,
        "won": result.won,
        "conversion": as_rate(result.conversion),
    }


GROUP_KEYS = (
    "leads",
    "open",
    "won",
    "lost",
    "won_value",
    "avg_won_value",
    "avg_discount",
    "median_cycle_days",
    "won_priced",
    "unconverted",
)
SPEND_KEYS = ("spend", "cost_per_lead", "cost_per_won", "roi", "spend_months", "unconverted_spend")


def group_of(row: tables.GroupRow, channel: bool) -> dict[str, object]:
    """Return a manager or channel row in the oracle's form."""
    out: dict[str, object] = {"name": row.name, **{k: getattr(row, k) for k in GROUP_KEYS}}
    out.update(conversion=as_rate(row.conversion), win_rate=as_rate(row.win_rate))
    if channel:
        out.update(
            {k: getattr(row, k) for k in SPEND_KEYS}
        )
    return out


def period_of(row: pr.PeriodRow) -> dict[str, object]:
    """Return a period row in the oracle's form."""
    return {
        "period": row.period,
        "start": row.start,
        "created": row.created,
        "created_won": row.created_won,
        "conversion": as_rate(row.conversion),
        "closed_won": row.won,
        "closed_lost": row.lost,
        "closed_won_value": row.won_value,
        "win_rate": as_rate(row.win_rate),
        "days": row.days,
        "days_in_range": row.days_in_range,
        "unconverted": row.unconverted,
        "previous": row.previous,
    }


def velocity_of(row: timing.Velocity) -> dict[str, object]:
    """Return a velocity row in the oracle's form."""
    return {
        "owner": row.owner,
        "open": row.open,
        "win_rate": as_rate(row.win_rate),
        "avg_won_value": row.avg_won_value,
        "cycle_days": row.cycle_days,
        "per_day": row.per_day,
    }


def steps_of(result: sp.OwnerSteps) -> dict[str, object]:
    """Return the step matrix in the oracle's form."""
    return {
        "steps": [s.name for s in result.steps],
        "team": [as_rate(r) for r in result.team_rates],
        "rows": [
            (name, [as_rate(c.conversion) for c in cells])
            for (_, name), cells in zip(result.rows, result.cells, strict=True)
        ],
    }


Compared = Iterator[tuple[str, object, object]]


def compared(db: Database, actor: UserRecord, world: World, flt: Filter, now: datetime) -> Compared:
    """Yield (report, its figures, the oracle's) for every report, basis and period; ``now`` is
    the moment the forecast's rates and the rotting leads are taken at."""
    f, me = report_filter(flt), actor.id
    for basis in fn.BASES:
        yield f"funnel/{basis}", funnel_of(db, actor, f, basis), ref.funnel(world, me, flt, basis)
    managers = tables.managers(db, actor, f, team=flt.team)
    yield "managers", [group_of(r, False) for r in managers], ref.managers(world, me, flt, flt.team)
    yield "channels", [group_of(r, True) for r in tables.channels(db, actor, f)], ref.channels(world, me, flt)
    yield "velocity", [velocity_of(r) for r in timing.velocity(db, actor, f)], ref.velocity(world, me, flt)
    matrix = sp.owner_steps(db, actor, f, team=flt.team)
    yield "steps", steps_of(matrix), ref.steps(world, me, flt, flt.team)
    for per in (False, True):
        times = [stage_time_of(r) for r in timing.stage_times(db, actor, f, per_owner=per)]
        yield f"stages/per_owner={per}", times, ref.stages(world, me, flt, per)
    plan = [forecast_of(r) for r in fc.forecast(db, actor, f, today=now.date())]
    yield "forecast", plan, ref.forecast(world, me, flt, now.date())
    late = [dataclasses.asdict(r) for r in fc.rotting(db, actor, f, now=now)]
    yield "rotting", late, ref.rotting(world, me, flt, now)
    for by in pr.PERIODS:
        yield (
            f"periods/{by}",
            [period_of(r) for r in pr.periods(db, actor, f, by)],
            ref.periods(world, me, flt, by),
        )


def forecast_of(row: fc.ForecastRow) -> dict[str, object]:
    """Return a forecast row in the oracle's form."""
    return {k: getattr(row, k) for k in ("month", "leads", "value", "weighted_value", "unconverted")}


def stage_time_of(row: timing.StageTime) -> dict[str, object]:
    """Return a time-in-stage row in the oracle's form."""
    return {
        "stage": row.stage,
        "owner": row.owner,
        "n": row.n,
        "median_days": row.median_days,
        "p75_days": row.p75_days,
    }


RUNS = {"cases": 0, "comparisons": 0}
NOW = START + timedelta(days=400)  # after every generated date


def reopened(world: World, lead: object) -> bool:
    """Say whether a lead's history moves back (to an earlier stage, or out of won or lost)."""
    moves = [world.stage(s) for s, _ in lead.history]  # type: ignore[attr-defined]
    return any(b.position < a.position or a.kind != "open" for a, b in pairwise(moves))


def unpriced(world: World) -> list[object]:
    """Return the live won deals with no rate in force on their won day."""
    return [
        f
        for f in ref.facts(world)
        if f.status == "won" and ref.convert(world, 0, f.lead.currency, f.closed_day) is None
    ]


def priced(world: World) -> list[object]:
    """Return the live won deals in a foreign currency converted at a rate."""
    return [
        f
        for f in ref.facts(world)
        if f.status == "won" and f.lead.currency != world.base and f not in unpriced(world)
    ]


def check_all(db: Database, world: World, actor_id: int, flt: Filter, now: datetime = NOW) -> None:
    """Compare every report with the oracle under one actor and filter."""
    user = world.user(actor_id)
    actor = UserRecord(user.id, user.name, user.name.lower().replace(" ", "."), user.role, user.manager_id)
    try:
        ref.owners_of(world, actor_id, flt)
    except ref.Denied:
        with pytest.raises(PermissionDenied):
            fn.funnel(db, actor, report_filter(flt))
        return
    for name, actual, expected in compared(db, actor, world, flt, now):
        same(actual, expected, f"{name} as {user.name} ({user.role}) with {flt}")
        RUNS["comparisons"] += 1
        if name == "rotting":
            event(f"rotting leads at the drawn moment: {bool(expected)}")
        if name == "forecast":
            event(f"open pipeline without a rate that day: {any(r['unconverted'] for r in expected)}")  # type: ignore[attr-defined]
            event(f"forecast months: {min(len(expected), 3)}+")  # type: ignore[arg-type]


@SETTINGS
@given(spec=specs(), data=st.data())
def test_every_report_equals_the_oracle(template_target: str, tmp_path: Path, spec, data) -> None:
    with fresh(template_target, tmp_path) as (db, target):
        world = build(db, spec)
        event(f"leads: {len(world.leads) // 10 * 10}+")
        event(f"reporting currency: {world.base}")
        event(f"won deals left unconverted: {bool(unpriced(world))}")
        event(f"won deals converted at a rate: {bool(priced(world))}")
        event(f"reopened or moved back: {any(reopened(world, lead) for lead in world.leads)}")
        owner = next(u.id for u in world.users if u.role == "owner")
        check_all(db, world, owner, Filter())
        for i in range(3):
            actor, flt = data.draw(filters(world))
            # A moment among the generated dates: rates set later are not yet in force, and
            # leads rot or not by minutes around their stage's limit.
            now = START + timedelta(minutes=data.draw(st.integers(0, 60 * 24 * 220), label="now"))
            check_all(db, world, actor, flt, now)
            if i == 0:
                check_json(target, world, actor, flt)
    RUNS["cases"] += 1


def cli_options(world: World, flt: Filter) -> list[str]:
    """Return the command-line options of a filter."""
    out: list[str] = []
    for option, value in (
        ("--from", flt.created_from),
        ("--to", flt.created_to),
        ("--closed-from", flt.closed_from),
        ("--closed-to", flt.closed_to),
        ("--status", flt.status),
    ):
        if value is not None:
            out += [option, str(value)]
    for option, values in (
        ("--owner", flt.owners),
        ("--channel", flt.channels),
        ("--persona", flt.personas),
        ("--temperature", flt.temperatures),
    ):
        for value in values:
            out += [option, str(value)]
    return out + (["--team"] if flt.team else [])


def json_report(target: str, login: str, kind: str, options: list[str]) -> dict[str, Any]:
    """Run ``funneldesk report KIND --format json`` in process; return its document."""
    out = io.StringIO()
    with redirect_stdout(out):
        code = cli_main.run_command(
            cli_main.parse(["--db", target, "--as", login, "report", kind, *options, "--format", "json"])
        )
    assert code == 0
    return json.loads(out.getvalue())


def as_json(value: Any) -> Any:
    """Return an oracle figure as the JSON report writes it (rates become four keys elsewhere)."""
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: as_json(v) for k, v in value.items()}
    return value


def json_row(row: dict[str, Any], renames: dict[str, str]) -> dict[str, Any]:
    """Return an oracle row with the JSON contract's keys: rate R as R, R_n, R_ci_low, R_ci_high."""
    out: dict[str, Any] = {}
    for key, value in row.items():
        if key in RATE_KEYS:
            hits_n = value if value is not None else (0, 0, None, None, None)
            out.update(
                {
                    key: hits_n[2],
                    f"{key}_n": hits_n[1],
                    f"{key}_ci_low": hits_n[3],
                    f"{key}_ci_high": hits_n[4],
                }
            )
        elif key == "previous":
            names = (
                "previous_created",
                "previous_closed_won",
                "previous_closed_lost",
                "previous_closed_won_value",
            )
            out.update(zip(names, [as_json(v) for v in (value or (None,) * 4)], strict=True))
        else:
            out[renames.get(key, key)] = as_json(value)
    return out


RATE_KEYS = {
    "conversion",
    "win_rate",
    "conversion_from_previous",
    "conversion_from_top",
    "drop_off_rate",
    "team_conversion",
}


def check_json(target: str, world: World, actor_id: int, flt: Filter) -> None:
    """Compare the JSON reports (the contract scripts read) with the oracle, key by key."""
    try:
        ref.owners_of(world, actor_id, flt)
    except ref.Denied:
        return
    login = world.user(actor_id).name.lower().replace(" ", ".")
    options = cli_options(world, flt)
    for basis in fn.BASES:
        doc = json_report(target, login, "funnel", [*options, "--basis", basis])
        assert doc["currency"] == world.base, f"json funnel/{basis} currency"
        expected = ref.funnel(world, actor_id, flt, basis)
        same(doc["rows"], [json_row(r, {}) for r in expected["rows"]], f"json funnel/{basis}")  # type: ignore[attr-defined]
        total = json_row({k: expected[k] for k in ("entered", "won", "conversion")}, {})
        same({k: doc["total"][k] for k in total}, total, f"json funnel/{basis} total")
    doc = json_report(target, login, "periods", [*options, "--by", "month"])
    assert doc["currency"] == world.base
    same(doc["rows"], [json_row(r, {}) for r in ref.periods(world, actor_id, flt, "month")], "json periods")
    for kind, label, expected in (
        ("channels", "channel", ref.channels(world, actor_id, flt)),
        ("managers", "manager", ref.managers(world, actor_id, flt, flt.team)),
    ):
        doc = json_report(target, login, kind, options)
        assert doc["currency"] == world.base, f"json {kind} currency"
        same(doc["rows"], [json_row(r, {"name": label}) for r in expected], f"json {kind}")
        same(doc["total"], json_total(expected), f"json {kind} total")
    doc = json_report(target, login, "velocity", options)
    assert doc["currency"] == world.base
    rows = [json_row(r, {}) for r in ref.velocity(world, actor_id, flt)]
    same(doc["rows"] + ([doc["total"]] if doc["total"] else []), rows, "json velocity")
    doc = json_report(target, login, "steps", options)
    same(doc["rows"], steps_json(ref.steps(world, actor_id, flt, flt.team)), "json steps")
    check_json_today(target, world, actor_id, flt, login, options)
    RUNS["comparisons"] += 10


def check_json_today(
    target: str, world: World, actor_id: int, flt: Filter, login: str, options: list[str]
) -> None:
    """Compare the forecast and rotting JSON, which the command takes at the real today and now."""
    doc = json_report(target, login, "forecast", options)
    assert doc["currency"] == world.base, "json forecast currency"
    expected = ref.forecast(world, actor_id, flt, date.today())
    same(doc["rows"], [json_row(r, {}) for r in expected], "json forecast")
    left: dict[str, Decimal] = {}
    for row in expected:
        for cur, amount in row["unconverted"].items():  # type: ignore[attr-defined]
            left[cur] = left.get(cur, Decimal(0)) + amount
    total = {
        "month": None,
        "leads": sum(int(r["leads"]) for r in expected),  # type: ignore[call-overload]
        "value": sum((r["value"] for r in expected), Decimal(0)),
        "weighted_value": sum((r["weighted_value"] for r in expected), Decimal(0)),
        "unconverted": dict(sorted(left.items())),
    }
    same(doc["total"], json_row(total, {}), "json forecast total")
    before = datetime.now()
    doc = json_report(target, login, "rotting", options)
    after = datetime.now()
    # Whole days in a stage may tick over between the two moments: either is right.
    candidates = [[json_row(r, {}) for r in ref.rotting(world, actor_id, flt, t)] for t in (before, after)]
    assert doc["rows"] in candidates, f"json rotting: {doc['rows']!r} not in {candidates!r}"


def json_total(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Return the manager or channel table's JSON total from the oracle's rows."""
    counts = {k: sum(int(r[k]) for r in rows) for k in ("leads", "open", "won", "lost")}
    left: dict[str, Decimal] = {}
    for row in rows:
        for cur, amount in row["unconverted"].items():
            left[cur] = left.get(cur, Decimal(0)) + amount
    total = {
        **counts,
        "won_value": sum((r["won_value"] for r in rows), Decimal(0)),
        "unconverted": dict(sorted(left.items())),
        "conversion": ref.rate(counts["won"], counts["leads"]),
        "win_rate": ref.rate(counts["won"], counts["won"] + counts["lost"]),
    }
    return json_row(total, {})


def steps_json(expected: dict[str, Any]) -> list[dict[str, Any]]:
    """Return the oracle's step matrix as the JSON report's rows (one per owner and step)."""
    out = []
    for name, cells in expected["rows"]:
        for step, cell, team in zip(expected["steps"], cells, expected["team"], strict=True):
            row = json_row({"conversion": cell, "team_conversion": team}, {})
            out.append({"manager": name, "step": step, "reached": cell[1], "advanced": cell[0], **row})
    return out


def test_zz_report_how_many_cases_ran() -> None:
    """Print how many generated companies and comparisons ran (read with -s)."""
    print(f"\noracle: {RUNS['cases']} generated companies, {RUNS['comparisons']} report comparisons")
