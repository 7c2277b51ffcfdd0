"""Cell value parsers: blanks, numbers (thousands separators, decimal comma, currency
symbols) and dates (ISO, d/m/y or m/d/y decided per column, Excel serials).

Every parser raises ``ValueError`` with a short user-facing reason; the importer
turns that into a row error naming the row and the column.
"""

from __future__ import annotations

import re
from contextlib import suppress
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal

from funneldesk.spreadsheets.table import RawValue

DateOrder = str  # "dmy", "mdy" or "ymd"
DATE_ORDERS = ("dmy", "mdy", "ymd")
# Excel's day zero is 1899-12-30 once its fictitious 1900-02-29 is accounted for.
EXCEL_EPOCH = datetime(1899, 12, 30)
MAX_SERIAL = 2_958_465  # 9999-12-31
CURRENCY_SYMBOLS = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₽": "RUB",
                    "CHF": "CHF", "zł": "PLN", "kr": "SEK"}  # fmt: skip
_CODE = re.compile(r"\b([A-Z]{3})\b")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f]")
_SPACES = re.compile(r"[\s\u00a0\u202f\u2009']")
_ISO = re.compile(
    r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,6})\d*)?)?"
    r"\s*(Z|[+-]\d{2}:?\d{2})?)?$"
)
_PLAIN_ISO_SHAPE = {10: "--", 19: "-- ::"}
_DIGITS_AWAY = str.maketrans("", "", "0123456789")
_TRIPLE = re.compile(
    r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})(?:[T ,]+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?)?$"
)


def is_blank(value: RawValue) -> bool:
    """Say whether a cell counts as empty (None, '' or only whitespace)."""
    return value is None or (isinstance(value, str) and not value.strip())


def clean_text(value: RawValue) -> str:
    """Return a cell as text without NULs or other control characters, stripped."""
    text = value if value.__class__ is str else _plain(value)
    if _CONTROL.search(text):
        text = _CONTROL.sub(" ", text)
    return text.strip()


def has_control(text: str) -> bool:
    """Say whether text holds a control character that clean_text would replace."""
    return _CONTROL.search(text) is not None


def _plain(value: RawValue) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # an id typed as 1054 reads back as 1054.0 from xlsx
    return "" if value is None else str(value)


def decimal_comma_column(values: list[RawValue]) -> bool:
    """Decide whether a column writes numbers with a decimal comma (1.234,5 or 12,5)."""
    for value in values:
        if not isinstance(value, str):
            continue
        text = _SPACES.sub("", value)
        comma, dot = text.rfind(","), text.rfind(".")
        if comma >= 0 and dot >= 0:
            return comma > dot
        if comma >= 0 and not re.search(r",\d{3}(?!\d)", text[comma:]):
            return True
    return False


def parse_number(value: RawValue, decimal_comma: bool = False) -> tuple[Decimal, str | None]:
    """Parse an amount; return it with the currency its symbol or code names, if any."""
    if isinstance(value, bool):
        raise ValueError("not a number")
    if isinstance(value, int | float):
        return _finite(Decimal(repr(value)) if isinstance(value, float) else Decimal(value)), None
    text, currency = _strip_currency(clean_text(value))
    negative = text.startswith("(") and text.endswith(")")
    text = _SPACES.sub("", text.strip("()"))
    text = text.replace(".", "").replace(",", ".") if decimal_comma else text.replace(",", "")
    if not re.fullmatch(r"[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?", text):
        raise ValueError(f"not a number: {_short(value)}")
    number = _finite(Decimal(text))
    return (-number if negative else number), currency


def _finite(number: Decimal) -> Decimal:
    if not number.is_finite() or abs(number) >= Decimal(10) ** 15:
        raise ValueError("number out of range")
    return number


def _strip_currency(text: str) -> tuple[str, str | None]:
    for symbol, code in CURRENCY_SYMBOLS.items():
        if symbol in text:
            return text.replace(symbol, "").strip(), code
    found = _CODE.search(text)
    if found:
        return (text[: found.start()] + text[found.end() :]).strip(), found.group(1)
    return text, None


def _short(value: RawValue) -> str:
    text = _plain(value)
    return repr(text if len(text) <= 40 else text[:37] + "...")


def parse_percent_bp(value: RawValue) -> int:
    """Parse a discount into basis points: '15%' and 15 are 15 %, 0.15 (Excel %) too."""
    text = clean_text(value) if isinstance(value, str) else value
    has_sign = isinstance(text, str) and text.endswith("%")
    number, _ = parse_number(text.rstrip("%") if isinstance(text, str) else text)
    if not has_sign and 0 < number < 1:
        number *= 100
    if not 0 <= number <= 100:
        raise ValueError(f"discount must be between 0 and 100 %: {_short(value)}")
    return int((number * 100).to_integral_value())


