"""Read service for the board: per-stage summaries and windowed lists of cards.

Counts, totals and conversion are SQL aggregates over the leads the actor may see
(``lead_scope``); cards are read a window at a time so a stage of 10,000 leads
costs one page per scroll step, never a full load. Counts walk the covering index
``ix_leads_board``; conversion reads each lead's furthest stage from the derived
``lead_progress`` (one narrow row per live lead), not the whole stage history.
``board_start`` reads the stages and every open stage's first cards without counting
anything, so a window shows cards before the counts of a million leads are in.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import ColumnElement, and_, func, select, true
from sqlalchemy.orm import Session
from sqlalchemy.sql.visitors import ExternallyTraversible, replacement_traverse

from funneldesk.domain.money import from_minor
from funneldesk.domain.records import LeadRecord, PipelineRecord, StageRecord, UserRecord
from funneldesk.gating.criteria import status
from funneldesk.gating.facts import FIELD_LABELS, LeadFacts
from funneldesk.services.lead_rows import lead_select, to_record
from funneldesk.services.loading import get_pipeline, pipeline_record
from funneldesk.services.permissions import lead_scope
from funneldesk.storage.database import Database
from funneldesk.storage.derived_models import LeadProgress
from funneldesk.storage.models import Activity, Approval, ChecklistTick, Lead, Participant, Stage

_FACT_FIELDS = tuple(FIELD_LABELS)  # every field a criterion may test


@dataclass(frozen=True, slots=True)
class ColumnSummary:
    """One board column: its stage, how many leads, their value, conversion from the previous column."""

    stage: StageRecord
    count: int
    totals: tuple[tuple[str, Decimal], ...]
    conversion: float | None
    counted: bool = True  # False: a placeholder shown with the first cards, before the counts
    first: bool = False  # the pipeline's first stage: no previous stage to convert from


@dataclass(frozen=True, slots=True)
class BoardStart:
    """What a board shows first: the pipeline's stages and the first cards of each open stage."""

    stages: tuple[StageRecord, ...]
    first: dict[int, list[CardRecord]]

    def placeholders(self) -> list[ColumnSummary]:
        """Return uncounted summaries, one per stage, to build the columns before counts arrive."""
        cards, opening = self.first, next((s.id for s in self.stages if s.kind != "lost"), None)
        return [ColumnSummary(stage, len(cards.get(stage.id, ())), (), None, False, stage.id == opening)
                for stage in self.stages]


@dataclass(frozen=True, slots=True)
class CardRecord:
    """What one card shows; criteria_met/criteria_total count the stage's applicable exit criteria."""

    id: int
    stage_id: int
    title: str
    company: str | None
    value: Decimal
    currency: str
    owner_name: str | None
    temperature: str | None
    days_in_stage: int
    rotting: bool
    next_action: date | None
    criteria_met: int
    criteria_total: int
    version: int


def _search_clause(session: Session, search: str | None) -> ColumnElement[bool]:
    """Return the leads table's search rule (title, company, contact, e-mail, phone; phone digits).

    The same condition as the Leads page, so the one search field filters both alike; on
    SQLite it is answered by the trigram index (a substring match), not a scan of every lead.
    """
    if not search or not search.strip():
        return true()
    from funneldesk.services.browse import _text_clause  # only a search needs it (start-up cost)

    return _text_clause(session, search.strip())


def _visible(session: Session, actor: UserRecord, search: str | None) -> ColumnElement[bool]:
    return and_(Lead.deleted_at.is_(None), lead_scope(session, actor), _search_clause(session, search))


def board_columns(
    db: Database,
    actor: UserRecord,
    pipeline_id: int,
    search: str | None = None,
    *,
    stage_ids: Collection[int] | None = None,
    conversion: bool = True,
) -> list[ColumnSummary]:
    """Return the pipeline's stages with count, totals per currency and (optionally) conversion.

    With stage_ids, only those stages are counted (and returned): the cheap refresh after a
    move. Without conversion, ``ColumnSummary.conversion`` is None (the costly part skipped).
    """
    with db.read() as session:
        pipeline = pipeline_record(session, get_pipeline(session, pipeline_id))
        where = and_(Lead.pipeline_id == pipeline.id, _visible(session, actor, search))
        counted = where if stage_ids is None else and_(where, Lead.stage_id.in_(list(stage_ids)))
        rows = session.execute(
            select(Lead.stage_id, Lead.currency, func.count(), func.sum(Lead.value_minor))
            .where(counted)
            .group_by(Lead.stage_id, Lead.currency)
        ).all()
        reached = _reached_counts(session, actor, pipeline, search) if conversion else {}
    summaries = _summaries(pipeline.stages, rows, reached)
    return summaries if stage_ids is None else [s for s in summaries if s.stage.id in stage_ids]


