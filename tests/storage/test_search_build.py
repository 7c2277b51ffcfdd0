"""The search index built aside (a second core, a scratch file) is the one a replay would build.

A big load into an empty search index fills it on another thread and moves its shadow
tables in (storage/search_build.py). What a user notices: the same leads are found for
the same text, later edits and deletions still reach the index, and a failed build leaves
neither rows nor a scratch file behind.
"""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pytest
from sqlalchemy import text

from funneldesk.demo import fill_demo
from funneldesk.services import history, leads, users
from funneldesk.services.browse import LeadFilter, browse_page
from funneldesk.storage import bulk_load, search_build
from funneldesk.storage.database import Database
from tests.conftest import PG_URL
from tests.demo.helpers import ANCHOR

pytestmark = pytest.mark.skipif(bool(PG_URL), reason="the search index is SQLite's (PostgreSQL uses ILIKE)")

LEADS = 600
QUERIES = ("gmail", "son", "Inc", "555", "a", "ltd", "@", "re", "mar", "0")


def _filled(db: Database, monkeypatch: pytest.MonkeyPatch, aside: bool) -> None:
    """A demo loaded on the bulk path, its search index built aside or replayed in place."""
    monkeypatch.setattr(bulk_load, "BULK_ABOVE", 0)
    if not aside:
        monkeypatch.setattr(bulk_load, "can_build_aside", lambda _session, _body: False)
    fill_demo(db, leads=LEADS, seed=31, anchor=ANCHOR)


def _matches(db: Database) -> dict[str, list[int]]:
    with db.read() as session:
        return {q: sorted(session.scalars(text("SELECT rowid FROM lead_search WHERE lead_search MATCH :q"),
                                          {"q": f'"{q}"'})) for q in QUERIES if len(q) >= 3}


def _integrity_check(db: Database) -> None:
    """FTS5's own check of its structure (raises 'database disk image is malformed' if broken)."""
    with db.write() as session:
        session.execute(text("INSERT INTO lead_search(lead_search) VALUES ('integrity-check')"))


def _found(db: Database, words: str) -> list[int]:
    owner = users.ensure_owner(db)
    return [row.id for row in browse_page(db, owner, LeadFilter(text=words), limit=5000).rows]


def _other_database(db: Database, tmp_path: Path) -> Database:
    path = tmp_path / "replayed.db"
    assert db.path is not None
    shutil.copyfile(db.path, path)  # the same empty, migrated file, before any demo
    return Database(str(path))


def test_built_aside_finds_what_the_replay_finds(db: Database, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    replayed = _other_database(db, tmp_path)
    finished: list[bool] = []
    finish = search_build.SearchBuild.finish

    def counted(self: search_build.SearchBuild) -> None:
        finished.append(True)
        finish(self)

    monkeypatch.setattr(search_build.SearchBuild, "finish", counted)
    try:
        _filled(db, monkeypatch, aside=True)
        assert finished == [True], "the index was not built aside"
        with monkeypatch.context() as patch:
            _filled(replayed, patch, aside=False)
        found = _matches(db)
        assert found == _matches(replayed)
        assert sum(map(len, found.values())) > LEADS / 2, "the queries should find many leads"
        _integrity_check(db)
        assert _found(db, "gmail") == _found(replayed, "gmail")
    finally:
        replayed.close()
    assert not list(tmp_path.glob(".funneldesk-search-*")), "the scratch file was left behind"
    assert search_build.ALIAS not in _attached(db), "the scratch file is still attached after the commit"


def _attached(db: Database) -> list[str]:
    """The databases the writing connection has attached (the scratch file is copied through one)."""
    with db.write() as session:
        return [row[1] for row in session.execute(text("PRAGMA database_list"))]


def test_edits_after_an_aside_build_reach_the_index(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    _filled(db, monkeypatch, aside=True)
    owner = users.ensure_owner(db)
    first, second = _found(db, "mar")[:2]
    leads.update_lead(db, owner, first, {"title": "Zanzibar quokka deal"})
    leads.delete_lead(db, owner, second)
    assert _found(db, "quokka") == [first]
    assert second not in _found(db, "mar")
    _integrity_check(db)


def _assert_demo_fails_cleanly(db: Database, folder: Path, monkeypatch: pytest.MonkeyPatch,
                               error: type[BaseException]) -> None:
    """The demo ends with ``error``: no lead, an empty search index, no builder thread or scratch file."""
    monkeypatch.setattr(bulk_load, "BULK_ABOVE", 0)
    with pytest.raises(error):
        fill_demo(db, leads=LEADS, seed=31, anchor=ANCHOR)
    assert not [t for t in threading.enumerate() if t.name == "search-build"], "the builder thread still runs"
    assert not list(folder.glob(".funneldesk-search-*")), "the scratch file was left behind"
    with db.read() as session:
        assert session.scalar(text("SELECT count(*) FROM leads")) == 0
        assert session.scalar(text("SELECT count(*) FROM lead_search_docsize")) == 0
    assert search_build.ALIAS not in _attached(db), "the scratch file is still attached after the rollback"


def test_a_failed_aside_build_rolls_everything_back(db: Database, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(self: search_build.SearchBuild, aside: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(search_build.SearchBuild, "_build", broken)
    _assert_demo_fails_cleanly(db, tmp_path, monkeypatch, OSError)


def test_ctrl_c_while_rows_are_handed_over_stops_the_builder(db: Database, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(search_build, "ROWS_PER_CHUNK", 50)
    handed: list[str | None] = []
    put = search_build.SearchBuild._put

    def interrupted(self: search_build.SearchBuild, item: str | None) -> None:
        handed.append(item)
        if len(handed) == 3:
            raise KeyboardInterrupt  # what Ctrl+C does on the loading thread
        put(self, item)

    monkeypatch.setattr(search_build.SearchBuild, "_put", interrupted)
    _assert_demo_fails_cleanly(db, tmp_path, monkeypatch, KeyboardInterrupt)


def test_ctrl_c_during_the_meanwhile_work_stops_the_builder(db: Database, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupted(_session: object, _ids: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(history, "after_leads_changed", interrupted)
    _assert_demo_fails_cleanly(db, tmp_path, monkeypatch, KeyboardInterrupt)


def test_a_failure_after_the_copy_rolls_back_and_detaches_the_scratch_file(
        db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    copied: list[bool] = []
    finish = search_build.SearchBuild.finish

    def then_ctrl_c(self: search_build.SearchBuild) -> None:
        finish(self)  # the index copied in through the attached scratch file
        copied.append(True)
        raise KeyboardInterrupt

    monkeypatch.setattr(search_build.SearchBuild, "finish", then_ctrl_c)
    _assert_demo_fails_cleanly(db, tmp_path, monkeypatch, KeyboardInterrupt)
    assert copied == [True]
