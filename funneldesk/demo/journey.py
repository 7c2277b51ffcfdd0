"""The funnel a demo lead walks through (``columns.Model._walk`` walks a whole batch at once).

Each open stage has a base chance to advance (lower at the top of the funnel) and a base
log-normal duration (from its rotting limit); the lead's owner, channel and temperature
multiply the odds and the pace, so conversion and velocity differ by employee and by
channel. A few leads stall far past the limit; optional stages are skipped by habit.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

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
