"""The demo's fast SQLite writer stores exactly what SQLAlchemy (and SQLite's strftime) would.

The fast path binds dates and times as text made in numpy, many rows per statement; the
reference path is the PostgreSQL one (dict rows through SQLAlchemy Core), run on SQLite.
Both must leave byte-identical tables, so a change to either cannot drift silently.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import Date, DateTime

from funneldesk.demo import fill_demo, generate, write
from funneldesk.demo.columns import DAY, epoch
from funneldesk.storage.database import Database
from tests.demo.helpers import ANCHOR

LEADS = 3000  # one batch: 93 statements of 32 leads and 24 leads one by one
TABLES = ("leads", "stage_changes", "lead_progress", "stage_stays", "lead_desk", "channel_spend", "users")
STRFTIME = "strftime('%Y-%m-%d %H:%M:%S.000000', ?, 'unixepoch')"  # what the writer did before
DAYTEXT = "date(?, 'unixepoch')"
FIRST, LAST = epoch(datetime(1900, 1, 1)), epoch(datetime(2200, 12, 31, 23, 59, 59))


class CoreWriter(write.Writer):
    """The dict rows of the PostgreSQL path, inserted through SQLAlchemy Core (its date formatting)."""

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.sqlite = False


def _raw(db: Database, table: str) -> list[tuple[Any, ...]]:
    """Every row as the driver returns it (text as stored, no type processing), with SQLite's types."""
    with db.read() as session:
        conn = session.connection()
        columns = [row[1] for row in conn.exec_driver_sql(f"PRAGMA table_info({table})")]
        typed = ", ".join(f"{c}, typeof({c})" for c in columns)
        return list(conn.exec_driver_sql(f"SELECT {typed} FROM {table} ORDER BY 1, 3"))


def test_fast_rows_are_the_core_rows(db: Database, fresh_db: Callable[[], Database],
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """Same demo through the fast path and through SQLAlchemy Core: byte-identical tables."""
    if db.dialect != "sqlite":
        pytest.skip("the fast path is SQLite's")
    fill_demo(db, leads=LEADS, seed=3, anchor=ANCHOR)
    reference = fresh_db()
    monkeypatch.setattr(generate, "Writer", CoreWriter)
    fill_demo(reference, leads=LEADS, seed=3, anchor=ANCHOR)
    for table in TABLES:
        fast, core = _raw(db, table), _raw(reference, table)
        assert len(fast) == len(core) > 0, table
        for row, expected in zip(fast, core, strict=True):
            assert row == expected, f"{table} row {row[0]} differs"


def test_stored_text_is_strftimes(db: Database) -> None:
    """Every date and time the demo stored is SQLite's own text of that moment (NULLs kept)."""
    if db.dialect != "sqlite":
        pytest.skip("the fast path is SQLite's")
    fill_demo(db, leads=LEADS, seed=4, anchor=ANCHOR)
    checks = {
        "leads": ("created_at", "updated_at", "closed_at", "stage_entered_at"),
        "stage_changes": ("at",),
    }
    with db.read() as session:
        conn = session.connection()
        for table, names in checks.items():
            for name in names:
                seconds = f"CAST(strftime('%s', {name}) AS INTEGER)"
                again = f"strftime('%Y-%m-%d %H:%M:%S.000000', {seconds}, 'unixepoch')"
                query = f"SELECT count(*) FROM {table} WHERE {name} IS NOT {again}"
                bad = conn.exec_driver_sql(query).scalar()
                assert bad == 0, f"{table}.{name}"
        for name in ("expected_close", "next_action"):
            query = f"SELECT count(*) FROM leads WHERE {name} IS NOT date({name})"
            bad = conn.exec_driver_sql(query).scalar()
            assert bad == 0, name
        open_, closed, mixed = conn.exec_driver_sql(
            "SELECT count(*) FILTER (WHERE closed_at IS NULL), count(*) FILTER (WHERE next_action IS NULL), "
            "count(*) FILTER (WHERE (closed_at IS NULL) = (next_action IS NULL)) FROM leads").one()
        assert open_ > 0 and closed > 0  # NULLs kept: open leads are not closed, closed ones have no action
        assert mixed == 0


@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(FIRST, LAST), min_size=1, max_size=40))
def test_moments_are_sqlites_text(seconds: list[int]) -> None:
    """TextTimes gives, for any epoch second, what SQLite's strftime gave for it."""
    text = write.TextTimes(np).moments(np.array(seconds, dtype=np.int64)).tolist()
    with sqlite3.connect(":memory:") as conn:
        expected = [conn.execute(f"SELECT {STRFTIME}", (s,)).fetchone()[0] for s in seconds]
    assert text == expected
    assert all(type(t) is str for t in text)  # plain str: the driver binds it as TEXT


@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(FIRST // DAY, LAST // DAY), min_size=1, max_size=40))
def test_days_are_sqlites_text(days: list[int]) -> None:
    """TextTimes gives, for any epoch day, what SQLite's date() gave for its first second."""
    text = write.TextTimes(np).days(np.array(days, dtype=np.int64)).tolist()
    with sqlite3.connect(":memory:") as conn:
        expected = [conn.execute(f"SELECT {DAYTEXT}", (d * DAY,)).fetchone()[0] for d in days]
    assert text == expected


@pytest.mark.parametrize("value", [datetime(2025, 3, 4, 8, 0), datetime(2024, 2, 29, 23, 59, 59),
                                   datetime(1999, 12, 31, 0, 0, 1), datetime(1969, 12, 31, 23, 59, 59),
                                   date(2024, 2, 29), date(1970, 1, 1)])
def test_text_is_what_sqlalchemy_writes(db: Database, value: date) -> None:
    """The text the fast path binds is the text SQLAlchemy's DateTime and Date write on SQLite."""
    if db.dialect != "sqlite":
        pytest.skip("the raw path is SQLite's")
    dialect = db.engine.dialect
    day = not isinstance(value, datetime)
    kind = Date() if day else DateTime()
    expected = kind.dialect_impl(dialect).bind_processor(dialect)(value)  # type: ignore[misc]
    text = write.TextTimes(np)
    if day:
        made = text.days(np.array([epoch(datetime.combine(value, datetime.min.time())) // DAY]))
    else:
        made = text.moments(np.array([epoch(value)]))  # type: ignore[arg-type]
    assert made.tolist() == [expected]


def test_insert_grid_keeps_rows_under_a_low_parameter_limit() -> None:
    """Fewer rows per statement when SQLite allows fewer parameters; shared parameters and NULLs kept."""
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, b TEXT, c TEXT, k INTEGER)")
    conn.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 10)  # 3 parameters a row: 3 rows a statement
    columns = {"id": "?", "a": "?", "b": "?a", "c": "?", "k": "{seven}"}
    rows = [(i, f"x{i}", None if i % 3 else "z") for i in range(1, 51)]
    grid = np.empty((len(rows), 3), dtype=object)
    grid[:] = rows
    write.insert_grid(conn, "t", columns, 32, grid, seven=7)
    stored = conn.execute("SELECT id, a, b, c, k FROM t ORDER BY id").fetchall()
    assert stored == [(i, a, a, c, 7) for i, a, c in rows]
