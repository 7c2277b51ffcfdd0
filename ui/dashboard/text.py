"""How the dashboard writes figures: rates always with their sample size, money grouped.

Pure formatting of numbers the core computed; no figure is derived here.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from funneldesk.analytics.stats import Rate
from ui.numbers import decimal, whole


def tr(text: str) -> str:
    """Translate text in the Dashboard context."""
    return QCoreApplication.translate("Dashboard", text)


def shown_name(name: str) -> str:
    """Return a row's name, the core's English stand-ins for "none" in the window's language."""
    stand_ins = {"(no channel)": tr("(no channel)"), "(no reason)": tr("(no reason)"),
                 "(unassigned)": tr("(unassigned)")}
    return stand_ins.get(name, name)


def pct(value: float | None) -> str:
    """Format a fraction as a whole percentage ('—' when undefined)."""
    return "—" if value is None else f"{value * 100:.0f} %"


def rate_text(rate: Rate | None) -> str:
    """Format a rate with its sample size, e.g. '38 % (n=120)'."""
    if rate is None:
        return "—"
    return f"{pct(rate.value)} (n={whole(rate.n)})"


def interval_text(rate: Rate | None) -> str:
    """Format a rate's 95 % Wilson interval."""
    if rate is None or rate.ci_low is None or rate.ci_high is None:
        return ""
    return tr("95 % interval {0}–{1}").format(pct(rate.ci_low), pct(rate.ci_high))


def rate_tip(rate: Rate | None) -> str:
    """Format a rate for a tooltip: value, hits of n and interval."""
    if rate is None or rate.value is None:
        return tr("no sample")
    return f"{rate_text(rate)} — {whole(rate.hits)} / {whole(rate.n)}; {interval_text(rate)}"


def money_text(value: Decimal | None) -> str:
    """Format money with thousands grouped ('—' when undefined)."""
    return "—" if value is None else decimal(value, 2)


def short_money(value: Decimal | float | None) -> str:
    """Format money compactly for labels: 1.2 M, 35 k, 950."""
    if value is None:
        return "—"
    number = float(value)
    for size, unit in ((1e6, " M"), (1e3, " k")):
        if abs(number) >= size:
            return f"{decimal(number / size, 1)}{unit}"
    return decimal(number, 0)


def days_text(value: float | None) -> str:
    """Format a number of days."""
    return "—" if value is None else tr("{0} d").format(decimal(value, 1))
