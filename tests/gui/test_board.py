"""The board: a refused drag explains itself, a tick then lets it through, keys move cards, lost asks why."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from funneldesk.domain.records import UserRecord
from funneldesk.services import catalog, leads, moves
from funneldesk.services.board import board_cards, board_columns
from funneldesk.storage.database import Database
from tests.core.helpers import Team, make_team
from ui.board.column import BoardColumn
from ui.board.model import FIRST_PAGE, PAGE_SIZE
from ui.board.view import BoardWidget
from ui.context import AppContext

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("private_settings")]



@pytest.fixture
def team(db: Database) -> Team:
    """Create the standard team with a persona for the qualification gate."""
    made = make_team(db)
    catalog.add_name(db, made.owner, "persona", "CFO")
    return made


@pytest.fixture
def ctx(db: Database, team: Team, qtbot: QtBot) -> Iterator[AppContext]:
    """Return a context acting as the owner; its worker stops after the test."""
    context = AppContext(db, team.owner)
    yield context
    context.runner.shutdown()


def offer_lead(db: Database, actor: UserRecord, title: str = "Acme offer") -> int:
    """Create a lead in Commercial offer with a value but without the 'Offer sent' tick."""
    lead = leads.create_lead(
        db,
        actor,
        {
            "title": title,
            "company": "Acme",
            "phone": "+1 555 0100",
            "category": "B2B",
            "persona": "CFO",
            "value": Decimal("900"),
        },
    )
    moves.move_lead(db, actor, lead.id, "Commercial offer")
    return lead.id


def show_board(ctx: AppContext, team: Team, qtbot: QtBot) -> BoardWidget:
    """Show the board of the team's pipeline and wait for its cards."""
    board = BoardWidget(ctx)
    qtbot.addWidget(board)
    board.resize(1400, 700)
    board.show()
    with qtbot.waitSignal(board.summaries_loaded):
        board.load(team.pipeline.id)
    qtbot.waitUntil(lambda: not any(c.model.fetching for c in board.columns))
    return board


def column(board: BoardWidget, name: str) -> BoardColumn:
    """Return the column of a stage by name."""
    return next(c for c in board.columns if c.stage.name == name)


def drag(board: BoardWidget, lead_id: int, source: str, target: str) -> None:
    """Drop a card as Qt would: the source model's mime data onto the target model."""
    src = column(board, source).model
    row = src.row_of(lead_id)
    assert row is not None
    data = src.mimeData([src.index(row)])
    dst = column(board, target).model
    assert dst.canDropMimeData(data, Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    assert not dst.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, QModelIndex())


def test_refused_drag_leaves_the_lead_and_lists_unmet_criteria(
    ctx: AppContext, team: Team, db: Database, qtbot: QtBot
) -> None:
    lead_id = offer_lead(db, team.owner)
    board = show_board(ctx, team, qtbot)
    with qtbot.waitSignal(board.move_refused) as refused:
        drag(board, lead_id, "Commercial offer", "Presentation")
    assert [u.text for u in refused.args[1]] and any("Offer sent" in u.text for u in refused.args[1])
    assert column(board, "Commercial offer").model.row_of(lead_id) is not None
    assert column(board, "Presentation").model.rowCount() == 0
    assert leads.get_lead(db, team.owner, lead_id).stage_name == "Commercial offer"
    assert board.gate_panel.isVisible()
    texts = [label.text() for label in board.gate_panel.findChildren(QLabel)]
    assert any("Offer sent" in text for text in texts)


