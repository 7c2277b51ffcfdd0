"""Generate companies (hypothesis strategies) and write them into a database.

The spec uses indices; ``load`` writes it through the test builders and returns the
World with the ids the database gave, which the oracle then reads.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from hypothesis import strategies as st
from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from funneldesk.services import history
from funneldesk.storage.models import TEMPERATURES, Channel, ChannelSpend, Persona
from funneldesk.storage.models import Stage as StageRow
from tests.analytics.builders import add_lead, add_pipeline, add_user, reason
from tests.oracle.world import Filter, Lead, Stage, User, World

START = datetime(2024, 1, 1, 8, 0)
MONTHS = [date(2024, m, 1) for m in range(1, 7)]


@dataclass(frozen=True)
class LeadSpec:
    """A lead by indices: owner and channel (None or an index), its moves, its money."""

    owner: int | None
    channel: int | None
    created: int  # minutes after START
    moves: tuple[tuple[int, int], ...]  # (stage index, minutes after the previous move)
    first: int  # the stage index it starts in (imported history may start past the first)
    value_minor: int
    discount_bp: int
    reason: int | None
    deleted: bool
    persona: int | None = None
    temperature: str | None = None


@dataclass(frozen=True)
class Spec:
    """A company by indices."""

    n_open: int
    managers: tuple[int | None, ...]  # each manager's boss: None or an earlier manager
    employees: tuple[int | None, ...]  # each employee's manager index
    channels: int
    spend: tuple[tuple[int, int, int], ...]  # (channel, month index, amount)
    leads: tuple[LeadSpec, ...]


@st.composite
def specs(draw: st.DrawFn, max_leads: int = 25) -> Spec:
    """Draw a company: stages, a hierarchy, channels with spend, leads with varied histories."""
    n_open = draw(st.integers(2, 4))
    n_stages = n_open + 2  # then Won, then Lost
    managers = draw(st.lists(st.none(), min_size=1, max_size=3))
    managers = [None] + [draw(st.one_of(st.none(), st.integers(0, i - 1))) for i in range(1, len(managers))]
    employees = draw(st.lists(st.one_of(st.none(), st.integers(0, len(managers) - 1)), max_size=4))
    n_users = 1 + len(managers) + len(employees)
    channels = draw(st.integers(0, 3))
    spend = draw(
        st.lists(
            st.tuples(st.integers(0, max(channels - 1, 0)), st.integers(0, 5), st.integers(0, 500_00)),
            max_size=8 if channels else 0,
            unique_by=lambda t: (t[0], t[1]),
        )
    )
    # Minutes: gaps of 0 (passed through in one move) up to ~40 days.
    gap = st.one_of(st.just(0), st.integers(1, 60), st.integers(60, 60 * 24 * 40))
    lead = st.builds(
        LeadSpec,
        owner=st.one_of(st.none(), st.integers(0, n_users - 1)),
        channel=st.one_of(st.none(), st.integers(0, channels - 1)) if channels else st.none(),
        created=st.integers(0, 60 * 24 * 150),
        moves=st.lists(st.tuples(st.integers(0, n_stages - 1), gap), max_size=5).map(tuple),
        # Imported history may start anywhere: past the first stage, or already won or lost.
        first=st.one_of(st.just(0), st.integers(0, n_open - 1), st.integers(0, n_stages - 1)),
        value_minor=st.integers(0, 10_000_00),
        discount_bp=st.integers(0, 3000),
        reason=st.one_of(st.none(), st.integers(0, 1)),
        deleted=st.sampled_from([False] * 9 + [True]),
        persona=st.one_of(st.none(), st.integers(0, 1)),
        temperature=st.sampled_from([None, *TEMPERATURES]),
    )
    return Spec(
        n_open,
        tuple(managers),
        tuple(employees),
        channels,
        tuple(spend),
        tuple(draw(st.integers(0, max_leads).flatmap(lambda n: st.lists(lead, min_size=n, max_size=n)))),
    )


def load(session: Session, spec: Spec) -> World:
    """Write the company into an empty database; return it as the oracle's World."""
    names = [(f"S{i}", "open") for i in range(spec.n_open)] + [("Won", "won"), ("Lost", "lost")]
    ids = add_pipeline(session, "Sales", names)
    stages = [Stage(ids[name], name, pos, kind) for pos, (name, kind) in enumerate(names)]
    users = [add_user(session, "Olga Owner", "owner")]
    boss_ids: list[int] = []
    for i, boss in enumerate(spec.managers):
        record = add_user(session, f"Manager {i}", "manager", None if boss is None else boss_ids[boss])
        boss_ids.append(record.id)
        users.append(record)
    for i, boss in enumerate(spec.employees):
        users.append(add_user(session, f"Agent {i}", "employee", None if boss is None else boss_ids[boss]))
    channel_ids = [
        session.execute(insert(Channel).returning(Channel.id), {"name": f"Channel {i}"}).scalar_one()
        for i in range(spec.channels)
    ]
    spend = []
    for channel, month, amount in spec.spend:
        values = {"channel_id": channel_ids[channel], "period_start": MONTHS[month], "amount_minor": amount}
        session.execute(insert(ChannelSpend), values)
        spend.append((channel_ids[channel], MONTHS[month], amount))
    reasons = [reason(session, "Price"), reason(session, "Timing")]
    personas = [
        session.execute(insert(Persona).returning(Persona.id), {"name": name}).scalar_one()
        for name in ("Buyer", "Champion")
    ]
    world = World(
        pipeline_id=session.execute(
            select(StageRow.pipeline_id).where(StageRow.id == ids["S0"])
        ).scalar_one(),
        stages=stages,
        users=[User(u.id, u.name, u.role, u.manager_id) for u in users],
        channels={cid: f"Channel {i}" for i, cid in enumerate(channel_ids)},
        spend=spend,
        reasons={rid: name for rid, name in zip(reasons, ("Price", "Timing"), strict=True)},
        personas=personas,
    )
    lead_ids = []
    for spec_lead in spec.leads:
        at = START + timedelta(minutes=spec_lead.created)
        path = [(names[spec_lead.first][0], at)]
        for stage, minutes in spec_lead.moves:
            at += timedelta(minutes=minutes)
            path.append((names[stage][0], at))
        last_kind = names[[n for n, _ in names].index(path[-1][0])][1]
        owner = None if spec_lead.owner is None else users[spec_lead.owner].id
        channel = None if spec_lead.channel is None else channel_ids[spec_lead.channel]
        persona = None if spec_lead.persona is None else personas[spec_lead.persona]
        lost_reason = (
            reasons[spec_lead.reason] if spec_lead.reason is not None and last_kind == "lost" else None
        )
        lead_id = add_lead(
            session,
            ids,
            path,
            owner,
            value_minor=spec_lead.value_minor,
            lost_reason=lost_reason,
            closed=last_kind != "open",
            hook=False,
            channel_id=channel,
            discount_bp=spec_lead.discount_bp,
            deleted_at=at if spec_lead.deleted else None,
            persona_id=persona,
            temperature=spec_lead.temperature,
        )
        lead_ids.append(lead_id)
        world.leads.append(
            Lead(
                lead_id,
                world.pipeline_id,
                owner,
                channel,
                spec_lead.value_minor,
                spec_lead.discount_bp,
                lost_reason,
                tuple((ids[name], when) for name, when in path),
                spec_lead.deleted,
                persona,
                spec_lead.temperature,
            )
        )
    history.after_leads_changed(session, lead_ids)
    return world


