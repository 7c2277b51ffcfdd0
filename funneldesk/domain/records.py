"""Frozen records: what services hand out. ORM objects never leave the core."""

from __future__ import annotations

from dataclasses import dataclass
from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from funneldesk.domain.lead_records import (
        CriterionRecord,
        CriterionStatus,
        LeadRecord,
        MoveResult,
        PipelineRecord,
        StageChangeRecord,
        StageRecord,
        UnmetCriterion,
    )

# The lead and pipeline records load on first use (PEP 562, ``__getattr__`` below): a report
# or a sign-in needs only UserRecord, and eight more dataclasses cost ~6 ms at start-up.
__all__ = [
    "CriterionRecord",
    "CriterionStatus",
    "LeadRecord",
    "MoveResult",
    "PipelineRecord",
    "StageChangeRecord",
    "StageRecord",
    "UnmetCriterion",
    "UserRecord",
]
_LAZY = frozenset(__all__) - {"UserRecord"}


@dataclass(frozen=True, slots=True)
class UserRecord:
    """A user as the rest of the program sees it; also the acting user of every call."""

    id: int
    name: str
    login: str
    role: str
    manager_id: int | None = None
    active: bool = True
    has_password: bool = False


def __getattr__(name: str) -> Any:
    """Load the lead and pipeline records on first use (``from ...records import LeadRecord``)."""
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module("funneldesk.domain.lead_records"), name)
    globals()[name] = value
    return value
