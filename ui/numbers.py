"""Numbers as the window shows them: grouped by the default locale (see ``ui.language``)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QLocale


def _locale() -> QLocale:
    locale = QLocale()
    # The C locale omits group separators by default; grouping is wanted in every locale.
    locale.setNumberOptions(QLocale.NumberOption.DefaultNumberOptions)
    return locale


def whole(value: int | float | Decimal) -> str:
    """Format a count with the locale's digit grouping: '21,853', '21 853', '21.853'."""
    return _locale().toString(int(value))


def decimal(value: int | float | Decimal, places: int) -> str:
    """Format a number with fixed decimals and the locale's grouping and decimal sign."""
    return _locale().toString(float(value), "f", places)


def with_grouped_count(text: str, count: int) -> str:
    """Group the count in a translated '%n …' text whose translation left it ungrouped."""
    plain = str(int(count))
    return text.replace(plain, whole(count), 1) if len(plain) > 3 else text
