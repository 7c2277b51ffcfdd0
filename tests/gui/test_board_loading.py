"""The board shows counts and first cards without waiting for conversion, which follows."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from funneldesk.services import leads
from funneldesk.services.board import ColumnSummary, board_columns, board_start
from funneldesk.storage.database import Database
from tests.core.helpers import Team, make_team
from ui.board.column import conversion_text
from ui.board.view import BoardWidget
from ui.context import AppContext

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("private_settings")]



@pytest.fixture
def team(db: Database) -> Team:
    return make_team(db)


@pytest.fixture
def ctx(db: Database, team: Team, qtbot: QtBot) -> Iterator[AppContext]:
    context = AppContext(db, team.owner)
    yield context
    context.runner.shutdown()


def test_cards_come_first_and_conversion_follows(ctx: AppContext, db: Database, team: Team,
                                                 qtbot: QtBot) -> None:
    """First load: counts and cards with no conversion yet; a second update brings conversion."""
    for n in range(3):
        leads.create_lead(db, team.owner, {"title": f"Lead {n}", "value": "100"})
    board = BoardWidget(ctx)
    qtbot.addWidget(board)
    board.resize(1400, 700)
    board.show()
    seen: list[list[ColumnSummary]] = []
    board.summaries_loaded.connect(seen.append)
    board.load(team.pipeline.id)
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    first = seen[0]
    assert all(s.conversion is None for s in first)  # counts and cards did not wait for it
    # Until it arrives only the first column says "first stage"; the others say nothing yet.
    shown = [conversion_text(c, s) for c, s in zip(board.columns[:2], first, strict=False)]
    assert shown == ["first stage", ""]
    assert sum(s.count for s in first) == 3
    qtbot.waitUntil(lambda: any(s.conversion is not None for s in board.summaries), timeout=10_000)
    assert [s.count for s in board.summaries] == [s.count for s in first]
    assert len(seen) == 1  # the conversion update is not a second load
    assert board.columns[0].model.rowCount() == 3


def test_a_load_replaced_before_the_worker_reaches_it_costs_nothing(
    ctx: AppContext, db: Database, team: Team, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Typing a search queues a load per keystroke: only the newest one's queries run."""
    import threading

    import ui.board.view as view

    for n in range(3):
        leads.create_lead(db, team.owner, {"title": f"Lead {n}"})
    asked: list[tuple[str, str | None]] = []

    def start(db: Database, actor: object, pipeline: int, text: str | None, limit: int) -> object:
        asked.append(("start", text))
        return board_start(db, actor, pipeline, text, limit)  # type: ignore[arg-type]

    def count(db: Database, actor: object, pipeline: int, text: str | None = None, **kw: object) -> object:
        asked.append(("count", text))
        return board_columns(db, actor, pipeline, text, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(view, "board_start", start)
    monkeypatch.setattr(view, "board_columns", count)
    board = BoardWidget(ctx)
    qtbot.addWidget(board)
    gate = threading.Event()
    ctx.run(lambda: gate.wait(10))  # the worker is busy while three keystrokes arrive
    for text in ("L", "Le", "Lead 2"):
        board.load(team.pipeline.id, text)
    gate.set()
    qtbot.waitUntil(lambda: ctx.runner.pending == 0, timeout=10_000)
    assert asked == [("start", "Lead 2"), ("count", "Lead 2"), ("count", "Lead 2")]  # counts, then conversion
    assert board.columns[0].model.rowCount() == 1  # the one lead "Lead 2" matches
