"""Walk one demo lead through the pipeline: which stages it enters, when, and how it ends.

Each open stage has a base chance to advance (lower at the top of the funnel) and a base
duration (from its rotting limit); the lead's owner, channel and temperature multiply the
odds and the pace, so conversion and velocity differ by employee and by channel.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from datetime import datetime, timedelta

from funneldesk.domain.records import PipelineRecord, StageRecord

STALL_CHANCE = 0.06  # a lead forgotten in a stage: it stays far past the rotting limit
DURATION_SIGMA = 0.7
MIN_STEP = timedelta(minutes=5)


@dataclass(frozen=True, slots=True)
class Funnel:
    """The pipeline as the simulation sees it: open stages in order, the won and lost stages."""

    stages: tuple[StageRecord, ...]
    won: StageRecord
    lost: StageRecord
    advance: tuple[float, ...]  # base probability of leaving each open stage forward
    mean_days: tuple[float, ...]  # base mean days spent in each open stage

    @classmethod
    def of(cls, pipeline: PipelineRecord) -> Funnel:
        """Build the funnel of a pipeline that has open, won and lost stages."""
        stages = tuple(s for s in pipeline.stages if s.kind == "open")
        won = next(s for s in pipeline.stages if s.kind == "won")
        lost = next(s for s in pipeline.stages if s.kind == "lost")
        last = max(len(stages) - 1, 1)
        advance = tuple(0.55 + 0.35 * k / last for k in range(len(stages)))
        days = tuple(0.6 * s.rotting_days if s.rotting_days else 5.0 for s in stages)
        return cls(stages, won, lost, advance, days)


@dataclass(frozen=True, slots=True)
class Traits:
    """What shapes one lead's walk: odds multiplier, pace factor, chance to skip optional stages."""

    odds: float
    pace: float
    skip_optional: float


@dataclass(slots=True)
class Journey:
    """The outcome: stages entered with their times, and how the lead ended."""

    entered: list[tuple[StageRecord, datetime]]
    outcome: str  # 'open', 'won' or 'lost'
    last_open: int  # index of the last open stage the lead was in

    @property
    def current(self) -> tuple[StageRecord, datetime]:
        """Return the stage the lead is in now and when it entered it."""
        return self.entered[-1]


def with_odds(probability: float, multiplier: float) -> float:
    """Multiply the odds of a probability, keeping it strictly between 0 and 1."""
    odds = probability / (1.0 - probability) * multiplier
    return odds / (1.0 + odds)


def stage_days(rng: random.Random, mean: float) -> float:
    """Return a log-normal stay in days with this mean; a few leads stall for much longer."""
    days = rng.lognormvariate(math.log(mean) - DURATION_SIGMA**2 / 2, DURATION_SIGMA)
    if rng.random() < STALL_CHANCE:
        days *= rng.uniform(4.0, 10.0)
    return days


def _step(start: datetime, days: float) -> datetime:
    moment = (start + timedelta(days=days)).replace(microsecond=0)
    return max(moment, start + MIN_STEP)


def _next_stage(rng: random.Random, funnel: Funnel, k: int, traits: Traits) -> int:
    k += 1
    while k < len(funnel.stages) and funnel.stages[k].optional and rng.random() < traits.skip_optional:
        k += 1
    return k


def walk(rng: random.Random, funnel: Funnel, traits: Traits, created: datetime, horizon: datetime) -> Journey:
    """Simulate one lead from creation in the first stage until it closes or reaches the horizon."""
    entered = [(funnel.stages[0], created)]
    k, now = 0, created
    while True:
        leave = _step(now, stage_days(rng, funnel.mean_days[k] * traits.pace))
        if leave >= horizon:
            return Journey(entered, "open", k)
        if rng.random() >= with_odds(funnel.advance[k], traits.odds):
            entered.append((funnel.lost, leave))
            return Journey(entered, "lost", k)
        k, now = _next_stage(rng, funnel, k, traits), leave
        if k >= len(funnel.stages):
            entered.append((funnel.won, leave))
            return Journey(entered, "won", len(funnel.stages) - 1)
        entered.append((funnel.stages[k], leave))
