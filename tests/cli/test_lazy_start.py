"""Lazy start-up: a command imports only its own module; --help imports none."""

from __future__ import annotations

import argparse
import importlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from funneldesk.cli import main

PROBE = ("import json, sys, runpy\n"
         "sys.argv = ['funneldesk', *sys.argv[1:]]\n"
         "try:\n"
         "    from funneldesk.__main__ import main\n"
         "    main()\n"
         "except SystemExit:\n"
         "    pass\n"
         "finally:\n"
         "    print('MODULES ' + json.dumps(sorted(sys.modules)), file=sys.stderr)\n")


def _loaded(*argv: str) -> tuple[set[str], str]:
    """Run funneldesk in a fresh process; return the modules it imported and its output."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    done = subprocess.run([sys.executable, "-c", PROBE, *argv], capture_output=True, text=True,
                          env=env, timeout=120, check=False)
    line = next(x for x in done.stderr.splitlines() if x.startswith("MODULES "))
    return set(json.loads(line.removeprefix("MODULES "))), done.stdout


def test_command_table_matches_what_the_modules_register() -> None:
    """Every COMMANDS entry names the module that registers it, with the same one-line help."""
    registered: dict[str, tuple[str, str]] = {}
    for module in dict.fromkeys(m for m, _h in main.COMMANDS.values()):
        parser = argparse.ArgumentParser()
        sub = parser.add_subparsers()
        importlib.import_module(module).register(sub)
        for action in sub._choices_actions:
            registered[action.dest] = (module, str(action.help))
    assert registered == main.COMMANDS


@pytest.mark.parametrize(("argv", "word"), [
    (["report", "managers"], "report"),
    (["--db", "x.db", "--as", "ann", "lead", "list"], "lead"),
    (["--db=x.db", "check"], "check"),
    (["--db", "x.db"], None),
    (["-h"], None),
])
def test_command_word_is_found_after_global_options(argv: list[str], word: str | None) -> None:
    """The command word is the first word that is neither a global option nor its value."""
    assert main.command_name(argv) == word


def test_a_report_imports_only_its_command_module(sqlite_path: Path) -> None:
    """`report managers` loads funneldesk.cli.report and none of the other command modules."""
    modules, out = _loaded("--db", str(sqlite_path), "report", "managers")
    command_modules = {module for module, _help in main.COMMANDS.values()}
    commands = {m for m in modules if m in command_modules}
    assert commands == {"funneldesk.cli.report"}
    heavy = {"alembic", "openpyxl", "python_calamine", "pyqtgraph", "PySide6"}
    assert not heavy & {m.split(".")[0] for m in modules}
    # A dialect's option named in the schema imports that dialect (~20 ms) on SQLite too.
    assert "sqlalchemy.dialects.postgresql" not in modules
    assert "(no rows)" in out  # it ran: an empty database has no figures


def test_top_level_help_lists_every_command_without_importing_them() -> None:
    """`funneldesk --help` names every command from the static table; no command module loads."""
    modules, out = _loaded("--help")
    for name in main.COMMANDS:
        assert f"    {name}" in out
    assert not {m for m in modules if m.startswith("funneldesk.cli.") and m != "funneldesk.cli.main"}
    assert "sqlalchemy" not in modules


@pytest.fixture
def sqlite_path(db_target: str) -> Path:
    """A migrated SQLite file with an owner and a pipeline."""
    if "://" in db_target:
        pytest.skip("runs the command line on a file")
    subprocess.run([sys.executable, "-m", "funneldesk", "--db", db_target, "init"], check=True,
                   capture_output=True, env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)})
    return Path(db_target)
