"""The reporting currency and exchange rates: see, set, import (owner only for changes).

A rate says how many units of the reporting currency one unit of another currency is
worth from a day on; the rate in force on a day is the latest one on or before it.
Rates are exact decimals (up to 12 places). Every change reconverts the analytics
amounts of the leads it touches in the same transaction, so reports never lag.
"""

from __future__ import annotations

import csv
import io
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from decimal import ROUND_HALF_EVEN, Decimal, InvalidOperation
from pathlib import Path

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from funneldesk.analytics.conversion import (
    E12,
    SETTING,
    fix_base,
    reconvert,
    reporting_currency,
    stored_base,
)
from funneldesk.domain.errors import InvalidInput
from funneldesk.domain.money import check_currency, is_currency
from funneldesk.domain.records import UserRecord
from funneldesk.services import audit
from funneldesk.services.permissions import require_config
from funneldesk.storage.database import Database
from funneldesk.storage.models import ExchangeRate, Lead, Setting
from funneldesk.storage.retry import run_write

PLACES = Decimal(1).scaleb(-12)
MAX_RATE = Decimal(9_000_000)  # rate_e12 stays inside a 64-bit integer
MAX_E12 = 2**63 - 1
ECB_BASE = "EUR"


@dataclass(frozen=True, slots=True)
class RateRow:
    """One rate: one ``currency`` is worth ``rate`` of ``quote`` from ``valid_from`` on."""

    currency: str
    valid_from: date
    rate: Decimal
    quote: str


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What an import did: rates added, rates changed, rows read, currencies covered."""

    added: int
    changed: int
    read: int
    currencies: tuple[str, ...]


def _exact(value: Decimal | str | int | float) -> Decimal:
    """Return a rate as an exact Decimal of at most 12 places, refusing nonsense."""
    try:
        rate = Decimal(str(value).strip())
    except InvalidOperation as exc:
        raise InvalidInput(f"not a rate: {value!r}") from exc
    if not rate.is_finite() or rate <= 0:
        raise InvalidInput(f"a rate must be a positive number, not {value!r}")
    if rate > MAX_RATE:
        raise InvalidInput(f"a rate above {MAX_RATE:,} is not supported: {value!r}")
    exact = rate.quantize(PLACES, rounding=ROUND_HALF_EVEN)
    if exact == 0:
        raise InvalidInput(f"a rate below 10^-12 is not supported: {value!r}")
    return exact


def to_e12(rate: Decimal) -> int:
    """Return a rate as the integer stored (10^-12 units)."""
    return int(rate.scaleb(12))


def from_e12(rate_e12: int) -> Decimal:
    """Return a stored rate as an exact Decimal, trailing zeros trimmed ('1.08', not '1.080000000000')."""
    value = Decimal(rate_e12).scaleb(-12).normalize()
    # normalize() writes 100 as 1E+2: give whole numbers back their plain form.
    return value.quantize(Decimal(1)) if value == value.to_integral() else value


def base_currency(db: Database) -> str:
    """Return the reporting currency (the setting, else the currency most leads use)."""
    with db.read() as session:
        return reporting_currency(session)


def ensure_base(db: Database) -> str:
    """Store the default reporting currency if none is stored yet (the window calls it on open).

    Until it is stored, every report works it out from the leads (a scan of them all).
    """
    with db.read() as session:
        found = stored_base(session)
    return found or run_write(db, fix_base)


def list_rates(db: Database, currency: str | None = None) -> list[RateRow]:
    """Return the rates quoted in the reporting currency, by currency then day."""
    with db.read() as session:
        base = reporting_currency(session)
        query = select(ExchangeRate.currency, ExchangeRate.valid_from, ExchangeRate.rate_e12)
        query = query.where(ExchangeRate.quote == base)
        if currency is not None:
            query = query.where(ExchangeRate.currency == check_currency(currency))
        rows = session.execute(query.order_by(ExchangeRate.currency, ExchangeRate.valid_from))
        return [RateRow(cur, day, from_e12(rate), base) for cur, day, rate in rows]


@dataclass(frozen=True, slots=True)
class RateSummary:
    """One currency's rates: the one in force today (None: only future ones), how many, since when."""

    currency: str
    in_force_from: date | None
    rate: Decimal | None
    count: int
    first: date
    quote: str


