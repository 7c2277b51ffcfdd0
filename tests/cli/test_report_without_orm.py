"""A scripted report runs on SQLAlchemy Core: it never imports the ORM nor maps a model (issue 15).

Each report is run as a whole process on a small demo file; afterwards the process's
own ``sys.modules`` must hold neither ``sqlalchemy.orm`` nor any module of ORM classes,
and the report must have printed its figures (a report that failed early would load
nothing either). The schema the reports query is ``funneldesk.storage.tables``, the
same Table objects the ORM classes map onto.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

PROBE = (
    "import json, sys\n"
    "sys.argv = ['funneldesk', *sys.argv[1:]]\n"
    "status = 0\n"
    "try:\n"
    "    from funneldesk.__main__ import main\n"
    "    status = main()\n"
    "except SystemExit as exc:\n"
    "    status = exc.code\n"
    "finally:\n"
    "    sys.stdout.flush()\n"
    "    print('MODULES ' + json.dumps([status, sorted(sys.modules)]), file=sys.stderr)\n"
)
ORM_MODULES = {
    "sqlalchemy.orm",
    "funneldesk.storage.models",
    "funneldesk.storage.derived_models",
    "funneldesk.storage.desk_models",
}
REPORTS = ("funnel", "managers", "channels", "periods", "velocity", "stages", "steps", "forecast", "rotting")
# Desk reports on Core too; compliance and accuracy still read through analytics.desk_derived
# and services.activities, which load the ORM.
DESK_ON_CORE = ("discounts", "whatif")


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path), "FUNNELDESK_DB": ""}


def _probe(*argv: str) -> tuple[int, set[str], str]:
    """Run funneldesk in a fresh process; return its exit status, loaded modules and output."""
    done = subprocess.run([sys.executable, "-c", PROBE, *argv], capture_output=True, text=True,
                          env=_env(), timeout=180, check=False)
    line = next((x for x in done.stderr.splitlines() if x.startswith("MODULES ")), None)
    assert line is not None, done.stderr
    status, modules = json.loads(line.removeprefix("MODULES "))
    return int(status or 0), set(modules), done.stdout


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small demo company: several owners, channels, won and lost deals, spend."""
    path = tmp_path_factory.mktemp("core-reports") / "demo.db"
    # Ending the history months ago leaves open leads past their stage's rotting limit.
    demo = ["demo", "--leads", "300", "--seed", "7", "--today", "2026-09-01"]
    made = subprocess.run([sys.executable, "-m", "funneldesk", "--db", str(path), *demo],
                          capture_output=True, text=True, env=_env(), timeout=600, check=False)
    assert made.returncode == 0, made.stderr
    return path


@pytest.mark.parametrize("kind", [*REPORTS, *DESK_ON_CORE, "whatif --key-level"])
def test_a_report_loads_no_orm(demo_file: Path, kind: str) -> None:
    """`report KIND` prints its rows without importing sqlalchemy.orm or the mapped classes."""
    status, modules, out = _probe("--db", str(demo_file), "report", *kind.split(), "--format", "csv")
    assert status == 0
    assert len(out.strip().splitlines()) >= 2  # a header and at least one row of figures
    assert not ORM_MODULES & modules
    assert "funneldesk.storage.tables" in modules  # it did query the schema


def test_json_and_filters_load_no_orm(demo_file: Path) -> None:
    """The JSON form (it adds the reporting currency) and name filters stay on Core too."""
    status, modules, out = _probe("--db", str(demo_file), "report", "managers", "--format", "json",
                                  "--team", "--from", "2000-01-01")
    assert status == 0
    doc = json.loads(out)
    assert doc["report"] == "managers" and doc["rows"] and len(doc["currency"]) == 3
    assert not ORM_MODULES & modules


def test_an_employee_sees_only_their_own_figures_without_the_orm(demo_file: Path) -> None:
    """Scoping by the acting user (sign-in, reach) runs on Core and still limits the rows."""
    listed = subprocess.run([sys.executable, "-m", "funneldesk", "--db", str(demo_file), "users", "list",
                             "--format", "json"], capture_output=True, text=True, env=_env(), timeout=120,
                            check=True)
    employee = next(u for u in json.loads(listed.stdout) if u["role"] == "employee")
    status, modules, out = _probe("--db", str(demo_file), "--as", employee["login"], "report", "managers",
                                  "--format", "json")
    assert status == 0
    assert [row["manager"] for row in json.loads(out)["rows"]] == [employee["name"]]
    assert not ORM_MODULES & modules
    status, modules, _out = _probe("--db", str(demo_file), "--as", employee["login"], "report", "managers",
                                   "--owner", "owner")
    assert status == 4  # someone else's figures: refused, not emptied
    assert not ORM_MODULES & modules


@pytest.mark.parametrize("kind", [*REPORTS, "compliance", *DESK_ON_CORE, "accuracy"])
def test_each_report_parses_its_own_options_when_named(kind: str) -> None:
    """Only the named report's options are built, and they are all there (even after `--as report`)."""
    from funneldesk.cli import main

    args = main.parse(["--as", "report", "report", kind, "--owner", "ann", "--format", "csv"])
    assert (args.kind, args.owner, args.format, args.as_user) == (kind, ["ann"], "csv", "report")
    assert args.func.__module__.startswith("funneldesk.cli.")
    wrong = "nonsense" if kind == "funnel" else "flow"  # --basis belongs to the funnel alone
    with pytest.raises(SystemExit):
        main.parse(["report", kind, "--basis", wrong])