def _summaries(
    stages: Sequence[StageRecord], rows: Sequence[tuple[int, str, int, int | None]], reached: dict[int, int]
) -> list[ColumnSummary]:
    counts: dict[int, int] = {}
    totals: dict[int, list[tuple[str, Decimal]]] = {}
    for stage_id, currency, count, minor in rows:
        counts[stage_id] = counts.get(stage_id, 0) + count
        totals.setdefault(stage_id, []).append((currency, from_minor(minor or 0, currency)))
    result: list[ColumnSummary] = []
    previous: StageRecord | None = None
    for stage in stages:
        conversion = None
        if stage.kind != "lost" and previous is not None and reached.get(previous.id):
            conversion = reached.get(stage.id, 0) / reached[previous.id]
        ordered = tuple(sorted(totals.get(stage.id, []), key=lambda t: -t[1]))
        first = stage.kind != "lost" and previous is None
        result.append(ColumnSummary(stage, counts.get(stage.id, 0), ordered, conversion, first=first))
        if stage.kind != "lost":
            previous = stage
    return result


def _reached_counts(
    session: Session, actor: UserRecord, pipeline: PipelineRecord, search: str | None
) -> dict[int, int]:
    """Count leads that reached each open/won stage: their furthest non-lost stage is at or past it.

    The furthest stage is lead_progress's (kept current with every change), the same figure
    the dashboard's funnel reports: one walk of a narrow table, not of the stage history
    (at 1M leads and 3.6M stage changes, 0.1 s instead of 7 s).
    """
    progress = LeadProgress.__table__.c
    # The board's visibility rule, lead_scope, read off lead_progress's copy of the owner.
    scope = replacement_traverse(lead_scope(session, actor), {}, _owner_to_progress)
    query = select(progress.furthest_position, func.count()).where(progress.pipeline_id == pipeline.id, scope)
    if search and search.strip():
        # The matching leads first (the search index), then their rows by key: joining every
        # lead_progress row to its lead to test the search took 3 s at 1M, matches or not.
        matching = select(Lead.id).where(_search_clause(session, search))
        query = query.where(progress.lead_id.in_(matching))
    by_pos: dict[int, int] = dict(session.execute(query.group_by(progress.furthest_position)).all())
    return {
        s.id: sum(n for pos, n in by_pos.items() if pos >= s.position)
        for s in pipeline.stages
        if s.kind != "lost"
    }


def _owner_to_progress(element: ExternallyTraversible, **_kw: object) -> ExternallyTraversible | None:
    """Swap leads.owner_id (ORM-annotated or not) for lead_progress.owner_id; leave the rest."""
    if getattr(element, "table", None) is Lead.__table__ and getattr(element, "name", None) == "owner_id":
        return LeadProgress.__table__.c.owner_id
    return None


def board_start(
    db: Database, actor: UserRecord, pipeline_id: int, search: str | None, limit: int
) -> BoardStart:
    """Return the pipeline's stages and the first ``limit`` cards of each open stage (no counting).

    One read, a few milliseconds at any size (each stage's newest leads come straight off
    ix_leads_pipeline_stage): what a window needs to put cards on screen.
    """
    with db.read() as session:
        pipeline = pipeline_record(session, get_pipeline(session, pipeline_id))
        visible = _visible(session, actor, search)
        opened = [stage for stage in pipeline.stages if stage.kind == "open"]
        leads = {stage.id: _stage_leads(session, stage.id, visible, 0, limit) for stage in opened}
        # The gate facts of every stage's cards in one set of queries, not one set per stage.
        gated = [lead for stage in opened if stage.criteria for lead in leads[stage.id]]
        facts = _facts(session, gated) if gated else {}
    today = datetime.now().date()
    first = {stage.id: [_card(lead, stage, facts.get(lead.id) if stage.criteria else None, today)
                        for lead in leads[stage.id]] for stage in opened}
    return BoardStart(pipeline.stages, first)


def board_cards(
    db: Database, actor: UserRecord, stage_id: int, offset: int, limit: int, search: str | None = None
) -> list[CardRecord]:
    """Return one window of a stage's cards, newest lead first."""
    with db.read() as session:
        stage_row = session.get(Stage, stage_id)
        if stage_row is None:
            return []
        stage = _stage_of(session, stage_row.pipeline_id, stage_id)
        return _stage_cards(session, actor, stage, offset, limit, search)


