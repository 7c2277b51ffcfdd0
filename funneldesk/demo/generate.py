"""``fill_demo``: a small business with two years of leads, written in one transaction.

Determinism: everything comes from the seed (numpy generators per batch for the leads,
``random.Random(seed)`` for the spend) and the ``anchor`` date (the demo's "today"); the
same seed and anchor give the same rows on SQLite and PostgreSQL.
Only the audit entry, the pipeline's creation time and password hashes use the clock.
"""

from __future__ import annotations

import random
import secrets
import time as clock
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import partial

from sqlalchemy import select
from sqlalchemy.orm import Session

from funneldesk.demo import spend
from funneldesk.demo.business import Business, ensure_business
from funneldesk.demo.columns import Model, creation_times
from funneldesk.demo.pragmas import load_settings
from funneldesk.demo.write import Writer
from funneldesk.domain.errors import InvalidInput
from funneldesk.domain.records import UserRecord
from funneldesk.services import audit, history
from funneldesk.services.permissions import require_config
from funneldesk.services.users import store_password
from funneldesk.storage.bulk_load import big_cache, bulk_load, next_id, repair_sequence
from funneldesk.storage.database import Database
from funneldesk.storage.models import Lead, StageChange, User

PERIOD_DAYS = 730
BATCH = 25_000
# Loaded with their indexes off (SQLite, large demos): the leads and their history.
BULK_TABLES = ("leads", "stage_changes")
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


def _write_leads(
    session: Session, business: Business, seed: int, count: int, span: tuple[datetime, datetime],
    progress: Progress | None,
) -> int:
    """Generate and write ``count`` leads batch by batch; return the number of stage changes.

    One thread on purpose: preparing batch k+1 on a worker thread while batch k was
    inserted was measured (200k leads, 2-core machine, 4 paired runs): the insert phase
    took as long (2.1-2.7 s against 2.05-2.2 s) and its CPU time equalled its wall time,
    as both halves spend most of their time holding the GIL (binding parameters, making
    Python values), so they took turns rather than overlapping.
    """
    if count == 0:
        return 0
    import numpy as np  # only the demo needs it (and it takes a while to import)

    start, horizon = span
    model = Model(np, business, horizon)
    writer = Writer(np, session, model, next_id(session, Lead), next_id(session, StageChange))
    times = creation_times(np, seed, count, start, horizon)
    changes = 0
    for number, begin in enumerate(range(0, count, BATCH)):
        changes += writer.write(model.batch(seed, number, times[begin : begin + BATCH]))
        if progress:
            progress(min(begin + BATCH, count), count)
    repair_sequence(session, Lead)
    repair_sequence(session, StageChange)
    return changes


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
    with load_settings(db), db.write() as session:
        business = ensure_business(session, start)
        months = spend.months_between(start.date(), (horizon - timedelta(days=1)).date())
        result.spend_rows = spend.insert_spend(session, spend.spend_rows(rng, business.channel_ids, months))
        first = next_id(session, Lead)
        span = (start, horizon)
        # The derived tables through their own set-wise refresh (one rebuild, its indexes
        # deferred, when the new leads are most of them): the rules live there only. It
        # runs once the leads' indexes are back, while the search index fills aside.
        derive = partial(history.after_leads_changed, session, range(first, first + leads))
        # Indexes off (large demos on SQLite): the rows go in, indexes are rebuilt once at
        # the end, all in this transaction.
        with big_cache(session), bulk_load(session, BULK_TABLES, {"leads": first}, leads, meanwhile=derive):
            result.stage_changes = _write_leads(session, business, seed, leads, span, progress)
        summary = f"{leads} leads, {result.stage_changes} stage changes, seed {seed}, up to {horizon.date()}"
        audit.record(session, actor or business.owner, "database", 0, "demo", {"demo": (None, summary)})
        if passwords:
            result.passwords = _set_passwords(session, business)
        result.pipeline = business.pipeline.name
    result.seconds = clock.perf_counter() - began
    return result
