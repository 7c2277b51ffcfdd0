"""The command line through a real subprocess: output, exit codes, one-line reasons."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from funneldesk.storage.database import Database


def funneldesk(db_target: str, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    """Run ``python -m funneldesk --db TARGET args...`` and capture its output."""
    env = {**os.environ, "FUNNELDESK_DB": ""}
    return subprocess.run(
        [sys.executable, "-m", "funneldesk", "--db", db_target, *args],
        capture_output=True,
        text=True,
        input=stdin,
        env=env,
        timeout=120,
    )


@pytest.fixture
def target(db_target: str) -> str:
    result = funneldesk(db_target, "init", "--template", "typical-sales")
    assert result.returncode == 0, result.stderr
    return db_target


def test_done_means_scenario_refuses_move_with_exit_3_naming_each_criterion(target: str) -> None:
    added = funneldesk(target, "lead", "add", "--title", "Acme renewal", "--company", "Acme")
    assert added.returncode == 0
    lead_id = added.stdout.strip()
    assert lead_id.isdigit()
    moved = funneldesk(target, "move", lead_id, "Commitment")
    assert moved.returncode == 3
    for words in (
        "phone number",
        "category",
        "persona",
        "value must be above 0",
        "Offer sent",
        "Documents signed",
    ):
        assert words in moved.stderr
    assert "Traceback" not in moved.stderr
    shown = json.loads(funneldesk(target, "lead", "show", lead_id, "--format", "json").stdout)
    assert shown["lead"]["stage_name"] == "Primary contact"


def test_move_lost_and_override_exit_zero_and_show_history(target: str) -> None:
    lead_id = funneldesk(target, "lead", "add", "--title", "Deal", "--phone", "+1 555 0100").stdout.strip()
    assert funneldesk(target, "move", lead_id, "Client qualification").returncode == 0
    assert funneldesk(target, "move", lead_id, "Commitment", "--override", "paper contract").returncode == 0
    shown = json.loads(funneldesk(target, "lead", "show", lead_id, "--format", "json").stdout)
    hows = [h["how"] for h in shown["history"]]
    assert hows[-1] == "override" and shown["lead"]["stage_kind"] == "won"
    other = funneldesk(target, "lead", "add", "--title", "Other").stdout.strip()
    lost = funneldesk(target, "lost", other, "--reason", "No budget")
    assert lost.returncode == 0
    listed = json.loads(funneldesk(target, "lead", "list", "--status", "lost", "--format", "json").stdout)
    assert [row["id"] for row in listed] == [int(other)]


def test_bad_usage_exits_2_and_rejected_input_exits_5(target: str) -> None:
    assert funneldesk(target, "no-such-command").returncode == 2
    assert funneldesk(target, "move").returncode == 2
    bad_email = funneldesk(target, "lead", "add", "--title", "X", "--email", "not-an-address")
    assert bad_email.returncode == 5
    assert len(bad_email.stderr.strip().splitlines()) == 1
    assert "e-mail" in bad_email.stderr
    missing = funneldesk(target, "lead", "show", "999")
    assert (missing.returncode, missing.stderr.strip()) == (5, "funneldesk: no lead 999")
    unknown = funneldesk(target, "lead", "add", "--title", "X", "--channel", "Carrier pigeon")
    assert unknown.returncode == 5
    assert unknown.stderr.startswith("funneldesk: no channel named 'Carrier pigeon'")


def test_permission_refusal_exits_4(target: str) -> None:
    assert funneldesk(target, "users", "add", "eli", "--name", "Eli", "--role", "employee").returncode == 0
    assert funneldesk(target, "users", "add", "ola", "--name", "Ola", "--role", "employee").returncode == 0
    lead_id = funneldesk(target, "--as", "ola", "lead", "add", "--title", "Ola's lead").stdout.strip()
    refused = funneldesk(target, "--as", "eli", "lead", "show", lead_id)
    assert refused.returncode == 4 and "may not" in refused.stderr
    config = funneldesk(target, "--as", "eli", "pipelines", "add", "Mine", "--stage", "A", "--stage", "B:won")
    assert config.returncode == 4
    mine = json.loads(funneldesk(target, "--as", "eli", "lead", "list", "--format", "json").stdout)
    assert mine == []


def test_pipelines_add_show_and_users_import(target: str, tmp_path: Path) -> None:
    added = funneldesk(
        target,
        "pipelines",
        "add",
        "Simple",
        "--stage",
        "New",
        "--stage",
        "Talking:open:40",
        "--stage",
        "Won:won",
        "--stage",
        "Lost:lost",
    )
    assert added.returncode == 0, added.stderr
    shown = json.loads(funneldesk(target, "pipelines", "show", "Simple", "--format", "json").stdout)
    assert [(s["name"], s["kind"], s["probability"]) for s in shown["stages"]] == [
        ("New", "open", 0),
        ("Talking", "open", 40),
        ("Won", "won", 100),
        ("Lost", "lost", 0),
    ]
    teams = tmp_path / "teams.csv"
    teams.write_text(
        "sales_agent,manager,regional_office\nAnna Snelling,Dustin Brinkmann,Central\n"
        "Cecily Lampkin,Dustin Brinkmann,Central\n",
        encoding="utf-8",
    )
    assert funneldesk(target, "users", "import", str(teams)).returncode == 0
    users = json.loads(funneldesk(target, "users", "list", "--format", "json").stdout)
    by_login = {u["login"]: u for u in users}
    assert by_login["anna.snelling"]["manager"] == "dustin.brinkmann"
    assert by_login["dustin.brinkmann"]["role"] == "manager"


def test_every_command_has_help(target: str) -> None:
    for command in (
        ["init"],
        ["lead", "add"],
        ["lead", "list"],
        ["move"],
        ["lost"],
        ["pipelines", "add"],
        ["users", "import"],
    ):
        result = funneldesk(target, *command, "--help")
        assert result.returncode == 0 and "usage:" in result.stdout


def test_python_m_and_default_database_from_environment(tmp_path: Path) -> None:
    env = {**os.environ, "FUNNELDESK_DB": str(tmp_path / "env.db")}
    result = subprocess.run(
        [sys.executable, "-m", "funneldesk", "init"], capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "env.db").exists()
    Database(tmp_path / "env.db").close()


def test_an_upgrade_says_it_starts_and_a_current_file_says_nothing(tmp_path: Path) -> None:
    from funneldesk.storage import migrate

    path = tmp_path / "old.db"
    old = Database(str(path), migrate=False)
    migrate.upgrade_if_needed(old.engine, "0015")  # a file from an earlier FunnelDesk
    old.close()
    first = funneldesk(str(path), "init", "--template", "typical-sales")
    assert first.returncode == 0, first.stderr
    said = f"upgrading old.db from schema 0015 to {migrate.HEAD_REVISION}: a verified backup first"
    assert said in first.stderr
    kept = first.stderr.split("the file as it was is kept as ")[1].strip()
    assert Path(kept).is_file() and "before-" in Path(kept).name
    again = funneldesk(str(path), "report", "managers")
    assert again.returncode == 0 and "upgrading" not in again.stderr
