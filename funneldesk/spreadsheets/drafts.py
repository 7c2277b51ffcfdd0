"""From one parsed row to one lead draft: names resolved, history rebuilt from dates.

History rule (imported history already happened, so it is never gated): the lead
enters the pipeline's first stage when created, then each open stage with a mapped
``entered:`` date up to its current stage, then its current stage — a won or lost
one at the closed date. Dates must not run backwards.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from itertools import pairwise
from typing import Any, cast

from funneldesk.domain.enums import IMPORTED_PAST_GATE
from funneldesk.domain.money import to_minor
from funneldesk.domain.records import CriterionRecord, StageRecord
from funneldesk.gating.criteria import applies, is_met
from funneldesk.gating.facts import FIELD_LABELS, LeadFacts
from funneldesk.gating.moves import plan_move
from funneldesk.spreadsheets.lookups import CATALOGS, Lookups
from funneldesk.spreadsheets.row_parsing import ParsedRow

TEXT_COLUMNS = ("title", "contact_name", "company", "email", "phone", "category", "notes",
                "external_id", "temperature", "satisfaction", "expected_close", "next_action")
BLANKS: dict[str, Any] = {"notes": "", "discount_bp": 0, "value_minor": 0}
# What a status cell may say, and the outcome it means (Pipedrive: open/won/lost;
# HubSpot and Salesforce stage names "Closed Won"/"Closed Lost").
OUTCOMES = {"won": "won", "closed won": "won", "closedwon": "won", "closed_won": "won",
            "lost": "lost", "closed lost": "lost", "closedlost": "lost", "closed_lost": "lost",
            "open": "open", "active": "open", "in progress": "open"}  # fmt: skip
IMPORTED = "imported"


@dataclass(frozen=True, slots=True)
class Pending:
    """A user, channel, persona or lost reason the import will create."""

    kind: str
    name: str


@dataclass(slots=True)
class Rejection:
    """Why one cell (or the whole row) of the file cannot be imported."""

    row: int
    column: str
    reason: str


@dataclass(slots=True)
class LeadDraft:
    """The lead columns a row sets, and the stage history it implies."""

    row: int
    columns: dict[str, Any]
    events: list[tuple[int, datetime]]
    existing: dict[str, Any] | None = None
    pending: set[Pending] = field(default_factory=set)
    # Per event: the reason its stage change records ("imported", or IMPORTED_PAST_GATE
    # when it left a stage whose exit criteria the lead does not meet).
    reasons: list[str] = field(default_factory=list)
    facts: dict[str, object] = field(default_factory=dict)  # gate facts the file sets
    overridden: bool = False  # an owner's --override moves this existing lead past the gate


@dataclass(slots=True)
class DraftContext:
    """What drafting needs besides the row: lookups, mapped fields and options."""

    lookups: Lookups
    mapped: set[str]
    entered: dict[str, StageRecord]
    create_missing_users: bool
    default_currency: str
    now: datetime
    close_is_expected: bool = False  # an open deal's close date is its expected close
    # Derived once per import rather than once per row.
    ordered_stages: list[StageRecord] = field(init=False)
    entered_fields: list[tuple[str, int]] = field(init=False)
    by_id: dict[int, StageRecord] = field(init=False)
    gated: bool = field(init=False)  # does any stage have exit criteria?
    _left: dict[tuple[int, int], tuple[StageRecord, ...]] = field(init=False, default_factory=dict)
    _met: dict[tuple[object, ...], bool] = field(init=False, default_factory=dict)
    _criteria: dict[tuple[int, int], tuple[CriterionRecord, ...]] = field(init=False, default_factory=dict)
    # Names the file uses that match nothing, with their row counts: listed, never guessed.
    unknown_stages: Counter[str] = field(init=False, default_factory=Counter)
    unknown_owners: Counter[str] = field(init=False, default_factory=Counter)

    def __post_init__(self) -> None:
        self.ordered_stages = sorted(self.lookups.pipeline.stages, key=lambda s: s.position)
        self.entered_fields = [(f"entered:{name}", stage.id) for name, stage in self.entered.items()]
        self.by_id = {s.id: s for s in self.ordered_stages}
        self.gated = any(s.criteria for s in self.ordered_stages)

    def stages_left(self, before: int, after: int) -> tuple[StageRecord, ...]:
        """Return the stages whose exit criteria a step leaves (none unless it goes forward).

        The path comes from the gate's own ``plan_move``, once per pair of stages.
        """
        key = (before, after)
        if key not in self._left:
            plan = plan_move(tuple(self.ordered_stages), self.by_id[before], self.by_id[after],
                             LeadFacts({}))
            self._left[key] = (self.by_id[before], *plan.path[:-1]) if plan.forward else ()
        return self._left[key]

    def criteria_left(self, before: int, after: int) -> tuple[CriterionRecord, ...]:
        """Return the exit criteria of every stage a step leaves, in stage order (cached per pair)."""
        key = (before, after)
        found = self._criteria.get(key)
        if found is None:
            found = self._criteria[key] = tuple(c for stage in self.stages_left(before, after)
                                                for c in stage.criteria)
        return found

    def criterion_met(self, criterion: CriterionRecord, facts: LeadFacts) -> bool:
        """Say whether a new lead meets a criterion; a new lead has no ticks, approvals or activities."""
        if criterion.field or criterion.when_field:
            key: tuple[object, ...] = (criterion.id, facts.value_of(criterion.field or ""),
                                       facts.value_of(criterion.when_field or ""))
        else:  # a checklist, approval or activity: the same for every new lead
            key = (criterion.id,)
        found = self._met.get(key)
        if found is None:
            found = not applies(criterion, facts) or is_met(criterion, facts)
            if len(self._met) < 100_000:  # amounts are mostly distinct: bound the memory
                self._met[key] = found
        return found

    def outcome_stage(self, kind: str) -> StageRecord | None:
        """Return the pipeline's first won or lost stage."""
        return next((s for s in self.ordered_stages if s.kind == kind), None)