def _stage_cards(
    session: Session, actor: UserRecord, stage: StageRecord, offset: int, limit: int, search: str | None
) -> list[CardRecord]:
    leads = _stage_leads(session, stage.id, _visible(session, actor, search), offset, limit)
    return _cards(session, stage, leads)


def _stage_leads(
    session: Session, stage_id: int, visible: ColumnElement[bool], offset: int, limit: int
) -> list[LeadRecord]:
    """Return one window of a stage's visible leads, newest first."""
    query = (
        lead_select()
        .where(Lead.stage_id == stage_id, visible)
        .order_by(Lead.id.desc())
        .offset(offset)
        .limit(limit)
    )
    return [to_record(tuple(r)) for r in session.execute(query).all()]


def board_card(db: Database, actor: UserRecord, lead_id: int, search: str | None = None) -> CardRecord | None:
    """Return the card of one lead, or None when the actor cannot see it (or the search hides it)."""
    with db.read() as session:
        row = session.execute(
            lead_select().where(Lead.id == lead_id, _visible(session, actor, search))
        ).first()
        if row is None:
            return None
        lead = to_record(tuple(row))
        return _cards(session, _stage_of(session, lead.pipeline_id, lead.stage_id), [lead])[0]


def _stage_of(session: Session, pipeline_id: int, stage_id: int) -> StageRecord:
    pipeline = pipeline_record(session, get_pipeline(session, pipeline_id))
    return next(s for s in pipeline.stages if s.id == stage_id)


def _cards(session: Session, stage: StageRecord, leads: Sequence[LeadRecord]) -> list[CardRecord]:
    facts = _facts(session, leads) if stage.criteria else {}
    today = datetime.now().date()
    return [_card(lead, stage, facts.get(lead.id), today) for lead in leads]


def _card(lead: LeadRecord, stage: StageRecord, facts: LeadFacts | None, today: date) -> CardRecord:
    met = total = 0
    if facts is not None:
        checked = [s for s in (status(c, facts) for c in stage.criteria) if s.applies]
        total, met = len(checked), sum(1 for s in checked if s.met)
    entered = (lead.stage_entered_at or lead.created_at or datetime.now()).date()
    days = max(0, (today - entered).days)
    rotting = stage.kind == "open" and stage.rotting_days is not None and days > stage.rotting_days
    return CardRecord(
        lead.id,
        lead.stage_id,
        lead.title,
        lead.company,
        lead.value,
        lead.currency,
        lead.owner_name,
        lead.temperature,
        days,
        rotting,
        lead.next_action,
        met,
        total,
        lead.version,
    )


def _facts(session: Session, leads: Sequence[LeadRecord]) -> dict[int, LeadFacts]:
    """Gather gate facts for a window of leads in four queries (not four per lead)."""
    ids = [lead.id for lead in leads]
    ticked = _pairs(
        session,
        select(ChecklistTick.lead_id, ChecklistTick.criterion_id).where(ChecklistTick.lead_id.in_(ids)),
    )
    approved = _pairs(
        session, select(Approval.lead_id, Approval.criterion_id).where(Approval.lead_id.in_(ids))
    )
    done: dict[int, dict[str, int]] = {}
    for lead_id, kind, count in session.execute(
        select(Activity.lead_id, Activity.kind, func.count())
        .where(Activity.lead_id.in_(ids), Activity.done_at.is_not(None))
        .group_by(Activity.lead_id, Activity.kind)
    ).all():
        done.setdefault(lead_id, {})[kind] = count
    keepers = set(
        session.scalars(
            select(Participant.lead_id).where(
                Participant.lead_id.in_(ids), Participant.engagement == "gatekeeper"
            )
        )
    )
    return {
        lead.id: LeadFacts(
            {f: getattr(lead, f) for f in _FACT_FIELDS},
            frozenset(ticked.get(lead.id, ())),
            frozenset(approved.get(lead.id, ())),
            done.get(lead.id, {}),
            lead.id in keepers,
        )
        for lead in leads
    }


def _pairs(session: Session, query: object) -> dict[int, set[int]]:
    found: dict[int, set[int]] = {}
    for lead_id, item in session.execute(query).all():  # type: ignore[call-overload]
        found.setdefault(lead_id, set()).add(item)
    return found
