"""``fill_demo``: a small business with two years of leads, written in one transaction.

Determinism: everything comes from ``random.Random(seed)`` and the ``anchor`` date (the
demo's "today"); the same seed and anchor give the same rows on SQLite and PostgreSQL.
Only the audit entry, the pipeline's creation time and password hashes use the clock.
"""

from __future__ import annotations

import random
import secrets
import time as clock
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from funneldesk.demo import spend
from funneldesk.demo.bulk import big_cache, bulk_load, insert_rows, next_id, repair_sequence
from funneldesk.demo.business import Business, ensure_business
from funneldesk.demo.leads import LeadFactory
from funneldesk.domain.errors import InvalidInput
from funneldesk.domain.records import UserRecord
from funneldesk.services import audit, history
from funneldesk.services.permissions import require_config
from funneldesk.services.users import store_password
from funneldesk.storage.database import Database
from funneldesk.storage.models import Lead, StageChange, User

PERIOD_DAYS = 730
BATCH = 5000
# Loaded with their indexes off (SQLite, large demos): the leads and their history, and
# the analytics tables derived from them.
BULK_TABLES = ("leads", "stage_changes", "lead_progress", "stage_stays")
Progress = Callable[[int, int], None]


@dataclass(slots=True)
class DemoResult:
    """What the demo wrote, how long it took, and any passwords it set."""

    leads: int = 0
    stage_changes: int = 0
    spend_rows: int = 0
    pipeline: str = ""
    seconds: float = 0.0
    passwords: list[tuple[str, str]] = field(default_factory=list)


def creation_times(rng: random.Random, count: int, start: datetime, horizon: datetime) -> list[datetime]:
    """Return sorted creation times on working days and hours, a little busier as the business grows."""
    span = (horizon - start).days
    times: list[datetime] = []
    for _ in range(count):
        day = start.date() + timedelta(days=min(int(rng.random() ** 0.8 * span), span - 1))
        if day.weekday() >= 5 and rng.random() < 0.85:
            day -= timedelta(days=day.weekday() - 4)  # weekend enquiries handled on Friday
        moment = datetime.combine(day, time(8)) + timedelta(seconds=rng.randrange(10 * 3600))
        times.append(moment)
    times.sort()
    return times


def _write_batch(session: Session, factory: LeadFactory, first: int, times: list[datetime]) -> int:
    lead_rows, change_rows = [], []
    for offset, created in enumerate(times):
        lead, history_rows = factory.make(first + offset, created)
        lead_rows.append(lead)
        change_rows.extend(history_rows)
    insert_rows(session, Lead, lead_rows)
    insert_rows(session, StageChange, change_rows)
    return len(change_rows)


def _write_leads(
    session: Session, factory: LeadFactory, times: list[datetime], progress: Progress | None
) -> tuple[list[int], int]:
    first = next_id(session, Lead)
    changes = 0
    for start in range(0, len(times), BATCH):
        changes += _write_batch(session, factory, first + start, times[start : start + BATCH])
        if progress:
            progress(min(start + BATCH, len(times)), len(times))
    repair_sequence(session, Lead)
    return list(range(first, first + len(times))), changes


def _set_passwords(session: Session, business: Business) -> list[tuple[str, str]]:
    ids = (business.owner.id, *business.manager_ids, *business.staff_ids)
    users = session.scalars(select(User).where(User.id.in_(ids), User.password_hash.is_(None)))
    pairs = []
    for user in sorted(users, key=lambda u: ids.index(u.id)):
        password = secrets.token_urlsafe(9)
        store_password(session, user, password)  # a server login in team mode
        pairs.append((user.login, password))
    session.flush()
    return pairs


def fill_demo(
    db: Database,
    *,
    leads: int = 5000,
    seed: int = 1,
    anchor: date | None = None,
    passwords: bool = False,
    actor: UserRecord | None = None,
    progress: Progress | None = None,
) -> DemoResult:
    """Fill the database with a demo business whose lead history ends the day before ``anchor``."""
    if leads < 0:
        raise InvalidInput("the number of demo leads cannot be negative")
    if actor is not None:
        require_config(actor, "demo data")
    began = clock.perf_counter()
    horizon = datetime.combine(anchor or date.today(), time(0))
    start = horizon - timedelta(days=PERIOD_DAYS)
    rng = random.Random(seed)
    result = DemoResult(leads=leads)
    with db.write() as session:
        business = ensure_business(session, start)
        months = spend.months_between(start.date(), (horizon - timedelta(days=1)).date())
        result.spend_rows = spend.insert_spend(session, spend.spend_rows(rng, business.channel_ids, months))
        factory = LeadFactory(rng, business, horizon)
        loading = bulk_load(session, BULK_TABLES, {"leads": next_id(session, Lead)}, leads)
        with big_cache(session):
            with loading:  # indexes rebuilt once, in this transaction
                lead_ids, result.stage_changes = _write_leads(
                    session, factory, creation_times(rng, leads, start, horizon), progress
                )
            # Derived tables, set-wise, once the indexes are back: lead_desk's per-lead
            # subqueries over stage_changes and stage_stays need their lead indexes (without
            # them a 100k demo ran for over ten minutes, every lead scanning all history).
            history.after_leads_changed(session, lead_ids)
        summary = f"{leads} leads, {result.stage_changes} stage changes, seed {seed}, up to {horizon.date()}"
        audit.record(session, actor or business.owner, "database", 0, "demo", {"demo": (None, summary)})
        if passwords:
            result.passwords = _set_passwords(session, business)
        result.pipeline = business.pipeline.name
    result.seconds = clock.perf_counter() - began
    return result