def draft_row(parsed: ParsedRow, ctx: DraftContext) -> LeadDraft | list[Rejection]:
    """Build the lead draft for one row, or the reasons it is rejected."""
    problems = [Rejection(parsed.number, c, r) for c, r in parsed.errors]
    values = parsed.values
    columns: dict[str, Any] = {name: values.get(name, BLANKS.get(name))
                               for name in TEXT_COLUMNS if name in ctx.mapped}
    draft = LeadDraft(parsed.number, columns, [])
    _title(values, columns, problems, parsed.number)
    reached = _stage(values, ctx, problems, parsed.number)
    final = _final(values, reached, ctx, problems, parsed.number)
    _references(values, draft, ctx, problems)
    _money(values, columns, ctx)
    if reached is None or final is None or problems:
        return problems or [Rejection(parsed.number, "stage", "no stage")]
    draft.existing = ctx.lookups.existing.get(values.get("external_id", ""))
    _history(values, draft, final, reached, ctx, problems)
    if ctx.close_is_expected and final.kind == "open" and "expected_close" not in ctx.mapped:
        closing = values.get("closed_at")
        columns["expected_close"] = closing.date() if closing is not None else None
    if ctx.gated:
        draft.facts = fact_values(values, ctx.mapped)
        if draft.existing is None:
            mark_past_gate(draft, ctx)
    return problems or draft


def _final(values: dict[str, Any], reached: StageRecord | None, ctx: DraftContext,
           problems: list[Rejection], row: int) -> StageRecord | None:
    # A status (won / lost / open) or a won or lost date puts the lead in the outcome
    # stage; the stage column then says how far it got before.
    outcome = _outcome(values, problems, row)
    if outcome is None or reached is None or outcome == "open":
        if outcome == "open" and reached is not None and reached.kind != "open":
            problems.append(Rejection(row, "status", f"status is open but the stage is "
                                      f"{reached.name!r}"))
        return reached
    if reached.kind == outcome:
        return reached
    stage = ctx.outcome_stage(outcome)
    if stage is None:
        problems.append(Rejection(row, "status", f"pipeline {ctx.lookups.pipeline.name!r} "
                                  f"has no {outcome} stage"))
    return stage


