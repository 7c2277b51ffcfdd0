"""Step conversion per employee (or per manager's team): who converts worst at which stage.

A step joins two consecutive non-lost stages of the pipeline, the chain the funnel
draws. For each owner, ``reached`` counts the leads whose furthest stage is at or past
the step's first stage and ``advanced`` those at or past the next one (the cohort basis
of the funnel: a lost lead counts as having reached the furthest stage it was ever in).
The team rate of a step is over every lead in scope, so each cell can be read against
it. Unassigned leads count in the team rates but get no row (nobody to coach, and the
drill-down filters on an owner). With ``team=True`` the rows are managers, each with
everyone below them, as in the manager table's roll-up.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from itertools import pairwise
from typing import TYPE_CHECKING

from sqlalchemy import select

from funneldesk.analytics.scope import EVERYTHING, ReportFilter, Scope, StageInfo, resolve
from funneldesk.analytics.stats import Rate, rate
from funneldesk.analytics.tables import GroupRow, manager_rows, owner_figures, owner_names
from funneldesk.domain.records import UserRecord
from funneldesk.services.permissions import subordinate_ids
from funneldesk.storage import tables
from funneldesk.storage.database import Database

if TYPE_CHECKING:  # reports read on a Core connection (Database.query); sessions work the same
    from funneldesk.storage.engine import Reader

USERS = tables.users.c

# Below ten leads a step rate is noise: 2 of 5 has a 95 % interval of 12-77 %, so such
# a cell is shown greyed and can never be named the weakest (nor can a cell at or above
# the team's rate: the weakest of a step is None when nobody with a sample is below it).
MIN_SAMPLE = 10


@dataclass(frozen=True, slots=True)
class Step:
    """Two consecutive non-lost stages: leads move from ``from_stage`` to ``to_stage``."""

    from_stage_id: int
    from_stage: str
    to_stage_id: int
    to_stage: str

    @property
    def name(self) -> str:
        """Return the step as 'From → To'."""
        return f"{self.from_stage} → {self.to_stage}"


@dataclass(frozen=True, slots=True)
class StepCell:
    """One owner (or team) at one step: its conversion beside the whole scope's."""

    owner_id: int
    owner: str
    step: int  # index into OwnerSteps.steps
    conversion: Rate  # hits: advanced to the next stage, n: reached the step's first stage
    team_conversion: Rate

    @property
    def reached(self) -> int:
        """Return the leads that reached the step's first stage."""
        return self.conversion.n

    @property
    def advanced(self) -> int:
        """Return the leads that went on to the next stage."""
        return self.conversion.hits

    @property
    def enough(self) -> bool:
        """Say whether the sample is large enough to compare (MIN_SAMPLE)."""
        return self.conversion.n >= MIN_SAMPLE

    @property
    def below_team(self) -> bool:
        """Say whether the sample is large enough and the rate under the team's at this step."""
        value, team = self.conversion.value, self.team_conversion.value
        return self.enough and value is not None and team is not None and value < team

    @property
    def relative_upper(self) -> float | None:
        """Return the Wilson upper bound over the team rate (below 1: clearly worse than the team)."""
        team = self.team_conversion.value
        if not self.enough or self.conversion.ci_high is None or not team:
            return None
        return self.conversion.ci_high / team


@dataclass(frozen=True, slots=True)
class OwnerSteps:
    """The step-conversion matrix: rows are owners (or teams), columns are steps."""

    pipeline: str
    team: bool
    steps: tuple[Step, ...]
    rows: tuple[tuple[int, str], ...]  # (owner id, name) in display order
    cells: tuple[tuple[StepCell, ...], ...]  # cells[row][step]
    team_rates: tuple[Rate, ...]
    weakest_per_step: tuple[StepCell | None, ...]
    weakest: StepCell | None

    def cell(self, owner_id: int, step: int) -> StepCell:
        """Return the cell of one row (by owner id) and step index."""
        index = next(i for i, (key, _) in enumerate(self.rows) if key == owner_id)
        return self.cells[index][step]


def steps_of(stages: tuple[StageInfo, ...]) -> tuple[Step, ...]:
    """Return the steps between consecutive non-lost stages, in pipeline order."""
    chain = [s for s in stages if s.kind != "lost"]
    return tuple(Step(a.id, a.name, b.id, b.name) for a, b in pairwise(chain))


