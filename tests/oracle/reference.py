"""The oracle: every report figure recomputed in plain Python from the README's definitions.

No SQL and nothing from ``funneldesk``: a lead is its history, and each figure is counted
from it the way README.md ("Report JSON", the definitions, the funnel's bases) and
DESIGN.md ("Metric definitions") say, so a shared mistake is unlikely.

A rate is (hits, n, value, ci_low, ci_high) with a 95 % Wilson interval.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from itertools import pairwise

from tests.oracle.world import Filter, Lead, World

Z = 1.959963984540054
CENT = Decimal("0.01")
Rate = tuple[int, int, float | None, float | None, float | None]


class Denied(Exception):
    """The actor asked for owners outside their reach."""


def rate(hits: int, n: int) -> Rate:
    """Return hits out of n with its Wilson score interval."""
    assert 0 <= hits <= n, (hits, n)
    if n == 0:
        return (hits, n, None, None, None)
    p = hits / n
    spread = Z * Z
    centre = (p + spread / (2 * n)) / (1 + spread / n)
    half = Z * math.sqrt(p * (1 - p) / n + spread / (4 * n * n)) / (1 + spread / n)
    return (hits, n, p, centre - half, centre + half)


def percentile(values: list[float], q: float) -> float | None:
    """Return the q-quantile by linear interpolation between closest ranks."""
    if not values:
        return None
    ordered = sorted(values)
    pos = q * (len(ordered) - 1)
    low = int(pos)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (pos - low)


def days(seconds: float | None) -> float | None:
    """Return seconds as days, rounded to 0.01."""
    return None if seconds is None else round(seconds / 86400, 2)


# ISO 4217 minor units of the currencies the generated companies use (the oracle's own table).
DIGITS = {"USD": 2, "EUR": 2, "JPY": 0, "KWD": 3}


def money(minor: int, currency: str = "USD") -> Decimal:
    """Return minor units as an amount in the currency's own minor digits."""
    return Decimal(minor).scaleb(-DIGITS[currency]).quantize(Decimal(1).scaleb(-DIGITS[currency]))


def in_force(world: World, currency: str, day: date) -> Decimal | None:
    """Return the rate of a currency in the reporting one on a day: the latest on or before it."""
    if currency == world.base:
        return Decimal(1)
    latest: dict[date, Decimal] = {}
    for cur, valid_from, value in world.rates:  # a later set for the same day replaces it
        if cur == currency:
            latest[valid_from] = value
    days_ = [d for d in latest if d <= day]
    return latest[max(days_)] if days_ else None


