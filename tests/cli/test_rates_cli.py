"""``funneldesk rates``: base, set, list, import, with one-line reasons and exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import funneldesk.cli.main as cli_main


def run(db: str, *argv: str) -> int:
    """Run funneldesk in process; return the exit status."""
    try:
        return cli_main.run_command(cli_main.parse(["--db", db, *argv]))
    except SystemExit as exc:
        return int(exc.code or 0)


@pytest.fixture
def target(db_target: str) -> str:
    assert run(db_target, "init", "--template", "typical-sales") == 0
    assert run(db_target, "users", "add", "mia", "--name", "Mia", "--role", "manager") == 0
    return db_target


def test_set_list_and_a_won_deal_in_the_report_total(
    target: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(target, "rates", "base") == 0 and capsys.readouterr().out.strip() == "USD"
    assert run(target, "rates", "set", "eur", "1.08", "--on", "2024-01-01") == 0
    assert capsys.readouterr().out.strip() == "1 EUR = 1.08 USD from 2024-01-01"
    assert run(target, "rates", "list", "--format", "json") == 0
    assert json.loads(capsys.readouterr().out) == [
        {"currency": "EUR", "valid_from": "2024-01-01", "rate": "1.08", "quote": "USD"}
    ]
    assert run(target, "report", "managers", "--format", "json") == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["currency"] == "USD" and doc["total"]["unconverted"] == {}


def test_mistakes_end_in_one_line_with_their_exit_code(
    target: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    capsys.readouterr()
    assert run(target, "rates", "set", "XYZ", "1") == 5
    assert run(target, "rates", "set", "EUR", "zero") == 5
    assert run(target, "rates", "set", "EUR", "1", "--on", "yesterday") == 2
    assert run(target, "--as", "mia", "rates", "set", "EUR", "1.1") == 4
    assert run(target, "--as", "mia", "rates", "base", "EUR") == 4
    assert run(target, "rates", "import", str(tmp_path / "missing.csv")) == 5
    bad = tmp_path / "bad.csv"
    bad.write_text("when,what\n1,2\n", encoding="utf-8")
    assert run(target, "rates", "import", str(bad)) == 5
    err = capsys.readouterr().err
    assert "Traceback" not in err and "not an ISO 4217 currency code: 'XYZ'" in err


def test_the_ecb_file_imports_from_the_command_line(
    target: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    ecb = tmp_path / "eurofxref-hist.csv"
    ecb.write_text("Date,USD,JPY,\n2024-03-15,1.0887,162.3,\n2024-03-14,1.0925,N/A,\n", encoding="utf-8")
    assert run(target, "rates", "import", str(ecb)) == 0
    assert "3 rates read: 3 added, 0 changed (EUR, JPY)" in capsys.readouterr().out
    assert run(target, "rates", "base", "EUR") == 0 and run(target, "rates", "list", "--format", "csv") == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert "USD,2024-03-15,0.9185266832,EUR" in lines  # 1 / 1.0887, to 12 places
    assert "JPY,2024-03-15,0.006161429452,EUR" in lines  # 1 / 162.3, crossed through USD


def test_init_stores_the_reporting_currency(target: str) -> None:
    """A new file knows its reporting currency: no report has to guess it from the leads."""
    from funneldesk.services.rates import stored_base
    from funneldesk.storage.database import Database

    db = Database(target)
    try:
        with db.read() as session:
            assert stored_base(session) == "USD"
    finally:
        db.close()