def infer_date_order(values: list[RawValue]) -> DateOrder | None:
    """Decide d/m/y or m/d/y for a column from all its values; raise ValueError if unsure."""
    allowed, ambiguous = {"dmy", "mdy"}, False
    for value in values:
        found = _TRIPLE.match(value.strip()) if isinstance(value, str) else None
        if not found:
            continue
        first, second = int(found.group(1)), int(found.group(2))
        if first > 12:
            allowed.discard("mdy")
        if second > 12:
            allowed.discard("dmy")
        ambiguous = ambiguous or (first != second and first <= 12 and second <= 12)
    if not allowed:
        raise ValueError("mixes day/month/year and month/day/year dates")
    if len(allowed) == 1:
        return allowed.pop()
    if ambiguous:
        raise ValueError("has dates like 03/04/2017 that could be d/m/y or m/d/y; "
                         "pass --date-format dmy or mdy")
    return None


def parse_datetime(value: RawValue, order: DateOrder | None = None) -> datetime:
    """Parse a date or date-time cell; ``order`` settles d/m/y against m/d/y."""
    if isinstance(value, datetime):
        return _naive(value)
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return excel_serial(value)
    if value.__class__ is str and _plain_iso(value):
        # 'YYYY-MM-DD' or 'YYYY-MM-DD HH:MM:SS', the shapes most files use: C-speed
        # fromisoformat gives what the regex path gives; anything odd takes that path.
        with suppress(ValueError):
            return datetime.fromisoformat(value)
    text = clean_text(value)
    try:
        return _parse_text(text, order)
    except (ValueError, OverflowError) as exc:
        raise ValueError(f"not a date: {_short(value)}") from exc


def _plain_iso(text: str) -> bool:
    # Hour 24 is left to the regex path, which refuses it (newer Pythons' fromisoformat
    # would read it as the next midnight).
    return _PLAIN_ISO_SHAPE.get(len(text)) == text[4:].translate(_DIGITS_AWAY) and text[11:13] != "24"


def _parse_text(text: str, order: DateOrder | None) -> datetime:
    found = _ISO.match(text)
    if found:
        return _from_iso(found)
    found = _TRIPLE.match(text)
    if found:
        return _from_triple(found, order)
    if re.fullmatch(r"\d{4,7}(\.\d+)?", text):
        return excel_serial(float(text))
    raise ValueError(text)


def _from_iso(found: re.Match[str]) -> datetime:
    year, month, day, hour, minute, second, fraction, zone = found.groups()
    micro = int((fraction or "0").ljust(6, "0"))
    moment = datetime(int(year), int(month), int(day), int(hour or 0), int(minute or 0),
                      int(second or 0), micro)  # fmt: skip
    return moment if not zone else _naive(moment.replace(tzinfo=_zone(zone)))


def _zone(text: str) -> timezone:
    if text == "Z":
        return UTC
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    return timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))


def _from_triple(found: re.Match[str], order: DateOrder | None) -> datetime:
    first, second, year, hour, minute, seconds, ampm = found.groups()
    day, month = _day_month(int(first), int(second), order)
    full_year = int(year) + (2000 if int(year) < 70 else 1900) if len(year) == 2 else int(year)
    return datetime(full_year, month, day, _hour(hour, ampm), int(minute or 0), int(seconds or 0))


def _day_month(first: int, second: int, order: DateOrder | None) -> tuple[int, int]:
    if order == "dmy" or (order != "mdy" and first > 12):
        return first, second
    if order == "mdy" or second > 12 or first == second:
        return second, first
    raise ValueError("ambiguous day and month")


def _hour(hour: str | None, ampm: str | None) -> int:
    value = int(hour or 0)
    if ampm and ampm.lower() == "pm" and value < 12:
        return value + 12
    if ampm and ampm.lower() == "am" and value == 12:
        return 0
    return value


def excel_serial(serial: float) -> datetime:
    """Convert an Excel serial day number (1900 system) to a datetime."""
    if not 1 <= serial <= MAX_SERIAL:
        raise ValueError(f"not a date: {serial!r}")
    return EXCEL_EPOCH + timedelta(days=serial)


def _naive(moment: datetime) -> datetime:
    # Stored times are naive UTC; an aware time is converted, a naive one kept as written.
    if moment.tzinfo is None:
        return moment
    return moment.astimezone(UTC).replace(tzinfo=None)
