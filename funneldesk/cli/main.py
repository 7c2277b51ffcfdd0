"""Parse arguments, open the database lazily, run one command, map errors to exit codes.

Exit status: 0 success, 2 bad usage, 3 gate refused, 4 permission refused,
5 rejected input, 6 stale edit, 7 database problem — always with a one-line reason.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from functools import cached_property

from funneldesk.domain.errors import FunnelDeskError, GateRefused
from funneldesk.domain.records import UserRecord
from funneldesk.paths import resolve_target
from funneldesk.storage.database import Database

# Each module exposes register(subparsers); handlers are func(args, ctx) -> int.
COMMAND_MODULES = (
    "funneldesk.cli.setup",
    "funneldesk.cli.demo",
    "funneldesk.cli.leads",
    "funneldesk.cli.config",
    "funneldesk.cli.spreadsheets",
    "funneldesk.cli.backup",
    "funneldesk.cli.report",
)


class Context:
    """What a command needs: the database (opened on first use) and the acting user."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.target = resolve_target(args.db)

    @cached_property
    def db(self) -> Database:
        """Open the database, migrating it if it is older (in team mode, as the person signing in)."""
        from funneldesk.cli.signin import open_database

        return open_database(self)

    @cached_property
    def actor(self) -> UserRecord:
        """Return the user named by --as, or the owner, signed in when they have a password."""
        from funneldesk.cli.signin import sign_in

        return sign_in(self)

    def close(self) -> None:
        """Close the database if it was opened."""
        if "db" in self.__dict__:
            self.db.close()


class _Parser(argparse.ArgumentParser):
    """argparse with exit status 2 and a one-line message on bad usage."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"{self.prog}: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    """Build the parser with every command registered."""
    parser = _Parser(
        prog="funneldesk", description="Desktop lead-pipeline manager. With no command, opens the window."
    )
    parser.add_argument(
        "--db",
        help="database file or postgresql:// URL (default: $FUNNELDESK_DB "
        "or the file in your data directory)",
    )
    parser.add_argument("--as", dest="as_user", metavar="USER", help="act as this login (default: the owner)")
    parser.add_argument("--password-file", metavar="FILE",
                        help="sign in with the password in FILE (only its owner may read it); "
                        "or set $FUNNELDESK_PASSWORD")
    sub = parser.add_subparsers(title="commands", metavar="COMMAND", parser_class=_Parser)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def parse(argv: list[str]) -> argparse.Namespace:
    """Parse the command line (exits with status 2 on bad usage)."""
    return build_parser().parse_args(argv)


def run_command(args: argparse.Namespace) -> int:
    """Run the parsed command and turn expected errors into exit codes."""
    ctx = Context(args)
    try:
        return int(args.func(args, ctx))
    except GateRefused as exc:
        print("funneldesk: move refused; unmet exit criteria:", file=sys.stderr)
        for unmet in exc.unmet:
            print(f"  - {unmet.stage_name}: {unmet.text}", file=sys.stderr)
        return exc.exit_code
    except FunnelDeskError as exc:
        print(f"funneldesk: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("funneldesk: interrupted", file=sys.stderr)
        return 130
    finally:
        ctx.close()
