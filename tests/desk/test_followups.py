"""Follow-ups: ``activity add|list|done`` and the Today page's data, within each user's reach."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

import funneldesk.cli.main as cli_main
from funneldesk.services import activities, leads
from funneldesk.storage.database import Database
from tests.core.helpers import make_team


def run(db: str, *argv: str) -> int:
    """Run funneldesk with these arguments; return the exit status."""
    try:
        return cli_main.run_command(cli_main.parse(["--db", db, *argv]))
    except SystemExit as exc:
        return int(exc.code or 0)


def listed(db: str, capsys: pytest.CaptureFixture[str], *argv: str) -> list[dict]:
    """Return ``activity list --format json`` rows."""
    capsys.readouterr()
    assert run(db, *argv, "activity", "list", "--format", "json") == 0
    return json.loads(capsys.readouterr().out)


def test_a_call_due_yesterday_is_overdue_and_on_today_until_done(
    db_target: str, capsys: pytest.CaptureFixture[str]
) -> None:
    db = Database(db_target)
    team = make_team(db)
    lead = leads.create_lead(db, team.employee, {"title": "Acme", "phone": "+1 555 0100"})
    db.close()
    yesterday = (date.today() - timedelta(days=1)).isoformat()
    capsys.readouterr()
    assert (
        run(
            db_target,
            "--as",
            "eli",
            "activity",
            "add",
            str(lead.id),
            "--kind",
            "call",
            "--due",
            yesterday,
            "--note",
            "call back",
        )
        == 0
    )
    activity_id = int(capsys.readouterr().out.strip())

    rows = listed(db_target, capsys, "--as", "eli")
    assert [r["id"] for r in rows] == [activity_id]
    capsys.readouterr()
    assert run(db_target, "--as", "eli", "activity", "list", "--overdue", "--format", "json") == 0
    overdue = json.loads(capsys.readouterr().out)
    assert len(overdue) == 1
    assert {k: overdue[0][k] for k in ("id", "lead_id", "kind", "owner", "done")} == {
        "id": activity_id,
        "lead_id": lead.id,
        "kind": "call",
        "owner": "Eli Employee",
        "done": False,
    }
    assert overdue[0]["due"].startswith(yesterday)

    db = Database(db_target)
    view = activities.today_view(db, team.employee)
    assert [a.id for a in view.overdue] == [activity_id] and view.count == 1
    assert activities.today_view(db, team.other_employee).overdue == ()
    db.close()

    assert run(db_target, "--as", "eli", "activity", "done", str(activity_id)) == 0
    capsys.readouterr()
    assert run(db_target, "--as", "eli", "activity", "list", "--overdue", "--format", "json") == 0
    assert json.loads(capsys.readouterr().out) == []
    db = Database(db_target)
    assert activities.today_view(db, team.employee).overdue == ()
    done_that_day = activities.list_activities(db, team.employee, due=date.today() - timedelta(days=1))
    assert [(a.id, a.done) for a in done_that_day] == [(activity_id, True)]
    db.close()


def test_reach_employee_manager_and_owner(db_target: str, capsys: pytest.CaptureFixture[str]) -> None:
    db = Database(db_target)
    team = make_team(db)
    mine = leads.create_lead(db, team.employee, {"title": "Mine"})
    theirs = leads.create_lead(db, team.other_employee, {"title": "Theirs"})
    today = date.today()
    a = activities.schedule(db, team.employee, mine.id, "meeting", today, "demo prep")
    b = activities.schedule(db, team.other_employee, theirs.id, "email", today)
    assert [r.id for r in activities.today_view(db, team.employee).due_today] == [a]
    assert [r.id for r in activities.today_view(db, team.manager, team=True).due_today] == [a]
    assert activities.today_view(db, team.manager).due_today == ()  # the manager's own: none
    assert {r.id for r in activities.today_view(db, team.owner, team=True).due_today} == {a, b}
    db.close()
    assert run(db_target, "--as", "eli", "activity", "list", "--owner", "ola") == 4
    assert run(db_target, "--as", "eli", "activity", "done", str(b)) == 4
    assert [r["id"] for r in listed(db_target, capsys, "--as", "mia")] == [a]
    assert [r["id"] for r in listed(db_target, capsys)] == [a, b]
    assert run(db_target, "activity", "add", str(mine.id), "--kind", "lunch", "--due", "2030-01-01") == 2
    assert run(db_target, "activity", "list", "--overdue", "--due", "2030-01-01") == 2


def test_reschedule_and_leads_without_a_next_step(db: Database) -> None:
    team = make_team(db)
    idle = leads.create_lead(db, team.employee, {"title": "Idle"})
    planned = leads.create_lead(
        db, team.employee, {"title": "Planned", "next_action": date.today().isoformat()}
    )
    followed = leads.create_lead(db, team.employee, {"title": "Followed"})
    later = activities.schedule(db, team.employee, followed.id, "task", date.today() + timedelta(days=3))
    view = activities.today_view(db, team.employee)
    assert [n.lead_id for n in view.no_next_action] == [idle.id] and view.no_next_action_count == 1
    assert [n.lead_id for n in view.next_actions] == [planned.id]
    activities.reschedule(db, team.employee, later, date.today())
    assert [a.id for a in activities.today_view(db, team.employee).due_today] == [later]
    assert activities.due_count(db, team.employee) == 2
    activities.set_next_action(db, team.employee, idle.id, date.today() + timedelta(days=1))
    assert activities.today_view(db, team.employee).no_next_action_count == 0
