"""``funneldesk report KIND``: analytics as a table, CSV or JSON; ``report rebuild``.

KIND is funnel, managers, channels, periods, velocity, stages, steps, forecast or rotting.
Exit status: 0 ok, 2 bad usage, 4 permission (an employee asking for someone else's
figures), 5 rejected input (unknown pipeline, owner, channel; a range ending before
it starts).

JSON contract (``--format json``), stable keys, one object::

    {"report": "managers", "pipeline": "Sales", "currency": "USD", "basis": "cohort" | null,
     "period": "month" | null, "filters": {FILTERS}, "rows": [ROW, ...], "total": TOTAL | null}

FILTERS: created_from, created_to, closed_from, closed_to (ISO dates or null),
owners, channels, personas, temperatures (lists of strings), team (bool), status (null
or open|won|lost). Numbers are JSON numbers, money too (1234.5);
rates are fractions (0.5, not 50) written as four keys ``R``, ``R_n`` (sample size),
``R_ci_low`` and ``R_ci_high`` (95 % Wilson interval); anything undefined (a division
by zero) is null. Money is in the reporting ``currency`` (``funneldesk rates``), at
the rate in force on the won day (today for open pipeline); money with no rate is never
added: rows and TOTAL carry ``unconverted`` ({currency: amount} left out). ROW keys per report:

- funnel: stage, kind, reached, current, conversion_from_previous[_n|_ci_low|_ci_high],
  conversion_from_top[...], drop_off (a count), drop_off_rate[...] (drop_off / reached),
  lost_here, lost_reasons ({reason: count}). Only the funnel takes --basis.
  TOTAL: entered, won, conversion[...], one_in (N of "1:N").
- managers (with ``--team``: one row per manager including everyone below them) and
  channels: manager | channel, leads, open, won, lost, conversion[...], win_rate[...],
  won_value, avg_won_value, avg_discount (fraction), median_cycle_days, won_priced (won
  deals in won_value: those with a rate), unconverted; channels add spend,
  cost_per_lead, cost_per_won (money), roi (fraction), unconverted_spend and spend_months
  (the months of spend behind them; leads and won are the other counts). TOTAL: leads, open,
  won, lost, won_value, conversion[...], win_rate[...].
- periods: period ("2017-03", "2017-W09", "2017-Q1", "2017", "2017-03-05"), start;
  the cohort created in the period: created, created_won, conversion[...] (created_won /
  created); the leads closed in the period, whenever created: closed_won, closed_lost,
  closed_won_value, win_rate[...]; days (the period's length), days_in_range (fewer when
  --from/--to cut the period), previous_created, previous_closed_won,
  previous_closed_lost, previous_closed_won_value (null for the first).
- velocity: owner (null for everyone), open, win_rate[...], avg_won_value, cycle_days, per_day.
- stages: stage, owner (null unless --per-owner), n, median_days, p75_days.
- steps (with ``--team``: one row per manager's team): manager, step ("Qualified → Proposal"),
  reached, advanced, conversion[...] (advanced / reached), team_conversion[...] (everyone
  in scope at that step).
- forecast: month ("2017-03" or "unscheduled"), leads, value, weighted_value. TOTAL: same.
- rotting: lead_id, title, stage, owner, days_in_stage, limit_days.
"""

from __future__ import annotations

import argparse
import dataclasses
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

# Only what every report needs at parse time; each report imports its own analytics
# module when it runs (issue 15: a report loads no other report's code).
from funneldesk.analytics import periods as pr
from funneldesk.analytics.conversion import added_up, reporting_currency
from funneldesk.analytics.scope import ReportFilter, resolve
from funneldesk.analytics.stats import Rate, rate
from funneldesk.cli.output import add_format, print_json, print_rows

if TYPE_CHECKING:
    from funneldesk.analytics import tables
    from funneldesk.cli.main import Context

KINDS = ("funnel", "managers", "channels", "periods", "velocity", "stages", "steps", "forecast", "rotting")
Row = dict[str, Any]
# The reports whose counts depend on the basis; the others take no --basis (they would
# ignore it): their conversions are over the leads created in the range by definition.
BASIS_KINDS = ("funnel",)
PREVIOUS_KEYS = (
    "previous_created",
    "previous_closed_won",
    "previous_closed_lost",
    "previous_closed_won_value",
)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from exc


