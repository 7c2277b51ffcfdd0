"""What an import resolves names against: the pipeline's stages, users, catalogs, and
leads already imported under the same external ids."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from funneldesk.domain.errors import InvalidInput
from funneldesk.domain.records import PipelineRecord, StageRecord
from funneldesk.storage.models import Channel, Lead, LostReason, Persona, StageChange, User

CATALOGS: dict[str, type[Channel] | type[Persona] | type[LostReason]] = {
    "channel": Channel,
    "persona": Persona,
    "lost_reason": LostReason,
}
_CHUNK = 900  # below SQLite's bound-parameter limit on old builds


@dataclass(slots=True)
class Lookups:
    """Case-insensitive name -> id tables for one import."""

    pipeline: PipelineRecord
    stages: dict[str, StageRecord]
    users: dict[str, int]
    ambiguous_users: set[str]
    catalogs: dict[str, dict[str, int]]
    existing: dict[str, dict[str, Any]] = field(default_factory=dict)
    history: dict[int, list[tuple[int, datetime]]] = field(default_factory=dict)

    def user_key(self, name: str) -> str:
        """Return the key a user cell matches by: login, name or e-mail (its login part)."""
        key = name.strip().casefold()
        if key in self.users or key in self.ambiguous_users or "@" not in key:
            return key
        local = key.partition("@")[0]
        return local if local in self.users else key

    def stage(self, name: str) -> StageRecord | None:
        """Return the stage a cell value names (stage map first), or None."""
        return self.stages.get(name.strip().casefold())


def stage_table(pipeline: PipelineRecord, stage_map: dict[str, str]) -> dict[str, StageRecord]:
    """Index stages by name and by every ``--stage-map`` value, all case-folded."""
    table = {s.name.casefold(): s for s in pipeline.stages}
    for value, target in stage_map.items():
        stage = table.get(target.strip().casefold())
        if stage is None:
            raise InvalidInput(
                f"--stage-map {value}={target}: pipeline {pipeline.name!r} has no stage {target!r}"
            )
        table[value.strip().casefold()] = stage
    return table


def user_table(session: Session) -> tuple[dict[str, int], set[str]]:
    """Index users by login, e-mail (when users have one) and name; shared names are ambiguous."""
    rows = session.execute(select(User.id, User.login, User.name).order_by(User.id)).all()
    named: dict[str, list[int]] = {}
    for user_id, _, name in rows:
        named.setdefault(name.strip().casefold(), []).append(user_id)
    by_login = {login.strip().casefold(): user_id for user_id, login, _ in rows}
    email = getattr(User, "email", None)  # users have no e-mail column in every schema
    if email is not None:
        mails = session.execute(select(User.id, email).where(email.is_not(None))).all()
        by_login.update({str(m).strip().casefold(): i for i, m in mails if str(m).strip()})
    by_name = {key: ids[0] for key, ids in named.items() if len(ids) == 1}
    ambiguous = {key for key, ids in named.items() if len(ids) > 1}
    return {**by_name, **by_login}, ambiguous - set(by_login)


def catalog_tables(session: Session) -> dict[str, dict[str, int]]:
    """Index channels, personas and lost reasons by case-folded name."""
    return {
        kind: {n.strip().casefold(): i for i, n in session.execute(select(m.id, m.name))}
        for kind, m in CATALOGS.items()
    }


def _chunks(items: list[Any]) -> Iterable[list[Any]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]


def existing_leads(session: Session, external_ids: list[str]) -> dict[str, dict[str, Any]]:
    """Return the current columns of leads already holding these external ids."""
    found: dict[str, dict[str, Any]] = {}
    columns = [c for c in Lead.__table__.columns]
    for chunk in _chunks(external_ids):
        for row in session.execute(select(*columns).where(Lead.external_id.in_(chunk))):
            found[row.external_id] = dict(row._mapping)
    return found


def existing_history(session: Session, lead_ids: list[int]) -> dict[int, list[tuple[int, datetime]]]:
    """Return each lead's stage history as (to_stage_id, at), oldest first."""
    history: dict[int, list[tuple[int, datetime]]] = {}
    query = select(StageChange.lead_id, StageChange.to_stage_id, StageChange.at)
    for chunk in _chunks(lead_ids):
        rows = session.execute(
            query.where(StageChange.lead_id.in_(chunk)).order_by(StageChange.lead_id, StageChange.id)
        )
        for lead_id, stage_id, at in rows:
            history.setdefault(lead_id, []).append((stage_id, at))
    return history
