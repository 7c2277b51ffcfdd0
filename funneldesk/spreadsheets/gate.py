"""Re-imports go through the stage gate: an existing lead moved forward by the file is
planned with the same ``plan_move`` as a move on the board, against its real facts
(ticks, approvals, activities) with the file's new field values laid over them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from funneldesk.domain.errors import FunnelDeskError
from funneldesk.domain.records import UnmetCriterion
from funneldesk.gating.facts import LeadFacts
from funneldesk.gating.moves import is_forward, plan_move
from funneldesk.spreadsheets.drafts import DraftContext, LeadDraft, Rejection
from funneldesk.storage.models import Lead

if TYPE_CHECKING:
    from funneldesk.spreadsheets.planning import ImportPlan


class ImportGateRefused(FunnelDeskError):
    """Rows would move existing leads past unmet exit criteria; nothing was imported."""

    exit_code = 3


@dataclass(frozen=True, slots=True)
class GateRefusal:
    """One row whose forward move of an existing lead the gate refuses."""

    row: int
    lead_id: int
    title: str
    from_stage: str
    to_stage: str
    unmet: tuple[UnmetCriterion, ...]

    def text(self) -> str:
        """Say which lead, which move and every unmet criterion."""
        unmet = "; ".join(f"{u.stage_name}: {u.text}" for u in self.unmet)
        return (f"lead {self.lead_id} ({self.title}): {self.from_stage} -> {self.to_stage} "
                f"refused, unmet exit criteria: {unmet}")


def gate_updates(session: Session, plan: ImportPlan, ctx: DraftContext, override: str | None) -> None:
    """Refuse (or, with an owner's override, mark) updates that jump unmet criteria."""
    kept: list[LeadDraft] = []
    for draft in plan.update:
        refusal = refusal_of(session, draft, ctx)
        if refusal is None:
            kept.append(draft)
        elif override is not None:
            draft.overridden = True
            plan.overridden.append(refusal.lead_id)
            kept.append(draft)
        else:
            plan.gate_refused.append(refusal)
            plan.rejected.append(Rejection(draft.row, "stage", refusal.text()))
    plan.update = kept


def refusal_of(session: Session, draft: LeadDraft, ctx: DraftContext) -> GateRefusal | None:
    """Return why the gate refuses the draft's move of its existing lead, or None."""
    old = draft.existing or {}
    current = ctx.by_id.get(old.get("stage_id", -1))
    target = ctx.by_id.get(draft.columns.get("stage_id", -1))
    if current is None or target is None or current.id == target.id:
        return None
    if not is_forward(current, target):
        return None
    facts = _facts(session, old["id"], draft)
    unmet = plan_move(tuple(ctx.ordered_stages), current, target, facts).unmet
    if not unmet:
        return None
    title = str(draft.columns.get("title") or old.get("title") or "")
    return GateRefusal(draft.row, old["id"], title, current.name, target.name, unmet)


def _facts(session: Session, lead_id: int, draft: LeadDraft) -> LeadFacts:
    from funneldesk.services.lead_rows import facts_of

    lead = session.get(Lead, lead_id)
    facts = facts_of(session, lead)
    values = {**facts.values, **draft.facts}
    return LeadFacts(values, facts.ticked, facts.approved, facts.done_activities, facts.has_gatekeeper)
