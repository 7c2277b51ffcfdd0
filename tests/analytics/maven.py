"""A small test loader for the Maven CRM sample: users, a 4-stage pipeline, history from the dates."""

from __future__ import annotations

import csv
import statistics
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from funneldesk.services import history
from funneldesk.storage.models import Lead, Stage, StageChange
from tests.analytics.builders import add_pipeline, add_user

DATA = Path("/work/shared/data/maven-crm")
END = datetime(2017, 12, 31)
STAGES = (("Prospecting", "open"), ("Engaging", "open"), ("Won", "won"), ("Lost", "lost"))


def read(name: str) -> list[dict[str, str]]:
    """Return the rows of one CSV file of the sample."""
    with (DATA / name).open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def _users(session: Session) -> dict[str, int]:
    add_user(session, "Maven Owner", "owner")
    teams = read("sales_teams.csv")
    ids = {m: add_user(session, m, "manager").id for m in sorted({row["manager"] for row in teams})}
    for row in teams:
        ids[row["sales_agent"]] = add_user(session, row["sales_agent"], "employee", ids[row["manager"]]).id
    return ids


def _day(text: str) -> datetime | None:
    return datetime.combine(date.fromisoformat(text), datetime.min.time()) if text else None


def _path(row: dict[str, str]) -> list[tuple[str, datetime]]:
    engaged, closed = _day(row["engage_date"]), _day(row["close_date"])
    path = [("Prospecting", engaged or END)]
    if engaged is not None:
        path.append(("Engaging", engaged))
    if row["deal_stage"] in ("Won", "Lost"):
        path.append((row["deal_stage"], closed or engaged or END))
    return path


def load(session: Session) -> None:
    """Load the whole sample through Core inserts, then run the one derived-tables hook."""
    users = _users(session)
    stages = add_pipeline(session, "Maven", STAGES)
    pipeline = _pipeline_id(session, stages)
    paths: dict[str, list[tuple[str, datetime]]] = {}
    rows = []
    for row in read("sales_pipeline.csv"):
        path = paths[row["opportunity_id"]] = _path(row)
        last, at = path[-1]
        rows.append(
            {
                "title": f"{row['account'] or 'No account'} {row['product']}",
                "company": row["account"] or None,
                "pipeline_id": pipeline,
                "stage_id": stages[last],
                "owner_id": users[row["sales_agent"]],
                "value_minor": int(row["close_value"] or 0) * 100,
                "external_id": row["opportunity_id"],
                "created_at": path[0][1],
                "updated_at": at,
                "stage_entered_at": at,
                "closed_at": at if last in ("Won", "Lost") else None,
            }
        )
    session.execute(insert(Lead), rows)
    ids = dict(session.execute(select(Lead.external_id, Lead.id)).all())
    changes = [
        {
            "lead_id": ids[ext],
            "from_stage_id": stages[path[i - 1][0]] if i else None,
            "to_stage_id": stages[name],
            "at": at,
            "user_id": None,
            "how": "import",
            "reason": "",
        }
        for ext, path in paths.items()
        for i, (name, at) in enumerate(path)
    ]
    session.execute(insert(StageChange), changes)
    history.after_leads_changed(session, ids.values())


def _pipeline_id(session: Session, stages: dict[str, int]) -> int:
    return int(session.execute(select(Stage.pipeline_id).where(Stage.id == stages["Won"])).scalar_one())


def expected() -> tuple[dict[str, list[int]], dict[str, list[int]]]:
    """Independently compute [won, lost, won value] per agent and per manager from the CSV."""
    manager_of = {row["sales_agent"]: row["manager"] for row in read("sales_teams.csv")}
    agents: dict[str, list[int]] = {}
    managers: dict[str, list[int]] = {}
    for row in read("sales_pipeline.csv"):
        won, lost = row["deal_stage"] == "Won", row["deal_stage"] == "Lost"
        figures = (int(won), int(lost), int(row["close_value"] or 0) if won else 0)
        for table, key in ((agents, row["sales_agent"]), (managers, manager_of[row["sales_agent"]])):
            cell = table.setdefault(key, [0, 0, 0])
            for i, value in enumerate(figures):
                cell[i] += value
    return agents, managers


def _won_cycles(low: date | None, high: date | None) -> list[tuple[str, int]]:
    """Return (agent, days from engage to close) of each won deal created in the inclusive range."""
    found = []
    for row in read("sales_pipeline.csv"):
        if row["deal_stage"] != "Won":
            continue
        created = date.fromisoformat(row["engage_date"])
        if (low is not None and created < low) or (high is not None and created > high):
            continue
        found.append((row["sales_agent"], (date.fromisoformat(row["close_date"]) - created).days))
    return found


def expected_cycles(
    low: date | None = None, high: date | None = None
) -> tuple[dict[str, float], dict[str, float]]:
    """Independently compute the median won sales cycle in days per agent and per manager.

    With low/high only the deals created (engaged) in that inclusive range count.
    """
    manager_of = {row["sales_agent"]: row["manager"] for row in read("sales_teams.csv")}
    agents: dict[str, list[int]] = {}
    managers: dict[str, list[int]] = {}
    for agent, cycle in _won_cycles(low, high):
        agents.setdefault(agent, []).append(cycle)
        managers.setdefault(manager_of[agent], []).append(cycle)
    return (
        {k: statistics.median(v) for k, v in agents.items()},
        {k: statistics.median(v) for k, v in managers.items()},
    )


def expected_overall_cycle(low: date | None = None, high: date | None = None) -> float:
    """Independently compute the median won sales cycle in days over every agent."""
    return statistics.median(cycle for _, cycle in _won_cycles(low, high))
