"""Permissions: every lead service × role × relation to the lead equals the written policy.

The policy table restates ``funneldesk.services.permissions``' docstring: owners may do
everything; managers their own leads, their team's and unassigned ones; employees their
own leads only; approvals need the approver's role; gate overrides are for owners only.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from safety_world import World, make_world
from sqlalchemy.orm import Session

from funneldesk.domain.errors import PermissionDenied
from funneldesk.domain.records import UserRecord
from funneldesk.services import catalog, engagement, leads, moves, pipelines, users
from funneldesk.storage.database import Database

ROLES = ("owner", "manager", "employee")
RELATIONS = ("own", "same team", "other team", "unassigned")
GATED: list[dict[str, Any]] = [{"name": "New"},
         {"name": "Next", "criteria": [{"kind": "checklist", "label": "Called"},
                                      {"kind": "approval", "label": "Boss", "approver_role": "manager"}]},
         {"name": "Won", "kind": "won"}, {"name": "Lost", "kind": "lost"}]


@dataclass(frozen=True)
class Env:
    """What an operation needs besides the lead: the database, the owner, criterion ids."""

    db: Database
    owner: UserRecord
    tick: int
    approval: int


Op = Callable[[Env, UserRecord, int], Any]

LEAD_OPS: dict[str, Op] = {
    "get_lead": lambda e, a, i: leads.get_lead(e.db, a, i),
    "update_lead": lambda e, a, i: leads.update_lead(e.db, a, i, {"notes": "x"}),
    "update_lead(expected_version)": lambda e, a, i: leads.update_lead(
        e.db, a, i, {"notes": "y"}, leads.get_lead(e.db, e.owner, i).version),
    "assign_lead(to self)": lambda e, a, i: leads.assign_lead(e.db, a, i, a.id),
    "delete_lead": lambda e, a, i: leads.delete_lead(e.db, a, i),
    "restore_lead": lambda e, a, i: (leads.delete_lead(e.db, e.owner, i), leads.restore_lead(e.db, a, i)),
    "lead_history": lambda e, a, i: leads.lead_history(e.db, a, i),
    "lead_audit": lambda e, a, i: leads.lead_audit(e.db, a, i),
    "list_leads(sees it)": lambda e, a, i: _visible(e, a, i),
    "move_lead": lambda e, a, i: moves.move_lead(e.db, a, i, "Next"),
    "move_lead(override)": lambda e, a, i: moves.move_lead(e.db, a, i, "Won", override="deal signed"),
    "check_move": lambda e, a, i: moves.check_move(e.db, a, i, "Won"),
    "mark_lost": lambda e, a, i: moves.mark_lost(e.db, a, i, "Price"),
    "gate_status": lambda e, a, i: moves.gate_status(e.db, a, i),
    "set_tick": lambda e, a, i: moves.set_tick(e.db, a, i, e.tick),
    "approve": lambda e, a, i: moves.approve(e.db, a, i, e.approval),
    "revoke_approval": lambda e, a, i: moves.revoke_approval(e.db, a, i, e.approval),
    "add_participant": lambda e, a, i: engagement.add_participant(e.db, a, i, "Pat Buyer"),
    "list_participants": lambda e, a, i: engagement.list_participants(e.db, a, i),
    "log_activity": lambda e, a, i: engagement.log_activity(e.db, a, i, "call", "hello"),
    "list_activities": lambda e, a, i: engagement.list_activities(e.db, a, i),
}
CONFIG_OPS: dict[str, tuple[Callable[[Database, UserRecord, str], Any], tuple[str, ...]]] = {
    "pipelines.create": (lambda d, a, k: pipelines.create(d, a, f"P {k}", [{"name": "Only"}]), ("owner",)),
    "users.add_user": (lambda d, a, k: users.add_user(d, a, f"U {k}", f"u{k}", "employee"), ("owner",)),
    "catalog.add_name(channel)": (lambda d, a, k: catalog.add_name(d, a, "channel", f"C {k}"),
                                  ("owner", "manager")),
}


READ_ONLY = frozenset({"get_lead", "lead_history", "lead_audit", "list_leads(sees it)", "check_move",
                       "gate_status", "list_participants", "list_activities"})


def _visible(env: Env, actor: UserRecord, lead_id: int) -> None:
    if lead_id not in {lead.id for lead in leads.list_leads(env.db, actor)}:
        raise PermissionDenied("not in the list")


def policy(op: str, role: str, relation: str) -> bool:
    """The policy table: may an actor of this role do op on a lead of this relation?"""
    reach = {"owner": RELATIONS, "manager": ("own", "same team", "unassigned"),
             "employee": ("own",)}[role]
    allowed = relation in reach
    if op in ("approve", "revoke_approval"):
        allowed = allowed and role in ("owner", "manager")
    if op == "move_lead(override)":
        allowed = allowed and role == "owner"
    return allowed


def _holders(world: World, extra: UserRecord) -> dict[str, dict[str, int | None]]:
    """Who owns the lead for each actor role and relation."""
    return {
        "owner": {"own": world.owner.id, "same team": world.employee.id,
                  "other team": world.other_employee.id, "unassigned": None},
        "manager": {"own": world.manager.id, "same team": world.employee.id,
                    "other team": world.other_employee.id, "unassigned": None},
        "employee": {"own": world.employee.id, "same team": extra.id,
                     "other team": world.other_employee.id, "unassigned": None},
    }


def _make_leads(db: Database, world: World,
                holders: dict[str, dict[str, int | None]]) -> dict[tuple[str, str, str], int]:
    ids: dict[tuple[str, str, str], int] = {}
    with db.write() as session:
        for op in LEAD_OPS:
            for role in ROLES:
                for relation in RELATIONS:
                    shared = ids.get(("get_lead", role, relation)) if op in READ_ONLY else None
                    ids[op, role, relation] = shared or _lead(session, world, holders[role][relation])
    return ids


def _lead(session: Session, world: World, holder: int | None) -> int:
    """Create one lead for a case (reads share one lead per role and relation)."""
    lead = leads.create_in_session(session, world.owner, {"title": "case"}, pipeline="Gated",
                                   owner=holder or world.owner.id)
    if holder is None:
        leads.assign_in_session(session, world.owner, lead.id, None)
    return lead.id


def _outcome(action: Callable[[], Any]) -> bool:
    try:
        action()
    except PermissionDenied:
        return False
    return True


def test_permission_matrix_equals_the_policy(db: Database, figure: Callable[..., None]) -> None:
    """Every case's outcome equals the policy table; the number of cases is reported."""
    world = make_world(db)
    extra = users.add_user(db, world.owner, "Ema Employee", "ema", "employee", "mia")
    gated = pipelines.create(db, world.owner, "Gated", GATED)
    next_stage = gated.stage_named("Next")
    assert next_stage is not None
    env = Env(db, world.owner, *(c.id for c in next_stage.criteria))
    actors = {"owner": world.owner, "manager": world.manager, "employee": world.employee}
    ids = _make_leads(db, world, _holders(world, extra))
    mismatches = []
    for (op, role, relation), lead_id in ids.items():
        got = _outcome(lambda: LEAD_OPS[op](env, actors[role], lead_id))  # noqa: B023
        if got != policy(op, role, relation):
            mismatches.append((op, role, relation, got))
    for number, (op, (call, allowed_roles)) in enumerate(CONFIG_OPS.items()):
        for role in ROLES:
            got = _outcome(lambda: call(db, actors[role], f"{number}{role}"))  # noqa: B023
            if got != (role in allowed_roles):
                mismatches.append((op, role, "n/a", got))
    cases = len(ids) + len(CONFIG_OPS) * len(ROLES)
    figure("permissions matrix", cases=cases, matching=cases - len(mismatches),
           failures=len(mismatches))
    assert mismatches == []
