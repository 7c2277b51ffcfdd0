"""The demo on real databases: after ``init``, run twice, with passwords, as the wrong user, from the CLI."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from sqlalchemy import func, select

from funneldesk.cli.setup import initialise
from funneldesk.demo import fill_demo
from funneldesk.domain.errors import PermissionDenied
from funneldesk.services import leads, users
from funneldesk.storage.database import Database
from funneldesk.storage.models import ChannelSpend, Lead, Pipeline, User
from tests.demo.helpers import ANCHOR, dump


def _count(db: Database, model: object) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)  # type: ignore[arg-type]


def test_uses_the_owner_and_pipeline_that_init_made(db: Database) -> None:
    initialise(db, "typical-sales")
    result = fill_demo(db, leads=200, seed=3, anchor=ANCHOR)
    assert result.pipeline == "Typical sales"
    assert _count(db, Pipeline) == 1
    with db.read() as session:
        roles = sorted(session.scalars(select(User.role)))
    assert roles.count("owner") == 1 and roles.count("manager") == 2 and roles.count("employee") == 8


def test_a_second_run_adds_leads_but_not_people_channels_or_spend(db: Database) -> None:
    fill_demo(db, leads=150, seed=3, anchor=ANCHOR)
    before = dump(db)
    fill_demo(db, leads=150, seed=4, anchor=ANCHOR)
    after = dump(db)
    assert len(after["leads"]) == 300
    for table in ("users", "channels", "channel_spend", "personas", "lost_reasons"):
        assert after[table] == before[table]


def test_new_leads_get_fresh_ids_after_the_bulk_insert(db: Database) -> None:
    fill_demo(db, leads=120, seed=6, anchor=ANCHOR)
    owner = users.get_actor(db)
    created = leads.create_lead(db, owner, {"title": "Walk-in client"})
    assert created.id == 121


def test_no_passwords_unless_asked(db: Database) -> None:
    fill_demo(db, leads=10, seed=1, anchor=ANCHOR)
    assert not users.any_passwords(db)


def test_passwords_are_set_returned_and_work(db: Database) -> None:
    result = fill_demo(db, leads=10, seed=1, anchor=ANCHOR, passwords=True)
    assert len(result.passwords) == 11
    assert _count(db, User) == 11 and users.any_passwords(db)
    login, password = result.passwords[-1]
    assert users.sign_in(db, login, password).login == login


def test_only_an_owner_may_fill_demo_data(db: Database) -> None:
    fill_demo(db, leads=10, seed=1, anchor=ANCHOR)
    employee = users.get_actor(db, "tom.hale")
    with pytest.raises(PermissionDenied):
        fill_demo(db, leads=10, seed=2, anchor=ANCHOR, actor=employee)
    assert _count(db, Lead) == 10


def _cli(target: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "FUNNELDESK_DB": ""}
    command = [sys.executable, "-m", "funneldesk", "--db", target, *args]
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)


def test_cli_fills_and_reports(db_target: str) -> None:
    done = _cli(db_target, "demo", "--leads", "250", "--seed", "8", "--today", "2026-01-31")
    assert done.returncode == 0, done.stderr
    assert "250 leads" in done.stdout and "leads/s" in done.stdout
    database = Database(db_target)
    try:
        # two years before 2026-01-31: February 2024 to January 2026, every month for 8 channels
        assert _count(database, Lead) == 250 and _count(database, ChannelSpend) == 8 * 24
    finally:
        database.close()


def test_cli_refuses_bad_counts_with_usage_status(db_target: str) -> None:
    done = _cli(db_target, "demo", "--leads", "-3")
    assert done.returncode == 2 and "Traceback" not in done.stderr
