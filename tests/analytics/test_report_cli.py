"""``funneldesk report``: the JSON contract on the Maven sample, exit codes, rebuild."""

from __future__ import annotations

import json

import pytest

import funneldesk.cli.main as cli_main
from tests.analytics import maven

pytestmark = pytest.mark.skipif(not maven.DATA.exists(), reason="Maven CRM sample not present")


@pytest.fixture
def maven_file(maven_target: str) -> str:
    """The path or URL of the database holding the Maven sample."""
    return maven_target


def run(db: str, *argv: str) -> int:
    """Run funneldesk with these arguments; return the exit status."""
    try:
        return cli_main.run_command(cli_main.parse(["--db", db, *argv]))
    except SystemExit as exc:
        return int(exc.code or 0)


def test_managers_team_json_matches_the_csv(maven_file: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(maven_file, "report", "managers", "--team", "--format", "json") == 0
    doc = json.loads(capsys.readouterr().out)
    assert set(doc) == {"report", "pipeline", "currency", "basis", "period", "filters", "rows", "total"}
    _, teams = maven.expected()
    rows = {r["manager"]: r for r in doc["rows"]}
    for name, (won, lost, value) in teams.items():
        row = rows[name]
        assert (row["won"], row["lost"], row["won_value"]) == (won, lost, value)
        assert row["win_rate"] == pytest.approx(won / (won + lost)) and row["win_rate_n"] == won + lost
        assert 0 <= row["win_rate_ci_low"] <= row["win_rate"] <= row["win_rate_ci_high"] <= 1


@pytest.mark.parametrize(
    "kind", ["funnel", "channels", "periods", "velocity", "stages", "forecast", "rotting"]
)
def test_every_report_prints_json_table_and_csv(
    maven_file: str, kind: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(maven_file, "report", kind, "--format", "json") == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["report"] == kind
    assert len({tuple(row) for row in doc["rows"]}) <= 1, "every row has the same keys"
    assert run(maven_file, "report", kind) == 0 and run(maven_file, "report", kind, "--format", "csv") == 0


def test_funnel_by_quarter_and_cohort(maven_file: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(maven_file, "report", "periods", "--by", "quarter", "--format", "json") == 0
    periods = [r["period"] for r in json.loads(capsys.readouterr().out)["rows"]]
    assert periods[0] == "2016-Q4" and "2017-Q1" in periods


def test_exit_codes(maven_file: str, capsys: pytest.CaptureFixture[str]) -> None:
    agent = maven.read("sales_teams.csv")[0]["sales_agent"].lower().replace(" ", ".")
    assert run(maven_file, "--as", agent, "report", "managers", "--owner", "maven.owner") == 4
    assert run(maven_file, "report", "funnel", "--pipeline", "Nope") == 5
    assert run(maven_file, "report", "funnel", "--from", "2017-13-01") == 2
    assert run(maven_file, "report", "funnel", "--from", "2017-05-01", "--to", "2017-01-01") == 5
    assert run(maven_file, "report", "rebuild") == 0