def rate_summary(db: Database, today: date | None = None) -> list[RateSummary]:
    """Return per currency the rate in force today and how many rates there are (for a screen)."""
    day = today or date.today()
    r = ExchangeRate
    with db.read() as session:
        base = reporting_currency(session)
        spans = select(r.currency, func.count(), func.min(r.valid_from)).where(r.quote == base)
        found = {cur: (int(n), first) for cur, n, first in session.execute(spans.group_by(r.currency))}
        latest = (
            select(r.currency, func.max(r.valid_from).label("day"))
            .where(r.quote == base, r.valid_from <= day)
            .group_by(r.currency)
            .subquery()
        )
        query = select(r.currency, r.valid_from, r.rate_e12).join(
            latest, (latest.c.currency == r.currency) & (latest.c.day == r.valid_from)
        ).where(r.quote == base)
        now = {cur: (start, from_e12(rate)) for cur, start, rate in session.execute(query)}
    summaries = []
    for cur, (n, first) in sorted(found.items()):
        # Unpacked by name: mypy cannot spread a union of tuples (no rate today: None, None).
        in_force_from, rate = now.get(cur, (None, None))
        summaries.append(RateSummary(cur, in_force_from, rate, n, first, base))
    return summaries


def rate_in_force(db: Database, currency: str, day: date | None = None) -> Decimal | None:
    """Return the rate of a currency in force on a day (today by default), None if none; 1 for the base."""
    code = check_currency(currency)
    with db.read() as session:
        return rate_on_day(session, code, day or date.today(), reporting_currency(session))


def rate_on_day(session: Session, currency: str, day: date, base: str) -> Decimal | None:
    """Return the rate of a currency into ``base`` in force on a day, None if none; 1 for the base."""
    if currency == base:
        return Decimal(1)
    query = select(ExchangeRate.rate_e12).where(
        ExchangeRate.currency == currency, ExchangeRate.quote == base, ExchangeRate.valid_from <= day
    )
    found = session.scalar(query.order_by(ExchangeRate.valid_from.desc()).limit(1))
    return None if found is None else from_e12(found)


def _put(session: Session, currency: str, quote: str, day: date, rate_e12: int) -> str:
    """Insert or update one rate; return 'added', 'changed' or 'same'."""
    row = session.scalar(
        select(ExchangeRate).where(
            ExchangeRate.currency == currency, ExchangeRate.quote == quote, ExchangeRate.valid_from == day
        )
    )
    if row is None:
        session.add(ExchangeRate(currency=currency, quote=quote, valid_from=day, rate_e12=rate_e12))
        return "added"
    if row.rate_e12 == rate_e12:
        return "same"
    row.rate_e12 = rate_e12
    return "changed"


def set_rate(
    db: Database, actor: UserRecord, currency: str, rate: Decimal | str, on: date | None = None
) -> RateRow:
    """Set how many units of the reporting currency one ``currency`` is worth from ``on`` (today)."""
    require_config(actor, "exchange rates")
    code, exact, day = check_currency(currency), _exact(rate), on or date.today()

    def store(session: Session) -> RateRow:
        base = fix_base(session)
        if code == base:
            raise InvalidInput(f"{code} is the reporting currency: its rate is always 1")
        old = session.scalar(
            select(ExchangeRate.rate_e12).where(
                ExchangeRate.currency == code, ExchangeRate.quote == base, ExchangeRate.valid_from == day
            )
        )
        _put(session, code, base, day, to_e12(exact))
        session.flush()
        before = None if old is None else str(from_e12(old))
        change = {f"{code}/{base} {day}": (before, str(exact))}
        audit.record(session, actor, "exchange_rate", 0, "set", change)
        reconvert(session, [code])
        return RateRow(code, day, from_e12(to_e12(exact)), base)

    return run_write(db, store)


def delete_rate(db: Database, actor: UserRecord, currency: str, on: date) -> bool:
    """Remove the rate of a currency set from a day; return whether there was one."""
    require_config(actor, "exchange rates")
    code = check_currency(currency)

    def remove(session: Session) -> bool:
        base = fix_base(session)
        gone = session.execute(
            delete(ExchangeRate).where(
                ExchangeRate.currency == code, ExchangeRate.quote == base, ExchangeRate.valid_from == on
            )
        ).rowcount  # type: ignore[attr-defined]
        if gone:
            audit.record(session, actor, "exchange_rate", 0, "delete", {f"{code}/{base} {on}": ("", None)})
            reconvert(session, [code])
        return bool(gone)

    return run_write(db, remove)


