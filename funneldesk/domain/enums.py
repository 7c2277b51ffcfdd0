"""Closed vocabularies of the domain, stored as their string values."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    """What a user may do: owner > manager > employee."""

    OWNER = "owner"
    MANAGER = "manager"
    EMPLOYEE = "employee"


class StageKind(StrEnum):
    """Whether a stage is still in play or a final outcome."""

    OPEN = "open"
    WON = "won"
    LOST = "lost"


class FunnelGroup(StrEnum):
    """Top, middle or bottom of the funnel."""

    TOFU = "TOFU"
    MOFU = "MOFU"
    BOFU = "BOFU"


class Temperature(StrEnum):
    """How well the buyer knows the company."""

    COLD = "cold"
    WARM = "warm"
    HOT = "hot"


class ChangeHow(StrEnum):
    """How a stage change came about."""

    MANUAL = "manual"
    AUTOMATIC = "automatic"
    IMPORT = "import"
    OVERRIDE = "override"
    UNDO = "undo"


class Engagement(StrEnum):
    """A buyer-side participant's engagement level in the current stage."""

    DRIVER = "driver"
    PARTICIPANT = "participant"
    GATEKEEPER = "gatekeeper"
    NOT_INVOLVED = "not_involved"


class ActivityKind(StrEnum):
    """Kinds of activity logged on a lead."""

    CALL = "call"
    MEETING = "meeting"
    EMAIL = "email"
    TASK = "task"
    DEMO = "demo"


class ChannelKind(StrEnum):
    """Paid (controlled), owned, or earned (uncontrolled) traffic."""

    PAID = "paid"
    OWNED = "owned"
    EARNED = "earned"


class CriterionKind(StrEnum):
    """The four kinds of stage exit criteria."""

    FIELD = "field"
    CHECKLIST = "checklist"
    APPROVAL = "approval"
    ACTIVITY = "activity"


class Operator(StrEnum):
    """Comparison used by field criteria and conditions."""

    SET = "set"
    EQ = "eq"
    NE = "ne"
    GT = "gt"
    GTE = "gte"
    LT = "lt"
    LTE = "lte"


# The reason recorded on an imported stage change that crossed unmet exit criteria.
IMPORTED_PAST_GATE = "imported past the gate"
