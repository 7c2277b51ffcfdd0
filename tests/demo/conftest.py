"""Fixtures for the demo tests: extra fresh databases on the engine under test, a shared demo."""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from funneldesk.demo import fill_demo
from funneldesk.storage.database import Database
from funneldesk.storage.engine import normalise_url
from tests.demo.helpers import ANCHOR, DEMO_LEADS, PG_URL


def _pg(statement: str) -> None:
    admin = make_url(normalise_url(PG_URL)).set(database="postgres").render_as_string(False)
    engine = create_engine(admin, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            conn.execute(text(statement))
    finally:
        engine.dispose()


def _open_copy(template_target: str, directory: Path) -> tuple[Database, str | None]:
    """Open a new database copied from the migrated template; return it and its PostgreSQL name."""
    if PG_URL:
        name = f"fd_demo_{uuid.uuid4().hex[:10]}"
        _pg(f'CREATE DATABASE "{name}" TEMPLATE "{template_target}"')
        return Database(make_url(normalise_url(PG_URL)).set(database=name).render_as_string(False)), name
    path = directory / f"demo-{uuid.uuid4().hex[:8]}.db"
    shutil.copyfile(template_target, path)
    return Database(path), None


def _discard(database: Database, name: str | None) -> None:
    database.close()
    if name:
        _pg(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def fresh_db(template_target: str, tmp_path: Path) -> Iterator[Callable[[], Database]]:
    """Return a factory of further fresh databases on the engine under test, closed afterwards."""
    opened: list[tuple[Database, str | None]] = []

    def make() -> Database:
        opened.append(_open_copy(template_target, tmp_path))
        return opened[-1][0]

    yield make
    for database, name in opened:
        _discard(database, name)


@pytest.fixture(scope="module")
def demo_db(template_target: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """A database holding the demo business with 2,000 leads, shared by a module's read-only tests."""
    database, name = _open_copy(template_target, tmp_path_factory.mktemp("demo"))
    fill_demo(database, leads=DEMO_LEADS, seed=11, anchor=ANCHOR)
    yield database
    _discard(database, name)
