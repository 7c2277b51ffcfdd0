"""Turn simulated journeys into lead rows and stage-change rows, ready for bulk insert."""

from __future__ import annotations

import random
from bisect import bisect
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from itertools import accumulate
from typing import Any, TypeVar

from funneldesk.demo import profiles
from funneldesk.demo.business import Business
from funneldesk.demo.contacts import make_contact
from funneldesk.demo.journey import Funnel, Journey, Traits, walk
from funneldesk.demo.profiles import ChannelProfile, StaffProfile

T = TypeVar("T")


def pick(rng: random.Random, items: Sequence[T], cumulative: Sequence[float]) -> T:
    """Return a weighted choice, as ``rng.choices(items, cum_weights=...)`` would, but faster."""
    return items[bisect(cumulative, rng.random() * cumulative[-1], 0, len(items) - 1)]


MANAGER_PROFILE = StaffProfile("manager", 0, skill=1.3, pace=1.0, share=0.0, skips_optional=0.4)
TEMPERATURES = ("cold", "warm", "hot")


class LeadFactory:
    """Makes one lead (and its history) at a time from a shared random stream."""

    def __init__(self, rng: random.Random, business: Business, horizon: datetime) -> None:
        self.rng, self.business, self.horizon = rng, business, horizon
        self.funnel = Funnel.of(business.pipeline)
        owners = [(p, i) for p, i in zip(profiles.STAFF, business.staff_ids, strict=True)]
        owners += [(MANAGER_PROFILE, m) for m in business.manager_ids]
        self.owners = owners
        shares = [p.share for p in profiles.STAFF] + [profiles.MANAGER_SHARE] * len(business.manager_ids)
        self.owner_weights = list(accumulate(shares))
        self.channel_weights = list(accumulate(c.share for c in profiles.CHANNELS))
        self.reason_weights = [self._reason_weights(k) for k in range(len(self.funnel.stages))]
        self.temperature_weights = {k: list(accumulate(w)) for k, w in profiles.TEMPERATURE_MIX.items()}
        self.channel_indexes = range(len(profiles.CHANNELS))

    def _reason_weights(self, k: int) -> list[float]:
        late = k / max(len(self.funnel.stages) - 1, 1)
        return list(accumulate(early * (1 - late) + end * late for _, early, end in profiles.LOST_REASONS))

    def make(self, lead_id: int, created: datetime) -> tuple[dict[str, Any], list[dict[str, Any]]]:
        """Return the lead row and its stage-change rows."""
        rng = self.rng
        person, owner_id = pick(rng, self.owners, self.owner_weights)
        index = pick(rng, self.channel_indexes, self.channel_weights)
        channel = profiles.CHANNELS[index]
        temperature = pick(rng, TEMPERATURES, self.temperature_weights[channel.kind])
        traits = Traits(
            odds=person.skill * channel.quality * profiles.TEMPERATURE_ODDS[temperature],
            pace=person.pace * channel.pace * profiles.TEMPERATURE_PACE[temperature],
            skip_optional=person.skips_optional,
        )
        journey = walk(rng, self.funnel, traits, created, self.horizon)
        lead = self._row(lead_id, created, journey, person, channel, temperature)
        lead.update(owner_id=owner_id, channel_id=self.business.channel_ids[index])
        return lead, self._changes(lead_id, owner_id, journey, lead["lost_reason_id"])

    def _row(
        self,
        lead_id: int,
        created: datetime,
        journey: Journey,
        person: StaffProfile,
        channel: ChannelProfile,
        temperature: str,
    ) -> dict[str, Any]:
        rng = self.rng
        stage, entered = journey.current
        qualified = journey.last_open >= 2 or journey.outcome == "won"
        category, size = rng.choice(profiles.CATEGORIES)
        contact = make_contact(rng, category, journey.last_open > 0 or rng.random() < 0.8)
        known = qualified or rng.random() < 0.6
        value = round(rng.lognormvariate(8.3, 0.6) * size / 50) * 50 * 100
        closed = entered if journey.outcome != "open" else None
        return {
            "id": lead_id,
            "title": f"{contact.company}: {rng.choice(profiles.PRODUCTS)}",
            "contact_name": contact.name,
            "company": contact.company,
            "email": contact.email,
            "phone": contact.phone,
            "pipeline_id": self.business.pipeline.id,
            "stage_id": stage.id,
            "persona_id": rng.choice(self.business.persona_ids) if known else None,
            "lost_reason_id": self._lost_reason(journey),
            "category": category if known else None,
            "value_minor": value if qualified or rng.random() < 0.5 else 0,
            "currency": "USD",
            "discount_bp": self._discount(journey, person),
            "temperature": temperature,
            "expected_close": self._expected_close(journey, created),
            "next_action": self._next_action(journey) if closed is None else None,
            "satisfaction": self._satisfaction(person) if journey.outcome == "won" else None,
            "notes": "",
            "custom_fields": "{}",
            "external_id": None,
            "created_at": created,
            "updated_at": entered,
            "closed_at": closed,
            "stage_entered_at": entered,
            "deleted_at": None,
            "version": len(journey.entered),
        }

    def _lost_reason(self, journey: Journey) -> int | None:
        if journey.outcome != "lost":
            return None
        weights = self.reason_weights[journey.last_open]
        return pick(self.rng, self.business.lost_reason_ids, weights)

    def _discount(self, journey: Journey, person: StaffProfile) -> int:
        rng = self.rng
        if journey.outcome == "lost" or journey.last_open < 3:
            return 0
        generous = journey.outcome == "won" or rng.random() < 0.5
        if person.discounter and generous and rng.random() < 0.85:
            return rng.randint(36, 80) * 50  # 18–40 %
        return 0 if rng.random() < 0.55 else rng.randint(4, 24) * 50  # 2–12 %

    def _expected_close(self, journey: Journey, created: datetime) -> date:
        rng = self.rng
        if journey.outcome == "won":
            return journey.current[1].date() + timedelta(days=rng.randint(-10, 10))
        return created.date() + timedelta(days=rng.randint(21, 120))

    def _next_action(self, journey: Journey) -> date:
        stage, entered = journey.current
        today = self.horizon.date()
        if stage.rotting_days and (self.horizon - entered).days > stage.rotting_days:
            return today - timedelta(days=self.rng.randint(3, 40))  # forgotten: overdue
        return today + timedelta(days=self.rng.randint(-5, 14))

    def _satisfaction(self, person: StaffProfile) -> int:
        return min(5, max(1, round(self.rng.gauss(person.satisfaction, 0.7))))

    def _changes(
        self, lead_id: int, owner_id: int, journey: Journey, reason_id: int | None
    ) -> list[dict[str, Any]]:
        reason = ""
        if reason_id is not None:
            reason = profiles.LOST_REASONS[self.business.lost_reason_ids.index(reason_id)][0]
        rows, previous = [], None
        for stage, at in journey.entered:
            rows.append(
                {
                    "lead_id": lead_id,
                    "from_stage_id": previous,
                    "to_stage_id": stage.id,
                    "at": at,
                    "user_id": owner_id,
                    "how": "manual",
                    "reason": reason if stage.kind == "lost" else "",
                }
            )
            previous = stage.id
        return rows
