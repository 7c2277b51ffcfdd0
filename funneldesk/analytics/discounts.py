"""Discounts per owner: who gives them, how large, and whether discounted deals win more.

Over the leads of the filter that have a value (``deals``): how many carry a discount
(``discounted``), how many one above the threshold (``above_threshold``), the average
discount of the discounted deals and the largest (fractions); and, among closed deals,
the win rate and the average won value (before discount) of discounted versus
full-price deals, in the reporting currency at the rate of the won day (a deal with no
rate is left out of the average, as out of every report's won value). The threshold is
a setting (``discount_threshold``, percent, changed through ``services.settings``);
without it, the discount above which the pipeline asks for an approval (the
typical-sales gate's 15 %), else 15. One grouped SELECT over ``lead_progress``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import case, func, select

from funneldesk.analytics.conversion import reporting_currency
from funneldesk.analytics.scope import EVERYTHING, P, ReportFilter, resolve
from funneldesk.analytics.stats import Rate, money, rate, ratio
from funneldesk.domain.records import UserRecord
from funneldesk.services.permissions import subordinate_ids
from funneldesk.storage import tables
from funneldesk.storage.database import Database

if TYPE_CHECKING:  # reports read on a Core connection (Database.query); sessions work the same
    from funneldesk.storage.engine import Reader

SETTINGS, CRITERIA, STAGES, USERS = tables.settings.c, tables.exit_criteria.c, tables.stages.c, tables.users.c

SETTING = "discount_threshold"
DEFAULT_THRESHOLD = Decimal(15)


@dataclass(frozen=True, slots=True)
class DiscountRow:
    """One owner's (or team's) discounts."""

    owner_id: int | None
    owner: str
    login: str | None
    deals: int
    discounted: int
    above_threshold: int
    avg_discount: float | None
    max_discount: float | None
    discounted_win_rate: Rate
    full_price_win_rate: Rate
    discounted_avg_won_value: Decimal | None
    full_price_avg_won_value: Decimal | None
    furthest_above_team: bool = False
    currency: str = "USD"  # the reporting currency the average won values are in


@dataclass(slots=True)
class _Sums:
    deals: int = 0
    discounted: int = 0
    above: int = 0
    discount_bp: int = 0
    max_bp: int = 0
    # per discounted (True) / full price (False): won, lost, and the won deals' value in
    # the reporting currency's minor units over those with a rate (``won_priced``)
    won: dict[bool, int] = field(default_factory=lambda: {True: 0, False: 0})
    lost: dict[bool, int] = field(default_factory=lambda: {True: 0, False: 0})
    won_minor: dict[bool, int] = field(default_factory=lambda: {True: 0, False: 0})
    won_priced: dict[bool, int] = field(default_factory=lambda: {True: 0, False: 0})

    def add(self, other: _Sums) -> None:
        self.deals += other.deals
        self.discounted += other.discounted
        self.above += other.above
        self.discount_bp += other.discount_bp
        self.max_bp = max(self.max_bp, other.max_bp)
        for flag in (True, False):
            self.won[flag] += other.won[flag]
            self.lost[flag] += other.lost[flag]
            self.won_minor[flag] += other.won_minor[flag]
            self.won_priced[flag] += other.won_priced[flag]


def threshold_of(session: Reader, pipeline_id: int) -> Decimal:
    """Return the discount threshold in percent: the setting, else the pipeline's approval gate, else 15."""
    stored = session.execute(select(SETTINGS.value).where(SETTINGS.key == SETTING)).scalar()
    if stored is not None:
        return Decimal(stored)
    gate = session.scalar(
        select(CRITERIA.when_operand)
        .join(tables.stages, STAGES.id == CRITERIA.stage_id)
        .where(
            STAGES.pipeline_id == pipeline_id,
            CRITERIA.kind == "approval",
            CRITERIA.when_field == "discount",
            CRITERIA.when_operator.in_(("gt", "gte")),
        )
        .order_by(STAGES.position)
    )
    try:
        return Decimal(gate) if gate is not None else DEFAULT_THRESHOLD
    except ArithmeticError:
        return DEFAULT_THRESHOLD


