"""The report filter and its resolution into SQL conditions on ``lead_progress``.

Scoping follows the permission policy: an employee's reports cover their own leads, a
manager's their team's (themselves and everyone below), an owner's everything. Asking
for an owner outside that reach is refused (PermissionDenied), never silently emptied.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, Table, or_, select

from funneldesk.domain.errors import InvalidInput, NotFound, PermissionDenied
from funneldesk.domain.records import UserRecord
from funneldesk.services.permissions import subordinate_ids, team_ids
from funneldesk.storage import tables
from funneldesk.storage.tables import TEMPERATURES

if TYPE_CHECKING:  # reports resolve on a Core connection; the ORM's sessions work the same
    from funneldesk.storage.engine import Reader

PROGRESS: Table = tables.lead_progress
P = PROGRESS.c
PIPELINES = tables.pipelines.c
STAGES = tables.stages.c
STATUSES = ("open", "won", "lost")


@dataclass(frozen=True, slots=True)
class ReportFilter:
    """What a report covers; dates are inclusive days, names or ids are accepted."""

    pipeline: str | int | None = None
    created_from: date | None = None
    created_to: date | None = None
    closed_from: date | None = None
    closed_to: date | None = None
    owners: tuple[str | int, ...] = ()
    team: bool = False
    channels: tuple[str | int, ...] = ()
    personas: tuple[str | int, ...] = ()
    temperatures: tuple[str, ...] = ()
    status: str | None = None

    def without_dates(self) -> ReportFilter:
        """Return this filter with the created and closed ranges removed."""
        return replace(self, created_from=None, created_to=None, closed_from=None, closed_to=None)


EVERYTHING = ReportFilter()


@dataclass(frozen=True, slots=True)
class StageInfo:
    """A stage as reports need it."""

    id: int
    name: str
    position: int
    kind: str
    probability: int
    rotting_days: int | None


@dataclass(frozen=True, slots=True)
class Scope:
    """A resolved filter: the pipeline, its stages and WHERE conditions on lead_progress."""

    pipeline_id: int
    pipeline: str
    stages: tuple[StageInfo, ...]
    conditions: tuple[ColumnElement[bool], ...]
    owner_ids: frozenset[int] | None
    # Only the pipeline and a created range are filtered on: the report indexes all end in
    # created_day, so they still cover the query (an index walk, no table lookups).
    indexed: bool = False
    # As ``indexed``, but the actor's reach (a manager's team: owner_id IN ...) may be filtered
    # on too: per-owner walks of ix_lead_progress_owner_cycle still answer the owners' medians
    # (each walk seeks one owner's range; the IN list only confirms it), and the channel and
    # stay indexes end in owner_id (0019), so their walks test it in the index. At 100k
    # leads a manager's median cycles took 33 ms ranked by windows, a few ms walked.
    owner_indexed: bool = False

    @property
    def plain(self) -> bool:
        """Say whether only the pipeline is filtered on (the covering indexes then apply)."""
        return len(self.conditions) == 1


def day_start(day: date) -> datetime:
    """Return midnight at the start of a day."""
    return datetime.combine(day, time.min)


def day_after(day: date) -> datetime:
    """Return midnight at the end of a day (exclusive upper bound)."""
    return datetime.combine(day + timedelta(days=1), time.min)


def _pipeline(session: Reader, ref: str | int | None) -> tuple[int, str]:
    query = select(PIPELINES.id, PIPELINES.name).order_by(PIPELINES.id)
    if ref is not None:
        key = PIPELINES.id == int(ref) if str(ref).isdigit() else PIPELINES.name == str(ref)
        query = query.where(key)
    row = session.execute(query).first()
    if row is None:
        raise NotFound(f"no pipeline {ref!r}" if ref is not None else "there is no pipeline yet")
    return int(row[0]), str(row[1])


def stages_of(session: Reader, pipeline_id: int) -> tuple[StageInfo, ...]:
    """Return a pipeline's stages ordered by position."""
    cols = (STAGES.id, STAGES.name, STAGES.position, STAGES.kind, STAGES.probability, STAGES.rotting_days)
    rows = session.execute(select(*cols).where(STAGES.pipeline_id == pipeline_id).order_by(STAGES.position))
    return tuple(StageInfo(*row) for row in rows)


