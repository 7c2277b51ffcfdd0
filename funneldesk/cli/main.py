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
from typing import TYPE_CHECKING

from funneldesk.domain.errors import FunnelDeskError, GateRefused
from funneldesk.paths import DB_ENV, resolve_target

if TYPE_CHECKING:  # imported when first used: `funneldesk --help` needs neither
    from funneldesk.domain.records import UserRecord
    from funneldesk.storage.database import Database

DEBUG_ENV = "FUNNELDESK_DEBUG"  # set: an unexpected error shows its traceback

# ---------------------------------------------------------------------------------
# Registering a command: the ONE place. Add a line to COMMANDS,
#     "name": ("funneldesk.cli.module", "one-line help shown by `funneldesk --help`"),
# for every command name the module's ``register(subparsers)`` adds (handlers are
# func(args, ctx) -> int). Only the module of the command being run is imported, so
# `funneldesk report managers` imports funneldesk.cli.report and nothing else of the
# command line; `funneldesk --help` reads this table and imports no module at all.
# tests/cli/test_lazy_start.py checks that the table matches what each module registers.
#
# COMMAND_MODULES is the older form (a module name, imported on every run because its
# command names are unknown here); it still works for modules not yet in COMMANDS, at
# the old start-up cost. Convert such entries to COMMANDS lines.
# ---------------------------------------------------------------------------------
COMMANDS: dict[str, tuple[str, str]] = {
    "init": ("funneldesk.cli.setup", "create a database with an owner and a stage template"),
    "templates": ("funneldesk.cli.setup", "list the built-in stage templates"),
    "demo": ("funneldesk.cli.demo", "fill a database with realistic demo data"),
    "lead": ("funneldesk.cli.leads", "add, show, list, edit, assign or delete leads"),
    "move": ("funneldesk.cli.leads", "move a lead to a stage (gated)"),
    "lost": ("funneldesk.cli.leads", "mark a lead lost"),
    "tick": ("funneldesk.cli.leads", "tick (or --untick) a checklist item of a lead"),
    "approve": ("funneldesk.cli.leads", "give an approval a lead's gate needs"),
    "pipelines": ("funneldesk.cli.config", "list, add or show pipelines"),
    "users": ("funneldesk.cli.config", "add, list or import users"),
    "channels": ("funneldesk.cli.config", "list or add lead channels"),
    "import": ("funneldesk.cli.spreadsheets", "import leads and their history from .xlsx or .csv"),
    "export": ("funneldesk.cli.spreadsheets",
               "export leads, the analytics report or the accountant workbook to .xlsx or .csv"),
    "backup": ("funneldesk.cli.backup", "take a verified online backup (SQLite backup API)"),
    "restore": ("funneldesk.cli.backup",
                "replace the database with a backup (the current file is kept first)"),
    "backups": ("funneldesk.cli.backup", "list the backups of the database with their dates"),
    "check": ("funneldesk.cli.backup", "run SQLite's integrity and foreign-key checks"),
    "report": ("funneldesk.cli.report", "funnel, manager, channel, period and other reports"),
    "rates": ("funneldesk.cli.rates", "the reporting currency and exchange rates"),
    "activity": ("funneldesk.cli.activity", "schedule, list and complete follow-ups"),
    "team": ("funneldesk.cli.config", "team mode on PostgreSQL: the server enforces who sees what"),
    "settings": ("funneldesk.cli.settings", "show or change lasting settings (discount-threshold)"),
}
COMMAND_MODULES: tuple[str, ...] = ()
_GLOBAL_WITH_VALUE = frozenset({"--db", "--as", "--password-file"})


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


def _base_parser() -> tuple[argparse.ArgumentParser, argparse._SubParsersAction]:  # type: ignore[type-arg]
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
    return parser, sub


def command_name(argv: list[str]) -> str | None:
    """Return the command word of a command line (the first word that is not a global option)."""
    return next(iter(_from_command(argv)), None)


def _from_command(argv: list[str]) -> list[str]:
    """Return the command line from its command word on ([] when there is none)."""
    index = 0
    while index < len(argv):
        word = argv[index]
        if word in _GLOBAL_WITH_VALUE:
            index += 2
        elif word == "--":
            return argv[index + 1:]
        elif not word.startswith("-"):
            return argv[index:]
        else:
            index += 1
    return []


def _register(name: str, sub: argparse._SubParsersAction, argv: list[str] | None) -> None:  # type: ignore[type-arg]
    """Register a command module's parsers; given the command line, only what it runs in full.

    A module with sub-commands (``report``: 13 of them, 0.2 ms each to build) may define
    ``register_only(sub, words)``: it gets the words after its command word and builds
    only the sub-command named there (all of them when none is, for ``report --help``).
    """
    module = importlib.import_module(name)
    narrow = getattr(module, "register_only", None)
    if narrow is not None and argv is not None:
        narrow(sub, _from_command(argv)[1:])
    else:
        module.register(sub)


def _legacy_modules() -> list[str]:
    """Return COMMAND_MODULES entries that COMMANDS does not name (imported on every run)."""
    listed = {module for module, _help in COMMANDS.values()}
    return [name for name in COMMAND_MODULES if name not in listed]


def build_parser(command: str | None = None, argv: list[str] | None = None) -> argparse.ArgumentParser:
    """Build the parser: the named command's module in full, the others as names and help only.

    With no command (or one not in COMMANDS) every module is imported, as before. With
    ``argv`` a module with sub-commands builds only the one the command line names.
    """
    parser, sub = _base_parser()
    module = COMMANDS.get(command, (None, ""))[0] if command is not None else None
    if module is None and command is not None:
        for name in (*dict.fromkeys(m for m, _h in COMMANDS.values()), *_legacy_modules()):
            importlib.import_module(name).register(sub)
        return parser
    if module is not None:
        _register(module, sub, argv)
    for name in _legacy_modules():
        importlib.import_module(name).register(sub)
    if module is not None:
        return parser  # a known command runs: the others' names would only serve --help
    for name, (_module, text) in COMMANDS.items():
        if name not in sub.choices:  # listed for --help; never run: its module was not loaded
            sub.add_parser(name, help=text, add_help=False)
    return parser


def parse(argv: list[str]) -> argparse.Namespace:
    """Parse the command line (exits with status 2 on bad usage), loading only its command."""
    return build_parser(command_name(argv), argv).parse_args(argv)


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
