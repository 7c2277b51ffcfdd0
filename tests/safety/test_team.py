"""Team mode: PostgreSQL itself enforces the roles table, whatever the client does.

Runs only with FUNNELDESK_TEST_DB (CI's throwaway cluster, where every login but the
administrator must give its password). Each test prepares its database with
``team setup``, gives the users server passwords through the services, and then
connects as each person: through the command line, and directly with SQL.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import psycopg
import pytest
from accounts_matrix import PASSWORD, Cases, build_world, run_cli, run_matrix
from sqlalchemy import select
from sqlalchemy.engine import make_url

from funneldesk.demo import fill_demo
from funneldesk.services import leads, users
from funneldesk.services.permissions import lead_scope
from funneldesk.services.signin import connect_as
from funneldesk.storage.database import Database
from funneldesk.storage.models import Lead
from funneldesk.storage.team import setup_team

LOGINS = ("owner", "mia", "eli", "otto", "ola", "ema")


@dataclass(frozen=True)
class Team:
    """A team database: the administrator's URL and the matrix's cases."""

    admin_url: str
    cases: Cases


@pytest.fixture
def team(db_target: str) -> Iterator[Team]:
    """A database prepared by team setup, every user with a server password."""
    if "://" not in db_target:
        pytest.skip("team mode runs on PostgreSQL")
    db = Database(db_target)
    cases = build_world(db)
    setup_team(db)
    for login in LOGINS:
        users.set_password(db, cases.world.owner, login, PASSWORD)
    db.close()
    yield Team(db_target, cases)


def _connect(admin_url: str, login: str, password: str = PASSWORD) -> psycopg.Connection:
    url = make_url(admin_url)
    return psycopg.connect(host=url.host, port=url.port, dbname=url.database, user=login,
                           password=password, autocommit=True)


def test_permission_matrix_enforced_by_the_server(team: Team, tmp_path: Path,
                                                  figure: Callable[..., None]) -> None:
    """The command-line matrix again, each command connected as the person's own login."""
    results = run_matrix(team.admin_url, team.cases, tmp_path)
    wrong = [r for r in results if r.got != r.expected]
    figure("cli permission matrix", engine="postgresql team mode (RLS)", cases=len(results),
           allowed=sum(r.expected == 0 for r in results), refused=sum(r.expected == 4 for r in results),
           failures=len(wrong))
    assert wrong == []


def test_direct_sql_as_each_role(team: Team, figure: Callable[..., None]) -> None:
    """psql as each person: others' rows are invisible, updates and deletes of them affect 0 rows."""
    cases = team.cases
    admin = psycopg.connect(make_url(team.admin_url).set(drivername="postgresql")
                            .render_as_string(False), autocommit=True)
    totals = {t: admin.execute(f"SELECT count(*) FROM {t}").fetchone()[0]  # type: ignore[index]
              for t in ("leads", "lead_progress", "stage_stays", "stage_changes")}
    checks = 0
    for role, login in cases.logins.items():
        visible = cases.visible(role)
        with _connect(team.admin_url, login) as conn:
            seen = {r[0] for r in conn.execute("SELECT id FROM leads")}
            assert seen == visible, role
            progress = {r[0] for r in conn.execute("SELECT lead_id FROM lead_progress")}
            assert progress == visible, role
            stays = {r[0] for r in conn.execute("SELECT DISTINCT lead_id FROM stage_stays")}
            changes = {r[0] for r in conn.execute("SELECT DISTINCT lead_id FROM stage_changes")}
            assert stays <= visible and changes <= visible, role
            checks += 4
            hidden = [i for i in cases.holder if i not in visible]
            for table, column in (("leads", "id"), ("participants", "lead_id"), ("activities", "lead_id"),
                                  ("lead_progress", "lead_id")):
                if role != "owner" and hidden:
                    ids = ",".join(map(str, hidden))
                    target = "notes = 'hacked'" if table in ("leads", "activities") else (
                        "name = 'hacked'" if table == "participants" else "value_minor = 0")
                    updated = conn.execute(f"UPDATE {table} SET {target} WHERE {column} IN ({ids})")
                    deleted = conn.execute(f"DELETE FROM {table} WHERE {column} IN ({ids})")
                    assert (updated.rowcount, deleted.rowcount) == (0, 0), (role, table)
                    checks += 2
            hashes = conn.execute("SELECT count(*) FROM users WHERE password_hash IS NOT NULL").fetchone()
            assert hashes == (0,)
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute("SELECT rolpassword FROM pg_authid")
            checks += 2
            if role != "owner":
                with pytest.raises(psycopg.errors.InsufficientPrivilege):
                    conn.execute("UPDATE users SET role = 'owner'")
                with pytest.raises(psycopg.Error):  # the server refuses, whatever the SQL
                    conn.execute("SELECT funneldesk_account('owner', NULL, 'owner', true, true)")
                checks += 2
    after = {t: admin.execute(f"SELECT count(*) FROM {t}").fetchone()[0]  # type: ignore[index]
             for t in totals}
    notes = admin.execute("SELECT count(*) FROM leads WHERE notes = 'hacked'").fetchone()
    admin.close()
    figure("postgres direct SQL", roles=3, checks=checks, failures=0)
    assert after == totals and notes == (0,)


