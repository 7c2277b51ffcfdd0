"""The Maven CRM sample loaded once per module, on SQLite or on the PostgreSQL under test."""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Iterator

import pytest

from funneldesk.storage.database import Database
from tests.analytics import maven
from tests.conftest import PG_URL, _pg_run, _pg_url_for


@pytest.fixture(scope="module")
def maven_target(template_target: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Return the path or URL of a database holding the whole Maven sample."""
    if not maven.DATA.exists():
        pytest.skip("Maven CRM sample not present")
    if PG_URL:
        name = f"fd_maven_{uuid.uuid4().hex[:8]}"
        _pg_run(f'CREATE DATABASE "{name}" TEMPLATE "{template_target}"')
        target = _pg_url_for(name)
    else:
        target = str(tmp_path_factory.mktemp("maven") / "maven.db")
        shutil.copyfile(template_target, target)
    db = Database(target)
    with db.write() as session:
        maven.load(session)
    db.close()
    yield target
    if PG_URL:
        _pg_run(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