def _outcome(values: dict[str, Any], problems: list[Rejection], row: int) -> str | None:
    status = values.get("status")
    if status is not None:
        outcome = OUTCOMES.get(status.strip().casefold())
        if outcome is None:
            problems.append(Rejection(row, "status", f"status {status!r} is not won, lost or "
                                      "open"))
        return outcome
    if values.get("won_at") and values.get("lost_at"):
        problems.append(Rejection(row, "status", "both a won and a lost date"))
        return None
    return "won" if values.get("won_at") else "lost" if values.get("lost_at") else None


def fact_values(values: dict[str, Any], mapped: set[str]) -> dict[str, object]:
    """Return the gate facts (FIELD_LABELS names) the row's mapped columns set."""
    facts: dict[str, object] = {}
    for name in FIELD_LABELS:
        if name == "value" and "value" in mapped:
            facts["value"] = values.get("value", (None, None))[0]
        elif name == "discount" and "discount" in mapped:
            facts["discount"] = Decimal(values.get("discount", 0)) / 100
        elif name in mapped:
            facts[name] = values.get(name)
    return facts


def mark_past_gate(draft: LeadDraft, ctx: DraftContext) -> None:
    """Mark each imported step that left a stage past exit criteria the lead does not meet."""
    facts: LeadFacts | None = None  # built only for a step that leaves criteria behind
    events = draft.events
    for index in range(1, len(events)):
        criteria = ctx.criteria_left(events[index - 1][0], events[index][0])
        if not criteria:
            continue
        facts = facts or LeadFacts(draft.facts)
        if not all(ctx.criterion_met(c, facts) for c in criteria):
            draft.reasons[index] = IMPORTED_PAST_GATE


def _title(values: dict[str, Any], columns: dict[str, Any], problems: list[Rejection],
           row: int) -> None:
    # An empty title cell borrows the company, contact or id; a formula cell with no
    # saved value never gets here (the reader refuses the file), so none is papered over.
    title = (values.get("title") or values.get("company") or values.get("contact_name")
             or values.get("external_id"))
    if not title:
        problems.append(Rejection(row, "title", "no title, company, contact or external id"))
    columns["title"] = title


def _stage(values: dict[str, Any], ctx: DraftContext, problems: list[Rejection],
           row: int) -> StageRecord | None:
    text = values.get("stage")
    if text is None:
        return ctx.lookups.pipeline.stages[0]
    stage = ctx.lookups.stage(text)
    if stage is None and OUTCOMES.get(text.strip().casefold()) in ("won", "lost"):
        # "Closed Won" names the pipeline's won stage whatever that stage is called.
        stage = ctx.outcome_stage(OUTCOMES[text.strip().casefold()])
    if stage is None:
        ctx.unknown_stages[text] += 1
        problems.append(Rejection(row, "stage", f"no stage {text!r} in pipeline "
                                  f"{ctx.lookups.pipeline.name!r} (use --stage-map)"))
    return stage


def _references(values: dict[str, Any], draft: LeadDraft, ctx: DraftContext,
                problems: list[Rejection]) -> None:
    if "owner" in ctx.mapped:
        draft.columns["owner_id"] = _owner(values.get("owner"), draft, ctx, problems)
    for kind in CATALOGS:
        if kind in ctx.mapped:
            draft.columns[f"{kind}_id"] = _catalog(kind, values.get(kind), draft, ctx)


def _owner(name: str | None, draft: LeadDraft, ctx: DraftContext,
           problems: list[Rejection]) -> int | Pending | None:
    if name is None:
        return None
    key = ctx.lookups.user_key(name)
    if key in ctx.lookups.ambiguous_users:
        problems.append(Rejection(draft.row, "owner", f"two users are named {name!r}; use a login"))
    elif key in ctx.lookups.users:
        return ctx.lookups.users[key]
    elif ctx.create_missing_users:
        return _pend(draft, Pending("user", name))
    else:
        ctx.unknown_owners[name] += 1
        problems.append(Rejection(draft.row, "owner", f"no user {name!r} "
                                  "(use --create-missing-users)"))
    return None


