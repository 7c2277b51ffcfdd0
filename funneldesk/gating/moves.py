"""Plan a stage move: which stages it passes and which exit criteria block it.

This is the one function that decides, whoever asks (board drag, editor, CLI,
import of later moves, automatic advance).
"""

from __future__ import annotations

from dataclasses import dataclass

from funneldesk.domain.records import StageRecord, UnmetCriterion
from funneldesk.gating.criteria import status
from funneldesk.gating.facts import LeadFacts


@dataclass(frozen=True, slots=True)
class MovePlan:
    """The stages a move enters, in order, and the criteria that block it."""

    path: tuple[StageRecord, ...]
    unmet: tuple[UnmetCriterion, ...]
    forward: bool

    @property
    def allowed(self) -> bool:
        """Say whether the move may happen without an override."""
        return not self.unmet


def unmet_criteria(stage: StageRecord, facts: LeadFacts) -> list[UnmetCriterion]:
    """Return the criteria of one stage that the lead does not meet."""
    return [
        UnmetCriterion(stage.id, stage.name, s.criterion.id, s.criterion.kind, s.text)
        for s in (status(c, facts) for c in stage.criteria)
        if not s.met
    ]


def is_forward(current: StageRecord, target: StageRecord) -> bool:
    """Say whether a move goes forward (and so is gated)."""
    if target.kind == "lost" or current.kind in ("won", "lost"):
        return False
    return target.position > current.position


def plan_move(
    stages: tuple[StageRecord, ...], current: StageRecord, target: StageRecord, facts: LeadFacts
) -> MovePlan:
    """Plan a move from current to target; forward moves check every stage left or passed."""
    if not is_forward(current, target):
        return MovePlan((target,), (), False)
    between = [s for s in stages if current.position < s.position < target.position]
    # Optional stages are skipped on a jump (the manager decides whether they are needed).
    passed = [s for s in between if s.kind != "lost" and not s.optional]
    left = [current, *passed]
    unmet = [u for stage in left for u in unmet_criteria(stage, facts)]
    return MovePlan((*passed, target), tuple(unmet), True)


def next_stage(stages: tuple[StageRecord, ...], current: StageRecord) -> StageRecord | None:
    """Return the stage after current on the way to winning (skipping lost stages)."""
    later = [s for s in stages if s.position > current.position and s.kind != "lost"]
    return min(later, key=lambda s: s.position, default=None)
