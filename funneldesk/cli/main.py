"""Parse arguments, open the database lazily, run one command, map errors to exit codes.

Exit status: 0 success, 2 bad usage, 3 gate refused, 4 permission refused,
5 rejected input, 6 stale edit, 7 database problem — always with a one-line reason.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from functools import cached_property

from funneldesk.domain.errors import FunnelDeskError, GateRefused
from funneldesk.domain.records import UserRecord
from funneldesk.paths import DB_ENV, resolve_target
from funneldesk.storage.database import Database

DEBUG_ENV = "FUNNELDESK_DEBUG"  # set: an unexpected error shows its traceback

# Each module exposes register(subparsers); handlers are func(args, ctx) -> int.
COMMAND_MODULES = (
    "funneldesk.cli.setup",
    "funneldesk.cli.demo",
    "funneldesk.cli.leads",
    "funneldesk.cli.config",
    "funneldesk.cli.spreadsheets",
    "funneldesk.cli.backup",
    "funneldesk.cli.report",
    "funneldesk.cli.rates",
    "funneldesk.cli.activity",
)


class Context:
    """What a command needs: the database (opened on first use) and the acting user."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.target = resolve_target(args.db)

    @cached_property
    def db(self) -> Database:
        """Open the database, migrating it if it is older; never scans the whole file.

        A scripted command costs the same on a 2.7 GB file as on an empty one: the full
        integrity scan, when due after an unclean close, is left to the next window or
        to ``funneldesk check`` (SQLite still refuses any page it finds damaged). In team
        mode the connection is the person's who signs in.
        """
        from sqlalchemy.exc import OperationalError

        from funneldesk.cli.signin import open_database
        from funneldesk.cli.target import check_target, open_failure

        check_target(self.target, explicit=bool(self.args.db or os.environ.get(DB_ENV)))
        try:
            return open_database(self)
        except (OSError, OperationalError) as exc:  # what check_target could not foresee
            raise open_failure(self.target, exc) from exc

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
        status = int(args.func(args, ctx))
        sys.stdout.flush()  # a reader that closed the pipe is met here, not at exit
        return status
    except BrokenPipeError:
        return _reader_gone()
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
    except Exception as exc:  # a bug: one line for the user, the traceback on request
        if os.environ.get(DEBUG_ENV):
            raise
        first = str(exc).splitlines()[0] if str(exc) else ""
        print(f"funneldesk: unexpected error: {type(exc).__name__}: {first} (a bug; "
              f"{DEBUG_ENV}=1 shows where)", file=sys.stderr)
        return 1
    finally:
        ctx.close()


def _reader_gone() -> int:
    """End quietly when the reader closed the pipe early (``| head``), as coreutils do."""
    # Python would flush stdout again at exit and print the same error; point it at devnull.
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    return 141  # 128 + SIGPIPE, what the shell reports for `seq 1 100000 | head -n 1`