def _catalog(kind: str, name: str | None, draft: LeadDraft, ctx: DraftContext) -> Any:
    if name is None:
        return None
    found = ctx.lookups.catalogs[kind].get(name.casefold())
    return found if found is not None else _pend(draft, Pending(kind, name))


def _pend(draft: LeadDraft, pending: Pending) -> Pending:
    draft.pending.add(pending)
    return pending


def _money(values: dict[str, Any], columns: dict[str, Any], ctx: DraftContext) -> None:
    amount, symbol = values.get("value", (None, None))
    currency = values.get("currency") or symbol or ctx.default_currency
    if "currency" in ctx.mapped or symbol:
        columns["currency"] = currency
    if "value" in ctx.mapped:
        columns["value_minor"] = to_minor(amount, currency) if amount is not None else 0
    if "discount" in ctx.mapped:
        columns["discount_bp"] = values.get("discount", 0)


def _history(values: dict[str, Any], draft: LeadDraft, final: StageRecord, reached: StageRecord,
             ctx: DraftContext, problems: list[Rejection]) -> None:
    stages = ctx.ordered_stages
    entered = {stage_id: values[key] for key, stage_id in ctx.entered_fields if key in values}
    created = _created(values, draft, entered, ctx)
    events = [(stages[0].id, created)]
    # A won or lost lead went through the open stage its stage column names.
    waypoint = reached if reached.kind == "open" and final.id != reached.id else None
    limit = waypoint or final
    for stage in stages[1:]:
        on_way = stage.kind == "open" and stage.position < limit.position
        if stage.id in entered and (on_way or stage.id in (final.id, limit.id)):
            events.append((stage.id, entered[stage.id]))
    if waypoint is not None and events[-1][0] != waypoint.id and waypoint.id != stages[0].id:
        events.append((waypoint.id, events[-1][1]))
    if events[-1][0] != final.id:
        closing = _closing(values, final) or entered.get(final.id)
        if closing is None and draft.existing is not None and draft.existing["stage_id"] != final.id:
            closing = ctx.now  # a re-import moves a live lead today unless the file dates it
        events.append((final.id, closing or events[-1][1]))
    _check_order(events, draft.row, problems)
    draft.events = events
    draft.reasons = [IMPORTED] * len(events)
    _stage_columns(draft, final, events)


def _closing(values: dict[str, Any], final: StageRecord) -> datetime | None:
    if final.kind == "won":
        return cast(datetime | None, values.get("won_at") or values.get("closed_at"))
    if final.kind == "lost":
        return cast(datetime | None, values.get("lost_at") or values.get("closed_at"))
    return None


def _created(values: dict[str, Any], draft: LeadDraft, entered: dict[int, datetime],
             ctx: DraftContext) -> datetime:
    if values.get("created_at"):
        return cast(datetime, values["created_at"])
    if draft.existing is not None:
        return cast(datetime, draft.existing["created_at"])
    dates = [*entered.values(), *(values[k] for k in ("closed_at", "won_at", "lost_at")
                                  if values.get(k))]
    return min(dates) if dates else ctx.now


def _check_order(events: list[tuple[int, datetime]], row: int, problems: list[Rejection]) -> None:
    for (_, before), (_, after) in pairwise(events):
        if after < before:
            problems.append(Rejection(row, "dates", f"dates run backwards: {after:%Y-%m-%d} "
                                      f"comes after {before:%Y-%m-%d} in the stage order"))
            return


def _stage_columns(draft: LeadDraft, final: StageRecord, events: list[tuple[int, datetime]]) -> None:
    draft.columns.update(pipeline_id=final.pipeline_id, stage_id=final.id,
                         created_at=events[0][1], stage_entered_at=events[-1][1],
                         closed_at=events[-1][1] if final.kind != "open" else None)
