"""Static check: no code outside the storage layer runs raw SQL text on scoped tables.

Raw SQL on leads and their children would bypass ``lead_scope`` (what an employee may
see) and the services' audit. The storage layer (migrations, triggers, maintenance)
and the services' query modules listed below are the only places allowed to.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import funneldesk

ROOT = Path(funneldesk.__file__).parent
ALLOWED = ("storage/",)
QUERY_MODULES: frozenset[str] = frozenset()  # services' query modules allowed raw SQL (none today)
SCOPED = ("leads", "stage_changes", "activities", "participants", "checklist_ticks", "approvals",
          "audit_entries", "lead_progress", "stage_stays")
RAW_SQL = re.compile(rf"\b(from|into|update|join|table)\s+\"?({'|'.join(SCOPED)})\b", re.IGNORECASE)
SQL_CALLS = {"text", "exec_driver_sql", "execute", "executescript", "executemany"}


def _strings(node: ast.AST) -> list[str]:
    """Return the literal text of a string or f-string argument."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.JoinedStr):
        return ["".join(v.value for v in node.values
                        if isinstance(v, ast.Constant) and isinstance(v.value, str))]
    if isinstance(node, ast.BinOp):
        return _strings(node.left) + _strings(node.right)
    return []


def _call_name(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def raw_sql_on_scoped_tables(source: str) -> list[int]:
    """Return the line numbers of SQL-running calls whose literal SQL touches a scoped table."""
    lines = []
    for node in ast.walk(ast.parse(source)):
        if (isinstance(node, ast.Call) and _call_name(node) in SQL_CALLS and node.args
                and any(RAW_SQL.search(text) for text in _strings(node.args[0]))):
            lines.append(node.lineno)
    return lines


def test_the_detector_finds_raw_sql() -> None:
    """The checker itself: flags text(), f-strings and driver calls, ignores the ORM."""
    assert raw_sql_on_scoped_tables('session.execute(text("SELECT * FROM leads"))') == [1]
    assert raw_sql_on_scoped_tables('c.exec_driver_sql(f"UPDATE leads SET x={v}")') == [1]
    assert raw_sql_on_scoped_tables("session.execute(select(Lead))") == []


def test_no_raw_sql_on_scoped_tables_outside_storage(figure: object) -> None:
    """Every module outside funneldesk/storage and the query modules is clean."""
    offenders = []
    modules = sorted(ROOT.rglob("*.py"))
    for path in modules:
        rel = path.relative_to(ROOT).as_posix()
        if rel.startswith(ALLOWED) or rel in QUERY_MODULES:
            continue
        offenders += [f"{rel}:{line}" for line in raw_sql_on_scoped_tables(path.read_text("utf-8"))]
    figure("static raw-SQL check", modules=len(modules), offenders=len(offenders),  # type: ignore[operator]
           failures=len(offenders))
    assert offenders == []