def _rates_of(session: Session, quote: str) -> dict[str, list[tuple[date, int]]]:
    rows = session.execute(
        select(ExchangeRate.currency, ExchangeRate.valid_from, ExchangeRate.rate_e12)
        .where(ExchangeRate.quote == quote)
        .order_by(ExchangeRate.currency, ExchangeRate.valid_from)
    )
    found: dict[str, list[tuple[date, int]]] = {}
    for cur, day, rate in rows:
        found.setdefault(cur, []).append((day, int(rate)))
    return found


def _in_force(history: list[tuple[date, int]], day: date) -> int | None:
    """Return the rate of a day-sorted history in force on a day (binary search: histories run long)."""
    at = bisect_right(history, (day, MAX_E12))
    return history[at - 1][1] if at else None


def _cross(
    old: dict[str, list[tuple[date, int]]], old_base: str, new_base: str
) -> Iterator[tuple[str, date, Decimal]]:
    """Yield rates quoted in new_base derived from rates quoted in old_base (same days)."""
    pivot = old.get(new_base, [])
    for day, rate in pivot:  # the old base itself, on each day the new one has a rate
        yield old_base, day, Decimal(E12) / Decimal(rate)
    for cur, history in old.items():
        if cur == new_base:
            continue
        for day, rate in history:
            through = _in_force(pivot, day)
            if through is not None:
                yield cur, day, Decimal(rate) / Decimal(through)


def set_base(db: Database, actor: UserRecord, currency: str) -> str:
    """Make ``currency`` the reporting currency; rates given in the old one are crossed into it."""
    require_config(actor, "the reporting currency")
    code = check_currency(currency)

    def store(session: Session) -> str:
        old = fix_base(session)
        if code == old:
            return code
        have = {(cur, day) for cur, history in _rates_of(session, code).items() for day, _ in history}
        crossed = [
            {"currency": cur, "quote": code, "valid_from": day, "rate_e12": to_e12(_exact(rate))}
            for cur, day, rate in _cross(_rates_of(session, old), old, code)
            if (cur, day) not in have and rate <= MAX_RATE
        ]
        if crossed:
            session.execute(ExchangeRate.__table__.insert(), crossed)  # type: ignore[attr-defined]
        row = session.get(Setting, SETTING)
        assert row is not None  # fix_base stored it
        row.value = code
        session.flush()
        audit.record(session, actor, "setting", 0, "update", {SETTING: (old, code)})
        reconvert(session)
        return code

    return run_write(db, store)


# --- import -------------------------------------------------------------------------------


def _day(text: str, line: int) -> date:
    """Read a day as YYYY-MM-DD, or as the ECB's daily file writes it ('04 December 2026')."""
    value = text.strip()
    try:
        return date.fromisoformat(value)
    except ValueError:
        pass
    try:
        return datetime.strptime(value, "%d %B %Y").date()
    except ValueError as exc:
        raise InvalidInput(f"line {line}: not a date (YYYY-MM-DD): {text[:20]!r}") from exc


def _long_rows(rows: list[list[str]], header: list[str]) -> Iterator[tuple[date, str, Decimal]]:
    """Yield (day, currency, rate) from a date,currency,rate file (rate in the reporting currency)."""
    where = {name: header.index(name) for name in ("date", "currency", "rate")}
    for line, row in enumerate(rows, start=2):
        if not any(cell.strip() for cell in row):
            continue
        try:
            cells = {name: row[i] for name, i in where.items()}
        except IndexError as exc:
            raise InvalidInput(f"line {line}: expected date, currency and rate") from exc
        try:
            code = check_currency(cells["currency"])
            yield _day(cells["date"], line), code, _exact(cells["rate"])
        except InvalidInput as exc:
            raise InvalidInput(f"line {line}: {exc}") from exc


