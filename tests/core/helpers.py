"""Builders for core tests: a database with an owner, a team and a pipeline."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text

from funneldesk.domain.records import PipelineRecord, UserRecord
from funneldesk.services import pipelines, users
from funneldesk.storage.database import Database

DUMP_TABLES = (
    "leads",
    "stage_changes",
    "checklist_ticks",
    "approvals",
    "participants",
    "activities",
    "audit_entries",
    "users",
    "pipelines",
    "stages",
    "exit_criteria",
)


@dataclass(frozen=True)
class Team:
    """An owner, two managers with one employee each, and a typical-sales pipeline."""

    owner: UserRecord
    manager: UserRecord
    employee: UserRecord
    other_manager: UserRecord
    other_employee: UserRecord
    pipeline: PipelineRecord


def make_team(db: Database, template: str = "typical-sales") -> Team:
    """Create the standard test team and pipeline."""
    owner = users.ensure_owner(db)
    manager = users.add_user(db, owner, "Mia Manager", "mia", "manager")
    employee = users.add_user(db, owner, "Eli Employee", "eli", "employee", "mia")
    other_manager = users.add_user(db, owner, "Otto Other", "otto", "manager")
    other_employee = users.add_user(db, owner, "Ola Other", "ola", "employee", "otto")
    pipeline = pipelines.create_from_template(db, owner, template)
    return Team(owner, manager, employee, other_manager, other_employee, pipeline)


def dump(db: Database) -> dict[str, list[tuple[object, ...]]]:
    """Return every row of the tables a user action may touch, for before/after comparison."""
    with db.read() as session:
        return {
            t: [tuple(r) for r in session.execute(text(f"SELECT * FROM {t} ORDER BY 1"))] for t in DUMP_TABLES
        }


def criterion_id(pipeline: PipelineRecord, stage: str, label: str) -> int:
    """Return the id of a stage's criterion with this label."""
    found = pipeline.stage_named(stage)
    assert found is not None
    return next(c.id for c in found.criteria if c.label == label)
