"""Generate companies (hypothesis strategies) and write them into a database.

The spec uses indices; ``load`` writes it through the test builders and returns the
World with the ids the database gave, which the oracle then reads.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from hypothesis import strategies as st
from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from funneldesk.domain.records import UserRecord
from funneldesk.services import history, rates
from funneldesk.storage.database import Database
from funneldesk.storage.models import TEMPERATURES, Channel, ChannelSpend, Persona
from funneldesk.storage.models import Stage as StageRow
from tests.analytics.builders import add_lead, add_pipeline, add_user, reason
from tests.oracle.world import Filter, Lead, Stage, User, World

START = datetime(2024, 1, 1, 8, 0)
MONTHS = [date(2024, m, 1) for m in range(1, 7)]
# Two-digit, zero-digit and three-digit minor units (the oracle's own table of them).
CURRENCIES = ("USD", "EUR", "JPY", "KWD")


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
    currency: str = "USD"
    expected_close: int | None = None  # days after START


@dataclass(frozen=True)
class Spec:
    """A company by indices."""

    n_open: int
    managers: tuple[int | None, ...]  # each manager's boss: None or an earlier manager
    employees: tuple[int | None, ...]  # each employee's manager index
    channels: int
    spend: tuple[tuple[int, int, int, str], ...]  # (channel, month index, amount, currency)
    leads: tuple[LeadSpec, ...]
    base: str | None = None  # set through `rates base`; None: left to the default
    rates: tuple[tuple[str, int, Decimal], ...] = ()  # (currency, days after START, rate), in order
    rates_first: bool = False  # rates set before the leads are written (else after)
    probabilities: tuple[int, ...] = ()  # each open stage's win probability (percent)
    rotting: tuple[int | None, ...] = ()  # each open stage's rotting limit in days (None: none)


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
            st.tuples(
                st.integers(0, max(channels - 1, 0)),
                st.integers(0, 5),
                st.integers(0, 500_00),
                st.sampled_from(CURRENCIES),
            ),
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
        # Small amounts and large round ones (x 2500) make exact halves with the rates below;
        # the large ones pass 2^53 in amount x rate_e12, where SQLite's doubles rounded halves down.
        value_minor=st.one_of(
            st.integers(0, 10_000_00), st.integers(0, 999), st.integers(1, 40_000).map(lambda n: n * 2500)
        ),
        discount_bp=st.integers(0, 3000),
        reason=st.one_of(st.none(), st.integers(0, 1)),
        deleted=st.sampled_from([False] * 9 + [True]),
        persona=st.one_of(st.none(), st.integers(0, 1)),
        temperature=st.sampled_from([None, *TEMPERATURES]),
        currency=st.sampled_from(CURRENCIES),
        expected_close=st.one_of(st.none(), st.integers(-40, 250)),
    )
    base = draw(st.sampled_from([None, "USD", "USD", "EUR", "JPY", "KWD"]))
    # Rates: plain ones, ones that make exact halves of a minor unit, and tiny or large ones;
    # days from before the first lead to after the last, so some deals are won before any
    # rate of their currency, and a day may be set twice (the later value replaces it).
    rate_value = st.one_of(
        st.sampled_from(
            [Decimal(v) for v in ("0.5", "1.5", "0.005", "0.0125", "2.5", "0.05", "150.5", "1.1258", "0.555")]
        ),
        st.decimals(min_value=Decimal("0.0001"), max_value=Decimal(200), places=4),
        st.decimals(min_value=Decimal("0.000001"), max_value=Decimal(5000), places=6),
    )
    given = draw(
        st.lists(
            st.tuples(
                st.sampled_from(CURRENCIES),
                st.one_of(st.integers(-10, 20), st.integers(-10, 200)),  # mostly early: deals convert
                rate_value,
            ),
            max_size=10,
        )
    )
    return Spec(
        n_open,
        tuple(managers),
        tuple(employees),
        channels,
        tuple(spend),
        tuple(draw(st.integers(0, max_leads).flatmap(lambda n: st.lists(lead, min_size=n, max_size=n)))),
        base,
        tuple(given),
        draw(st.booleans()),
        tuple(draw(st.lists(st.integers(0, 100), min_size=n_open, max_size=n_open))),
        tuple(draw(st.lists(st.one_of(st.none(), st.integers(1, 60)), min_size=n_open, max_size=n_open))),
    )


def build(db: Database, spec: Spec) -> World:
    """Write the company, then its rates through the rates service as the owner (or the other
    way round); return it as the oracle's World with the reporting currency and rates in force.
    """
    with db.write() as session:
        world = load(session, spec, leads=False)
    if spec.rates_first:
        put_rates(db, spec, world)
    with db.write() as session:
        add_leads(session, spec, world)
    if not spec.rates_first:
        put_rates(db, spec, world)
    world.base = expected_base(spec)
    return world


def expected_base(spec: Spec) -> str:
    """Return the reporting currency the README's rules give: the one set, else the currency
    most leads use when it was first fixed (by the first rate, or the first leads written).
    """
    if spec.base is not None:
        return spec.base
    if spec.rates_first and any(cur != "USD" for cur, _, _ in spec.rates):
        return "USD"  # fixed by the first rate, before any lead existed
    return default_base(spec)


def default_base(spec: Spec) -> str:
    """Return the reporting currency FunnelDesk fixes by itself the first time leads are written."""
    counts: dict[str, int] = {}
    for lead in spec.leads:
        if not lead.deleted:
            counts[lead.currency] = counts.get(lead.currency, 0) + 1
    return min(counts, key=lambda cur: (-counts[cur], cur)) if counts else "USD"


def put_rates(db: Database, spec: Spec, world: World) -> None:
    """Set the reporting currency (if the spec says) and the rates, each through the service."""
    user = next(u for u in world.users if u.role == "owner")
    owner = UserRecord(user.id, user.name, user.name.lower().replace(" ", "."), user.role, user.manager_id)
    if spec.base is not None:
        rates.set_base(db, owner, spec.base)
    base = rates.base_currency(db)
    for currency, offset, value in spec.rates:
        if currency == base:
            continue  # refused: the base's rate is always 1
        day = START.date() + timedelta(days=offset)
        rates.set_rate(db, owner, currency, value, on=day)
        world.rates.append((currency, day, value))


def load(session: Session, spec: Spec, leads: bool = True) -> World:
    """Write the company into an empty database; return it as the oracle's World (USD only
    when the spec gives no rates). ``leads=False`` writes all but the leads (``add_leads``).
    """
    names = [(f"S{i}", "open") for i in range(spec.n_open)] + [("Won", "won"), ("Lost", "lost")]
    ids = add_pipeline(session, "Sales", names)
    stages = []
    for pos, (name, kind) in enumerate(names):
        probability = spec.probabilities[pos] if pos < len(spec.probabilities) else 10 * pos
        rots = spec.rotting[pos] if pos < len(spec.rotting) else None
        row = update(StageRow).where(StageRow.id == ids[name])
        session.execute(row.values(probability=probability, rotting_days=rots))
        stages.append(Stage(ids[name], name, pos, kind, probability, rots))
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
    for channel, month, amount, currency in spec.spend:
        values = {
            "channel_id": channel_ids[channel],
            "period_start": MONTHS[month],
            "amount_minor": amount,
            "currency": currency,
        }
        session.execute(insert(ChannelSpend), values)
        spend.append((channel_ids[channel], MONTHS[month], amount, currency))
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
    if leads:
        add_leads(session, spec, world)
    return world


def add_leads(session: Session, spec: Spec, world: World) -> None:
    """Write the spec's leads into a database that holds the rest of the company."""
    names = [(f"S{i}", "open") for i in range(spec.n_open)] + [("Won", "won"), ("Lost", "lost")]
    ids = {s.name: s.id for s in world.stages}
    users = world.users
    channel_ids = sorted(world.channels)
    personas = world.personas
    reasons = sorted(world.reasons)
    lead_ids = []
    for number, spec_lead in enumerate(spec.leads):
        at = START + timedelta(minutes=spec_lead.created)
        path = [(names[spec_lead.first][0], at)]
        for stage, minutes in spec_lead.moves:
            at += timedelta(minutes=minutes)
            path.append((names[stage][0], at))
        last_kind = names[[n for n, _ in names].index(path[-1][0])][1]
        owner = None if spec_lead.owner is None else users[spec_lead.owner].id
        channel = None if spec_lead.channel is None else channel_ids[spec_lead.channel]
        persona = None if spec_lead.persona is None else personas[spec_lead.persona]
        close = spec_lead.expected_close
        expected = None if close is None else START.date() + timedelta(days=close)
        title = f"Lead {number} {spec_lead.currency}"
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
            currency=spec_lead.currency,
            expected_close=expected,
            title=title,
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
                spec_lead.currency,
                expected,
                title,
            )
        )
    history.after_leads_changed(session, lead_ids)


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