def _reached(furthest: Counter[int], stages: dict[int, int]) -> dict[int, int]:
    """Return, per stage id, the leads whose furthest position is at or past it."""
    return {sid: sum(n for pos, n in furthest.items() if pos >= position) for sid, position in stages.items()}


def _rates(reached: dict[int, int], steps: tuple[Step, ...]) -> tuple[Rate, ...]:
    return tuple(rate(reached[s.to_stage_id], reached[s.from_stage_id], f"step {s.name}") for s in steps)


def _groups(
    session: Reader, scope: Scope, counts: dict[int | None, Counter[int]], team: bool
) -> list[tuple[int, str, Counter[int]]]:
    names = owner_names(session)
    if not team:
        owners = sorted((k for k in counts if k is not None), key=lambda k: (names.get(k, "?"), k))
        return [(k, names.get(k, "?"), counts[k]) for k in owners]
    query = select(USERS.id).where(USERS.role == "manager").order_by(USERS.name, USERS.id)
    bosses = [uid for uid in session.scalars(query) if scope.owner_ids is None or uid in scope.owner_ids]
    groups = []
    for boss in bosses:
        total: Counter[int] = Counter()
        for member in {boss} | subordinate_ids(session, boss):
            total.update(counts.get(member, Counter()))
        groups.append((boss, names.get(boss, "?"), total))
    return groups


def _weakest_in(column: list[StepCell]) -> StepCell | None:
    # Lowest rate first; on a tie the larger sample (more evidence), then the name. Only
    # below the team's rate: the "weakest" at 100 % of 10 would send a manager astray.
    below = [c for c in column if c.below_team]
    return min(below, key=lambda c: (c.conversion.value or 0.0, -c.reached, c.owner), default=None)


def _weakest(cells: list[StepCell]) -> StepCell | None:
    # Relative to the team rate, so a hard step (everyone converts little) does not
    # drown out a plain weakness; the upper bound, so a small unlucky sample ranks
    # below a large sample that is surely low.
    scored = [(c.relative_upper, c) for c in cells if c.below_team and c.relative_upper is not None]
    best = min(scored, key=lambda sc: (sc[0], -sc[1].reached, sc[1].owner, sc[1].step), default=None)
    return None if best is None else best[1]


def owner_steps(
    db: Database, actor: UserRecord, flt: ReportFilter = EVERYTHING, team: bool = False
) -> OwnerSteps:
    """Return each owner's (or with team=True each manager's team's) conversion at each step."""
    with db.query() as session:
        scope = resolve(session, actor, flt)
        return steps_from(session, scope, owner_figures(session, scope.conditions).furthest, team)


def managers_and_steps(
    db: Database, actor: UserRecord, flt: ReportFilter = EVERYTHING, team: bool = False
) -> tuple[list[GroupRow], OwnerSteps]:
    """Return the manager table and the step conversion of the same owners from one read of their figures."""
    with db.query() as session:
        scope = resolve(session, actor, flt)
        figures = owner_figures(session, scope.conditions)
        rows = manager_rows(session, scope, figures.sums, team)
        return rows, steps_from(session, scope, figures.furthest, team)


def steps_from(
    session: Reader, scope: Scope, counts: dict[int | None, Counter[int]], team: bool
) -> OwnerSteps:
    """Build the step-conversion matrix from each owner's leads per furthest stage position."""
    steps = steps_of(scope.stages)
    positions = {s.id: s.position for s in scope.stages if s.kind != "lost"}
    groups = _groups(session, scope, counts, team)
    everyone: Counter[int] = Counter()
    for furthest in counts.values():
        everyone.update(furthest)
    team_rates = _rates(_reached(everyone, positions), steps)
    cells = tuple(
        tuple(
            StepCell(key, name, i, conversion, team_rates[i])
            for i, conversion in enumerate(_rates(_reached(furthest, positions), steps))
        )
        for key, name, furthest in groups
    )
    per_step = tuple(_weakest_in([row[i] for row in cells]) for i in range(len(steps)))
    flat = [cell for row in cells for cell in row]
    rows = tuple((key, name) for key, name, _ in groups)
    return OwnerSteps(scope.pipeline, team, steps, rows, cells, team_rates, per_step, _weakest(flat))
