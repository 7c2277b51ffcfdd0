"""``funneldesk settings``: the discount threshold lasts, reports use it, owners and managers change it."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

import funneldesk.cli.main as cli_main
from funneldesk.services import leads
from funneldesk.storage.database import Database
from funneldesk.storage.models import AuditEntry
from tests.core.helpers import make_team


def run(db: str, *argv: str) -> int:
    """Run funneldesk in process; return the exit status."""
    try:
        return cli_main.run_command(cli_main.parse(["--db", db, *argv]))
    except SystemExit as exc:
        return int(exc.code or 0)


def above(db: str, capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[dict[str, int], object]:
    """Return eli's and ola's above-threshold counts from report discounts, and the threshold used."""
    capsys.readouterr()
    assert run(db, "report", "discounts", "--format", "json", *argv) == 0
    doc = json.loads(capsys.readouterr().out)
    return {r["login"]: r["above_threshold"] for r in doc["rows"]}, doc["total"]["threshold"]


@pytest.fixture
def target(db_target: str) -> str:
    """Discounts of 10, 18 and 25 % for eli, 18 % for ola."""
    db = Database(db_target)
    team = make_team(db)
    for owner, discount in (("eli", "10"), ("eli", "18"), ("eli", "25"), ("ola", "18")):
        leads.create_lead(db, team.owner, {"title": "D", "value": "1000", "discount": discount}, owner=owner)
    db.close()
    return db_target


def test_set_threshold_lasts_and_report_counts_with_it(
    target: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Default 15 %: 18 and 25 are above; set 20 %: only 25; back to default: 18 and 25 again."""
    assert above(target, capsys) == ({"eli": 2, "ola": 1}, 15)
    assert run(target, "settings", "get", "discount-threshold") == 0
    assert capsys.readouterr().out.startswith("15% (default")
    assert run(target, "--as", "mia", "settings", "set", "discount-threshold", "20%") == 0
    assert capsys.readouterr().out.strip() == "discount-threshold: 20%"
    counts, used = above(target, capsys)
    assert counts == {"eli": 1, "ola": 0} and used == 20
    assert run(target, "settings", "get") == 0
    assert capsys.readouterr().out.strip() == "discount-threshold: 20%"
    # --threshold still overrides for one run, and leaves the stored figure alone
    assert above(target, capsys, "--threshold", "5")[0] == {"eli": 3, "ola": 1}
    assert above(target, capsys)[0] == {"eli": 1, "ola": 0}
    assert run(target, "settings", "set", "discount-threshold", "default") == 0
    assert above(target, capsys)[0] == {"eli": 2, "ola": 1}
    db = Database(target)
    with db.read() as session:
        changes = session.execute(
            select(AuditEntry.old_value, AuditEntry.new_value).where(AuditEntry.field == "discount_threshold")
            .order_by(AuditEntry.id)
        ).all()
    db.close()
    assert [tuple(c) for c in changes] == [(None, "20"), ("20", None)]


def test_employee_and_bad_values_are_refused_and_change_nothing(
    target: str, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert run(target, "--as", "eli", "settings", "set", "discount-threshold", "50%") == 4
    assert run(target, "settings", "set", "discount-threshold", "120%") == 5
    assert run(target, "settings", "set", "discount-threshold", "lots") == 5
    assert run(target, "settings", "set", "colour", "blue") == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and "may not change the discount threshold" in err
    assert above(target, capsys) == ({"eli": 2, "ola": 1}, 15)


def test_team_server_lets_a_manager_change_the_threshold_and_nothing_else(
    target: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Team mode: mia on her own connection sets it; the server refuses her other keys and eli any."""
    if "://" not in target:
        pytest.skip("team mode runs on PostgreSQL")
    import psycopg
    from sqlalchemy.engine import make_url

    from funneldesk.services import users
    from funneldesk.storage.team import setup_team

    db = Database(target)
    setup_team(db)
    owner = users.get_actor(db)
    for login in ("mia", "eli"):
        users.set_password(db, owner, login, "team-password-1")
    db.close()
    monkeypatch.setenv("FUNNELDESK_PASSWORD", "team-password-1")
    capsys.readouterr()
    assert run(target, "--as", "mia", "settings", "set", "discount-threshold", "20") == 0
    assert run(target, "--as", "eli", "settings", "set", "discount-threshold", "50") == 4
    assert run(target, "--as", "eli", "settings", "get", "discount-threshold") == 0
    assert capsys.readouterr().out.strip().endswith("20%")
    url = make_url(target)

    def as_person(login: str, statement: str) -> int:
        with psycopg.connect(host=url.host, port=url.port, dbname=url.database, user=login,
                             password="team-password-1", autocommit=True) as conn:
            try:
                return conn.execute(statement).rowcount
            except psycopg.errors.InsufficientPrivilege:
                return -1

    assert as_person("mia", "UPDATE settings SET value = '1' WHERE key = 'discount_threshold'") == 1
    assert as_person("mia", "UPDATE settings SET value = '0' WHERE key = 'team.enforced'") == 0
    assert as_person("mia", "INSERT INTO settings (key, value) VALUES ('backup.keep_daily', '0')") == -1
    assert as_person("eli", "UPDATE settings SET value = '99' WHERE key = 'discount_threshold'") == -1