def require_password_checks(admin_url: str) -> None:
    """Skip when the server lets logins in without a password (a cluster not made by .ci/pg-up)."""
    try:
        _connect(admin_url, "eli", "surely not the password").close()
    except psycopg.OperationalError:
        return
    pytest.skip("this server trusts logins without a password; start one with .ci/pg-up")


def test_bad_sign_ins_are_one_line_and_change_nothing(team: Team) -> None:
    """Wrong password, no server role, deactivated login: exit 4; refused connection: exit 7."""
    url = team.admin_url
    require_password_checks(url)
    user_less = make_url(url)._replace(username=None).render_as_string(False)
    cases = [
        (run_cli(url, "eli", "not the password", "lead", "list")[0], 4),
        (run_cli(user_less, "eli", "not the password", "lead", "list")[0], 4),
        (run_cli(user_less, "eli", PASSWORD, "lead", "list")[0], 0),
        (run_cli(url, "nobody", PASSWORD, "lead", "list")[0], 4),
    ]
    db = Database(url)
    owner = users.get_actor(db)
    users.update_user(db, owner, "ola", active=False)
    cases.append((run_cli(url, "ola", PASSWORD, "lead", "list")[0], 4))
    closed = make_url(url).set(port=1).render_as_string(False)
    cases.append((run_cli(closed, "eli", PASSWORD, "lead", "list")[0], 7))
    assert [got for got, _ in cases] == [want for _, want in cases]
    refused = run_cli(url, "eli", "not the password", "lead", "list")[2]
    assert len(refused.strip().splitlines()) == 1 and "Traceback" not in refused
    assert setup_team(db).logins  # idempotent: a second run changes nothing it should not
    assert run_cli(url, "eli", PASSWORD, "lead", "list")[0] == 0
    db.close()


def test_an_employee_cannot_give_themselves_more(team: Team) -> None:
    """Through the services on their own connection: the server refuses what the app would."""
    mine = connect_as(team.admin_url, "eli", PASSWORD)
    eli = users.get_actor(mine, "eli")
    visible = {lead.id for lead in leads.list_leads(mine, eli)}
    assert visible == team.cases.visible("employee")
    with pytest.raises(Exception):  # noqa: B017  (the app or the server: either refuses)
        users.set_password(mine, eli, "owner", "taken over!")
    users.set_password(mine, eli, "eli", "a new one for eli")  # anyone may change their own
    mine.close()
    assert connect_as(team.admin_url, "eli", "a new one for eli").dialect == "postgresql"


def _report(target: str, login: str, password: str | None, kind: str) -> object:
    status, out, err = run_cli(target, login, password, "report", kind, "--format", "json")
    assert status == 0, err
    return json.loads(out)


def test_manager_reports_equal_sqlite(db_target: str, tmp_path: Path,
                                      figure: Callable[..., None]) -> None:
    """The same demo on both engines: every user's rows under RLS are the services' scope,
    and the managers' and an employee's reports on the server equal SQLite's."""
    if "://" not in db_target:
        pytest.skip("team mode runs on PostgreSQL")
    db = Database(db_target)
    setup_team(db)
    made = fill_demo(db, leads=300, seed=5, anchor=date(2026, 6, 1), passwords=True)
    passwords = dict(made.passwords)
    compared = 0
    for login, password in passwords.items():
        actor = users.get_actor(db, login)
        with db.read() as session:
            expected = set(session.scalars(select(Lead.id).where(lead_scope(session, actor))))
        mine = connect_as(db_target, login, password)
        with mine.read() as session:
            assert set(session.scalars(select(Lead.id))) == expected, login
        mine.close()
        compared += 1
    db.close()
    file = tmp_path / "same.db"
    plain = Database(file)
    fill_demo(plain, leads=300, seed=5, anchor=date(2026, 6, 1))
    people = {u.login: u.role for u in users.list_users(plain, users.get_actor(plain))}
    plain.close()
    chosen = [login for login in passwords if people[login] == "manager"]
    chosen += [next(login for login in passwords if people[login] == "employee")]
    reports = 0
    for login in chosen:
        for kind in ("funnel", "managers", "channels", "stages", "velocity"):
            on_pg = _report(db_target, login, passwords[login], kind)
            on_sqlite = _report(str(file), login, None, kind)
            assert on_pg == on_sqlite, (login, kind)
            reports += 1
    figure("team reports equal SQLite", users_scoped=compared, reports_compared=reports, failures=0)
