"""``funneldesk settings get|set``: lasting settings that change what reports count.

    funneldesk settings get                           every setting and its value
    funneldesk settings get discount-threshold        20% (or the gate's default)
    funneldesk settings set discount-threshold 20%    owner or manager; audited
    funneldesk settings set discount-threshold default   back to the approval gate's figure

``report discounts --threshold PCT`` still overrides the stored figure for one run.
Exit status: 0 ok, 2 bad usage, 4 not allowed (an employee), 5 rejected value.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from funneldesk.services import settings

if TYPE_CHECKING:
    from funneldesk.cli.main import Context


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the settings command and its get and set subcommands."""
    parser = sub.add_parser("settings", help="show or change lasting settings (discount-threshold)")
    inner = parser.add_subparsers(title="settings commands", metavar="ACTION", required=True)
    get = inner.add_parser("get", help="print a setting (all of them without NAME)")
    get.add_argument("name", nargs="?", choices=settings.NAMES, metavar="NAME")
    get.set_defaults(func=_get)
    put = inner.add_parser("set", help="change a setting (owner or manager)")
    put.add_argument("name", choices=settings.NAMES, metavar="NAME")
    put.add_argument("value", metavar="VALUE", help="e.g. 20%%, or default")
    put.set_defaults(func=_set)


def _get(args: argparse.Namespace, ctx: Context) -> int:
    if args.name is not None:
        print(settings.get_setting(ctx.db, args.name))
        return 0
    for name in settings.NAMES:
        print(f"{name}: {settings.get_setting(ctx.db, name)}")
    return 0


def _set(args: argparse.Namespace, ctx: Context) -> int:
    value = settings.set_setting(ctx.db, ctx.actor, args.name, args.value)
    print(f"{args.name}: {value}")
    return 0
