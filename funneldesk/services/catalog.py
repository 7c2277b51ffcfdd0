"""Channels with their monthly spend, personas and lost reasons."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from funneldesk.domain.errors import InvalidInput, NotFound
from funneldesk.domain.money import check_currency, from_minor, to_minor
from funneldesk.domain.records import UserRecord
from funneldesk.services import audit
from funneldesk.services.permissions import require_catalog
from funneldesk.storage.database import Database
from funneldesk.storage.models import Channel, ChannelSpend, LostReason, Persona

Named = type[Channel] | type[Persona] | type[LostReason]
_KINDS: dict[str, Named] = {"channel": Channel, "persona": Persona, "lost_reason": LostReason}


def _model(kind: str) -> Named:
    if kind not in _KINDS:
        raise InvalidInput(f"unknown catalog {kind!r}")
    return _KINDS[kind]


def list_names(db: Database, actor: UserRecord, kind: str) -> list[tuple[int, str]]:
    """Return (id, name) of every channel, persona or lost reason, by name."""
    del actor
    model = _model(kind)
    with db.read() as session:
        return list(session.execute(select(model.id, model.name).order_by(model.name)))


def list_channels(db: Database, actor: UserRecord) -> list[tuple[int, str, str]]:
    """Return (id, name, kind) of every channel."""
    del actor
    with db.read() as session:
        return list(session.execute(select(Channel.id, Channel.name, Channel.kind).order_by(Channel.name)))


def _clash(session: Session, model: Named, name: str, own_id: int | None = None) -> None:
    query = select(func.count()).where(func.lower(model.name) == name.lower())
    if own_id is not None:
        query = query.where(model.id != own_id)
    if session.scalar(query):
        raise InvalidInput(f"{name!r} already exists")


def add_name(db: Database, actor: UserRecord, kind: str, name: str, channel_kind: str = "paid") -> int:
    """Add a channel, persona or lost reason; return its id."""
    model = _model(kind)
    name = name.strip()
    if not name:
        raise InvalidInput(f"a {kind.replace('_', ' ')} needs a name")
    if kind == "channel" and channel_kind not in ("paid", "owned", "earned"):
        raise InvalidInput("a channel is paid, owned or earned")
    with db.write() as session:
        require_catalog(actor, f"{kind}s")
        _clash(session, model, name)
        row = Channel(name=name, kind=channel_kind) if kind == "channel" else model(name=name)
        session.add(row)
        session.flush()
        audit.record(session, actor, kind, row.id, "create", {"name": (None, name)})
        return row.id


def _get(session: Session, model: Named, kind: str, item_id: int) -> Channel | Persona | LostReason:
    row = session.get(model, item_id)
    if row is None:
        raise NotFound(f"no {kind} {item_id}")
    return row  # type: ignore[return-value]  # get() of a Named model returns that model


def rename_name(db: Database, actor: UserRecord, kind: str, item_id: int, name: str) -> None:
    """Rename a channel, persona or lost reason."""
    model = _model(kind)
    with db.write() as session:
        require_catalog(actor, f"{kind}s")
        row = _get(session, model, kind, item_id)
        if not name.strip():
            raise InvalidInput("a name cannot be empty")
        _clash(session, model, name.strip(), item_id)
        old, row.name = row.name, name.strip()
        audit.record(session, actor, kind, item_id, "rename", {"name": (old, row.name)})


def delete_name(db: Database, actor: UserRecord, kind: str, item_id: int) -> None:
    """Delete a channel, persona or lost reason; leads that used it keep a blank."""
    model = _model(kind)
    with db.write() as session:
        require_catalog(actor, f"{kind}s")
        row = _get(session, model, kind, item_id)
        session.delete(row)
        audit.record(session, actor, kind, item_id, "delete", {"name": (row.name, None)})


def set_spend(
    db: Database,
    actor: UserRecord,
    channel_id: int,
    month: date,
    amount: Decimal | str,
    currency: str = "USD",
) -> None:
    """Set a channel's spend for the month containing ``month`` (zero removes it)."""
    period = month.replace(day=1)
    currency = check_currency(currency)
    minor = to_minor(amount, currency)
    if minor < 0:
        raise InvalidInput("spend cannot be negative")
    with db.write() as session:
        require_catalog(actor, "channel spend")
        if session.get(Channel, channel_id) is None:
            raise NotFound(f"no channel {channel_id}")
        old = session.scalar(
            select(ChannelSpend.amount_minor).where(
                ChannelSpend.channel_id == channel_id, ChannelSpend.period_start == period
            )
        )
        session.execute(
            delete(ChannelSpend).where(
                ChannelSpend.channel_id == channel_id, ChannelSpend.period_start == period
            )
        )
        if minor:
            session.add(
                ChannelSpend(
                    channel_id=channel_id, period_start=period, amount_minor=minor, currency=currency
                )
            )
        audit.record(session, actor, "channel", channel_id, "spend", {str(period): (old, minor)})


def list_spend(db: Database, actor: UserRecord, channel_id: int) -> list[tuple[date, Decimal, str]]:
    """Return (month, amount, currency) of a channel's spend, oldest first."""
    del actor
    with db.read() as session:
        rows = session.execute(
            select(ChannelSpend.period_start, ChannelSpend.amount_minor, ChannelSpend.currency)
            .where(ChannelSpend.channel_id == channel_id)
            .order_by(ChannelSpend.period_start)
        )
        return [(month, from_minor(minor, cur), cur) for month, minor, cur in rows]