@st.composite
def filters(draw: st.DrawFn, world: World) -> tuple[int, Filter]:
    """Draw an actor and a filter: date ranges, owners (maybe with --team), channels, status."""
    actor = draw(st.sampled_from([u.id for u in world.users]))
    day = st.integers(0, 170).map(lambda n: START.date() + timedelta(days=n))
    created = draw(st.one_of(st.none(), st.tuples(day, day).map(sorted)))
    closed = draw(st.one_of(st.none(), st.none(), st.tuples(day, day).map(sorted)))
    owners = draw(st.lists(st.sampled_from([u.id for u in world.users]), max_size=2, unique=True))
    chans = (
        draw(st.lists(st.sampled_from(sorted(world.channels)), max_size=2, unique=True))
        if world.channels
        else []
    )
    return actor, Filter(
        created_from=created[0] if created else None,
        created_to=created[1] if created else None,
        closed_from=closed[0] if closed else None,
        closed_to=closed[1] if closed else None,
        owners=tuple(owners),
        team=draw(st.booleans()),
        channels=tuple(chans),
        status=draw(st.sampled_from([None, None, "open", "won", "lost"])),
        personas=tuple(draw(st.lists(st.sampled_from(world.personas), max_size=1))),
        temperatures=tuple(draw(st.lists(st.sampled_from(TEMPERATURES), max_size=2, unique=True))),
    )
