"""The demo tells a story the analytics can find: histories are sound, people and channels differ."""

from __future__ import annotations

import itertools
from collections import defaultdict
from datetime import datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import Row, select

from funneldesk.demo.profiles import CHANNELS, STAFF
from funneldesk.demo.spend import months_between
from funneldesk.storage.database import Database
from funneldesk.storage.models import Channel, ChannelSpend, Lead, Stage, StageChange, User
from tests.demo.helpers import ANCHOR
from tests.demo.helpers import DEMO_LEADS as LEADS


@pytest.fixture
def filled(demo_db: Database) -> Database:
    """The shared demo database (these tests only read it)."""
    return demo_db


def _rows(db: Database, model: Any) -> list[Row[Any]]:
    """Return a table's rows ordered by id, as plain rows that outlive the session."""
    with db.read() as session:
        return list(session.execute(select(model.__table__).order_by(model.id)))


def _stages(db: Database) -> dict[int, Row[Any]]:
    return {s.id: s for s in _rows(db, Stage)}


def _leads(db: Database) -> list[Row[Any]]:
    return _rows(db, Lead)


def _histories(db: Database) -> dict[int, list[Row[Any]]]:
    out: dict[int, list[Row[Any]]] = defaultdict(list)
    for change in _rows(db, StageChange):
        out[change.lead_id].append(change)
    return out


def _win_rates(db: Database, key: str) -> dict[int, float]:
    stages, counts = _stages(db), defaultdict(lambda: [0, 0])
    for lead in _leads(db):
        kind = stages[lead.stage_id].kind
        if kind != "open":
            counts[getattr(lead, key)][kind == "won"] += 1
    return {k: won / (won + lost) for k, (lost, won) in counts.items()}


def _user_ids(db: Database) -> dict[str, int]:
    return {u.name: u.id for u in _rows(db, User)}


def test_every_history_starts_first_is_ordered_and_ends_in_current_stage(filled: Database) -> None:
    stages, histories = _stages(filled), _histories(filled)
    first = min(s.position for s in stages.values())
    for lead in _leads(filled):
        changes = histories[lead.id]
        assert changes[0].from_stage_id is None and stages[changes[0].to_stage_id].position == first
        assert changes[0].at == lead.created_at
        assert all(a.at < b.at for a, b in itertools.pairwise(changes))
        assert all(b.from_stage_id == a.to_stage_id for a, b in itertools.pairwise(changes))
        assert changes[-1].to_stage_id == lead.stage_id and changes[-1].at == lead.stage_entered_at
        assert {c.how for c in changes} == {"manual"}


def test_closed_leads_have_closed_at_and_lost_ones_a_reason(filled: Database) -> None:
    stages, horizon = _stages(filled), datetime(ANCHOR.year, ANCHOR.month, ANCHOR.day)
    for lead in _leads(filled):
        kind = stages[lead.stage_id].kind
        assert (lead.closed_at is not None) == (kind != "open")
        assert lead.closed_at is None or lead.closed_at == lead.stage_entered_at
        assert (lead.lost_reason_id is not None) == (kind == "lost")
        assert (lead.satisfaction is not None) == (kind == "won")
        assert lead.created_at >= horizon - timedelta(days=731) and lead.stage_entered_at < horizon


def test_lost_at_various_stages_and_optional_stage_sometimes_skipped(filled: Database) -> None:
    stages, histories = _stages(filled), _histories(filled)
    lost_from = {h[-1].from_stage_id for h in histories.values() if stages[h[-1].to_stage_id].kind == "lost"}
    assert len(lost_from) >= 4
    optional = {s.id for s in stages.values() if s.optional}
    won = [h for h in histories.values() if stages[h[-1].to_stage_id].kind == "won"]
    with_optional = sum(1 for h in won if optional & {c.to_stage_id for c in h})
    assert 0 < with_optional < len(won)


def test_some_open_leads_rot_past_their_stage_limit(filled: Database) -> None:
    stages, horizon = _stages(filled), datetime(ANCHOR.year, ANCHOR.month, ANCHOR.day)
    open_leads = [lead for lead in _leads(filled) if stages[lead.stage_id].kind == "open"]
    rotting = [
        lead
        for lead in open_leads
        if (horizon - lead.stage_entered_at).days > (stages[lead.stage_id].rotting_days or 10**6)
    ]
    assert len(open_leads) > LEADS * 0.03
    assert 0 < len(rotting) < len(open_leads)


def test_some_employees_convert_far_better_than_others(filled: Database) -> None:
    ids = _user_ids(filled)
    rates = _win_rates(filled, "owner_id")
    staff = [rates[ids[p.name]] for p in STAFF]
    assert max(staff) > 3 * min(staff)
    assert max(staff) - min(staff) > 0.2


def test_the_discount_abuser_stands_out_on_won_deals(filled: Database) -> None:
    ids, stages = _user_ids(filled), _stages(filled)
    discounts: dict[int, list[int]] = defaultdict(list)
    for lead in _leads(filled):
        if stages[lead.stage_id].kind == "won":
            discounts[lead.owner_id].append(lead.discount_bp)
    average = {owner: sum(d) / len(d) for owner, d in discounts.items()}
    abuser = ids[next(p.name for p in STAFF if p.discounter)]
    others = [v for owner, v in average.items() if owner != abuser]
    assert average[abuser] > 1500 and average[abuser] > 3 * max(others)


def test_owned_channels_convert_best_and_paid_ones_worst(filled: Database) -> None:
    rates = _win_rates(filled, "channel_id")
    kinds = {c.id: c.kind for c in _rows(filled, Channel)}
    by_kind = defaultdict(list)
    for channel_id, rate in rates.items():
        by_kind[kinds[channel_id]].append(rate)
    assert min(by_kind["owned"]) > max(by_kind["paid"])
    assert {c.kind for c in CHANNELS} == {"paid", "owned", "earned"}


def test_spend_exists_for_every_channel_and_month(filled: Database) -> None:
    horizon = datetime(ANCHOR.year, ANCHOR.month, ANCHOR.day)
    months = months_between((horizon - timedelta(days=730)).date(), (horizon - timedelta(days=1)).date())
    channels = {c.id for c in _rows(filled, Channel)}
    spend = {(s.channel_id, s.period_start): s.amount_minor for s in _rows(filled, ChannelSpend)}
    assert len(channels) == 8 and len(months) in (24, 25)
    assert set(spend) == {(c, m) for c in channels for m in months}
    assert all(amount > 0 for amount in spend.values())
