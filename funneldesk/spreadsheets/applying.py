"""Write a planned import in the caller's transaction: all rows or none.

Created leads get ids reserved after the current maximum (the write lock is held),
so leads, their history and their audit entries go in as three executemany calls.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Table, insert, select
from sqlalchemy.orm import Session

from funneldesk.domain.errors import InvalidInput
from funneldesk.domain.records import UserRecord
from funneldesk.spreadsheets import bulk
from funneldesk.spreadsheets.drafts import LeadDraft, Pending
from funneldesk.spreadsheets.lookups import CATALOGS
from funneldesk.spreadsheets.planning import ImportPlan
from funneldesk.storage.bulk_load import search_reindexed
from funneldesk.storage.models import AuditEntry, Lead, StageChange, User

# The mapped classes' __table__ is typed FromClause; these are Tables.
LEADS, CHANGES, AUDITS = (cast(Table, m.__table__) for m in (Lead, StageChange, AuditEntry))
LEAD_COLUMNS = [c.name for c in LEADS.columns if c.name != "id"]
CHANGE_COLUMNS = ("lead_id", "from_stage_id", "to_stage_id", "at", "user_id", "how", "reason")
AUDIT_COLUMNS = ("at", "user_id", "entity", "entity_id", "action", "field", "old_value",
                 "new_value")
REFERENCE_COLUMNS = ("owner_id", *(f"{kind}_id" for kind in CATALOGS))  # may hold a Pending
_DEFAULTS: dict[str, Any] = {"value_minor": 0, "currency": "USD", "discount_bp": 0, "notes": "",
                             "custom_fields": "{}", "version": 1}


class ImportCancelled(InvalidInput):
    """The user cancelled the import; the transaction is rolled back."""


def create_pending(session: Session, plan: ImportPlan) -> dict[Pending, int]:
    """Create the users, channels, personas and lost reasons the rows name."""
    ids: dict[Pending, int] = {}
    taken = {login.casefold() for login in session.scalars(select(User.login))}
    for pending in sorted(plan.pending, key=lambda p: (p.kind, p.name)):
        ids[pending] = _create_one(session, pending, taken)
    return ids


def _create_one(session: Session, pending: Pending, taken: set[str]) -> int:
    if pending.kind == "user":
        login = _free_login(pending.name, taken)
        values = {"name": pending.name, "login": login, "role": "employee", "active": True,
                  "failed_logins": 0, "created_at": datetime.now()}
        return int(session.execute(insert(User).returning(User.id), values).scalar_one())
    model = CATALOGS[pending.kind]
    return int(session.execute(insert(model).returning(model.id), {"name": pending.name})
               .scalar_one())


def _free_login(name: str, taken: set[str]) -> str:
    from funneldesk.services.users import login_from_name

    base = login_from_name(name)[:90] or "user"
    login, n = base, 1
    while login.casefold() in taken:
        n += 1
        login = f"{base}{n}"
    taken.add(login.casefold())
    return login


def _resolve(columns: dict[str, Any], ids: dict[Pending, int]) -> dict[str, Any]:
    return {k: ids[v] if isinstance(v, Pending) else v for k, v in columns.items()}


def insert_created(session: Session, actor: UserRecord, drafts: list[LeadDraft],
                   ids: dict[Pending, int], now: datetime) -> list[int]:
    """Insert new leads, their history and one audit entry each; return their ids."""
    lead_ids = bulk.next_ids(session, LEADS, len(drafts))
    with bulk.indexes_deferred(session, LEADS, lead_ids):
        # Chunk by chunk inside the caller's one transaction: all rows of a 100k-lead file
        # as tuples at once (and their driver-ready copies) would add ~150 MB to the peak.
        for start in range(0, len(drafts), bulk.CHUNK):
            chunk = range(start, min(start + bulk.CHUNK, len(drafts)))
            _insert_chunk(session, actor, [(lead_ids[i], drafts[i]) for i in chunk], ids, now)
    bulk.sync_sequence(session, LEADS)
    return lead_ids


def _insert_chunk(session: Session, actor: UserRecord, chunk: list[tuple[int, LeadDraft]],
                  ids: dict[Pending, int], now: datetime) -> None:
    base = {**dict.fromkeys(LEAD_COLUMNS), **_DEFAULTS, "updated_at": now}
    rows = [(lead_id, *_lead_values(base, draft, ids)) for lead_id, draft in chunk]
    bulk.insert_rows(session, LEADS, ["id", *LEAD_COLUMNS], rows)
    changes = [c for lead_id, draft in chunk
               for c in _changes(lead_id, None, draft.events, actor.id, draft.reasons)]
    bulk.insert_rows(session, CHANGES, CHANGE_COLUMNS, changes)
    audits = [(now, actor.id, "lead", lead_id, "import", None, None, None) for lead_id, _ in chunk]
    bulk.insert_rows(session, AUDITS, AUDIT_COLUMNS, audits)


def _lead_values(base: dict[str, Any], draft: LeadDraft, ids: dict[Pending, int]) -> tuple[Any, ...]:
    # ``base`` holds every lead column in LEAD_COLUMNS order, so merging the draft's
    # columns into it keeps that order and the values come out as one C-level tuple().
    values = {**base, **draft.columns}
    if draft.pending:
        for key in REFERENCE_COLUMNS:
            if values[key].__class__ is Pending:
                values[key] = ids[values[key]]
    if len(values) != len(base):  # a column the table does not have: ignored, as before
        return tuple(values[c] for c in LEAD_COLUMNS)
    return tuple(values.values())


def _changes(lead_id: int, current: int | None, events: list[tuple[int, datetime]],
             user_id: int, reasons: list[str] | None = None, how: str = "import") -> list[tuple[Any, ...]]:
    # Every step is recorded as made by import; ``reasons`` (one per event) marks the
    # steps that crossed unmet exit criteria.
    rows = []
    for index, (stage_id, at) in enumerate(events):
        reason = reasons[index] if reasons else "imported"
        rows.append((lead_id, current, stage_id, at, user_id, how, reason))
        current = stage_id
    return rows


def apply_updates(session: Session, actor: UserRecord, plan: ImportPlan,
                  ids: dict[Pending, int], now: datetime,
                  history: dict[int, list[tuple[int, datetime]]],
                  override: str | None = None) -> list[int]:
    """Update changed leads; history is append-only, so only new steps are added."""
    changes: list[tuple[Any, ...]] = []
    audits: list[tuple[Any, ...]] = []
    groups: dict[tuple[str, ...], list[tuple[Any, ...]]] = {}
    for draft in plan.update:
        lead_id = draft.existing["id"]  # type: ignore[index]
        columns = {**_resolve(draft.columns, ids), "updated_at": now}
        groups.setdefault(tuple(columns), []).append((*columns.values(), lead_id))
        current, steps = _new_steps(history.get(lead_id, []), draft)
        if draft.overridden and override is not None:
            # Logged per lead: each step past the gate carries the owner's reason.
            changes += _changes(lead_id, current, steps, actor.id, [override] * len(steps), "override")
            audits.append((now, actor.id, "lead", lead_id, "override", "stage_id", None, override))
        else:
            changes += _changes(lead_id, current, steps, actor.id)
        audits += _audit_diff(draft, columns, lead_id, actor.id, now)
    with search_reindexed(session, LEADS.name, [d.existing["id"] for d in plan.update]):  # type: ignore[index]
        for names, rows in groups.items():
            bulk.update_rows(session, LEADS, names, rows)
    bulk.insert_rows(session, CHANGES, CHANGE_COLUMNS, changes)
    bulk.insert_rows(session, AUDITS, AUDIT_COLUMNS, audits)
    return [d.existing["id"] for d in plan.update]  # type: ignore[index]


def _new_steps(old: list[tuple[int, datetime]],
               draft: LeadDraft) -> tuple[int | None, list[tuple[int, datetime]]]:
    current = old[-1][0] if old else None
    last = old[-1][1] if old else datetime.min
    known = set(old)
    steps = [e for e in draft.events if e not in known and e[1] >= last]
    final = draft.events[-1][0]
    if (steps[-1][0] if steps else current) != final:
        steps.append((final, max(last, draft.events[-1][1])))
    return current, steps


def _audit_diff(draft: LeadDraft, columns: dict[str, Any], lead_id: int, user_id: int,
                now: datetime) -> list[tuple[Any, ...]]:
    old = draft.existing or {}
    return [(now, user_id, "lead", lead_id, "import", name, _text(old.get(name)), _text(value))
            for name, value in columns.items() if name != "updated_at" and old.get(name) != value]


def _text(value: object) -> str | None:
    return None if value is None else str(value)


def checkpoint(cancelled: Callable[[], bool] | None) -> None:
    """Raise ImportCancelled when the user asked to stop."""
    if cancelled is not None and cancelled():
        raise ImportCancelled("import cancelled; nothing was changed")
