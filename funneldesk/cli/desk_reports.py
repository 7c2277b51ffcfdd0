"""The manager's-desk reports of ``funneldesk report``: compliance, discounts, accuracy, whatif.

Same envelope and options as the other reports (see ``funneldesk.cli.report``). ROW keys:

- compliance (with ``--team``: one row per manager's team): owner, login, leads,
  overrides, skipped_stages, imported_past_gate, refused_moves, missing_data,
  overdue_activities, no_next_action, median_first_contact_days. TOTAL: the sums.
  ``--show MEASURE`` prints instead the ids of the leads behind that count (with
  ``--owner``: behind that owner's count).
- discounts: owner, login, deals, discounted, above_threshold, avg_discount,
  max_discount (fractions), discounted_win_rate[...], full_price_win_rate[...],
  discounted_avg_won_value, full_price_avg_won_value, furthest_above_team (bool).
  TOTAL: the same for everyone plus threshold (percent).
- accuracy: month, forecast_weighted, actual_won_value, error, abs_pct_error.
  TOTAL: mape (fraction). ``--from``/``--to`` pick the months.
- whatif: step, conversion_now, conversion_then. TOTAL: entered_now, entered_then,
  won_now, won_then, won_value_now, won_value_then, extra_won, extra_value. With
  ``--key-level``: step, conversion_now, best_conversion, best_owner, extra_won,
  extra_value, key (the step that adds most). ``--top +20%`` grows the top;
  ``--step "Stage=35%"`` (or ``=7/20`` or ``=0.35``) sets the conversion into a stage.
"""

from __future__ import annotations

import argparse
import dataclasses
from collections.abc import Callable, Iterator, Sequence
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

from funneldesk.domain.errors import InvalidInput

if TYPE_CHECKING:
    from fractions import Fraction

    from funneldesk.analytics.scope import ReportFilter
    from funneldesk.cli.main import Context

Row = dict[str, Any]
KINDS = ("compliance", "discounts", "accuracy", "whatif")


def share(text: str) -> Fraction:
    """Parse '35%', '+20%', '7/20' or '0.35' into an exact fraction."""
    from fractions import Fraction  # only a what-if uses it: kept off every report's start

    raw = text.strip().lstrip("+")
    try:
        if raw.endswith("%"):
            return Fraction(Decimal(raw[:-1])) / 100
        return Fraction(raw) if "/" in raw else Fraction(Decimal(raw))
    except (InvalidOperation, ValueError, ZeroDivisionError) as exc:
        raise argparse.ArgumentTypeError(f"not a percentage or fraction: {text!r}") from exc


def step_change(text: str) -> tuple[str, Fraction]:
    """Parse 'Stage=35%' into (stage name, new conversion)."""
    name, sep, value = text.rpartition("=")
    if not sep or not name.strip():
        raise argparse.ArgumentTypeError(f'a step change reads "Stage=35%", not {text!r}')
    return name.strip(), share(value)


class _Measures:
    """compliance.MEASURES as argparse choices, imported only when --show is used or shown.

    Registering the desk reports runs for every report; importing the compliance module
    there cost every report its load time (issue 15).
    """

    def _names(self) -> tuple[str, ...]:
        from funneldesk.analytics.compliance import MEASURES

        return MEASURES

    def __contains__(self, value: object) -> bool:
        return value in self._names()

    def __iter__(self) -> Iterator[str]:
        return iter(self._names())


def register(
    kinds: argparse._SubParsersAction[argparse.ArgumentParser],
    add_filters: Callable[[argparse.ArgumentParser], None],
    only: str | None = None,
) -> None:
    """Add the four desk reports to the report command (``only``: that one alone, or none)."""
    helps = {
        "compliance": "process compliance per owner: overrides, skipped stages, idle leads",
        "discounts": "discounts per owner and whether discounted deals win more",
        "accuracy": "each past month's weighted forecast beside what was won",
        "whatif": "project won deals and value under a bigger top or better steps",
    }
    for kind in KINDS:
        if only is not None and kind != only:
            continue
        parser = kinds.add_parser(kind, help=helps[kind])
        add_filters(parser)
        parser.set_defaults(func=_run, kind=kind)
        if kind == "compliance":
            parser.add_argument(
                "--show", choices=_Measures(), metavar="MEASURE",
                help="print the ids of the leads behind a count: %(choices)s"
            )
        if kind == "discounts":
            parser.add_argument(
                "--threshold", type=Decimal, metavar="PCT",
                help="above this discount (percent), for this run only; "
                "`funneldesk settings set discount-threshold PCT` keeps one",
            )
        if kind == "whatif":
            parser.add_argument("--top", type=share, default="0", metavar="+PCT")
            parser.add_argument("--step", type=step_change, action="append", default=[], metavar="STAGE=PCT")
            parser.add_argument("--key-level", action="store_true", help="the step that adds most won value")
            parser.add_argument(
                "--min-n", type=int, default=10, help="key level: leads an owner needs at a step"
            )


