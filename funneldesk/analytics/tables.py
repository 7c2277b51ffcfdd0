"""Per-manager and per-channel tables: counts, rates, money, median sales cycle, spend.

Win rate is won / (won + lost) over the filtered leads that are closed; conversion is
won / leads over the filtered leads (with a created range, a cohort). The average
discount is over won deals, as a fraction. Money is in the reporting currency at the
rate in force on the won day (lead_progress.rep_minor); a won deal with no rate is
left out of won_value and avg_won_value and listed in ``unconverted`` per currency.
With ``team=True`` the manager table has one row per manager whose figures include
everyone below them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import Table, case, func, select
from sqlalchemy.sql.elements import ColumnElement

from funneldesk.analytics.conversion import converted, reporting_currency
from funneldesk.analytics.quantiles import MEDIAN, grouped_quantiles, pooled_quantiles
from funneldesk.analytics.scope import EVERYTHING, P, ReportFilter, Scope, resolve
from funneldesk.analytics.stats import Rate, days, money, rate, ratio
from funneldesk.domain.records import UserRecord
from funneldesk.services.permissions import subordinate_ids
from funneldesk.storage import tables as schema
from funneldesk.storage.database import Database
from funneldesk.storage.engine import dialect_of

if TYPE_CHECKING:  # reports read on a Core connection (Database.query); sessions work the same
    from funneldesk.storage.engine import Reader

PROGRESS: Table = schema.lead_progress
USERS = schema.users.c
CHANNELS = schema.channels.c
SPEND = schema.channel_spend.c
K = TypeVar("K", bound=Hashable)


@dataclass(frozen=True, slots=True)
class Sums:
    """Additive counts of one group (so teams can be summed)."""

    leads: int = 0
    open: int = 0
    won: int = 0
    lost: int = 0
    won_minor: int = 0
    won_discount_bp: int = 0
    won_priced: int = 0  # won deals with an amount in the reporting currency (a rate)

    def __add__(self, other: Sums) -> Sums:
        return Sums(*(a + b for a, b in zip(self.as_tuple(), other.as_tuple(), strict=True)))

    def as_tuple(self) -> tuple[int, ...]:
        """Return the fields in order."""
        won = (self.won_minor, self.won_discount_bp, self.won_priced)
        return (self.leads, self.open, self.won, self.lost, *won)


@dataclass(frozen=True, slots=True)
class GroupRow:
    """One row of the manager or channel table; channel-only fields are None for managers."""

    key: int | None
    name: str
    leads: int
    open: int
    won: int
    lost: int
    conversion: Rate
    win_rate: Rate
    won_value: Decimal
    avg_won_value: Decimal | None
    avg_discount: float | None
    median_cycle_days: float | None
    spend: Decimal | None = None
    cost_per_lead: Decimal | None = None
    cost_per_won: Decimal | None = None
    roi: float | None = None
    spend_months: int | None = None  # months of spend behind spend, cost per lead/won and ROI
    unconverted: dict[str, Decimal] = field(default_factory=dict)  # won money without a rate
    unconverted_spend: dict[str, Decimal] = field(default_factory=dict)
    won_priced: int = 0  # won deals in won_value (those with a rate)


def _status_sums(status: str, n: int, value: int | None, discount: int | None, priced: int = 0) -> Sums:
    won = status == "won"
    return Sums(
        n,
        n if status == "open" else 0,
        n if won else 0,
        n if status == "lost" else 0,
        int(value or 0) if won else 0,
        int(discount or 0) if won else 0,
        int(priced) if won else 0,
    )


# count(rep_minor) counts the leads with an amount in the reporting currency.
SUM_COLUMNS = (func.count(), func.sum(P.rep_minor), func.sum(P.discount_bp), func.count(P.rep_minor))


def unconverted_by(
    session: Reader, key: ColumnElement[Any], conds: tuple[Any, ...], sums: Mapping[Any, Sums]
) -> dict[Any, Counter[str]]:
    """Return per key the won money (own minor units per currency) that has no rate.

    Asked only when some group has a won deal without a rate, so one currency costs nothing.
    """
    if all(s.won == s.won_priced for s in sums.values()):
        return {}
    query = select(key, P.currency, func.sum(P.value_minor)).where(
        *conds, P.status == "won", P.rep_minor.is_(None)
    )
    found: dict[Any, Counter[str]] = {}
    for group, currency, minor in session.execute(query.group_by(key, P.currency)):
        found.setdefault(group, Counter())[currency] += int(minor or 0)
    return found


def amounts(minor: Mapping[str, int] | None) -> dict[str, Decimal]:
    """Return minor units per currency as Decimal amounts in each currency, by code."""
    return {cur: money(v, cur) for cur, v in sorted((minor or {}).items()) if v}


def group_sums(session: Reader, key: ColumnElement[Any], conds: tuple[Any, ...]) -> dict[int | None, Sums]:
    """Return the additive figures per value of key under the conditions."""
    # Grouped by status too, in the order of ix_lead_progress_{owner,channel}_sums, plain sums
    # need no CASE per row (measured 1.5-2x faster on SQLite); statuses fold below.
    rows = session.execute(select(key, P.status, *SUM_COLUMNS).where(*conds).group_by(key, P.status))
    found: dict[int | None, Sums] = {}
    for group, status, n, value, discount, priced in rows:
        cell = _status_sums(status, int(n), value, discount, priced)
        found[group] = found[group] + cell if group in found else cell
    return found


@dataclass(frozen=True, slots=True)
class OwnerFigures:
    """Per lead owner: the additive figures, and the leads per furthest stage position reached."""

    sums: dict[int | None, Sums]
    furthest: dict[int | None, Counter[int]]


def owner_figures(session: Reader, conds: tuple[Any, ...]) -> OwnerFigures:
    """Return each owner's sums and furthest-stage counts from one walk of ix_lead_progress_owner_sums."""
    # Grouped in the index's order (owner, status, furthest position): no sort, no lookups.
    keys = (P.owner_id, P.status, P.furthest_position)
    sums: dict[int | None, Sums] = {}
    furthest: dict[int | None, Counter[int]] = {}
    for owner, status, position, n, value, discount, priced in session.execute(
        select(*keys, *SUM_COLUMNS).where(*conds).group_by(*keys)
    ):
        cell = _status_sums(status, int(n), value, discount, priced)
        sums[owner] = sums[owner] + cell if owner in sums else cell
        furthest.setdefault(owner, Counter())[int(position)] += int(n)
    return OwnerFigures(sums, furthest)


