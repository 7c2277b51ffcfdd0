"""Check the --db target before opening it, so a wrong path is one line, not a traceback."""

from __future__ import annotations

import os
from pathlib import Path

from funneldesk.domain.errors import DatabaseError


class DatabaseUnusable(DatabaseError):
    """The --db path cannot hold a database: a folder, a missing folder, no permission."""


def check_target(target: str, explicit: bool) -> None:
    """Raise DatabaseUnusable with the reason when an SQLite target cannot be opened.

    A missing parent folder is created only for the default file (the user's data
    directory); a path the user typed with a missing folder is more likely a typo.
    """
    path = _sqlite_file(target)
    if path is None:
        return  # a server URL or memory: the driver reports its own problems
    if path.is_dir():
        raise DatabaseUnusable(f"{path} is a folder, not a database file; name a file inside it")
    parent = path.parent
    if not parent.exists():
        if explicit:
            raise DatabaseUnusable(f"the folder {parent} does not exist; create it or name another file")
        return
    if not parent.is_dir():
        raise DatabaseUnusable(f"{parent} is not a folder, so {path.name} cannot be created in it")
    if path.exists() and not os.access(path, os.R_OK | os.W_OK):
        raise DatabaseUnusable(f"no permission to read and write {path}")
    if not path.exists() and not os.access(parent, os.W_OK | os.X_OK):
        raise DatabaseUnusable(f"no permission to create {path.name} in {parent}")


def open_failure(target: str, exc: Exception) -> DatabaseUnusable:
    """Turn an OS or driver error met while opening the database into a one-line reason."""
    reason = str(getattr(exc, "orig", None) or exc).splitlines()[0] if str(exc) else type(exc).__name__
    name = Path(target) if "://" not in target else target
    return DatabaseUnusable(f"cannot open {name}: {reason}")


def _sqlite_file(target: str) -> Path | None:
    """Return the SQLite file a target names (None for a server URL or memory).

    A plain path needs no SQLAlchemy (its import is a third of the window's start-up);
    a URL is parsed by the engine module exactly as the open will parse it.
    """
    if "://" not in target:
        return Path(target).expanduser().resolve()  # what normalise_url + sqlite_path give
    from funneldesk.storage.engine import normalise_url, sqlite_path

    return sqlite_path(normalise_url(target))
