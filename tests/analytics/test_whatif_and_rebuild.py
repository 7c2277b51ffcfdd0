"""What-if reproduces DOMAIN.md §8 exactly; derived tables equal a rebuild from history."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select, text

from funneldesk.analytics.derived import rebuild
from funneldesk.analytics.whatif import project, what_if
from funneldesk.services import catalog, leads, moves, pipelines, users
from funneldesk.storage.database import Database
from funneldesk.storage.derived_models import LeadProgress, StageStay


def test_cold_calls_reaching_twice_the_decision_makers_doubles_sales() -> None:
    now = project(30, [("decision maker", "1/3"), ("sale", "1/2")], 1000, changes={"decision maker": "2/3"})
    assert now.won_then == 2 * now.won_now and now.won_now == Decimal("5.00")
    assert now.won_value_then == Decimal("10000.00")


def test_invoices_paid_at_sixty_percent_bring_one_hundred_thousand_more() -> None:
    result = project(100, [("paid", "0.5")], Decimal(1_000_000) / 100, changes={"paid": "0.6"})
    assert result.won_value_now == Decimal("500000.00")
    assert result.extra_value == Decimal("100000.00")


def test_growing_the_top_grows_everything_below_proportionally() -> None:
    result = project(200, [("call", "0.02"), ("sale", "0.25")], 100, top_growth=9)
    assert (result.won_now, result.won_then) == (Decimal("1.00"), Decimal("10.00"))


def _snapshot(db: Database) -> tuple[list, list]:
    with db.read() as s:
        progress = [tuple(r) for r in s.execute(select(LeadProgress.__table__).order_by(text("1")))]
        stays = [tuple(r) for r in s.execute(select(StageStay.__table__).order_by(text("1")))]
    return progress, stays


def test_incremental_tables_equal_a_rebuild_after_real_service_calls(db_target: str) -> None:
    db = Database(db_target)
    owner = users.ensure_owner(db)
    boss = users.add_user(db, owner, "Mia Manager", "mia", "manager")
    pipeline = pipelines.create_from_template(db, owner, "typical-sales")
    open_stages = [s for s in pipeline.stages if s.kind == "open"]
    ids = [leads.create_lead(db, owner, {"title": f"Deal {i}", "value": "100"}).id for i in range(6)]
    moves.move_lead(db, owner, ids[0], open_stages[1].id, override="test")
    moves.move_lead(db, owner, ids[1], open_stages[-1].id, override="test")
    catalog.add_name(db, owner, "lost_reason", "Too expensive")
    moves.mark_lost(db, owner, ids[2], "Too expensive")
    leads.assign_lead(db, owner, ids[3], boss.login)
    leads.delete_lead(db, owner, ids[4])
    before = _snapshot(db)
    assert len(before[0]) == 5  # the deleted lead has no row
    with db.write() as s:
        rebuild(s)
    assert _snapshot(db) == before
    leads.restore_lead(db, owner, ids[4])
    assert len(_snapshot(db)[0]) == 6
    db.close()


def test_what_if_from_the_live_funnel_keeps_current_figures(db_target: str) -> None:
    db = Database(db_target)
    owner = users.ensure_owner(db)
    pipelines.create_from_template(db, owner, "typical-sales")
    leads.create_lead(db, owner, {"title": "One", "value": "100"})
    result = what_if(db, owner, top_growth="0.5")
    assert result.entered_now == Decimal("1.00") and result.entered_then == Decimal("1.50")
    db.close()
