"""Where FunnelDesk keeps its data by default (the user's data directory)."""

from __future__ import annotations

import os
from pathlib import Path

DB_ENV = "FUNNELDESK_DB"


def default_db_path() -> Path:
    """Return the default database file in the user's data directory."""
    # Imported here: platformdirs costs every command run with --db its load time (issue 15).
    from platformdirs import user_data_path

    return user_data_path("FunnelDesk", appauthor=False) / "funneldesk.db"


def resolve_target(explicit: str | None) -> str:
    """Pick the database: --db, else $FUNNELDESK_DB, else the default file."""
    return explicit or os.environ.get(DB_ENV) or str(default_db_path())