def test_ticking_the_missing_item_then_allows_the_same_move(
    ctx: AppContext, team: Team, db: Database, qtbot: QtBot
) -> None:
    lead_id = offer_lead(db, team.owner)
    board = show_board(ctx, team, qtbot)
    with qtbot.waitSignal(board.move_refused):
        drag(board, lead_id, "Commercial offer", "Presentation")
    tick = next(b for b in board.gate_panel.findChildren(QPushButton) if b.text() == "Tick")
    with qtbot.waitSignal(board.cards_refreshed):
        qtbot.mouseClick(tick, Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]
    qtbot.waitUntil(lambda: board.gate_panel.retry_button.isDefault())
    with qtbot.waitSignal(board.cards_refreshed):
        board.gate_panel.retry_button.click()
    assert column(board, "Presentation").model.row_of(lead_id) is not None
    assert column(board, "Commercial offer").model.row_of(lead_id) is None
    assert not board.gate_panel.isVisible()
    assert leads.get_lead(db, team.owner, lead_id).stage_name == "Presentation"


def test_keyboard_moves_the_selected_card(ctx: AppContext, team: Team, db: Database, qtbot: QtBot) -> None:
    lead = leads.create_lead(db, team.owner, {"title": "Keyed", "phone": "+1 555 0101"})
    board = show_board(ctx, team, qtbot)
    first = column(board, "Primary contact")
    assert first.select_lead(lead.id)
    with qtbot.waitSignal(board.cards_refreshed):
        qtbot.keyClick(first.view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)  # type: ignore[no-untyped-call]
    second = column(board, "Client qualification")
    assert second.model.row_of(lead.id) is not None and second.view.hasFocus()
    with qtbot.waitSignal(board.cards_refreshed):
        qtbot.keyClick(second.view, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)  # type: ignore[no-untyped-call]
    assert first.model.row_of(lead.id) is not None
    assert [s.count for s in board.summaries][:2] == [1, 0]


def test_lost_zone_asks_for_a_reason(ctx: AppContext, team: Team, db: Database, qtbot: QtBot) -> None:
    lead = leads.create_lead(db, team.owner, {"title": "Gone"})
    board = show_board(ctx, team, qtbot)
    board.ask_lost_reason = lambda title, reasons: ("Too expensive", "chose a rival")  # type: ignore[method-assign]
    lost = next(z for z in board.zones if z.stage.kind == "lost")
    with qtbot.waitSignal(board.cards_refreshed):
        lost.card_dropped.emit(lead.id, column(board, "Primary contact").stage.id, lost.stage.id)
    assert column(board, "Primary contact").model.rowCount() == 0
    assert leads.get_lead(db, team.owner, lead.id).lost_reason == "Too expensive"


def test_cards_are_fetched_a_page_at_a_time(
    ctx: AppContext, team: Team, db: Database, qtbot: QtBot, qtmodeltester: object
) -> None:
    for number in range(PAGE_SIZE + 50):
        leads.create_lead(db, team.owner, {"title": f"Bulk {number}"})
    board = show_board(ctx, team, qtbot)
    model = column(board, "Primary contact").model
    assert model.rowCount() == FIRST_PAGE and model.total == PAGE_SIZE + 50
    model.fetchMore(QModelIndex())
    qtbot.waitUntil(lambda: model.rowCount() == FIRST_PAGE + PAGE_SIZE)
    model.fetchMore(QModelIndex())
    qtbot.waitUntil(lambda: model.rowCount() == PAGE_SIZE + 50)
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_board_service_counts_values_and_conversion(db: Database, team: Team) -> None:
    first = offer_lead(db, team.owner, "One")
    leads.create_lead(db, team.owner, {"title": "Two", "value": "100"})
    summaries = {s.stage.name: s for s in board_columns(db, team.owner, team.pipeline.id)}
    assert summaries["Primary contact"].count == 1
    assert summaries["Commercial offer"].totals == (("USD", Decimal("900.00")),)
    assert summaries["Client qualification"].conversion == pytest.approx(0.5)
    card = board_cards(db, team.owner, summaries["Commercial offer"].stage.id, 0, 10)[0]
    assert (card.id, card.criteria_met, card.criteria_total) == (first, 1, 2)
    assert board_columns(db, team.employee, team.pipeline.id)[0].count == 0
