"""Who may do what. The policy lives here once; widgets and commands only ask.

Policy:
- owner: everything;
- manager: leads owned by them or anyone below them in the hierarchy, plus
  unassigned leads (so they can be assigned); channels, personas, lost reasons;
  reads their team's reports;
- employee: their own leads only; no configuration, no users, no reassignment.
Pipelines, stages and users: owner only. Gate overrides: owner only.
Backups, restores and the backups list: owner only (a backup holds every lead of
everyone and every password hash).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import ColumnElement, false, or_, select, text, true

from funneldesk.domain.errors import FunnelDeskError, NotFound, PermissionDenied
from funneldesk.domain.records import UserRecord
from funneldesk.storage import tables
from funneldesk.storage.engine import dialect_of

if TYPE_CHECKING:  # the ORM is not loaded for scoping: reports check reach on a Core connection
    from funneldesk.storage.engine import Reader
    from funneldesk.storage.models import Lead

# The reach queries are Core selects: they run on a session or on a bare Core connection.
USERS = tables.users.c
LEADS = tables.leads.c


def require_role(actor: UserRecord, *roles: str, action: str) -> None:
    """Refuse unless the actor has one of the roles."""
    if actor.role not in roles:
        raise PermissionDenied(f"{actor.login} ({actor.role}) may not {action}")


def team_ids(session: Reader, actor: UserRecord) -> set[int] | None:
    """Return the ids of users whose leads the actor may touch; None means everyone."""
    if actor.role == "owner":
        return None
    if actor.role == "employee":
        return {actor.id}
    return {actor.id} | subordinate_ids(session, actor.id)


def subordinate_ids(session: Reader, manager_id: int) -> set[int]:
    """Return everyone below a user in the hierarchy, at any depth."""
    pairs = session.execute(select(USERS.id, USERS.manager_id)).all()
    children: dict[int, list[int]] = {}
    for user_id, boss in pairs:
        if boss is not None:
            children.setdefault(boss, []).append(user_id)
    found: set[int] = set()
    frontier = [manager_id]
    while frontier:
        for child in children.get(frontier.pop(), []):
            if child not in found and child != manager_id:
                found.add(child)
                frontier.append(child)
    return found


def lead_scope(session: Reader, actor: UserRecord) -> ColumnElement[bool]:
    """Return a WHERE clause limiting leads to those the actor may see."""
    ids = team_ids(session, actor)
    if ids is None:
        return true()
    if actor.role == "manager":
        return or_(LEADS.owner_id.in_(ids), LEADS.owner_id.is_(None))
    return LEADS.owner_id.in_(ids) if ids else false()


def may_touch_lead(session: Reader, actor: UserRecord, owner_id: int | None) -> bool:
    """Say whether the actor may read and change a lead with this owner."""
    ids = team_ids(session, actor)
    if ids is None:
        return True
    if owner_id is None:
        return actor.role == "manager"
    return owner_id in ids


def require_lead(session: Reader, actor: UserRecord, lead: Lead) -> None:
    """Refuse unless the actor may touch this lead."""
    if not may_touch_lead(session, actor, lead.owner_id):
        raise PermissionDenied(f"{actor.login} may not see or change lead {lead.id}")


def require_assignable(session: Reader, actor: UserRecord, owner_id: int | None) -> None:
    """Refuse to give a lead to an owner outside the actor's reach."""
    if actor.role == "employee" and owner_id != actor.id:
        raise PermissionDenied(f"{actor.login} (employee) may only hold leads themselves")
    ids = team_ids(session, actor)
    if ids is not None and owner_id is not None and owner_id not in ids:
        raise PermissionDenied(f"{actor.login} may not assign leads to user {owner_id}")


def require_config(actor: UserRecord, what: str) -> None:
    """Refuse configuration of pipelines, stages or users to anyone but an owner."""
    require_role(actor, "owner", action=f"change {what}")


def require_catalog(actor: UserRecord, what: str) -> None:
    """Refuse changes to channels, personas and lost reasons to employees."""
    require_role(actor, "owner", "manager", action=f"change {what}")


def require_whole_file(actor: UserRecord) -> None:
    """Refuse anything that hands out or replaces the whole database to anyone but an owner."""
    require_role(actor, "owner", action="take, list or restore backups of the whole database")


def lead_missing(session: Reader, actor: UserRecord, lead_id: int) -> FunnelDeskError:
    """Return the error for a lead the actor's query did not find.

    In team mode the server's row-level security hides other people's leads from the
    query itself; the server is asked (a function that says only whether the id
    exists) so the person reads "may not see" rather than "no lead".
    """
    if dialect_of(session) == "postgresql":
        team = session.execute(text("SELECT to_regproc('funneldesk_lead_exists') IS NOT NULL")).scalar()
        if team and session.execute(text("SELECT funneldesk_lead_exists(:i)"), {"i": lead_id}).scalar():
            return PermissionDenied(f"{actor.login} may not see or change lead {lead_id}")
    return NotFound(f"no lead {lead_id}")

