"""The single writer of stage history; keeps derived tables current in the same transaction."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

from sqlalchemy import insert
from sqlalchemy.orm import Session

from funneldesk.domain.records import StageRecord
from funneldesk.storage.models import StageChange


def record_path(
    session: Session,
    lead_id: int,
    start: StageRecord | None,
    path: Sequence[StageRecord],
    *,
    at: datetime,
    user_id: int | None,
    how: str,
    reason: str = "",
) -> list[int]:
    """Append one stage change per stage entered along the path; return their ids."""
    ids: list[int] = []
    previous = start
    for stage in path:
        result = session.execute(
            insert(StageChange).returning(StageChange.id),
            {
                "lead_id": lead_id,
                "from_stage_id": previous.id if previous else None,
                "to_stage_id": stage.id,
                "at": at,
                "user_id": user_id,
                "how": how,
                "reason": reason,
            },
        )
        ids.append(result.scalar_one())
        previous = stage
    return ids


def after_leads_changed(session: Session, lead_ids: Iterable[int]) -> None:
    """Bring derived (analytics) tables up to date for these leads, in this transaction."""
    from funneldesk.analytics.derived import refresh  # late: analytics builds on storage only

    refresh(session, lead_ids)