def _ids(session: Reader, table: Table, refs: tuple[str | int, ...], what: str) -> set[int]:
    """Return the ids of rows of users, channels or personas named by id, name (or login)."""
    found: set[int] = set()
    cols: Any = table.c
    for ref in refs:
        text = str(ref).strip()
        keys = [cols.name == text] + ([cols.id == int(text)] if text.isdigit() else [])
        keys += [cols.login == text] if table is tables.users else []
        row = session.execute(select(cols.id).where(or_(*keys)).order_by(cols.id)).first()
        if row is None:
            raise NotFound(f"no {what} {text!r}")
        found.add(int(row[0]))
    return found


def _owner_ids(session: Reader, actor: UserRecord, flt: ReportFilter) -> frozenset[int] | None:
    allowed = team_ids(session, actor)
    if not flt.owners:
        return None if allowed is None else frozenset(allowed)
    wanted = _ids(session, tables.users, flt.owners, "user")
    if flt.team:
        wanted |= {sub for uid in set(wanted) for sub in subordinate_ids(session, uid)}
    if allowed is not None and not wanted <= allowed:
        raise PermissionDenied(
            f"{actor.login} ({actor.role}) may not see reports of users outside their team"
        )
    return frozenset(wanted)


def _check(flt: ReportFilter) -> None:
    if flt.status is not None and flt.status not in STATUSES:
        raise InvalidInput(f"status must be one of {', '.join(STATUSES)}, not {flt.status!r}")
    for temp in flt.temperatures:
        if temp not in TEMPERATURES:
            raise InvalidInput(f"temperature must be one of {', '.join(TEMPERATURES)}, not {temp!r}")
    for low, high in ((flt.created_from, flt.created_to), (flt.closed_from, flt.closed_to)):
        if low is not None and high is not None and low > high:
            raise InvalidInput(f"the range {low} .. {high} ends before it starts")


def _date_conditions(flt: ReportFilter, cols: Any) -> list[ColumnElement[bool]]:
    out: list[ColumnElement[bool]] = []
    if flt.created_from is not None:
        out.append(cols.created_day >= flt.created_from)
    if flt.created_to is not None:
        out.append(cols.created_day <= flt.created_to)
    if flt.closed_from is not None:
        out.append(cols.closed_day >= flt.closed_from)
    if flt.closed_to is not None:
        out.append(cols.closed_day <= flt.closed_to)
    return out


def resolve(session: Reader, actor: UserRecord, flt: ReportFilter, table: Table = PROGRESS) -> Scope:
    """Check the filter and the actor's reach; return conditions on lead_progress (or stage_stays)."""
    _check(flt)
    cols = table.c  # both derived tables share the cut columns' names
    pipeline_id, name = _pipeline(session, flt.pipeline)
    owners = _owner_ids(session, actor, flt)
    conds: list[ColumnElement[bool]] = [cols.pipeline_id == pipeline_id, *_date_conditions(flt, cols)]
    if owners is not None:
        conds.append(cols.owner_id.in_(sorted(owners)))
    if flt.channels:
        conds.append(cols.channel_id.in_(sorted(_ids(session, tables.channels, flt.channels, "channel"))))
    if flt.personas:
        conds.append(cols.persona_id.in_(sorted(_ids(session, tables.personas, flt.personas, "persona"))))
    if flt.temperatures:
        conds.append(cols.temperature.in_(flt.temperatures))
    if flt.status is not None:
        conds.append(cols.status == flt.status)
    plain = 1 + (flt.created_from is not None) + (flt.created_to is not None)
    indexed = len(conds) == plain
    owner_indexed = len(conds) == plain + (owners is not None)
    stages = stages_of(session, pipeline_id)
    return Scope(pipeline_id, name, stages, tuple(conds), owners, indexed, owner_indexed)
