"""Money in the reporting currency, in SQL: the rate in force on a day, and what has none.

A lead's amount in the reporting currency is its own amount x the rate in force on the
deal's day (the latest ``exchange_rates`` row quoted in the reporting currency with
``valid_from`` on or before it), rounded half away from zero to the reporting
currency's minor unit; NULL when no rate is in force, so a SUM never adds unlike money.
``lead_progress.rep_minor`` holds it for each lead at its closed day (kept current by
``derived.refresh`` and, when rates change, ``reconvert``; reports read it for won
deals only). Open pipeline is converted at query time at today's rates (``today_rates``,
``rate_case``), as "today" moves on without any write.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from functools import cache
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    BigInteger,
    Date,
    Numeric,
    Table,
    case,
    cast,
    func,
    literal,
    null,
    select,
    update,
)
from sqlalchemy.exc import IntegrityError
from sqlalchemy.sql.elements import ColumnElement, SQLColumnExpression

from funneldesk.storage import tables

if TYPE_CHECKING:  # reports read on a Core connection; writes pass their session
    from sqlalchemy.orm import Session

    from funneldesk.storage.engine import Reader

SETTING = "reporting_currency"
FALLBACK = "USD"
E12 = 10**12
PROGRESS: Table = tables.lead_progress
P = PROGRESS.c
LEADS = tables.leads.c
SETTINGS = tables.settings.c
RATES = tables.exchange_rates.c


def most_used_currency(session: Reader) -> str:
    """Return the currency most live leads are in (USD when there are none)."""
    query = select(LEADS.currency, func.count()).where(LEADS.deleted_at.is_(None)).group_by(LEADS.currency)
    counts = Counter({str(cur): int(n) for cur, n in session.execute(query)})
    if not counts:
        return FALLBACK
    # Ties go to the alphabetically first code, so every desktop picks the same one.
    return min(counts, key=lambda cur: (-counts[cur], cur))


def stored_base(session: Reader) -> str | None:
    """Return the reporting currency set in the settings table, None when never set."""
    value = session.execute(select(SETTINGS.value).where(SETTINGS.key == SETTING)).scalar()
    return str(value) if value is not None else None


def reporting_currency(session: Reader) -> str:
    """Return the reporting currency: the setting, else the currency most leads use."""
    return stored_base(session) or most_used_currency(session)


def fix_base(session: Session) -> str:
    """Return the reporting currency and store it if it was only a default (in a write).

    The derived amounts are converted into it, so it must not drift silently as leads
    in other currencies arrive; ``rates base`` changes it and reconverts everything.
    """
    base = stored_base(session)
    if base is not None:
        return base
    from funneldesk.storage.models import Setting  # a write: its session has the ORM loaded

    base = most_used_currency(session)
    try:
        with session.begin_nested():  # another desktop may store it at the same moment (team mode)
            session.add(Setting(key=SETTING, value=base))
    except IntegrityError:
        return stored_base(session) or base
    return base


@cache
def _odd_exponents() -> tuple[tuple[str, int], ...]:
    # Currencies whose minor unit is not the cent (JPY 0, KWD 3, ...), from ISO 4217.
    from iso4217 import Currency  # ~7 ms: loaded when a rate is first converted

    return tuple((c.code, c.exponent) for c in Currency if c.exponent not in (None, 2))


def _minor_scale(
    currency: SQLColumnExpression[str], among: Iterable[str] | None = None
) -> ColumnElement[Any]:
    """Return 10**(minor digits) of a currency column, as SQL.

    ``among``: the only currencies that can occur with a rate (a CASE of every ISO code
    costs ~0.5 ms to build; without odd codes among them the scale is plain 100).
    """
    odd = _odd_exponents()
    if among is not None:
        wanted = set(among)
        odd = tuple((code, digits) for code, digits in odd if code in wanted)
        if not odd:
            return literal(100)
    return case(*[(currency == code, 10**digits) for code, digits in odd], else_=100)


def _scale(code: str) -> int:
    # int(): int ** int is typed Any (a negative exponent makes a float); these are >= 0.
    return int(10 ** dict(_odd_exponents()).get(code, 2))


def convert_sql(
    amount: SQLColumnExpression[int],
    rate_e12: SQLColumnExpression[int | None],
    currency: SQLColumnExpression[str],
    base: str,
    dialect: str,
    among: Iterable[str] | None = None,
) -> ColumnElement[Any]:
    """Return round(amount x rate) in the base's minor units, as SQL (NULL when rate is NULL).

    ``among``: the currencies that can have a rate here, when known (see _minor_scale).
    """
    numerator = _scale(base)
    scale = _minor_scale(currency, among)
    if dialect == "sqlite":
        return _sqlite_convert(amount, rate_e12, scale * (E12 // numerator))
    # PostgreSQL: exact NUMERIC arithmetic (10^12 typed as NUMERIC: it overflows INTEGER).
    exact = cast(amount, Numeric) * rate_e12 * numerator / (cast(scale, Numeric) * literal(E12, Numeric))
    return cast(func.round(exact), BigInteger)


MICRO = 10**6
EXACT = 2**53  # integers below it are exact doubles


def _sqlite_convert(
    amount: SQLColumnExpression[Any], rate_e12: SQLColumnExpression[Any], power: ColumnElement[Any]
) -> ColumnElement[Any]:
    """Return round(amount x rate_e12 / power) half away from zero, exactly, in SQLite.

    SQLite has no decimal, and a double misses exact halves once the product passes 2^53
    (308,425.00 EUR x 1.1258 gave 347,224.86 USD, not .87). A rate of at most 6 decimals
    (the usual) keeps amount x rate_e12 / 10^6 below 2^53: one correctly rounded double
    division is then exact, halves included. Other products go to fd_product_rounded
    (storage.engine), exact in Python integers at ~1 us a row. ``power``: 10^8..10^16.
    """
    # .op("/"): SQLite's integer division (SQLAlchemy's / would make it a true division).
    product = amount.op("*")(rate_e12.op("/")(MICRO))
    fast = cast(func.round(product * 1.0 / power.op("/")(MICRO)), BigInteger)
    short = (rate_e12 % MICRO == 0) & (func.abs(product) < EXACT)
    return case((short, fast), else_=func.fd_product_rounded(amount, rate_e12, power))


def rate_case(currency: SQLColumnExpression[str], rates: dict[str, int]) -> ColumnElement[Any]:
    """Return the rate_e12 of a currency column from known rates, as a SQL CASE (NULL: none)."""
    if not rates:
        return null()
    return case(rates, value=currency, else_=null())


def rate_on(
    currency: SQLColumnExpression[str], day: SQLColumnExpression[date], base: str
) -> ColumnElement[Any]:
    """Return the rate_e12 of a currency in force on a day, as a correlated scalar subquery."""
    r = RATES
    query = select(r.rate_e12).where(r.currency == currency, r.quote == base, r.valid_from <= day)
    return query.order_by(r.valid_from.desc()).limit(1).scalar_subquery()


def converted(
    amount: SQLColumnExpression[int],
    currency: SQLColumnExpression[str],
    day: SQLColumnExpression[date],
    base: str,
    dialect: str,
) -> ColumnElement[Any]:
    """Return an amount in the base currency at the rate in force on a day (NULL: no rate)."""
    foreign = convert_sql(amount, rate_on(currency, day, base), currency, base, dialect)
    return case((currency == base, amount), else_=foreign)


def deal_day(closed_day: SQLColumnExpression[date | None], today: date | None = None) -> ColumnElement[Any]:
    """Return the day a lead's amount is converted at: its closed day, today while open."""
    return func.coalesce(closed_day, literal(today or date.today(), Date))


