"""The fast bulk path of the demo writes exactly what the row-at-a-time path writes."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import text

from funneldesk.demo import fill_demo
from funneldesk.services import browse
from funneldesk.services.users import ensure_owner
from funneldesk.storage import bulk_load as bulk
from funneldesk.storage.database import Database
from funneldesk.storage.derived_models import LeadProgress, StageStay
from funneldesk.storage.models import Lead, StageChange
from tests.demo.helpers import ANCHOR, dump

LEADS = 600


def _schema(db: Database) -> list[tuple[str, str]]:
    with db.read() as session:
        return [tuple(r) for r in session.execute(text(
            "SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name"))]


def _searched(db: Database, words: list[str]) -> list[list[int]]:
    owner = ensure_owner(db)
    return [[row.id for row in browse.browse_page(db, owner, browse.LeadFilter(text=w), limit=50).rows]
            for w in words]


def test_bulk_path_matches_row_path(db: Database, fresh_db: Callable[[], Database],
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """Indexes off and the search index rebuilt set-wise: same rows, same schema, same search."""
    if db.dialect != "sqlite":
        pytest.skip("the bulk path is SQLite's")
    fill_demo(db, leads=LEADS, seed=8, anchor=ANCHOR)  # below BULK_ABOVE: indexes stay on
    other = fresh_db()
    monkeypatch.setattr(bulk, "BULK_ABOVE", 0)
    fill_demo(other, leads=LEADS, seed=8, anchor=ANCHOR)
    models = (Lead, StageChange)
    assert dump(db, models) == dump(other, models)
    with db.read() as a, other.read() as b:
        for table in (LeadProgress.__table__, StageStay.__table__):
            query = text(f"SELECT * FROM {table.name} ORDER BY 1")
            assert a.execute(query).all() == b.execute(query).all()
    assert _schema(db) == _schema(other)  # every index and trigger is back, as it was
    words = ["Ltd", "son", "555"]
    assert _searched(db, words) == _searched(other, words)
    assert all(_searched(other, words))
    config = text("SELECT k, v FROM lead_search_config ORDER BY k")  # the bulk hash size is put back
    with db.read() as a, other.read() as b:
        assert a.execute(config).all() == b.execute(config).all()
    docs = text("SELECT count(*) FROM lead_search_docsize")
    with db.read() as a, other.read() as b:
        assert a.execute(docs).scalar() == b.execute(docs).scalar() == LEADS