def cycle_medians(
    session: Reader, keys: list[ColumnElement[Any]], conds: tuple[Any, ...], indexed: bool | None = None
) -> dict[tuple[Any, ...], float]:
    """Return the median sales cycle in seconds (creation to won) per group.

    ``indexed``: the conditions are the pipeline and at most a created range, so
    ix_lead_progress_{owner,channel}_cycle serve the ranks (default: pipeline only).
    """
    fast = len(conds) == 1 if indexed is None else indexed
    found = grouped_quantiles(
        session, keys, P.cycle_seconds, PROGRESS, [*conds, P.status == "won"], (MEDIAN,), indexed=fast
    )
    return {key: q[MEDIAN] for key, q in found.items()}


def make_row(
    key: int | None,
    name: str,
    sums: Sums,
    cycle_seconds: float | None,
    unconverted: Mapping[str, int] | None = None,
    currency: str = "USD",
) -> GroupRow:
    """Turn additive figures into a table row (money in the reporting currency ``currency``)."""
    won_value = money(sums.won_minor, currency)
    avg_discount = round(sums.won_discount_bp / sums.won / 10000, 4) if sums.won else None
    return GroupRow(
        key,
        name,
        sums.leads,
        sums.open,
        sums.won,
        sums.lost,
        rate(sums.won, sums.leads, f"conversion of {name}"),
        rate(sums.won, sums.won + sums.lost, f"win rate of {name}"),
        won_value,
        ratio(won_value, sums.won_priced),
        avg_discount,
        days(cycle_seconds),
        unconverted=amounts(unconverted),
        won_priced=sums.won_priced,
    )


