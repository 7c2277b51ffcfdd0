"""Accounts on the command line: sign-in before anything, owner-only backups, the permission matrix.

Runs on SQLite and, with FUNNELDESK_TEST_DB, on PostgreSQL (the app's own checks);
the team-mode run, where the server enforces the same table, is in test_team.py.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from accounts_matrix import PASSWORD, build_world, run_cli, run_matrix
from safety_world import make_world

from funneldesk.services import leads, users
from funneldesk.storage.database import Database


def test_permission_matrix_through_the_command_line(db_target: str, tmp_path: Path,
                                                    engine_name: str,
                                                    figure: Callable[..., None]) -> None:
    """Each role x lead list/show/edit/delete/move/export, backup, users add, report: 0 or exit 4."""
    db = Database(db_target)
    cases = build_world(db)
    db.close()
    results = run_matrix(db_target, cases, tmp_path)
    wrong = [r for r in results if r.got != r.expected]
    figure("cli permission matrix", engine=engine_name, cases=len(results),
           allowed=sum(r.expected == 0 for r in results), refused=sum(r.expected == 4 for r in results),
           failures=len(wrong))
    assert wrong == []


def _fd(db: str, *argv: str, password: str | None = None,
        stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "FUNNELDESK_PASSWORD"}
    if password is not None:
        env["FUNNELDESK_PASSWORD"] = password
    return subprocess.run([sys.executable, "-m", "funneldesk", "--db", db, *argv], input=stdin,
                          capture_output=True, text=True, timeout=120, env=env)


def _one_line(run: subprocess.CompletedProcess[str]) -> str:
    assert "Traceback" not in run.stderr and len(run.stderr.strip().splitlines()) == 1, run.stderr
    return run.stderr.strip()


@pytest.fixture
def protected(db_target: str) -> str:
    """A database where every user has a password."""
    db = Database(db_target)
    world = make_world(db)
    leads.create_lead(db, world.owner, {"title": "Eli's deal"}, pipeline="Free", owner="eli")
    for login in ("owner", "mia", "eli"):
        users.set_password(db, world.owner, login, PASSWORD)
    db.close()
    return db_target


def test_no_credentials_wrong_and_right_password(protected: str) -> None:
    """No password: refused (4) and nothing done; wrong: refused; right: works."""
    nothing = _fd(protected, "users", "add", "mallory", "--role", "owner")
    assert nothing.returncode == 4 and "has a password" in _one_line(nothing)
    wrong = _fd(protected, "--as", "eli", "lead", "list", password="not the password")
    assert wrong.returncode == 4 and "wrong password" in _one_line(wrong)
    right = _fd(protected, "--as", "eli", "lead", "list", password=PASSWORD)
    assert right.returncode == 0 and "Eli's deal" in right.stdout
    listing = _fd(protected, "users", "list", password=PASSWORD)
    assert listing.returncode == 0 and "mallory" not in listing.stdout


def test_an_employee_cannot_take_backup_restore_or_list_backups(protected: str, tmp_path: Path) -> None:
    """backup, backups and restore are the owner's: an employee gets exit 4 and no file."""
    copy = tmp_path / "copy.db"
    taken = _fd(protected, "--as", "eli", "backup", "-o", str(copy), password=PASSWORD)
    assert taken.returncode == 4 and not copy.exists()
    _one_line(taken)
    assert _fd(protected, "--as", "eli", "backups", password=PASSWORD).returncode == 4
    assert _fd(protected, "--as", "mia", "backup", "--auto", password=PASSWORD).returncode == 4
    if "://" in protected:
        return  # the rest is about files
    assert _fd(protected, "backup", "-o", str(copy), password=PASSWORD).returncode == 0
    before = Path(protected).read_bytes()
    refused = _fd(protected, "--as", "eli", "restore", str(copy), password=PASSWORD)
    assert refused.returncode == 4 and Path(protected).read_bytes() == before
    assert _fd(protected, "restore", str(copy), password=PASSWORD).returncode == 0


def test_password_file_must_be_private(protected: str, tmp_path: Path) -> None:
    """--password-file works when only its owner can read it; a readable one is refused (4)."""
    secret = tmp_path / "secret"
    secret.write_text(PASSWORD + "\n", encoding="utf-8")
    secret.chmod(0o644)
    open_file = _fd(protected, "--password-file", str(secret), "--as", "mia", "lead", "list")
    assert open_file.returncode == 4 and "chmod 600" in _one_line(open_file)
    secret.chmod(0o600)
    assert _fd(protected, "--password-file", str(secret), "--as", "mia", "lead", "list").returncode == 0
    missing = _fd(protected, "--password-file", str(tmp_path / "nope"), "--as", "mia", "lead", "list")
    assert missing.returncode == 4
    _one_line(missing)


def test_users_passwd_checks_permission_first_and_needs_input(protected: str) -> None:
    """An employee changing the owner's password is refused before any prompt; no input: 5."""
    other = _fd(protected, "--as", "eli", "users", "passwd", "owner", password=PASSWORD,
                stdin="newpassword123\n")
    assert other.returncode == 4 and "may not change" in _one_line(other)
    empty = _fd(protected, "--as", "eli", "users", "passwd", "eli", password=PASSWORD)
    assert empty.returncode == 5 and _one_line(empty) == "funneldesk: no password given"
    piped = _fd(protected, "--as", "eli", "users", "passwd", "eli", password=PASSWORD,
                stdin="a brand new one\n")
    assert piped.returncode == 0
    assert _fd(protected, "--as", "eli", "lead", "list", password="a brand new one").returncode == 0
    assert _fd(protected, "--as", "eli", "lead", "list", password=PASSWORD).returncode == 4


def test_failed_command_line_sign_ins_are_throttled_like_the_window(protected: str) -> None:
    """Failures from the command line count in the database: after three, even the right one waits."""
    for _ in range(3):
        assert run_cli(protected, "mia", "wrong!", "lead", "list")[0] == 4
    status, _, err = run_cli(protected, "mia", PASSWORD, "lead", "list")
    assert status == 4 and "too many failed attempts" in err


def test_a_user_without_password_needs_none(db_target: str) -> None:
    """A single owner on their own machine: no password, no prompt, no friction."""
    db = Database(db_target)
    make_world(db)
    db.close()
    assert _fd(db_target, "lead", "list").returncode == 0
    assert _fd(db_target, "--as", "eli", "lead", "list").returncode == 0
    unknown = _fd(db_target, "--as", "nobody", "lead", "list")
    assert unknown.returncode == 4 and "unknown login" in _one_line(unknown)
