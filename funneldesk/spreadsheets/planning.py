"""Plan an import inside a session: parse, resolve, and sort rows into create/update/unchanged."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from funneldesk.domain.enums import IMPORTED_PAST_GATE
from funneldesk.domain.errors import InvalidInput
from funneldesk.domain.records import StageRecord
from funneldesk.services.loading import get_pipeline, pipeline_record
from funneldesk.spreadsheets.dates import DateColumn, parse_date_formats, unknown_columns
from funneldesk.spreadsheets.drafts import DraftContext, LeadDraft, Pending, Rejection, draft_row
from funneldesk.spreadsheets.gate import GateRefusal, gate_updates
from funneldesk.spreadsheets.lookups import (
    Lookups,
    catalog_tables,
    existing_history,
    existing_leads,
    stage_table,
    user_table,
)
from funneldesk.spreadsheets.mapping import (
    ColumnMapping,
    build_mapping,
    parse_overrides,
    recognise_source,
)
from funneldesk.spreadsheets.row_parsing import ParsedRow, date_columns, parse_rows
from funneldesk.spreadsheets.table import Table
from funneldesk.storage.models import Lead

Progress = Callable[[int, int], None]
# CRMs whose one close date is the expected close while a deal is open (HubSpot's
# "Close Date", Salesforce's "Close Date", Zoho's "Closing Date").
CLOSE_IS_EXPECTED = ("HubSpot", "Salesforce", "Zoho CRM")


@dataclass(slots=True)
class ImportOptions:
    """Everything the user chose: mapping, stage map, date order and what to tolerate."""

    pipeline: str | None = None
    maps: list[str] = field(default_factory=list)
    stage_map: list[str] = field(default_factory=list)
    date_format: str | None = None
    create_missing_users: bool = False
    skip_invalid: bool = False
    default_currency: str = "USD"
    date_formats: list[str] = field(default_factory=list)  # COLUMN=dmy (or a bare order)
    encoding: str | None = None  # a CSV's text encoding; None: detect it
    override: str | None = None  # an owner's reason to move existing leads past the gate


@dataclass(slots=True)
class ImportPlan:
    """What an import would do; a dry run prints it, a real run applies it."""

    mapping: ColumnMapping
    headers: list[str]
    rows: int
    create: list[LeadDraft] = field(default_factory=list)
    update: list[LeadDraft] = field(default_factory=list)
    unchanged: int = 0
    rejected: list[Rejection] = field(default_factory=list)
    pending: set[Pending] = field(default_factory=set)
    source: str | None = None  # the CRM the headers were recognised as
    dates: dict[str, DateColumn] = field(default_factory=dict)  # field -> how it is read
    encoding: str | None = None  # how a CSV was decoded, e.g. "cp1252 (detected)"
    gate_refused: list[GateRefusal] = field(default_factory=list)
    overridden: list[int] = field(default_factory=list)  # lead ids moved by --override
    past_gate: int = 0  # new leads placed past exit criteria they do not meet
    unknown_stages: dict[str, int] = field(default_factory=dict)  # stage value -> rows
    unknown_owners: dict[str, int] = field(default_factory=dict)  # owner value -> rows

    def rejected_rows(self) -> set[int]:
        """Return the numbers of rows with at least one rejection."""
        return {r.row for r in self.rejected}

    def new_names(self, kind: str) -> list[str]:
        """Return the users/channels/personas/lost reasons the import would create."""
        return sorted(p.name for p in self.pending if p.kind == kind)


def parse_pairs(pairs: list[str], flag: str) -> dict[str, str]:
    """Parse repeated VALUE=TARGET options."""
    result: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip() or not value.strip():
            raise InvalidInput(f"{flag} needs VALUE=STAGE, got {pair!r}")
        result[key.strip()] = value.strip()
    return result


def make_lookups(session: Session, options: ImportOptions) -> Lookups:
    """Load the pipeline, stages, users and catalogs an import resolves against."""
    pipeline = pipeline_record(session, _pipeline(session, options.pipeline))
    if not pipeline.stages:
        raise InvalidInput(f"pipeline {pipeline.name!r} has no stages")
    stages = stage_table(pipeline, parse_pairs(options.stage_map, "--stage-map"))
    users, ambiguous = user_table(session)
    return Lookups(pipeline, stages, users, ambiguous, catalog_tables(session))


def _pipeline(session: Session, name: str | None) -> Any:
    if name:
        return get_pipeline(session, name)
    from funneldesk.services.leads import _default_pipeline

    return _default_pipeline(session)


def entered_stages(mapping: ColumnMapping, lookups: Lookups) -> dict[str, StageRecord]:
    """Resolve every ``entered:<Stage>`` column to a stage, or refuse the file."""
    found: dict[str, StageRecord] = {}
    for name in mapping.entered_columns():
        stage = next((s for s in lookups.pipeline.stages
                      if s.name.casefold() == name.casefold()), None)
        if stage is None:
            raise InvalidInput(f"entered:{name}: pipeline {lookups.pipeline.name!r} has no "
                               f"stage {name!r}")
        found[name] = stage
    return found


def build_plan(session: Session, table: Table, options: ImportOptions) -> ImportPlan:
    """Work out the whole import without writing anything; the table's rows are used up."""
    if options.date_format not in (None, "dmy", "mdy", "ymd"):
        raise InvalidInput("--date-format must be dmy, mdy or ymd")
    default, orders = parse_date_formats(options.date_formats, options.date_format)
    if unknown := unknown_columns(table.headers, orders):
        raise InvalidInput(f"--date-format names no column of the file: {', '.join(unknown)}")
    mapping = build_mapping(table.headers, parse_overrides(options.maps))
    lookups = make_lookups(session, options)
    dates = date_columns(table, mapping, default, orders)
    parsed = parse_rows(table, mapping, dates)
    # The raw cells are not needed once parsed; a 100k-row file's take ~50 MB.
    table.rows, table.numbers = [], []
    _load_existing(session, lookups, parsed)
    source = recognise_source(table.headers)
    ctx = DraftContext(lookups, set(mapping.fields), entered_stages(mapping, lookups),
                       options.create_missing_users, options.default_currency, datetime.now(),
                       close_is_expected=source in CLOSE_IS_EXPECTED)
    plan = ImportPlan(mapping, table.headers, len(parsed), source=source, dates=dates,
                      encoding=table.encoding)
    _sort(plan, parsed, ctx)
    plan.past_gate = sum(1 for d in plan.create if IMPORTED_PAST_GATE in d.reasons)
    plan.unknown_stages, plan.unknown_owners = dict(ctx.unknown_stages), dict(ctx.unknown_owners)
    if ctx.gated and plan.update:
        gate_updates(session, plan, ctx, options.override)
    return plan