def _names(session: Reader, cols: Any, empty: str) -> dict[int | None, str]:
    names: dict[int | None, str] = {None: empty}
    names.update({k: v for k, v in session.execute(select(cols.id, cols.name))})
    return names


def managers(
    db: Database,
    actor: UserRecord,
    flt: ReportFilter = EVERYTHING,
    team: bool = False,
    *,
    cycles: bool = True,
) -> list[GroupRow]:
    """Return one row per lead owner, or with team=True one row per manager with everyone below.

    ``cycles=False`` leaves the median sales cycle out (None): for a comparison that shows
    only the counts and rates, such as the dashboard's previous period.
    """
    with db.query() as session:
        scope = resolve(session, actor, flt)
        return manager_rows(session, scope, group_sums(session, P.owner_id, scope.conditions), team, cycles)


def manager_rows(
    session: Reader, scope: Scope, sums: dict[int | None, Sums], team: bool = False, cycles: bool = True
) -> list[GroupRow]:
    """Return the manager table's rows (per owner, or per manager's team) from the owners' sums."""
    names = owner_names(session)
    if team:
        return _team_rows(session, scope, sums, names, cycles)
    return owner_rows(session, scope, sums, names, cycles)


def _money_of(
    session: Reader, scope: Scope, sums: Mapping[Any, Sums]
) -> tuple[str, dict[Any, Counter[str]]]:
    """Return the reporting currency and each owner's won money without a rate."""
    return reporting_currency(session), unconverted_by(session, P.owner_id, scope.conditions, sums)


def owner_rows(
    session: Reader,
    scope: Scope,
    sums: dict[int | None, Sums],
    names: dict[int | None, str],
    cycles: bool = True,
) -> list[GroupRow]:
    """Return the per-owner rows of the manager table from the owners' sums, by name."""
    medians = cycle_medians(session, [P.owner_id], scope.conditions, scope.owner_indexed) if cycles else {}
    base, lost = _money_of(session, scope, sums)
    rows = [
        make_row(k, names.get(k, "?"), s, medians.get((k,)), lost.get(k), base) for k, s in sums.items()
    ]
    return sorted(rows, key=lambda r: r.name)


def owner_names(session: Reader) -> dict[int | None, str]:
    """Return the display names of lead owners ("(unassigned)" for None)."""
    return _names(session, USERS, "(unassigned)")


def _team_rows(
    session: Reader, scope: Scope, sums: dict[int | None, Sums], names: dict[int | None, str], cycles: bool
) -> list[GroupRow]:
    query = select(USERS.id).where(USERS.role == "manager").order_by(USERS.name)
    bosses = [uid for uid in session.scalars(query) if scope.owner_ids is None or uid in scope.owner_ids]
    teams = {boss: sorted({boss} | subordinate_ids(session, boss)) for boss in bosses}
    medians = pooled_cycle_medians(session, teams, scope) if cycles else {}
    base, lost = _money_of(session, scope, sums)
    rows: list[GroupRow] = []
    for boss, members in teams.items():
        total = sum((sums.get(m, Sums()) for m in members), Sums())
        left_out = sum((lost.get(m, Counter()) for m in members), Counter())
        rows.append(make_row(boss, names.get(boss, "?"), total, medians.get(boss), left_out, base))
    return rows