def convert(world: World, minor: int, currency: str, day: date) -> int | None:
    """Return an amount in the reporting currency's minor units at the rate of a day, rounded
    half away from zero (None: no rate in force, the amount is never added)."""
    if currency == world.base:
        return minor
    value = in_force(world, currency, day)
    if value is None:
        return None
    exact = Decimal(minor).scaleb(-DIGITS[currency]) * value * Decimal(10) ** DIGITS[world.base]
    return int(exact.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def apart(items: list[tuple[str, int]]) -> dict[str, Decimal]:
    """Return (currency, minor units) left out, added up per currency, by code (zero sums left out)."""
    found: dict[str, int] = defaultdict(int)
    for currency, minor in items:
        found[currency] += minor
    return {cur: money(v, cur) for cur, v in sorted(found.items()) if v}


def won_money(world: World, won: list[Fact]) -> tuple[Decimal, int, dict[str, Decimal]]:
    """Return won deals' value in the reporting currency (each at its won day's rate), how many
    had a rate, and the money with none per currency."""
    total, priced, left = 0, 0, []
    for fact in won:
        assert fact.closed_day is not None
        amount = convert(world, fact.lead.value_minor, fact.lead.currency, fact.closed_day)
        if amount is None:
            left.append((fact.lead.currency, fact.lead.value_minor))
        else:
            total += amount
            priced += 1
    return money(total, world.base), priced, apart(left)


def per(amount: Decimal, count: int) -> Decimal | None:
    """Return amount / count to the cent, None when dividing by zero."""
    return None if not count else (amount / Decimal(count)).quantize(CENT)


# --- one lead, as the definitions see it -------------------------------------------------


@dataclass(frozen=True)
class Fact:
    """What the reports read of one lead."""

    lead: Lead
    stage_id: int  # where it is now
    status: str  # the kind of that stage
    created_at: datetime
    closed_at: datetime | None
    furthest: int  # the furthest open or won stage position its history shows

    @property
    def created_day(self) -> date:
        """Return the day it was created."""
        return self.created_at.date()

    @property
    def closed_day(self) -> date | None:
        """Return the day it closed (won or lost), None while open."""
        return None if self.closed_at is None else self.closed_at.date()


def facts(world: World) -> list[Fact]:
    """Return the live leads of the world's pipeline as the reports see them."""
    found = []
    for lead in world.leads:
        if lead.deleted or lead.pipeline_id != world.pipeline_id:
            continue
        last_stage, last_at = lead.history[-1]
        status = world.stage(last_stage).kind
        positions = [world.stage(s).position for s, _ in lead.history if world.stage(s).kind != "lost"]
        closed = last_at if status != "open" else None
        found.append(Fact(lead, last_stage, status, lead.history[0][1], closed, max(positions, default=0)))
    return found


# --- who may see what, and the filter -----------------------------------------------------


def below(world: World, boss: int) -> set[int]:
    """Return everyone below a user, at any depth."""
    found: set[int] = set()
    frontier = [boss]
    while frontier:
        current = frontier.pop()
        for user in world.users:
            if user.manager_id == current and user.id not in found and user.id != boss:
                found.add(user.id)
                frontier.append(user.id)
    return found


def reach(world: World, actor: int) -> set[int] | None:
    """Return the owners whose leads the actor's reports cover (None: everyone's)."""
    role = world.user(actor).role
    if role == "owner":
        return None
    if role == "employee":
        return {actor}
    return {actor} | below(world, actor)


def owners_of(world: World, actor: int, flt: Filter) -> set[int] | None:
    """Return the owners a report covers, refusing owners outside the actor's reach."""
    allowed = reach(world, actor)
    if not flt.owners:
        return allowed
    wanted = set(flt.owners)
    if flt.team:
        wanted |= {sub for uid in flt.owners for sub in below(world, uid)}
    if allowed is not None and not wanted <= allowed:
        raise Denied
    return wanted


def _in(day: date | None, low: date | None, high: date | None) -> bool:
    if low is None and high is None:
        return True
    if day is None:
        return False
    return (low is None or day >= low) and (high is None or day <= high)


def covered(world: World, actor: int, flt: Filter, created: bool = True, closed: bool = True) -> list[Fact]:
    """Return the leads a report covers: its cuts, and the created and closed ranges if asked."""
    owners = owners_of(world, actor, flt)
    out = []
    for fact in facts(world):
        lead = fact.lead
        if owners is not None and lead.owner_id not in owners:
            continue
        if flt.channels and lead.channel_id not in flt.channels:
            continue
        if flt.status is not None and fact.status != flt.status:
            continue
        if flt.personas and lead.persona_id not in flt.personas:
            continue
        if flt.temperatures and lead.temperature not in flt.temperatures:
            continue
        if created and not _in(fact.created_day, flt.created_from, flt.created_to):
            continue
        if closed and not _in(fact.closed_day, flt.closed_from, flt.closed_to):
            continue
        out.append(fact)
    return out


# --- the funnel ---------------------------------------------------------------------------


def _flow_positions(world: World, fact: Fact, flt: Filter) -> int | None:
    """Return the furthest open or won stage the lead entered in the created range."""
    low = datetime.combine(flt.created_from, datetime.min.time()) if flt.created_from else None
    high = (
        datetime.combine(flt.created_to + timedelta(days=1), datetime.min.time()) if flt.created_to else None
    )
    entered = [
        world.stage(s).position
        for s, at in fact.lead.history
        if world.stage(s).kind != "lost" and (low is None or at >= low) and (high is None or at < high)
    ]
    return max(entered, default=None)


def funnel(world: World, actor: int, flt: Filter, basis: str) -> dict[str, object]:
    """Return the funnel rows and total on a basis (README: the funnel's --basis)."""
    chain = sorted((s for s in world.stages if s.kind != "lost"), key=lambda s: s.position)
    counted: list[tuple[Fact, int | None]] = []
    if basis == "flow":
        for fact in covered(world, actor, flt, created=False):
            at = _flow_positions(world, fact, flt)
            if at is not None:
                counted.append((fact, at))
    else:
        for fact in covered(world, actor, flt):
            if basis == "cohort":
                counted.append((fact, fact.furthest))
            else:  # snapshot: where it is now; a lost lead at no stage
                now = world.stage(fact.stage_id)
                counted.append((fact, None if now.kind == "lost" else now.position))
    reached = {s.id: sum(1 for _, at in counted if at is not None and at >= s.position) for s in chain}
    rows = []
    top = reached[chain[0].id] if chain else 0
    for i, stage in enumerate(chain):
        here = reached[stage.id]
        after = reached[chain[i + 1].id] if i + 1 < len(chain) else here
        lost = [f for f, _ in counted if f.status == "lost" and f.furthest == stage.position]
        reasons: dict[str, int] = defaultdict(int)
        for f in lost:
            reasons[world.reasons.get(f.lead.lost_reason_id, "(no reason)")] += 1
        dropped = here - after if stage.kind == "open" else 0
        rows.append(
            {
                "stage": stage.name,
                "kind": stage.kind,
                "reached": here,
                "current": sum(1 for f, _ in counted if f.stage_id == stage.id),
                "conversion_from_previous": rate(here, reached[chain[i - 1].id]) if i else None,
                "conversion_from_top": rate(here, top),
                "drop_off": dropped,
                "drop_off_rate": rate(dropped, here) if stage.kind == "open" else None,
                "lost_here": len(lost),
                "lost_reasons": dict(reasons),
            }
        )
    won = sum(r["reached"] for r in rows if r["kind"] == "won")  # type: ignore[misc]
    return {"rows": rows, "entered": top, "won": won, "conversion": rate(won, top)}


# --- managers, channels, velocity ----------------------------------------------------------


def _cycle(fact: Fact) -> float:
    assert fact.closed_at is not None
    return (fact.closed_at - fact.created_at).total_seconds()


def group_row(world: World, group: list[Fact]) -> dict[str, object]:
    """Return a manager or channel row's figures for a group of leads."""
    won = [f for f in group if f.status == "won"]
    lost = sum(1 for f in group if f.status == "lost")
    won_value, priced, left = won_money(world, won)
    discount = round(sum(f.lead.discount_bp for f in won) / len(won) / 10000, 4) if won else None
    return {
        "leads": len(group),
        "open": sum(1 for f in group if f.status == "open"),
        "won": len(won),
        "lost": lost,
        "conversion": rate(len(won), len(group)),
        "win_rate": rate(len(won), len(won) + lost),
        "won_value": won_value,
        "avg_won_value": per(won_value, priced),  # over the deals with a rate
        "won_priced": priced,
        "unconverted": left,
        "avg_discount": discount,
        "median_cycle_days": days(percentile([_cycle(f) for f in won], 0.5)),
    }


def _by(facts_: list[Fact], key: str) -> dict[int | None, list[Fact]]:
    groups: dict[int | None, list[Fact]] = defaultdict(list)
    for fact in facts_:
        groups[getattr(fact.lead, key)].append(fact)
    return groups


def managers(world: World, actor: int, flt: Filter, team: bool) -> list[dict[str, object]]:
    """Return the manager table: per owner by name, or per manager with everyone below."""
    leads = covered(world, actor, flt)
    names = {u.id: u.name for u in world.users}
    if not team:
        rows = [
            {"name": names.get(k, "(unassigned)") if k else "(unassigned)", **group_row(world, g)}
            for k, g in _by(leads, "owner_id").items()
        ]
        return sorted(rows, key=lambda r: str(r["name"]))
    scope = owners_of(world, actor, flt)
    bosses = sorted((u for u in world.users if u.role == "manager"), key=lambda u: u.name)
    rows = []
    for boss in bosses:
        if scope is not None and boss.id not in scope:
            continue
        members = {boss.id} | below(world, boss.id)
        rows.append({"name": boss.name, **group_row(world, [f for f in leads if f.lead.owner_id in members])})
    return rows


def channels(world: World, actor: int, flt: Filter) -> list[dict[str, object]]:
    """Return the channel table: the manager figures plus spend, cost per lead/won and ROI."""
    rows = []
    for key, group in _by(covered(world, actor, flt), "channel_id").items():
        row: dict[str, object] = {
            "name": world.channels[key] if key else "(no channel)",
            **group_row(world, group),
        }
        if key is None:
            row.update(
                spend=None,
                cost_per_lead=None,
                cost_per_won=None,
                roi=None,
                spend_months=None,
                unconverted_spend={},
            )
        else:
            months = [
                (amount, currency, month)
                for channel, month, amount, currency in world.spend
                if channel == key
                and (flt.created_from is None or month >= flt.created_from.replace(day=1))
                and (flt.created_to is None or month <= flt.created_to)
            ]
            # Each month's spend at the rate in force on the month's first day.
            converted = [(convert(world, a, cur, month), cur, a) for a, cur, month in months]
            spend = money(sum(c for c, _, _ in converted if c is not None), world.base)
            won_value = row["won_value"]
            assert isinstance(won_value, Decimal)
            row.update(
                spend=spend,
                cost_per_lead=per(spend, len(group)),
                cost_per_won=per(spend, int(row["won"])),  # type: ignore[call-overload]
                roi=round(float((won_value - spend) / spend), 4) if spend else None,
                spend_months=len(months),
                unconverted_spend=apart([(cur, a) for c, cur, a in converted if c is None]),
            )
        rows.append(row)
    return sorted(rows, key=lambda r: str(r["name"]))


def velocity(world: World, actor: int, flt: Filter) -> list[dict[str, object]]:
    """Return sales velocity per owner by name, then for everyone (owner None)."""
    leads = covered(world, actor, flt)
    names = {u.id: u.name for u in world.users}
    groups = sorted(
        (
            (names.get(k, "(unassigned)") if k else "(unassigned)", g)
            for k, g in _by(leads, "owner_id").items()
        ),
        key=lambda item: item[0],
    )
    rows = [_velocity(world, name, group) for name, group in groups]
    if leads:
        rows.append(_velocity(world, None, leads))
    return rows


def _velocity(world: World, owner: str | None, group: list[Fact]) -> dict[str, object]:
    row = group_row(world, group)
    win = row["win_rate"][2]  # type: ignore[index]
    avg, cycle = row["avg_won_value"], row["median_cycle_days"]
    per_day = None
    if win is not None and avg is not None and cycle:
        per_day = (Decimal(int(row["open"])) * Decimal(str(win)) * avg / Decimal(str(cycle))).quantize(CENT)  # type: ignore[call-overload,operator]
    return {
        "owner": owner,
        "open": row["open"],
        "win_rate": row["win_rate"],
        "avg_won_value": avg,
        "cycle_days": cycle,
        "per_day": per_day,
    }


# --- steps --------------------------------------------------------------------------------


def steps(world: World, actor: int, flt: Filter, team: bool) -> dict[str, object]:
    """Return per owner (or manager's team) and step: (advanced, reached) and the team's rate."""
    chain = sorted((s for s in world.stages if s.kind != "lost"), key=lambda s: s.position)
    pairs = list(pairwise(chain))
    leads = covered(world, actor, flt)

    def rates(group: list[Fact]) -> list[Rate]:
        return [
            rate(
                sum(1 for f in group if f.furthest >= b.position),
                sum(1 for f in group if f.furthest >= a.position),
            )
            for a, b in pairs
        ]

    names = {u.id: u.name for u in world.users}
    if team:
        scope = owners_of(world, actor, flt)
        bosses = sorted((u for u in world.users if u.role == "manager"), key=lambda u: (u.name, u.id))
        groups = [
            (b.name, [f for f in leads if f.lead.owner_id in {b.id} | below(world, b.id)])
            for b in bosses
            if scope is None or b.id in scope
        ]
    else:
        owners = sorted(
            {f.lead.owner_id for f in leads if f.lead.owner_id is not None}, key=lambda k: (names[k], k)
        )
        groups = [(names[k], [f for f in leads if f.lead.owner_id == k]) for k in owners]
    return {
        "steps": [f"{a.name} → {b.name}" for a, b in pairs],
        "team": rates(leads),
        "rows": [(name, rates(group)) for name, group in groups],
    }


# --- periods ------------------------------------------------------------------------------


def period_of(day: date, by: str) -> tuple[str, date]:
    """Return the label and first day of the period holding a day (weeks are ISO weeks)."""
    if by == "day":
        return day.isoformat(), day
    if by == "week":
        year, week, weekday = day.isocalendar()
        return f"{year}-W{week:02d}", day - timedelta(days=weekday - 1)
    if by == "month":
        return f"{day.year}-{day.month:02d}", day.replace(day=1)
    if by == "quarter":
        return f"{day.year}-Q{(day.month - 1) // 3 + 1}", date(day.year, (day.month - 1) // 3 * 3 + 1, 1)
    return str(day.year), date(day.year, 1, 1)


def _next(start: date, by: str) -> date:
    if by == "day":
        return start + timedelta(days=1)
    if by == "week":
        return start + timedelta(days=7)
    months = {"month": 1, "quarter": 3, "year": 12}[by]
    index = start.year * 12 + start.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def periods(world: World, actor: int, flt: Filter, by: str) -> list[dict[str, object]]:
    """Return per period the cohort created in it and the leads closed in it (the range bounds both)."""
    everyone = covered(world, actor, flt, created=False)  # the closed range cuts as everywhere
    created: dict[date, list[Fact]] = defaultdict(list)
    closed: dict[date, list[Fact]] = defaultdict(list)
    for fact in everyone:
        if _in(fact.created_day, flt.created_from, flt.created_to):
            created[period_of(fact.created_day, by)[1]].append(fact)
        if fact.closed_day is not None and _in(fact.closed_day, flt.created_from, flt.created_to):
            closed[period_of(fact.closed_day, by)[1]].append(fact)
    starts = set(created) | set(closed)
    if not starts:
        return []
    rows: list[dict[str, object]] = []
    start, last = min(starts), max(starts)
    while start <= last:
        after = _next(start, by)
        cohort, done = created.get(start, []), closed.get(start, [])
        won = [f for f in done if f.status == "won"]
        lost = sum(1 for f in done if f.status == "lost")
        cohort_won = sum(1 for f in cohort if f.status == "won")
        won_value, _, left = won_money(world, won)
        high = min(after, flt.created_to + timedelta(days=1)) if flt.created_to else after
        low = max(start, flt.created_from) if flt.created_from else start
        row = {
            "period": period_of(start, by)[0],
            "start": start,
            "created": len(cohort),
            "created_won": cohort_won,
            "conversion": rate(cohort_won, len(cohort)),
            "closed_won": len(won),
            "closed_lost": lost,
            "closed_won_value": won_value,
            "win_rate": rate(len(won), len(won) + lost),
            "days": (after - start).days,
            "days_in_range": (high - low).days,
            "unconverted": left,
        }
        before = rows[-1] if rows else None
        row["previous"] = (
            None
            if before is None
            else (before["created"], before["closed_won"], before["closed_lost"], before["closed_won_value"])
        )
        rows.append(row)
        start = after
    return rows


# --- time in stage ------------------------------------------------------------------------


def stages(world: World, actor: int, flt: Filter, per_owner: bool) -> list[dict[str, object]]:
    """Return per stage (and owner) the stays' count, median and 75th percentile in days.

    A stay runs from entering a stage to the lead's next stage change; stays still open
    and zero-length ones (stages passed through within one move) are left out.
    """
    stays: dict[tuple[int, int | None], list[float]] = defaultdict(list)
    for fact in covered(world, actor, flt):
        moves = fact.lead.history
        for (stage_id, entered), (_, left) in pairwise(moves):
            seconds = round((left - entered).total_seconds())
            if seconds > 0:
                stays[(stage_id, fact.lead.owner_id if per_owner else None)].append(seconds)
    names = {u.id: u.name for u in world.users}
    rows = []
    for stage in sorted(world.stages, key=lambda s: s.position):
        keys = sorted(
            (k for k in stays if k[0] == stage.id), key=lambda k: names.get(k[1], "") if k[1] else ""
        )
        for key in keys:
            values = stays[key]
            rows.append(
                {
                    "stage": stage.name,
                    "owner": names.get(key[1]) if key[1] else None,
                    "n": len(values),
                    "median_days": days(percentile(values, 0.5)),
                    "p75_days": days(percentile(values, 0.75)),
                }
            )
    return rows


# --- the forecast and rotting leads -------------------------------------------------------


def _half_up(value: Decimal) -> int:
    """Return a value rounded half away from zero to a whole number."""
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def forecast(world: World, actor: int, flt: Filter, today: date) -> list[dict[str, object]]:
    """Return the open pipeline per expected-close month (``unscheduled`` last): leads, value at
    today's rate and value weighted by the current stage's win probability, both in the
    reporting currency rounded half away from zero to its minor unit; money with no rate
    today is left out of both and listed per currency in ``unconverted``.
    """
    months: dict[str, list[Fact]] = defaultdict(list)
    for fact in covered(world, actor, flt):
        if fact.status == "open":
            expected = fact.lead.expected_close
            months["unscheduled" if expected is None else expected.isoformat()[:7]].append(fact)
    rows = []
    for month in sorted(months, key=lambda m: (m == "unscheduled", m)):
        total, weighted, left = 0, Decimal(0), []
        for fact in months[month]:
            amount = convert(world, fact.lead.value_minor, fact.lead.currency, today)
            if amount is None:
                left.append((fact.lead.currency, fact.lead.value_minor))
                continue
            total += amount
            weighted += Decimal(amount) * world.stage(fact.stage_id).probability / 100
        rows.append(
            {
                "month": month,
                "leads": len(months[month]),
                "value": money(total, world.base),
                "weighted_value": money(_half_up(weighted), world.base),
                "unconverted": apart(left),
            }
        )
    return rows


def rotting(world: World, actor: int, flt: Filter, now: datetime) -> list[dict[str, object]]:
    """Return the open leads in a stage longer than its rotting limit (whole days shown), the
    most days past the limit first, then by lead id.
    """
    names = {u.id: u.name for u in world.users}
    rows = []
    for fact in covered(world, actor, flt):
        stage = world.stage(fact.stage_id)
        if fact.status != "open" or not stage.rotting_days:
            continue
        entered = fact.lead.history[-1][1]  # the move into the stage it is in now
        if now - entered <= timedelta(days=stage.rotting_days):
            continue
        rows.append(
            {
                "lead_id": fact.lead.id,
                "title": fact.lead.title,
                "stage": stage.name,
                "owner": names.get(fact.lead.owner_id) if fact.lead.owner_id else None,
                "days_in_stage": (now - entered).days,
                "limit_days": stage.rotting_days,
            }
        )
    return sorted(rows, key=lambda r: (r["limit_days"] - r["days_in_stage"], r["lead_id"]))  # type: ignore[operator]
