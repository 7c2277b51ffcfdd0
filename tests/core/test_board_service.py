"""The board's reads: first cards without counting, and conversion from lead_progress.

Conversion used to walk the whole stage history (7 s at 1M leads); it now reads each
lead's furthest stage from lead_progress. These tests hold it to the history's answer,
for every role (the board's visibility rule) and under a search.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import pytest
from sqlalchemy import func, select

from funneldesk.demo import fill_demo
from funneldesk.domain.records import PipelineRecord, UserRecord
from funneldesk.services import browse, leads, pipelines, users
from funneldesk.services.board import (
    _reached_counts,
    _search_clause,
    board_cards,
    board_columns,
    board_start,
)
from funneldesk.services.permissions import lead_scope
from funneldesk.storage.database import Database
from funneldesk.storage.models import Lead, Stage, StageChange


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """A 600-lead demo with managers and employees, one lead deleted."""
    database = Database(tmp_path_factory.mktemp("board") / "funnel.db")
    fill_demo(database, leads=600, seed=11)
    owner = users.ensure_owner(database)
    first = board_cards(database, owner, _pipeline(database, owner).stages[1].id, 0, 1)[0]
    leads.delete_lead(database, owner, first.id)  # a deleted lead counts nowhere
    yield database
    database.close()


def _pipeline(db: Database, actor: UserRecord) -> PipelineRecord:
    return pipelines.list_pipelines(db, actor)[0]


def _people(db: Database) -> list[UserRecord]:
    """The owner, one manager and one employee of the demo."""
    owner = users.ensure_owner(db)
    everyone = users.list_users(db, owner)
    return [owner, *(next(u for u in everyone if u.role == role) for role in ("manager", "employee"))]


def _reached_by_history(
    db: Database, actor: UserRecord, pipeline: PipelineRecord, search: str | None
) -> dict[int, int]:
    """The old definition: each visible lead's furthest non-lost stage entered, from the history."""
    with db.read() as session:
        where = (Lead.pipeline_id == pipeline.id, Lead.deleted_at.is_(None), lead_scope(session, actor),
                 _search_clause(session, search))
        furthest = (
            select(func.max(Stage.position).label("pos"))
            .select_from(StageChange)
            .join(Stage, Stage.id == StageChange.to_stage_id)
            .join(Lead, Lead.id == StageChange.lead_id)
            .where(*where, Stage.kind != "lost")
            .group_by(StageChange.lead_id)
        ).subquery()
        counted = session.execute(select(furthest.c.pos, func.count()).group_by(furthest.c.pos))
        by_pos: dict[int, int] = {int(pos): int(n) for pos, n in counted.all()}
    return {s.id: sum(n for pos, n in by_pos.items() if pos >= s.position)
            for s in pipeline.stages if s.kind != "lost"}


@pytest.mark.parametrize("search", [None, "a", "inc"])
def test_reached_counts_from_lead_progress_match_the_stage_history(
    demo: Database, search: str | None
) -> None:
    seen = []
    for person in _people(demo):
        pipeline = _pipeline(demo, person)
        with demo.read() as session:
            reached = _reached_counts(session, person, pipeline, search)
        assert reached == _reached_by_history(demo, person, pipeline, search), person.role
        seen.append(reached)
    assert seen[0] != seen[2]  # the employee's board counts only their own leads


def test_conversion_is_the_share_of_the_previous_stage(demo: Database) -> None:
    owner = users.ensure_owner(demo)
    pipeline = _pipeline(demo, owner)
    reached = _reached_by_history(demo, owner, pipeline, None)
    summaries = board_columns(demo, owner, pipeline.id)
    ladder = [s for s in pipeline.stages if s.kind != "lost"]
    assert summaries[0].conversion is None
    for previous, stage in itertools.pairwise(ladder):
        shown = next(s for s in summaries if s.stage.id == stage.id)
        assert shown.conversion == pytest.approx(reached[stage.id] / reached[previous.id])


def test_board_start_gives_each_open_stage_its_newest_cards_and_counts_nothing(demo: Database) -> None:
    for person in _people(demo):
        pipeline = _pipeline(demo, person)
        start = board_start(demo, person, pipeline.id, None, 5)
        assert [s.id for s in start.stages] == [s.id for s in pipeline.stages]
        opened = [s for s in pipeline.stages if s.kind == "open"]
        assert sorted(start.first) == sorted(s.id for s in opened)
        for stage in opened:
            assert start.first[stage.id] == board_cards(demo, person, stage.id, 0, 5)
            assert [c.id for c in start.first[stage.id]] == sorted((c.id for c in start.first[stage.id]),
                                                                   reverse=True)
        placeholders = start.placeholders()
        assert not any(s.counted for s in placeholders)
        counted = board_columns(demo, person, pipeline.id, conversion=False)
        assert all(s.counted for s in counted)
        assert [s.stage.id for s in placeholders] == [s.stage.id for s in counted]
        opening = next(s.id for s in pipeline.stages if s.kind != "lost")
        assert [s.stage.id for s in placeholders if s.first] == [opening]
        assert [s.stage.id for s in counted if s.first] == [opening]


def test_board_start_honours_the_search(demo: Database) -> None:
    owner = users.ensure_owner(demo)
    pipeline = _pipeline(demo, owner)
    start = board_start(demo, owner, pipeline.id, "zzz-nothing-matches", 40)
    assert start.first and not any(start.first.values())


@pytest.mark.parametrize("text", ["inc", "Horizon", "55", "zzz-none"])
def test_the_board_search_finds_what_the_leads_table_finds(demo: Database, text: str) -> None:
    """One search field filters both pages: the same leads, per role."""
    for person in _people(demo):
        pipeline = _pipeline(demo, person)
        on_board = sum(s.count for s in board_columns(demo, person, pipeline.id, text, conversion=False))
        in_table = browse.count_leads(demo, person, browse.LeadFilter(text=text, pipeline_id=pipeline.id))
        assert on_board == in_table, (person.role, text)
