"""``funneldesk rates base|set|list|import``: the reporting currency and exchange rates.

A rate is how many units of the reporting currency one unit of a currency is worth,
from a day on (the rate in force on a day is the latest one on or before it). Every
money figure in reports, the dashboard and the analytics workbook is in the reporting
currency; a deal in a currency without a rate is left out and shown apart.
Exit status: 0 ok, 2 bad usage, 4 not the owner, 5 rejected input.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from funneldesk.cli.output import add_format, print_rows
from funneldesk.domain.errors import InvalidInput
from funneldesk.services import rates

if TYPE_CHECKING:
    from funneldesk.cli.main import Context


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from exc


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the rates command and its base, set, list and import subcommands."""
    parser = sub.add_parser("rates", help="the reporting currency and exchange rates")
    inner = parser.add_subparsers(title="rates commands", metavar="ACTION", required=True)
    base = inner.add_parser("base", help="show, or with CUR set (owner), the reporting currency")
    base.add_argument("currency", nargs="?", metavar="CUR", help="ISO 4217 code, e.g. EUR")
    base.set_defaults(func=_base)
    put = inner.add_parser("set", help="set RATE: units of the reporting currency for one CUR")
    put.add_argument("currency", metavar="CUR")
    put.add_argument("rate", metavar="RATE", help="e.g. 1.08 (exact decimal, up to 12 places)")
    put.add_argument("--on", type=_day, metavar="DATE", help="the day it applies from (default: today)")
    put.set_defaults(func=_set)
    listing = inner.add_parser("list", help="list the rates in the reporting currency")
    listing.add_argument("--currency", metavar="CUR", help="only this currency")
    add_format(listing)
    listing.set_defaults(func=_list)
    load = inner.add_parser(
        "import",
        help="import a CSV: date,currency,rate columns, or the ECB reference-rate file as it is",
    )
    load.add_argument("file", type=Path, metavar="FILE.csv")
    load.set_defaults(func=_import)


def _base(args: argparse.Namespace, ctx: Context) -> int:
    if args.currency is None:
        print(rates.base_currency(ctx.db))
        return 0
    code = rates.set_base(ctx.db, ctx.actor, args.currency)
    print(f"reporting currency: {code}")
    return 0


def _set(args: argparse.Namespace, ctx: Context) -> int:
    row = rates.set_rate(ctx.db, ctx.actor, args.currency, args.rate, args.on)
    print(f"1 {row.currency} = {row.rate} {row.quote} from {row.valid_from}")
    return 0


def _list(args: argparse.Namespace, ctx: Context) -> int:
    found = rates.list_rates(ctx.db, args.currency)
    headers = ["currency", "valid_from", "rate", "quote"]
    print_rows(headers, [[r.currency, r.valid_from, r.rate, r.quote] for r in found], args.format)
    return 0


def _import(args: argparse.Namespace, ctx: Context) -> int:
    if not args.file.is_file():
        raise InvalidInput(f"no file {args.file}")
    done = rates.import_rates(ctx.db, ctx.actor, args.file)
    covered = ", ".join(done.currencies) or "none"
    print(f"{done.read} rates read: {done.added} added, {done.changed} changed ({covered})")
    return 0
