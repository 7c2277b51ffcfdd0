"""Fixtures for the storage tests: empty databases and a migration script with one extra step."""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from funneldesk.storage import migrate
from funneldesk.storage.engine import normalise_url

PG_URL = os.environ.get("FUNNELDESK_TEST_DB", "")

# A migration as a later release would write one: it rebuilds the leads table (SQLite's
# batch mode copies it; FunnelDesk must run that with foreign keys off), moves data and
# adds a table that points at leads.
EXTRA_REVISION = '''"""test-only extra revision"""

import sqlalchemy as sa
from alembic import op

revision = "9000_test_extra"
down_revision = "{down}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Rebuild leads with a new column, copy data into it, add a child table."""
    recreate = "always" if op.get_bind().dialect.name == "sqlite" else "auto"
    with op.batch_alter_table("leads", recreate=recreate) as batch:
        batch.add_column(sa.Column("scratch_note", sa.Text(), nullable=True))
    op.execute("UPDATE leads SET scratch_note = title")
    op.create_table(
        "scratch_things",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("lead_id", sa.Integer(), sa.ForeignKey("leads.id"), nullable=False),
    )


def downgrade() -> None:
    """Not needed by the tests."""
'''


def sqlite_only(target: str) -> None:
    """Skip the calling test unless the target is an SQLite file."""
    if "://" in target:
        pytest.skip("an SQLite file property")


def _pg_admin(statement: str) -> None:
    url = make_url(normalise_url(PG_URL)).set(database="postgres")
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            conn.execute(text(statement))
    finally:
        engine.dispose()


@pytest.fixture
def empty_target(tmp_path: Path) -> Iterator[str]:
    """Return the path or URL of an empty database with no schema at all."""
    if not PG_URL:
        yield str(tmp_path / "empty.db")
        return
    name = f"fd_empty_{uuid.uuid4().hex[:10]}"
    _pg_admin(f'CREATE DATABASE "{name}" TEMPLATE template0')
    yield make_url(normalise_url(PG_URL)).set(database=name).render_as_string(False)
    _pg_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def extra_revision(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """Ship a copy of the migrations with one more revision on top; return its id."""
    scripts = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    down = migrate.head_revision()
    (scripts / "versions" / "9000_test_extra.py").write_text(EXTRA_REVISION.format(down=down))
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", scripts)
    monkeypatch.setattr(migrate, "HEAD_REVISION", "9000_test_extra")
    return "9000_test_extra"
