"""Forecast accuracy: each past month's weighted forecast as it stood at the month's start,
beside the value actually won in that month.

The forecast for month M is rebuilt from the stage history, not from today's data: the
leads expected to close in M that were open at M's first moment, each weighted by the
probability of the stage it was in at that moment (its stay in ``stage_stays`` that
covers the moment; kept per lead in ``lead_desk``, see ``analytics.desk_derived``).
Value and expected close date are the lead's (their history is not kept). The actual
is the value before discount (the value the forecast weighs) of the leads won in M,
which is the accountant export's amount per month. The error is forecast minus actual;
the mean absolute percentage error (MAPE) is over the months with an actual. Months run
up to the one before the current month.

Both sides are in the reporting currency: the actual at the rate of the won day (as in
every report and the accountant workbook), the forecast at the rate in force on the
month's first day, when it was made. Money in a currency with no rate on that day is
left out of that side (as every report leaves it out of its sums).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from funneldesk.analytics.conversion import reporting_currency
from funneldesk.analytics.derived import dialect_of
from funneldesk.analytics.desk_derived import DESK, month_key
from funneldesk.analytics.scope import EVERYTHING, PROGRESS, P, ReportFilter, resolve
from funneldesk.analytics.stats import money
from funneldesk.domain.records import UserRecord
from funneldesk.services.rates import rate_on_day
from funneldesk.storage.database import Database

D = DESK.c


@dataclass(frozen=True, slots=True)
class AccuracyRow:
    """One past month: the forecast made at its start and what was won in it."""

    month: str
    forecast_weighted: Decimal
    actual_won_value: Decimal
    error: Decimal
    abs_pct_error: float | None


@dataclass(frozen=True, slots=True)
class Accuracy:
    """The months, oldest first, and the mean absolute percentage error over them."""

    rows: tuple[AccuracyRow, ...]
    mape: float | None


def _forecasts(session: Session, conds: tuple[Any, ...], before: date, base: str) -> dict[str, Decimal]:
    """Return each month's weighted forecast in the reporting currency (rate of the month's 1st)."""
    month = D.forecast_month
    query = (
        select(month, P.currency, func.sum(D.forecast_weight))
        .select_from(DESK.join(PROGRESS, P.lead_id == D.lead_id))
        .where(*conds, month.is_not(None), month < f"{before:%Y-%m}")
        .group_by(month, P.currency)
    )
    found: dict[str, Decimal] = {}
    for m, currency, weight in session.execute(query):
        # A weight is the value in minor units times the stage's probability in percent.
        amount = money(int(weight or 0), currency) / 100
        rate = rate_on_day(session, currency, date.fromisoformat(f"{m}-01"), base)
        if rate is not None:
            found[str(m)] = found.get(str(m), Decimal(0)) + amount * rate
    return found


def _actuals(session: Session, conds: tuple[Any, ...], dialect: str, before: date) -> dict[str, int]:
    """Return each month's won value in the reporting currency's minor units (won day's rate)."""
    key = month_key(P.closed_day, dialect)
    query = (
        select(key, func.sum(P.rep_minor))
        .where(*conds, P.status == "won", P.closed_day < before)
        .group_by(key)
    )
    return {str(m): int(v or 0) for m, v in session.execute(query)}


def accuracy(
    db: Database,
    actor: UserRecord,
    flt: ReportFilter = EVERYTHING,
    *,
    today: date | None = None,
) -> Accuracy:
    """Return forecast against actual per past month; the filter's created range picks the months."""
    today = today or date.today()
    before = date(today.year, today.month, 1)
    with db.read() as session:
        scope = resolve(session, actor, flt.without_dates())
        dialect = dialect_of(session)
        base = reporting_currency(session)
        forecasts = _forecasts(
            session, resolve(session, actor, flt.without_dates(), DESK).conditions, before, base
        )
        actuals = _actuals(session, scope.conditions, dialect, before)
    low = f"{flt.created_from:%Y-%m}" if flt.created_from else ""
    high = f"{flt.created_to:%Y-%m}" if flt.created_to else "9999-99"
    months = sorted(m for m in set(forecasts) | set(actuals) if low <= m <= high)
    rows = []
    for m in months:
        actual = money(actuals.get(m, 0), base)
        forecast = forecasts.get(m, Decimal(0)).quantize(actual)  # to the currency's minor unit
        error = forecast - actual
        pct = float(abs(error) / actual) if actual else None
        rows.append(AccuracyRow(m, forecast, actual, error, pct))
    errors = [r.abs_pct_error for r in rows if r.abs_pct_error is not None]
    return Accuracy(tuple(rows), sum(errors) / len(errors) if errors else None)