def _ecb_rows(rows: list[list[str]], header: list[str], base: str) -> Iterator[tuple[date, str, Decimal]]:
    """Yield (day, currency, rate in base) from the ECB's wide file: units of each currency per 1 EUR.

    Cross rates: one CUR is worth (BASE per EUR) / (CUR per EUR) of the base; one EUR is
    worth BASE per EUR. 'N/A' and empty cells (a currency not quoted that day) are skipped.
    """
    codes = [cell.strip().upper() for cell in header[1:]]
    # Columns of currencies ISO 4217 no longer lists (CYP, BGN, ... now the euro) are skipped:
    # no lead can be in them, and their history would only fill the table.
    columns = [(i + 1, code) for i, code in enumerate(codes) if is_currency(code)]
    if base != ECB_BASE and base not in codes:
        raise InvalidInput(f"this file has no {base} column: cannot give its rates in {base}")
    for line, row in enumerate(rows, start=2):
        if not row or not row[0].strip():
            continue
        day = _day(row[0], line)
        per_eur: dict[str, Decimal] = {}
        for i, code in columns:
            cell = row[i].strip() if i < len(row) else ""
            if cell and cell.upper() != "N/A":
                try:
                    per_eur[code] = _exact(cell)
                except InvalidInput as exc:
                    raise InvalidInput(f"line {line}, {code}: {exc}") from exc
        through = Decimal(1) if base == ECB_BASE else per_eur.get(base)
        if through is None:
            continue  # no base rate that day: no cross rate can be formed
        if base != ECB_BASE:
            yield day, ECB_BASE, through
        for code, value in per_eur.items():
            if code != base:
                yield day, code, _exact(through / value)


def parse_rates(text: str, base: str) -> list[tuple[date, str, Decimal]]:
    """Read a rates CSV (date,currency,rate or the ECB's Date,USD,JPY,... file) into rates in base."""
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    if not rows:
        raise InvalidInput("the file is empty")
    header = [cell.strip().lower() for cell in rows[0]]
    if {"date", "currency", "rate"} <= set(header):
        found = list(_long_rows(rows[1:], header))
    elif header and header[0] == "date" and len(header) > 1:
        found = list(_ecb_rows(rows[1:], rows[0], base))
    else:
        raise InvalidInput("expected columns date,currency,rate or the ECB's Date,USD,JPY,... header")
    return [(day, code, rate) for day, code, rate in found if code != base]


def import_rates(db: Database, actor: UserRecord, path: Path | str) -> ImportResult:
    """Import a rates CSV in one transaction; rates already there for a day are replaced."""
    require_config(actor, "exchange rates")
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InvalidInput(f"cannot read {path}: {exc}") from exc
    return import_text(db, actor, text, Path(path).name)


def import_text(db: Database, actor: UserRecord, text: str, source: str = "CSV") -> ImportResult:
    """Import rates from CSV text (see parse_rates) in one transaction."""
    require_config(actor, "exchange rates")

    def store(session: Session) -> ImportResult:
        base = fix_base(session)
        found = parse_rates(text, base)
        current = {
            (cur, day): rate for cur, history in _rates_of(session, base).items() for day, rate in history
        }
        added = changed = 0
        fresh: dict[tuple[str, date], int] = {}
        for day, code, rate in found:
            fresh[(code, day)] = to_e12(rate)  # a later line for the same day wins
        new_rows = []
        for (code, day), rate_e12 in fresh.items():
            old = current.get((code, day))
            if old is None:
                new_rows.append({"currency": code, "quote": base, "valid_from": day, "rate_e12": rate_e12})
                added += 1
            elif old != rate_e12:
                _put(session, code, base, day, rate_e12)
                changed += 1
        if new_rows:
            session.execute(ExchangeRate.__table__.insert(), new_rows)  # type: ignore[attr-defined]
        codes = tuple(sorted({code for code, _ in fresh}))
        summary = f"{added} added, {changed} changed"
        audit.record(session, actor, "exchange_rate", 0, "import", {source[:50]: (None, summary)})
        if added or changed:
            reconvert(session, codes)
        return ImportResult(added, changed, len(found), codes)

    return run_write(db, store)


def currencies_in_use(db: Database) -> list[tuple[str, int]]:
    """Return each currency the leads use with how many live leads use it, most used first."""
    with db.read() as session:
        query = select(Lead.currency, func.count()).where(Lead.deleted_at.is_(None)).group_by(Lead.currency)
        rows = [(cur, int(n)) for cur, n in session.execute(query)]
    return sorted(rows, key=lambda r: (-r[1], r[0]))
