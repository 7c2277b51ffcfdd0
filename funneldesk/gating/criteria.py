"""Evaluate one exit criterion against a lead's facts, and say why in plain words."""

from __future__ import annotations

import operator
from decimal import Decimal, InvalidOperation
from typing import Any

from funneldesk.domain.records import CriterionRecord, CriterionStatus
from funneldesk.gating.facts import FIELD_LABELS, LeadFacts, as_number

_OPERATORS = {
    "eq": operator.eq,
    "ne": operator.ne,
    "gt": operator.gt,
    "gte": operator.ge,
    "lt": operator.lt,
    "lte": operator.le,
}
_OPERATOR_WORDS = {
    "eq": "equal to",
    "ne": "other than",
    "gt": "above",
    "gte": "at least",
    "lt": "below",
    "lte": "at most",
}


def compare(value: object, operator: str, operand: str | None) -> bool:
    """Apply a criterion operator; an unset value never satisfies a comparison."""
    if operator == "set":
        return value is not None
    if value is None:
        return False
    number, target = as_number(value), _operand_number(operand)
    if number is not None and target is not None:
        return _compare_ordered(number, operator, target)
    return _compare_ordered(str(value).casefold(), operator, (operand or "").casefold())


def _operand_number(operand: str | None) -> Decimal | None:
    try:
        return Decimal(operand) if operand is not None else None
    except InvalidOperation:
        return None


def _compare_ordered(a: Any, operator_name: str, b: Any) -> bool:
    return bool(_OPERATORS[operator_name](a, b))


def applies(criterion: CriterionRecord, facts: LeadFacts) -> bool:
    """Say whether a conditional criterion's condition holds (unconditional ones always do)."""
    if not criterion.when_field or not criterion.when_operator:
        return True
    value = facts.value_of(criterion.when_field)
    return compare(value, criterion.when_operator, criterion.when_operand)


def is_met(criterion: CriterionRecord, facts: LeadFacts) -> bool:
    """Say whether the criterion is satisfied by the lead's facts."""
    if criterion.kind == "field":
        value = facts.value_of(criterion.field or "")
        return compare(value, criterion.operator or "set", criterion.operand)
    if criterion.kind == "checklist":
        return criterion.id in facts.ticked
    if criterion.kind == "approval":
        return criterion.id in facts.approved
    if criterion.kind == "activity":
        return facts.done_activities.get(criterion.activity_kind or "", 0) >= criterion.min_count
    raise ValueError(f"unknown criterion kind {criterion.kind!r}")


def describe(criterion: CriterionRecord, facts: LeadFacts | None = None) -> str:
    """Describe what the criterion asks for, in words a salesperson understands."""
    text = {
        "field": _describe_field,
        "checklist": lambda c, f: f'tick "{c.label}"',
        "approval": _describe_approval,
        "activity": _describe_activity,
    }[criterion.kind](criterion, facts)
    if criterion.when_field and criterion.when_operator:
        text += f" (because {_describe_condition(criterion)})"
    return text


def _describe_field(criterion: CriterionRecord, _facts: LeadFacts | None) -> str:
    name = FIELD_LABELS.get(criterion.field or "", criterion.field or "?")
    operator = criterion.operator or "set"
    if operator == "set":
        return f"fill in the {name}"
    return f"the {name} must be {_OPERATOR_WORDS[operator]} {criterion.operand}"


def _describe_approval(criterion: CriterionRecord, _facts: LeadFacts | None) -> str:
    if criterion.gatekeeper:
        return "get the approval of the buyer's gatekeeper"
    role = criterion.approver_role or "manager"
    return f"get the approval of {'an' if role == 'owner' else 'a'} {role}"


def _describe_activity(criterion: CriterionRecord, facts: LeadFacts | None) -> str:
    kind = criterion.activity_kind or "activity"
    plural = "s" if criterion.min_count != 1 else ""
    text = f"complete {criterion.min_count} {kind}{plural}"
    if facts is not None:
        text += f" ({facts.done_activities.get(kind, 0)} done so far)"
    return text


def _describe_condition(criterion: CriterionRecord) -> str:
    name = FIELD_LABELS.get(criterion.when_field or "", criterion.when_field or "?")
    operator = criterion.when_operator or "set"
    if operator == "set":
        return f"the {name} is filled in"
    return f"the {name} is {_OPERATOR_WORDS[operator]} {criterion.when_operand}"


def status(criterion: CriterionRecord, facts: LeadFacts) -> CriterionStatus:
    """Return whether the criterion is met, whether it applies, and its description."""
    applicable = applies(criterion, facts)
    met = (not applicable) or is_met(criterion, facts)
    return CriterionStatus(criterion, met, applicable, describe(criterion, facts))
