"""Value parsers: the examples users type, and properties over generated values."""

from __future__ import annotations

import contextlib
from datetime import date, datetime
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from funneldesk.spreadsheets.values import (
    clean_text,
    decimal_comma_column,
    excel_serial,
    infer_date_order,
    parse_datetime,
    parse_number,
    parse_percent_bp,
)

moments = st.datetimes(min_value=datetime(1950, 1, 1), max_value=datetime(2060, 12, 31)).map(
    lambda d: d.replace(microsecond=0))
amounts = st.decimals(min_value=Decimal("-999999999.99"), max_value=Decimal("999999999.99"),
                      places=2, allow_nan=False, allow_infinity=False)


@pytest.mark.parametrize(("text", "order", "expected"), [
    ("2017-03-01", None, datetime(2017, 3, 1)),
    ("2017-03-01 14:05", None, datetime(2017, 3, 1, 14, 5)),
    ("2017-03-01T14:05:09Z", None, datetime(2017, 3, 1, 14, 5, 9)),
    ("2017-03-01T14:05:09+02:00", None, datetime(2017, 3, 1, 12, 5, 9)),
    ("31/12/2017", None, datetime(2017, 12, 31)),
    ("12/31/2017", None, datetime(2017, 12, 31)),
    ("03/04/2017", "dmy", datetime(2017, 4, 3)),
    ("03/04/2017", "mdy", datetime(2017, 3, 4)),
    ("3.4.17", "dmy", datetime(2017, 4, 3)),
    ("12/31/2017 3:04 PM", None, datetime(2017, 12, 31, 15, 4)),
    ("12/31/2017 12:10 AM", None, datetime(2017, 12, 31, 0, 10)),
    ("05/05/2017", None, datetime(2017, 5, 5)),
    ("43831", None, datetime(2020, 1, 1)),
])
def test_dates_users_type(text: str, order: str | None, expected: datetime) -> None:
    assert parse_datetime(text, order) == expected


def test_excel_serials_and_typed_cells() -> None:
    assert parse_datetime(43831.5) == datetime(2020, 1, 1, 12)
    assert parse_datetime(date(2017, 3, 1)) == datetime(2017, 3, 1)
    assert excel_serial(61) == datetime(1900, 3, 1)


@pytest.mark.parametrize("text", ["03/04/2017", "yesterday", "2017-13-01", "31/31/2017", "0",
                                  "99999999", "", "2017-02-30"])
def test_bad_dates_are_value_errors(text: str) -> None:
    with pytest.raises(ValueError):
        parse_datetime(text)


def test_date_order_is_decided_per_column_from_all_values() -> None:
    assert infer_date_order(["01/02/2017", "13/02/2017"]) == "dmy"
    assert infer_date_order(["01/02/2017", "02/13/2017"]) == "mdy"
    assert infer_date_order(["05/05/2017", "2017-01-01", None]) is None
    with pytest.raises(ValueError, match="--date-format"):
        infer_date_order(["01/02/2017", "03/04/2017"])
    with pytest.raises(ValueError, match="mixes"):
        infer_date_order(["13/02/2017", "02/13/2017"])


@pytest.mark.parametrize(("text", "comma", "expected", "currency"), [
    ("1,234.50", False, Decimal("1234.50"), None),
    ("$1,234.50", False, Decimal("1234.50"), "USD"),
    ("1.234,50 €", True, Decimal("1234.50"), "EUR"),
    ("1 234,5", True, Decimal("1234.5"), None),
    ("1'234.5", False, Decimal("1234.5"), None),
    ("(12.00)", False, Decimal("-12.00"), None),
    ("EUR 15", False, Decimal("15"), "EUR"),
    ("£7", False, Decimal("7"), "GBP"),
])
def test_numbers_users_type(text: str, comma: bool, expected: Decimal, currency: str | None) -> None:
    assert parse_number(text, comma) == (expected, currency)


def test_decimal_comma_detected_per_column() -> None:
    assert decimal_comma_column(["1.234,50", "12"]) is True
    assert decimal_comma_column(["12,5"]) is True
    assert decimal_comma_column(["1,234", "1,234,567.5"]) is False


def test_discounts_in_basis_points() -> None:
    assert [parse_percent_bp(v) for v in ("15%", 0.15, "7.5", 20, "0%")] == [1500, 1500, 750, 2000, 0]
    with pytest.raises(ValueError):
        parse_percent_bp("150%")


@given(moments, st.sampled_from(["iso", "isot", "dmy", "mdy"]))
def test_any_written_date_reads_back(moment: datetime, style: str) -> None:
    text = {"iso": moment.strftime("%Y-%m-%d %H:%M:%S"), "isot": moment.isoformat(),
            "dmy": moment.strftime("%d/%m/%Y %H:%M:%S"),
            "mdy": moment.strftime("%m/%d/%Y %H:%M:%S")}[style]
    order = style if style in ("dmy", "mdy") else None
    assert parse_datetime(text, order) == moment


@given(st.dates(min_value=date(1900, 3, 1), max_value=date(9999, 12, 30)))
def test_excel_serial_round_trip(day: date) -> None:
    serial = (day - date(1899, 12, 30)).days
    assert parse_datetime(serial) == datetime(day.year, day.month, day.day)


@given(amounts, st.booleans(), st.sampled_from(["", "$", " EUR"]))
def test_any_formatted_amount_reads_back(amount: Decimal, comma: bool, symbol: str) -> None:
    text = f"{amount:,.2f}"
    if comma:
        text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    parsed, _ = parse_number(symbol + text if symbol == "$" else text + symbol, comma)
    assert parsed == amount


@settings(max_examples=300)
@given(st.text(max_size=60))
def test_parsers_fail_only_with_value_error(text: str) -> None:
    for parse in (lambda t: parse_datetime(t), lambda t: parse_number(t), parse_percent_bp):
        with contextlib.suppress(ValueError):
            parse(text)


@given(st.text(max_size=80))
def test_clean_text_leaves_no_control_characters(text: str) -> None:
    cleaned = clean_text(text)
    assert all(ord(c) >= 32 or c in "\t\n" for c in cleaned)
    assert cleaned == cleaned.strip()


@settings(max_examples=300)
@given(st.from_regex(r"\d{4}-\d{2}-\d{2}( \d{2}:\d{2}:\d{2})?", fullmatch=True))
def test_plain_iso_shapes_read_as_the_general_parser_reads_them(text: str) -> None:
    from funneldesk.spreadsheets.values import _parse_text

    try:
        expected: datetime | str = _parse_text(text, None)
    except (ValueError, OverflowError):
        expected = "refused"
    try:
        got: datetime | str = parse_datetime(text)
    except ValueError:
        got = "refused"
    assert got == expected


def test_hour_24_is_refused() -> None:
    with pytest.raises(ValueError, match="not a date"):
        parse_datetime("2017-03-01 24:00:00")