def _add_filters(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--pipeline", help="pipeline name (default: the first)")
    parser.add_argument("--from", dest="created_from", type=_day, metavar="DATE", help="created on or after")
    parser.add_argument("--to", dest="created_to", type=_day, metavar="DATE", help="created on or before")
    parser.add_argument("--closed-from", type=_day, metavar="DATE")
    parser.add_argument("--closed-to", type=_day, metavar="DATE")
    parser.add_argument("--owner", action="append", default=[], metavar="LOGIN", help="repeatable")
    parser.add_argument("--team", action="store_true", help="include everyone below each manager")
    parser.add_argument("--channel", action="append", default=[], metavar="NAME", help="repeatable")
    parser.add_argument("--persona", action="append", default=[], metavar="NAME", help="repeatable")
    parser.add_argument("--temperature", action="append", default=[], choices=("cold", "warm", "hot"))
    parser.add_argument("--status", choices=("open", "won", "lost"))
    parser.add_argument("--period", "--by", dest="period", choices=pr.PERIODS, default="month")
    parser.add_argument("--per-owner", action="store_true", help="stages: split time in stage by owner")
    add_format(parser)


def _add_basis(parser: argparse.ArgumentParser) -> None:
    from funneldesk.analytics import funnel as fn

    defined = "; ".join(f"{name}: {text}" for name, text in fn.BASIS_HELP.items())
    parser.add_argument(
        "--basis", choices=fn.BASES, default="cohort", help=f"which leads count, and where ({defined})"
    )


def register(sub: argparse._SubParsersAction, only: str | None = None) -> None:  # type: ignore[type-arg]
    """Add the report command with one sub-command per report, and rebuild.

    ``only``: build that report alone (the command line names it; the others would only
    serve ``report --help``, which builds them all).
    """
    report = sub.add_parser("report", help="funnel, manager, channel, period and other reports")
    kinds = report.add_subparsers(title="reports", metavar="REPORT", required=True)
    for kind in KINDS:
        if only is not None and kind != only:
            continue
        parser = kinds.add_parser(kind, help=f"the {kind} report")
        _add_filters(parser)
        parser.set_defaults(func=_run, kind=kind, basis=None)
        if kind in BASIS_KINDS:
            _add_basis(parser)
    from funneldesk.cli import desk_reports  # compliance, discounts, accuracy, whatif (issue 17)

    desk_reports.register(kinds, _add_filters, only)
    if only in (None, "rebuild"):
        again = kinds.add_parser("rebuild", help="recompute the analytics tables from the stage history")
        again.set_defaults(func=_rebuild)


def register_only(sub: argparse._SubParsersAction, words: list[str]) -> None:  # type: ignore[type-arg]
    """Add the report command with only the report named in ``words`` (after ``report``) built.

    Building all thirteen reports' options cost every report ~5 ms of its start (issue 15).
    """
    from funneldesk.cli import desk_reports

    kind = next((w for w in words if not w.startswith("-")), None)
    known = (*KINDS, *desk_reports.KINDS, "rebuild")
    register(sub, kind if kind in known else None)


def filter_of(args: argparse.Namespace) -> ReportFilter:
    """Build the report filter from parsed options."""
    return ReportFilter(
        args.pipeline,
        args.created_from,
        args.created_to,
        args.closed_from,
        args.closed_to,
        tuple(args.owner),
        args.team,
        tuple(args.channel),
        tuple(args.persona),
        tuple(args.temperature),
        args.status,
    )


def flatten(record: Any) -> Row:
    """Turn a report dataclass into a flat row: each Rate becomes four keys."""
    row: Row = {}
    for field in dataclasses.fields(record):
        value = getattr(record, field.name)
        if isinstance(value, Rate) or "Rate" in str(field.type):
            row.update(rate_keys(field.name, value))
        else:
            row[field.name] = value
    return row


def rate_keys(name: str, value: Rate | None) -> Row:
    """Return a rate as value, sample size and 95 % interval keys."""
    if value is None:
        return {name: None, f"{name}_n": 0, f"{name}_ci_low": None, f"{name}_ci_high": None}
    return {
        name: value.value,
        f"{name}_n": value.n,
        f"{name}_ci_low": value.ci_low,
        f"{name}_ci_high": value.ci_high,
    }


def _funnel(ctx: Context, flt: ReportFilter, args: argparse.Namespace) -> tuple[list[Row], Row | None]:
    from funneldesk.analytics import funnel as fn

    result = fn.funnel(ctx.db, ctx.actor, flt, args.basis)
    rows = []
    for stage in result.stages:
        row = {k: v for k, v in flatten(stage).items() if k != "stage_id"}
        row["lost_reasons"] = dict(stage.lost_reasons)
        rows.append(row)
    total = {"entered": result.entered, "won": result.won, **rate_keys("conversion", result.conversion)}
    return rows, {**total, "one_in": result.conversion.one_in}


def _sum_total(rows: list[tables.GroupRow]) -> Row:
    count = {k: sum(getattr(r, k) for r in rows) for k in ("leads", "open", "won", "lost")}
    won_value = sum((r.won_value for r in rows), Decimal("0.00"))
    conversion = rate(count["won"], count["leads"])
    return {
        **count,
        "won_value": won_value,
        "unconverted": added_up(r.unconverted for r in rows),
        **rate_keys("conversion", conversion),
        **rate_keys("win_rate", rate(count["won"], count["won"] + count["lost"])),
    }


def _group(records: list[tables.GroupRow], label: str, channel: bool) -> tuple[list[Row], Row | None]:
    spend = {"spend", "cost_per_lead", "cost_per_won", "roi", "unconverted_spend", "spend_months"}
    drop = {"key"} | (set() if channel else spend)
    rows = [
        {label: r.name, **{k: v for k, v in flatten(r).items() if k not in drop | {"name"}}} for r in records
    ]
    return rows, _sum_total(records)


def _managers(ctx: Context, flt: ReportFilter, args: argparse.Namespace) -> tuple[list[Row], Row | None]:
    from funneldesk.analytics import tables

    return _group(tables.managers(ctx.db, ctx.actor, flt, team=args.team), "manager", False)


def _channels(ctx: Context, flt: ReportFilter, args: argparse.Namespace) -> tuple[list[Row], Row | None]:
    from funneldesk.analytics import tables

    return _group(tables.channels(ctx.db, ctx.actor, flt), "channel", True)


def _periods(ctx: Context, flt: ReportFilter, args: argparse.Namespace) -> tuple[list[Row], Row | None]:
    # Two sets of leads per period, named apart: created_* is the period's cohort (created
    # in it; conversion = created_won / created), closed_* the leads closed in it whenever
    # they were created (win_rate = closed_won / (closed_won + closed_lost)).
    rows = []
    for record in pr.periods(ctx.db, ctx.actor, flt, args.period):
        before = record.previous or (None, None, None, None)
        rows.append(
            {
                "period": record.period,
                "start": record.start,
                "created": record.created,
                "created_won": record.created_won,
                **rate_keys("conversion", record.conversion),
                "closed_won": record.won,
                "closed_lost": record.lost,
                "closed_won_value": record.won_value,
                **rate_keys("win_rate", record.win_rate),
                "days": record.days,
                "days_in_range": record.days_in_range,
                **dict(zip(PREVIOUS_KEYS, before, strict=True)),
                "unconverted": record.unconverted,  # won money of closed_won_value with no rate
            }
        )
    return rows, None


def _velocity(ctx: Context, flt: ReportFilter, args: argparse.Namespace) -> tuple[list[Row], Row | None]:
    from funneldesk.analytics import timing

    rows = [flatten(v) for v in timing.velocity(ctx.db, ctx.actor, flt)]
    total = next((r for r in rows if r["owner"] is None), None)
    return [r for r in rows if r["owner"] is not None], total


def _stages(ctx: Context, flt: ReportFilter, args: argparse.Namespace) -> tuple[list[Row], Row | None]:
    from funneldesk.analytics import timing

    drop = {"stage_id", "owner_id"}
    records = timing.stage_times(ctx.db, ctx.actor, flt, per_owner=args.per_owner)
    return [{k: v for k, v in flatten(r).items() if k not in drop} for r in records], None


def _steps(ctx: Context, flt: ReportFilter, args: argparse.Namespace) -> tuple[list[Row], Row | None]:
    from funneldesk.analytics import steps as sp

    result = sp.owner_steps(ctx.db, ctx.actor, flt, team=args.team)
    rows = [
        {
            "manager": cell.owner,
            "step": result.steps[cell.step].name,
            "reached": cell.reached,
            "advanced": cell.advanced,
            **rate_keys("conversion", cell.conversion),
            **rate_keys("team_conversion", cell.team_conversion),
        }
        for row in result.cells
        for cell in row
    ]
    return rows, None


def _forecast(ctx: Context, flt: ReportFilter, args: argparse.Namespace) -> tuple[list[Row], Row | None]:
    from funneldesk.analytics import forecast as fc

    rows = [flatten(r) for r in fc.forecast(ctx.db, ctx.actor, flt)]
    total = {"month": None, "leads": sum(r["leads"] for r in rows)}
    for key in ("value", "weighted_value"):
        total[key] = sum((r[key] for r in rows), Decimal("0.00"))
    total["unconverted"] = added_up(r["unconverted"] for r in rows)
    return rows, total


def _rotting(ctx: Context, flt: ReportFilter, args: argparse.Namespace) -> tuple[list[Row], Row | None]:
    from funneldesk.analytics import forecast as fc

    return [flatten(r) for r in fc.rotting(ctx.db, ctx.actor, flt)], None


BUILDERS = {
    "funnel": _funnel,
    "managers": _managers,
    "channels": _channels,
    "periods": _periods,
    "velocity": _velocity,
    "stages": _stages,
    "steps": _steps,
    "forecast": _forecast,
    "rotting": _rotting,
}


def _filters_json(flt: ReportFilter) -> Row:
    row = {f.name: getattr(flt, f.name) for f in dataclasses.fields(flt) if f.name != "pipeline"}
    return {k: list(map(str, v)) if isinstance(v, tuple) else v for k, v in row.items()}


def _pipeline_name(ctx: Context, flt: ReportFilter) -> str:
    actor = ctx.actor  # signed in first: its lookup inside the block would open a second connection
    with ctx.db.query() as conn:
        return resolve(conn, actor, flt).pipeline


def _currency(ctx: Context) -> str:
    """Return the reporting currency (read on a Core connection, like the reports)."""
    with ctx.db.query() as conn:
        return reporting_currency(conn)


def _run(args: argparse.Namespace, ctx: Context) -> int:
    flt = filter_of(args)
    name = _pipeline_name(ctx, flt)
    rows, total = BUILDERS[args.kind](ctx, flt, args)
    if args.format == "json":
        print_json(
            {
                "report": args.kind,
                "pipeline": name,
                "currency": _currency(ctx),
                "basis": args.basis,
                "period": args.period if args.kind == "periods" else None,
                "filters": _filters_json(flt),
                "rows": rows,
                "total": total,
            },
            money_as_numbers=True,
        )
        return 0
    headers = list(rows[0]) if rows else ["(no rows)"]
    shown = rows + (
        [{**total, headers[0]: "(total)"}] if total and rows and set(total) <= set(headers) else []
    )
    print_rows(headers, [[_cell(r.get(h)) for h in headers] for r in shown], args.format)
    return 0


def _cell(value: Any) -> Any:
    if isinstance(value, float):
        return round(value, 4)
    if isinstance(value, dict):
        return "; ".join(f"{k}: {v}" for k, v in value.items())
    return value


def _rebuild(args: argparse.Namespace, ctx: Context) -> int:
    from funneldesk.analytics.derived import rebuild
    from funneldesk.services.permissions import require_role

    require_role(ctx.actor, "owner", action="rebuild the analytics tables")
    with ctx.db.write() as session:
        rebuild(session)
    print("analytics tables rebuilt from the stage history")
    return 0