def _sums(session: Reader, conds: tuple, threshold_bp: int) -> dict[int | None, _Sums]:  # type: ignore[type-arg]
    discounted = P.discount_bp > 0
    above = P.discount_bp > threshold_bp
    query = (
        select(
            P.owner_id,
            P.status,
            discounted,
            func.count(),
            func.sum(case((above, 1), else_=0)),
            func.sum(P.discount_bp),
            func.max(P.discount_bp),
            # The reporting currency's amount: the lead's own value_minor would add euros
            # to dollars (and yen as if they had cents).
            func.sum(P.rep_minor),
            func.count(P.rep_minor),
        )
        .where(*conds, P.value_minor > 0)
        .group_by(P.owner_id, P.status, discounted)
    )
    found: dict[int | None, _Sums] = defaultdict(_Sums)
    for owner, status, disc, n, n_above, bp, max_bp, value, priced in session.execute(query):
        s, flag = found[owner], bool(disc)
        s.deals += n
        if flag:
            s.discounted += n
            s.discount_bp += int(bp or 0)
        s.above += int(n_above or 0)
        s.max_bp = max(s.max_bp, int(max_bp or 0))
        if status == "won":
            s.won[flag] += n
            s.won_minor[flag] += int(value or 0)
            s.won_priced[flag] += int(priced)
        elif status == "lost":
            s.lost[flag] += n
    return found


def _avg_value(minor: int, n: int, currency: str) -> Decimal | None:
    return ratio(money(minor, currency), n)


def _row(key: int | None, name: str, login: str | None, s: _Sums, currency: str) -> DiscountRow:
    return DiscountRow(
        key,
        name,
        login,
        s.deals,
        s.discounted,
        s.above,
        s.discount_bp / s.discounted / 10_000 if s.discounted else None,
        s.max_bp / 10_000 if s.discounted else None,
        rate(s.won[True], s.won[True] + s.lost[True]),
        rate(s.won[False], s.won[False] + s.lost[False]),
        _avg_value(s.won_minor[True], s.won_priced[True], currency),
        _avg_value(s.won_minor[False], s.won_priced[False], currency),
        currency=currency,
    )


def _mean_bp(s: _Sums) -> float:
    """Return the average discount over all deals with a value (full price counting as 0)."""
    return s.discount_bp / s.deals if s.deals else 0.0


def discounts(
    db: Database,
    actor: UserRecord,
    flt: ReportFilter = EVERYTHING,
    *,
    team: bool = False,
    threshold: Decimal | None = None,
) -> tuple[list[DiscountRow], DiscountRow, Decimal]:
    """Return per-owner (or per-team) rows, the everyone row, and the threshold used (percent)."""
    with db.query() as session:
        scope = resolve(session, actor, flt)
        used = threshold if threshold is not None else threshold_of(session, scope.pipeline_id)
        sums = _sums(session, scope.conditions, int(used * 100))
        base = reporting_currency(session)
        people: dict[int | None, tuple[str, str | None]] = {None: ("(unassigned)", None)}
        people.update({u: (n, lg) for u, n, lg in session.execute(select(USERS.id, USERS.name, USERS.login))})
        pools: dict[int | None, Sequence[int | None]]
        if team:
            query = select(USERS.id).where(USERS.role == "manager").order_by(USERS.name)
            bosses = [u for u in session.scalars(query) if scope.owner_ids is None or u in scope.owner_ids]
            pools = {b: sorted({b} | subordinate_ids(session, b)) for b in bosses}
        else:
            pools = {o: [o] for o in sums}
    everyone = _Sums()
    for s in sums.values():
        everyone.add(s)
    pooled: dict[int | None, _Sums] = {}
    for key, members in pools.items():
        total = _Sums()
        for member in members:
            if member in sums:
                total.add(sums[member])
        pooled[key] = total
    rows = [_row(k, *people.get(k, ("?", None)), s, base) for k, s in pooled.items()]
    rows = rows if team else sorted(rows, key=lambda r: r.owner)
    gaps = {r.owner_id: _mean_bp(pooled[r.owner_id]) - _mean_bp(everyone) for r in rows}
    worst = max(gaps, key=lambda k: gaps[k], default=None)
    if worst is not None and gaps[worst] > 0:
        rows = [r if r.owner_id != worst else _flag(r) for r in rows]
    return rows, _row(None, "(everyone)", None, everyone, base), used


def _flag(row: DiscountRow) -> DiscountRow:
    from dataclasses import replace

    return replace(row, furthest_above_team=True)
