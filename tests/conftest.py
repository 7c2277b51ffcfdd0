"""Shared fixtures: a fresh, migrated database per test, copied from one template.

SQLite by default; a real PostgreSQL server when FUNNELDESK_TEST_DB names one
(each test then gets its own database made with ``CREATE DATABASE ... TEMPLATE``).
"""

from __future__ import annotations

import os
import shutil
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Tests (and the programs they start) must never write the user's real settings.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="funneldesk-test-config-")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from funneldesk.storage.database import Database
from funneldesk.storage.engine import normalise_url

PG_URL = os.environ.get("FUNNELDESK_TEST_DB", "")


def _pg_admin_url() -> str:
    return make_url(normalise_url(PG_URL)).set(database="postgres").render_as_string(False)


def _pg_run(statement: str) -> None:
    engine = create_engine(_pg_admin_url(), isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            conn.execute(text(statement))
    finally:
        engine.dispose()


def _pg_url_for(name: str) -> str:
    return make_url(normalise_url(PG_URL)).set(database=name).render_as_string(False)


@pytest.fixture(scope="session")
def engine_name() -> str:
    """Name the engine under test: 'sqlite' or 'postgresql'."""
    return "postgresql" if PG_URL else "sqlite"


@pytest.fixture(scope="session")
def template_target(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Create one migrated empty database that every test copies."""
    if PG_URL:
        name = f"fd_template_{uuid.uuid4().hex[:8]}"
        _pg_run(f'CREATE DATABASE "{name}"')
        Database(_pg_url_for(name)).close()
        yield name
        _pg_run(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        return
    path = tmp_path_factory.mktemp("template") / "template.db"
    # Closing the last connection checkpoints the WAL into the file, so a copy is whole.
    Database(path).close()
    yield str(path)


@pytest.fixture
def db_target(template_target: str, tmp_path: Path) -> Iterator[str]:
    """Return the path or URL of a fresh, migrated, empty database for this test."""
    if PG_URL:
        name = f"fd_test_{uuid.uuid4().hex[:10]}"
        _pg_run(f'CREATE DATABASE "{name}" TEMPLATE "{template_target}"')
        yield _pg_url_for(name)
        _pg_run(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        return
    path = tmp_path / "funnel.db"
    shutil.copyfile(template_target, path)
    yield str(path)


@pytest.fixture
def db(db_target: str) -> Iterator[Database]:
    """Open a fresh database for this test and close it afterwards."""
    database = Database(db_target)
    yield database
    database.close()
