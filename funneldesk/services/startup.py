"""Open a database for the window: migrate, make sure it has an owner and a starter pipeline.

The GUI may not import storage, so this is its door to a ``Database``; the
returned object is passed back to every service call as an opaque handle.
"""

from __future__ import annotations

from dataclasses import dataclass

from funneldesk.domain.records import UserRecord
from funneldesk.services import pipelines, users
from funneldesk.storage.database import Database

STARTER_TEMPLATE = "typical-sales"


@dataclass(frozen=True, slots=True)
class Opened:
    """An open database, its display name, the default actor, and whether sign-in is required."""

    db: Database
    name: str
    owner: UserRecord
    needs_sign_in: bool


def open_database(target: str) -> Opened:
    """Open (and migrate) a database; a new one gets an owner and a starter pipeline."""
    db = Database(target)
    try:
        owner = users.ensure_owner(db)
        if not pipelines.list_pipelines(db, owner):
            pipelines.create_from_template(db, owner, STARTER_TEMPLATE)
        return Opened(db, db.display_name, owner, users.any_passwords(db))
    except BaseException:
        db.close()
        raise


def close_database(db: Database) -> None:
    """Close every connection of a database opened here."""
    db.close()