def reconvert(session: Session, currencies: Iterable[str] | None = None) -> int:
    """Recompute lead_progress.rep_minor (of leads in these currencies, or all); return rows."""
    base = fix_base(session)
    dialect = session.get_bind().dialect.name
    value = converted(P.value_minor, P.currency, deal_day(P.closed_day), base, dialect)
    stmt = update(PROGRESS).values(rep_minor=value)
    if currencies is not None:
        stmt = stmt.where(P.currency.in_(sorted(set(currencies))))
    return int(session.execute(stmt).rowcount or 0)  # type: ignore[attr-defined]


def today_rates(session: Reader, base: str, today: date | None = None) -> dict[str, int]:
    """Return the rate_e12 in force today of every currency that has one (the base is 1)."""
    day = today or date.today()
    r = RATES
    latest = (
        select(r.currency, func.max(r.valid_from).label("day"))
        .where(r.quote == base, r.valid_from <= day)
        .group_by(r.currency)
        .subquery()
    )
    query = select(r.currency, r.rate_e12).join(
        latest, (latest.c.currency == r.currency) & (latest.c.day == r.valid_from)
    ).where(r.quote == base)
    found = {cur: int(rate) for cur, rate in session.execute(query)}
    found[base] = E12
    return found


@dataclass(frozen=True, slots=True)
class Unconverted:
    """Money left out of a total because no rate was in force: minor units per currency."""

    minor: dict[str, int] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return any(self.minor.values())

    def amounts(self) -> dict[str, Decimal]:
        """Return each currency's amount as a Decimal in its own minor digits."""
        from funneldesk.domain.money import from_minor  # the ISO table loads with the first amount

        return {cur: from_minor(v, cur) for cur, v in sorted(self.minor.items()) if v}

    def as_json(self) -> dict[str, str]:
        """Return {currency: amount as a string} for JSON output."""
        return {cur: str(v) for cur, v in self.amounts().items()}

    def note(self) -> str:
        """Return e.g. '1,000.00 EUR, 5,000 JPY' (empty when nothing is left out)."""
        return ", ".join(f"{v:,} {cur}" for cur, v in self.amounts().items())


def unconverted_won(
    session: Reader, conds: tuple[Any, ...], closed: tuple[Any, ...] = ()
) -> Unconverted:
    """Return the won money under the conditions that has no rate, per currency."""
    query = select(P.currency, func.sum(P.value_minor)).where(
        *conds, *closed, P.status == "won", P.rep_minor.is_(None)
    )
    rows = session.execute(query.group_by(P.currency))
    return Unconverted({cur: int(v or 0) for cur, v in rows if v})


def added_up(parts: Iterable[Mapping[str, Decimal]]) -> dict[str, Decimal]:
    """Return money left out for want of a rate, added up per currency (never across currencies)."""
    total: dict[str, Decimal] = {}
    for part in parts:
        for currency, amount in part.items():
            total[currency] = total.get(currency, Decimal(0)) + amount
    return dict(sorted(total.items()))
