"""Every rate in every JSON report carries its sample size and an interval that contains it."""

from __future__ import annotations

import json
from typing import Any

import pytest

import funneldesk.cli.main as cli_main
from funneldesk.analytics.funnel import BASES
from funneldesk.cli.report import BASIS_KINDS, KINDS
from tests.analytics import maven

pytestmark = pytest.mark.skipif(not maven.DATA.exists(), reason="Maven CRM sample not present")


def report(db: str, capsys: pytest.CaptureFixture[str], *argv: str) -> dict[str, Any]:
    """Run a JSON report and return its document."""
    try:
        code = cli_main.run_command(cli_main.parse(["--db", db, "report", *argv, "--format", "json"]))
    except SystemExit as exc:
        code = int(exc.code or 0)
    out = capsys.readouterr()
    assert code == 0, out.err
    return json.loads(out.out)


def rates_of(row: dict[str, Any]) -> dict[str, tuple[Any, ...]]:
    """Return each rate of a row with its sample size and interval."""
    return {
        key[:-2]: (row[key[:-2]], row[key], row[f"{key[:-2]}_ci_low"], row[f"{key[:-2]}_ci_high"])
        for key in row
        if key.endswith("_n")
    }


def check_rates(row: dict[str, Any]) -> int:
    """Assert every rate of a row lies in its interval; return how many rates it has."""
    found = rates_of(row)
    for name, (value, n, low, high) in found.items():
        assert isinstance(n, int) and n >= 0, name
        if value is None:
            assert low is None and high is None, name
        else:
            assert n > 0 and 0 <= low <= value <= high <= 1, (name, value, n, low, high)
    return len(found)


@pytest.mark.parametrize(
    ("kind", "basis"),
    [(k, None) for k in KINDS if k not in BASIS_KINDS] + [(k, b) for k in BASIS_KINDS for b in BASES],
)
def test_every_rate_has_its_sample_and_an_interval_containing_it(
    maven_target: str, capsys: pytest.CaptureFixture[str], kind: str, basis: str | None
) -> None:
    doc = report(maven_target, capsys, kind, *(["--basis", basis] if basis else []))
    assert doc["basis"] == basis
    for row in doc["rows"] + ([doc["total"]] if doc["total"] else []):
        check_rates(row)


def test_the_rates_the_issue_named_carry_their_counts(
    maven_target: str, capsys: pytest.CaptureFixture[str]
) -> None:
    velocity = report(maven_target, capsys, "velocity")
    assert all("win_rate_n" in row for row in velocity["rows"] + [velocity["total"]])
    funnel = report(maven_target, capsys, "funnel", "--basis", "flow")
    first = funnel["rows"][0]
    assert first["drop_off_rate_n"] == first["reached"] and first["drop_off_rate"] is not None
    channels = report(maven_target, capsys, "channels")
    assert all(row["won"] >= 0 and "spend_months" in row for row in channels["rows"])
    periods = report(maven_target, capsys, "periods", "--by", "quarter")
    for row in periods["rows"]:
        assert row["conversion_n"] == row["created"] and row["created_won"] <= row["created"]
        assert row["win_rate_n"] == row["closed_won"] + row["closed_lost"]
