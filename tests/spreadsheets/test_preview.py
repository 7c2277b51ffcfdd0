"""The import wizard's preview: first rows, detected column types and the automatic mapping."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from funneldesk.spreadsheets.preview import column_date_order, column_kind, preview_file, value_kind


def test_a_csv_preview_names_types_and_fields(tmp_path: Path) -> None:
    source = tmp_path / "deals.csv"
    lines = ["opportunity_id,sales_agent,close_value,close_date,colour"]
    lines += [f"X{n},Ann,{n}00,2017-03-0{n},red" for n in range(1, 6)]
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    preview = preview_file(source, rows=3)
    assert preview.total_rows == 5
    assert len(preview.rows) == 3 and preview.numbers == [2, 3, 4]
    kinds = {c.header: (c.kind, c.guess) for c in preview.columns}
    assert kinds == {
        "opportunity_id": ("text", "external_id"),
        "sales_agent": ("text", "owner"),
        "close_value": ("number", "value"),
        "close_date": ("date", "closed_at"),
        "colour": ("text", None),
    }


def test_values_and_columns_are_classified() -> None:
    assert value_kind(" ") == "empty"
    assert value_kind("1,234.50") == "number"
    assert value_kind("03/04/2017") == "date"
    assert value_kind(datetime(2020, 1, 1)) == "date"
    assert value_kind("Acme") == "text"
    assert column_kind(["1", "2", "x", None]) == ("number", True)
    assert column_kind([None, ""]) == ("empty", False)


def test_date_order_is_detected_or_called_ambiguous() -> None:
    assert column_date_order(["25/12/2020", "01/02/2020"]) == "dmy"
    assert column_date_order(["03/04/2017", "05/06/2017"]) == "ambiguous"
    assert column_date_order(["2017-03-04"]) is None


def test_distinct_values_lists_a_column_s_categories_in_order() -> None:
    from funneldesk.spreadsheets.preview import distinct_values

    assert distinct_values(["Prospect", None, " Closed Won", "Prospect", ""]) == ["Prospect", "Closed Won"]
    assert distinct_values([str(i) for i in range(5)], limit=3) == []