def pooled_cycle_medians(
    session: Reader, pools: Mapping[K, Sequence[int | None]], scope: Scope
) -> dict[K, float]:
    """Return the median sales cycle in seconds of each pool of owners (a team, or everyone)."""
    won = (*scope.conditions, P.status == "won")
    # Indexed: the owners' walks of ix_lead_progress_owner_cycle merge; else an IN list per pool.
    found = pooled_quantiles(
        session, P.owner_id, pools, P.cycle_seconds, PROGRESS, won, (MEDIAN,), indexed=scope.owner_indexed
    )
    return {pool: q[MEDIAN] for pool, q in found.items()}


def _spend(
    session: Reader, flt: ReportFilter, base: str
) -> tuple[dict[int, int], dict[int, Counter[str]]]:
    """Return each channel's spend in the base currency (rate of the month's first day) and without a rate."""
    s = SPEND
    dialect = dialect_of(session)
    value = converted(s.amount_minor, s.currency, s.period_start, base, dialect)
    missing = func.sum(case((value.is_(None), s.amount_minor), else_=0))  # a small table: CASE is cheap
    query = select(s.channel_id, s.currency, func.sum(value), missing)
    if flt.created_from is not None:
        query = query.where(s.period_start >= flt.created_from.replace(day=1))
    if flt.created_to is not None:
        query = query.where(s.period_start <= flt.created_to)
    spend: dict[int, int] = {}
    lost: dict[int, Counter[str]] = {}
    for cid, currency, total, own in session.execute(query.group_by(s.channel_id, s.currency)):
        spend[cid] = spend.get(cid, 0) + int(total or 0)
        if own:
            lost.setdefault(cid, Counter())[currency] += int(own)
    return spend, lost


def spend_months(session: Reader, flt: ReportFilter) -> dict[int, int]:
    """Return per channel the months of spend the channel table adds up (the same range as the spend)."""
    query = select(SPEND.channel_id, func.count()).group_by(SPEND.channel_id)
    if flt.created_from is not None:
        query = query.where(SPEND.period_start >= flt.created_from.replace(day=1))
    if flt.created_to is not None:
        query = query.where(SPEND.period_start <= flt.created_to)
    return {cid: int(n) for cid, n in session.execute(query)}


def with_spend(
    row: GroupRow,
    spend_minor: int | None,
    currency: str = "USD",
    unconverted: Mapping[str, int] | None = None,
) -> GroupRow:
    """Add spend, cost per lead, cost per won deal and ROI to a channel row."""
    if spend_minor is None:
        return row
    spend = money(spend_minor, currency)
    roi = float((row.won_value - spend) / spend) if spend else None
    return replace(
        row,
        spend=spend,
        cost_per_lead=ratio(spend, row.leads),
        cost_per_won=ratio(spend, row.won),
        roi=None if roi is None else round(roi, 4),
        unconverted_spend=amounts(unconverted),
    )


def channels(db: Database, actor: UserRecord, flt: ReportFilter = EVERYTHING) -> list[GroupRow]:
    """Return one row per channel with spend, cost per lead, cost per won deal and ROI."""
    with db.query() as session:
        scope = resolve(session, actor, flt)
        sums = group_sums(session, P.channel_id, scope.conditions)
        medians = cycle_medians(session, [P.channel_id], scope.conditions, scope.owner_indexed)
        names = _names(session, CHANNELS, "(no channel)")
        base = reporting_currency(session)
        lost = unconverted_by(session, P.channel_id, scope.conditions, sums)
        spend, spend_lost = _spend(session, flt, base)
        months = spend_months(session, flt)
    rows = [
        with_spend(
            make_row(k, names.get(k, "?"), s, medians.get((k,)), lost.get(k), base),
            spend.get(k, 0) if k else None,
            base,
            spend_lost.get(k) if k else None,
        )
        for k, s in sums.items()
    ]
    # The counts behind cost per lead/won and ROI: leads, won deals (in the row) and months of spend.
    rows = [replace(r, spend_months=months.get(r.key, 0)) if r.key else r for r in rows]
    return sorted(rows, key=lambda r: r.name)
