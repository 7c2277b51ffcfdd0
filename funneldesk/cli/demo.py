"""``funneldesk demo``: fill a database with a realistic small business and two years of leads."""

from __future__ import annotations

import argparse
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from funneldesk.cli.main import Context

MAX_LEADS = 2_000_000


def _lead_count(raw: str) -> int:
    try:
        count = int(raw)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a whole number: {raw!r}") from exc
    if not 0 <= count <= MAX_LEADS:
        raise argparse.ArgumentTypeError(f"choose between 0 and {MAX_LEADS:,} leads")
    return count


def _anchor(raw: str) -> date:
    try:
        return date.fromisoformat(raw)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {raw!r}") from exc


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the demo command."""
    parser = sub.add_parser(
        "demo",
        help="fill a database with realistic demo data",
        description="Add an owner, 2 managers, 8 employees, 8 channels with monthly spend, personas, "
        "lost reasons and two years of leads with their stage history, in one transaction. "
        "The same --seed (and --today) gives the same data on SQLite and PostgreSQL.",
    )
    parser.add_argument(
        "--leads", type=_lead_count, default=5000, metavar="N", help="how many leads (default 5000)"
    )
    parser.add_argument("--seed", type=int, default=1, metavar="S", help="random seed (default 1)")
    parser.add_argument(
        "--today",
        type=_anchor,
        default=None,
        metavar="YYYY-MM-DD",
        help="the day the demo history ends before (default: today)",
    )
    parser.add_argument(
        "--passwords",
        action="store_true",
        help="give the demo users random passwords and print them (otherwise nobody needs to sign in)",
    )
    parser.set_defaults(func=_demo)


def _demo(args: argparse.Namespace, ctx: Context) -> int:
    from funneldesk.demo import fill_demo
    from funneldesk.services.users import any_passwords

    # A protected database is filled only by a signed-in owner; a new one needs no one.
    actor = ctx.actor if args.as_user or any_passwords(ctx.db) else None
    result = fill_demo(
        ctx.db, leads=args.leads, seed=args.seed, anchor=args.today, passwords=args.passwords, actor=actor
    )
    rate = result.leads / result.seconds if result.seconds else 0.0
    print(
        f"added {result.leads:,} leads with {result.stage_changes:,} stage changes to pipeline "
        f"{result.pipeline!r} in {ctx.db.display_name} ({result.seconds:.1f} s, {rate:,.0f} leads/s)"
    )
    if result.passwords:
        print("sign in with (shown once, keep them safe):")
        width = max(len(login) for login, _ in result.passwords)
        for login, password in result.passwords:
            print(f"  {login:<{width}}  {password}")
    return 0