def _load_existing(session: Session, lookups: Lookups, parsed: list[ParsedRow]) -> None:
    if not session.scalar(select(Lead.id).where(Lead.external_id.is_not(None)).limit(1)):
        return  # nothing imported before: 100k ids need not be looked up in 112 queries
    ids = sorted({p.values["external_id"] for p in parsed if p.values.get("external_id")})
    lookups.existing = existing_leads(session, ids)
    lookups.history = existing_history(session, [v["id"] for v in lookups.existing.values()])


def _sort(plan: ImportPlan, parsed: list[ParsedRow], ctx: DraftContext) -> None:
    # Consumes ``parsed``: each parsed row is dropped once drafted, so parsed rows and
    # drafts of a whole 100k-row file never sit in memory together.
    queue = deque(parsed)
    parsed.clear()
    seen: dict[str, int] = {}
    while queue:
        row = queue.popleft()
        outcome = draft_row(row, ctx)
        if isinstance(outcome, list):
            plan.rejected.extend(outcome)
            continue
        key = outcome.columns.get("external_id")
        if key and key in seen:
            plan.rejected.append(Rejection(row.number, "external_id", f"duplicate external id "
                                           f"{key!r}, first on row {seen[key]}"))
            continue
        seen.update({key: row.number} if key else {})
        _classify(plan, outcome, ctx)


def _classify(plan: ImportPlan, draft: LeadDraft, ctx: DraftContext) -> None:
    plan.pending |= draft.pending
    if draft.existing is None:
        plan.create.append(draft)
    elif _differs(draft, ctx.lookups.history.get(draft.existing["id"], [])):
        plan.update.append(draft)
    else:
        plan.unchanged += 1


def _differs(draft: LeadDraft, history: list[tuple[int, datetime]]) -> bool:
    old = draft.existing or {}
    if draft.pending or any(old.get(k) != v for k, v in draft.columns.items()):
        return True
    return history != draft.events
