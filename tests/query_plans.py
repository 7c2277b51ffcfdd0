"""SQLite query plans for tests that guard an index: what a call runs, and how SQLite runs it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import event

from funneldesk.storage.database import Database


def statements_of(db: Database, call: Callable[[], object]) -> list[tuple[str, Any]]:
    """Run the call; return every statement (and its parameters) it sent to the database."""
    seen: list[tuple[str, Any]] = []

    def record(_conn: object, _cursor: object, statement: str, params: object, *_rest: object) -> None:
        seen.append((statement, params))

    event.listen(db.engine, "before_cursor_execute", record)
    try:
        call()
    finally:
        event.remove(db.engine, "before_cursor_execute", record)
    return seen


def plan_of(db: Database, statement: str, params: Any = ()) -> list[str]:
    """Return SQLite's plan lines (EXPLAIN QUERY PLAN) of one statement."""
    with db.query() as conn:
        return [str(row[3]) for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, params)]


def plan_of_select(db: Database, query: Any) -> str:
    """Return the plan lines of a Core select, joined by ' | ' (its values inlined)."""
    with db.query() as conn:
        sql = str(query.compile(conn, compile_kwargs={"literal_binds": True}))
    return " | ".join(plan_of(db, sql))
