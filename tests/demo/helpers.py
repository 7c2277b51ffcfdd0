"""Constants and table dumps shared by the demo tests."""

from __future__ import annotations

import os
from datetime import date
from typing import Any

from sqlalchemy import select

from funneldesk.storage.database import Database
from funneldesk.storage.models import Channel, ChannelSpend, Lead, LostReason, Persona, StageChange, User

PG_URL = os.environ.get("FUNNELDESK_TEST_DB", "")
ANCHOR = date(2026, 6, 15)
DEMO_LEADS = 2000
COMPARED = (Lead, StageChange, User, Channel, ChannelSpend, Persona, LostReason)


def dump(db: Database, models: tuple[Any, ...] = COMPARED) -> dict[str, list[tuple[Any, ...]]]:
    """Return every row of the compared tables, ordered by id, as plain tuples."""
    with db.read() as session:
        return {
            model.__table__.name: [
                tuple(row) for row in session.execute(select(model.__table__).order_by(model.id))
            ]
            for model in models
        }