def _row(record: Any, drop: set[str]) -> Row:
    from funneldesk.cli.report import flatten

    return {k: v for k, v in flatten(record).items() if k not in drop}


def _compliance(ctx: Context, flt: ReportFilter, args: argparse.Namespace) -> tuple[list[Row], Row | None]:
    from funneldesk.analytics import compliance as cp

    rows = [_row(r, {"owner_id"}) for r in cp.compliance(ctx.db, ctx.actor, flt, team=args.team)]
    total: Row = {"owner": None, "login": None}
    for key in ("leads", *cp.MEASURES):
        total[key] = sum(r[key] for r in rows)
    total["median_first_contact_days"] = None
    return rows, total


def _discounts(ctx: Context, flt: ReportFilter, args: argparse.Namespace) -> tuple[list[Row], Row | None]:
    from funneldesk.analytics import discounts as dc

    rows, everyone, used = dc.discounts(ctx.db, ctx.actor, flt, team=args.team, threshold=args.threshold)
    total = _row(everyone, {"owner_id", "furthest_above_team"})
    return [_row(r, {"owner_id"}) for r in rows], {**total, "threshold": used}


def _accuracy(ctx: Context, flt: ReportFilter, args: argparse.Namespace) -> tuple[list[Row], Row | None]:
    from funneldesk.analytics import accuracy as ac

    result = ac.accuracy(ctx.db, ctx.actor, flt)
    return [dataclasses.asdict(r) for r in result.rows], {"month": None, "mape": result.mape}


def _whatif(ctx: Context, flt: ReportFilter, args: argparse.Namespace) -> tuple[list[Row], Row | None]:
    from funneldesk.analytics import keylevel as kl

    if args.key_level:
        found, base = kl.key_level(ctx.db, ctx.actor, flt, min_n=args.min_n)
        return [dataclasses.asdict(k) for k in found], _projection(base)
    names = [name for name, _ in args.step]
    if len(set(names)) != len(names):
        raise InvalidInput("name each step once")
    projection = kl.basis(ctx.db, ctx.actor, flt).project(args.top, dict(args.step))
    rows = [{"step": s, "conversion_now": now, "conversion_then": then} for s, now, then in projection.steps]
    return rows, _projection(projection)


def _projection(p: Any) -> Row:
    keys = ("entered_now", "entered_then", "won_now", "won_then", "won_value_now", "won_value_then")
    return {**{k: getattr(p, k) for k in keys}, "extra_won": p.extra_won, "extra_value": p.extra_value}


BUILDERS = {"compliance": _compliance, "discounts": _discounts, "accuracy": _accuracy, "whatif": _whatif}


def _run(args: argparse.Namespace, ctx: Context) -> int:
    from funneldesk.cli.output import print_json, print_rows
    from funneldesk.cli.report import _cell, _filters_json, _pipeline_name, filter_of

    flt = filter_of(args)
    name = _pipeline_name(ctx, flt)
    if args.kind == "compliance" and args.show:
        return _show(ctx, flt, args)
    rows, total = BUILDERS[args.kind](ctx, flt, args)
    if args.format == "json":
        doc = {
            "report": args.kind,
            "pipeline": name,
            "basis": None,
            "period": None,
            "filters": _filters_json(flt),
            "rows": rows,
            "total": total,
        }
        print_json(doc, money_as_numbers=True)
        return 0
    headers = list(rows[0]) if rows else ["(no rows)"]
    shown = list(rows)
    if total and rows and args.kind in ("compliance", "discounts"):
        shown.append({**{h: total.get(h) for h in headers}, headers[0]: "(total)"})
        extra = {k: v for k, v in total.items() if k not in headers and v is not None}
    else:
        extra = {k: v for k, v in (total or {}).items() if v is not None}
    print_rows(headers, [[_cell(r.get(h)) for h in headers] for r in shown], args.format)
    if args.format == "table" and extra:
        print("  ".join(f"{k}: {_cell(v)}" for k, v in extra.items()))
    return 0


def _show(ctx: Context, flt: ReportFilter, args: argparse.Namespace) -> int:
    from funneldesk.analytics import compliance as cp
    from funneldesk.analytics.scope import _ids  # the report filter's own name lookup
    from funneldesk.storage import tables

    with ctx.db.query() as conn:
        owners = sorted(_ids(conn, tables.users, flt.owners, "user")) if flt.owners else None
    rows = cp.compliance(ctx.db, ctx.actor, flt) if owners is None else None
    wanted: Sequence[int | None] = owners if owners is not None else [r.owner_id for r in rows or []]
    for lead_id in cp.leads_behind(ctx.db, ctx.actor, flt, args.show, wanted):
        print(lead_id)
    return 0
