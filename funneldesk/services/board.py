"""Read service for the board: per-stage summaries and windowed lists of cards.

Counts, totals and conversion are SQL aggregates over the leads the actor may see
(``lead_scope``); cards are read a window at a time so a stage of 10,000 leads
costs one page per scroll step, never a full load. Counts walk the covering index
``ix_leads_board``; conversion reads each lead's furthest stage from the derived
``lead_progress`` (one narrow row per live lead), not the whole stage history.
``board_start`` reads the stages and every open stage's first cards without counting
anything, so a window shows cards before the counts of a million leads are in.

Every read here is Core on a ``Database.query()`` connection: the window's path to its
first cards (and its counts) never imports ``sqlalchemy.orm`` nor maps a model, which
cost about 0.4 s of CPU before the first card at any size (issue 15). Only a search
reads through a session (the Leads page's search rule takes one).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import ColumnElement, and_, func, select, true
from sqlalchemy.sql.visitors import ExternallyTraversible, replacement_traverse

from funneldesk.domain.money import from_minor
from funneldesk.domain.records import LeadRecord, PipelineRecord, StageRecord, UserRecord
from funneldesk.gating.criteria import status
from funneldesk.gating.facts import LeadFacts
from funneldesk.services.lead_rows import facts_for, lead_select, to_record
from funneldesk.services.loading import pipeline_by_id, pipeline_records
from funneldesk.services.permissions import lead_scope
from funneldesk.storage import tables

if TYPE_CHECKING:
    from funneldesk.storage.database import Database
    from funneldesk.storage.engine import Reader

LEADS = tables.leads.c
PROGRESS = tables.lead_progress.c


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


def _searching(search: str | None) -> bool:
    return bool(search and search.strip())


def _reading(db: Database, search: str | None) -> AbstractContextManager[Reader]:
    """Return a Core connection; a session only for a search (browse's search rule takes one)."""
    return db.read() if _searching(search) else db.query()


def _search_clause(session: Reader, search: str | None) -> ColumnElement[bool]:
    """Return the leads table's search rule (title, company, contact, e-mail, phone; phone digits).

    The same condition as the Leads page, so the one search field filters both alike; on
    SQLite it is answered by the trigram index (a substring match), not a scan of every lead.
    """
    if not search or not _searching(search):
        return true()
    from funneldesk.services.browse import _text_clause  # only a search needs it (and the ORM)

    return _text_clause(session, search.strip())  # type: ignore[arg-type]


def _visible(session: Reader, actor: UserRecord, search: str | None) -> ColumnElement[bool]:
    return and_(LEADS.deleted_at.is_(None), lead_scope(session, actor), _search_clause(session, search))


def board_pipelines(db: Database, actor: UserRecord) -> list[PipelineRecord]:
    """Return every pipeline with its stages for the board's switcher (everyone may read them)."""
    del actor
    with db.query() as conn:
        return pipeline_records(conn)


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
    with _reading(db, search) as session:
        pipeline = pipeline_by_id(session, pipeline_id)
        where = and_(LEADS.pipeline_id == pipeline.id, _visible(session, actor, search))
        counted = where if stage_ids is None else and_(where, LEADS.stage_id.in_(list(stage_ids)))
        rows = session.execute(
            select(LEADS.stage_id, LEADS.currency, func.count(), func.sum(LEADS.value_minor))
            .where(counted)
            .group_by(LEADS.stage_id, LEADS.currency)
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
    session: Reader, actor: UserRecord, pipeline: PipelineRecord, search: str | None
) -> dict[int, int]:
    """Count leads that reached each open/won stage: their furthest non-lost stage is at or past it.

    The furthest stage is lead_progress's (kept current with every change), the same figure
    the dashboard's funnel reports: one walk of a narrow table, not of the stage history
    (at 1M leads and 3.6M stage changes, 0.1 s instead of 7 s).
    """
    progress = PROGRESS
    # The board's visibility rule, lead_scope, read off lead_progress's copy of the owner.
    scope = replacement_traverse(lead_scope(session, actor), {}, _owner_to_progress)
    query = select(progress.furthest_position, func.count()).where(progress.pipeline_id == pipeline.id, scope)
    if _searching(search):
        # The matching leads first (the search index), then their rows by key: joining every
        # lead_progress row to its lead to test the search took 3 s at 1M, matches or not.
        matching = select(LEADS.id).where(_search_clause(session, search))
        query = query.where(progress.lead_id.in_(matching))
    by_pos: dict[int, int] = dict(session.execute(query.group_by(progress.furthest_position)).all())
    return {
        s.id: sum(n for pos, n in by_pos.items() if pos >= s.position)
        for s in pipeline.stages
        if s.kind != "lost"
    }


def _owner_to_progress(element: ExternallyTraversible, **_kw: object) -> ExternallyTraversible | None:
    """Swap leads.owner_id (ORM-annotated or not) for lead_progress.owner_id; leave the rest."""
    if getattr(element, "table", None) is tables.leads and getattr(element, "name", None) == "owner_id":
        return PROGRESS.owner_id
    return None


def board_start(
    db: Database, actor: UserRecord, pipeline_id: int, search: str | None, limit: int
) -> BoardStart:
    """Return the pipeline's stages and the first ``limit`` cards of each open stage (no counting).

    One read, a few milliseconds at any size (each stage's newest leads come straight off
    ix_leads_pipeline_stage): what a window needs to put cards on screen.
    """
    with _reading(db, search) as session:
        pipeline = pipeline_by_id(session, pipeline_id)
        visible = _visible(session, actor, search)
        opened = [stage for stage in pipeline.stages if stage.kind == "open"]
        leads = {stage.id: _stage_leads(session, stage.id, visible, 0, limit) for stage in opened}
        # The gate facts of every stage's cards in one set of queries, not one set per stage.
        gated = [lead for stage in opened if stage.criteria for lead in leads[stage.id]]
        facts = facts_for(session, gated) if gated else {}
    today = datetime.now().date()
    first = {stage.id: [_card(lead, stage, facts.get(lead.id) if stage.criteria else None, today)
                        for lead in leads[stage.id]] for stage in opened}
    return BoardStart(pipeline.stages, first)


def board_cards(
    db: Database, actor: UserRecord, stage_id: int, offset: int, limit: int, search: str | None = None
) -> list[CardRecord]:
    """Return one window of a stage's cards, newest lead first."""
    with _reading(db, search) as session:
        pipeline_id = session.execute(
            select(tables.stages.c.pipeline_id).where(tables.stages.c.id == stage_id)
        ).scalar()
        if pipeline_id is None:
            return []
        stage = _stage_of(session, pipeline_id, stage_id)
        return _stage_cards(session, actor, stage, offset, limit, search)


def _stage_cards(
    session: Reader, actor: UserRecord, stage: StageRecord, offset: int, limit: int, search: str | None
) -> list[CardRecord]:
    leads = _stage_leads(session, stage.id, _visible(session, actor, search), offset, limit)
    return _cards(session, stage, leads)


def _stage_leads(
    session: Reader, stage_id: int, visible: ColumnElement[bool], offset: int, limit: int
) -> list[LeadRecord]:
    """Return one window of a stage's visible leads, newest first."""
    query = (
        lead_select()
        .where(LEADS.stage_id == stage_id, visible)
        .order_by(LEADS.id.desc())
        .offset(offset)
        .limit(limit)
    )
    return [to_record(tuple(r)) for r in session.execute(query).all()]


def board_card(db: Database, actor: UserRecord, lead_id: int, search: str | None = None) -> CardRecord | None:
    """Return the card of one lead, or None when the actor cannot see it (or the search hides it)."""
    with _reading(db, search) as session:
        row = session.execute(
            lead_select().where(LEADS.id == lead_id, _visible(session, actor, search))
        ).first()
        if row is None:
            return None
        lead = to_record(tuple(row))
        return _cards(session, _stage_of(session, lead.pipeline_id, lead.stage_id), [lead])[0]


def _stage_of(session: Reader, pipeline_id: int, stage_id: int) -> StageRecord:
    pipeline = pipeline_by_id(session, pipeline_id)
    return next(s for s in pipeline.stages if s.id == stage_id)


def _cards(session: Reader, stage: StageRecord, leads: Sequence[LeadRecord]) -> list[CardRecord]:
    facts = facts_for(session, leads) if stage.criteria else {}
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
