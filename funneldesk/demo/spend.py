"""Monthly channel spend for every channel and every month of the demo period."""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from funneldesk.demo.profiles import CHANNELS, ChannelProfile
from funneldesk.storage.models import ChannelSpend

TRADE_SHOW_MONTHS = (3, 6, 10)


def months_between(first: date, last: date) -> list[date]:
    """Return the first day of every month from first's month to last's month, inclusive."""
    months: list[date] = []
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month):
        months.append(date(year, month, 1))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def seasonal(month: int) -> float:
    """Return a gentle yearly cycle: busier in spring and autumn, quiet in August and December."""
    quiet = {8: 0.75, 12: 0.7, 1: 0.9}
    return quiet.get(month, 1.0 + 0.1 * math.sin((month - 1) / 12 * 2 * math.pi))


def monthly_amount(rng: random.Random, channel: ChannelProfile, month: date, index: int) -> int:
    """Return one month's spend in whole dollars, growing a little over the period."""
    growth = 1.0 + 0.01 * index
    if channel.lumpy:
        base = channel.monthly_spend * (4.0 if month.month in TRADE_SHOW_MONTHS else 0.2)
    else:
        base = channel.monthly_spend * seasonal(month.month)
    return max(50, round(base * growth * rng.uniform(0.85, 1.15) / 10) * 10)


def spend_rows(
    rng: random.Random, channel_ids: Sequence[int], months: Sequence[date]
) -> list[dict[str, Any]]:
    """Return ChannelSpend rows (amounts in minor units) for every channel and month."""
    rows: list[dict[str, Any]] = []
    for channel, channel_id in zip(CHANNELS, channel_ids, strict=True):
        for index, month in enumerate(months):
            amount = monthly_amount(rng, channel, month, index)
            rows.append(
                {
                    "channel_id": channel_id,
                    "period_start": month,
                    "amount_minor": amount * 100,
                    "currency": "USD",
                }
            )
    return rows


def insert_spend(session: Session, rows: list[dict[str, Any]]) -> int:
    """Insert the rows whose channel and month have no spend yet; return how many were added."""
    channel_ids = sorted({r["channel_id"] for r in rows})
    query = select(ChannelSpend.channel_id, ChannelSpend.period_start).where(
        ChannelSpend.channel_id.in_(channel_ids)
    )
    existing = {(channel_id, month) for channel_id, month in session.execute(query)}
    fresh = [r for r in rows if (r["channel_id"], r["period_start"]) not in existing]
    if fresh:
        session.execute(insert(ChannelSpend), fresh)
    return len(fresh)
