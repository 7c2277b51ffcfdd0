"""Migrations: models equal migrations, history is append-only, upgrades keep every row or nothing.

The upgrade tests run over every shipped revision (so a new migration is covered the day it
lands) plus one test-only revision on top that rebuilds the leads table, the riskiest kind.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import sqlite3
from contextlib import closing
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    Connection,
    Date,
    DateTime,
    Engine,
    ForeignKey,
    Integer,
    MetaData,
    Numeric,
    String,
    Table,
    event,
    inspect,
    select,
    text,
)
from sqlalchemy.exc import DBAPIError

from funneldesk.analytics import desk_derived
from funneldesk.domain.enums import IMPORTED_PAST_GATE
from funneldesk.domain.errors import SchemaTooNew
from funneldesk.services import history, leads, pipelines, users
from funneldesk.storage import migrate
from funneldesk.storage.backup import quick_check
from funneldesk.storage.database import Database
from funneldesk.storage.engine import make_engine, normalise_url, sqlite_path
from funneldesk.storage.models import Base
from funneldesk.storage.tables import PARTIAL_HISTORY
from tests.analytics import builders
from tests.query_plans import plan_of_select

ROWS_PER_TABLE = 4
LONG_TEXT = 20_000
SAMPLE = "Ünïcødé «Grüße» 日本語 🚀 'single' \"double\" \\ ; DROP TABLE leads; -- ,\t"
FUTURE = "9999_from_the_future"
Snapshot = dict[str, list[dict[str, Any]]]


def shipped_revisions() -> list[str]:
    """Return every shipped revision, oldest first."""
    script = ScriptDirectory.from_config(migrate.alembic_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


REVISIONS = shipped_revisions()


def sha256(path: Path) -> str:
    """Return the SHA-256 of a file's bytes."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _model_checks() -> dict[tuple[str, str], list[str] | tuple[int, int]]:
    """Read the allowed values of checked columns from the models' CHECK constraints."""
    checks: dict[tuple[str, str], list[str] | tuple[int, int]] = {}
    for table in Base.metadata.tables.values():
        for constraint in table.constraints:
            if not isinstance(constraint, CheckConstraint):
                continue
            sql = str(constraint.sqltext)
            for m in re.finditer(r"(\w+) IN \(([^)]*)\)", sql):
                checks[(table.name, m[1])] = re.findall(r"'([^']*)'", m[2])
            for m in re.finditer(r"(\w+) BETWEEN (-?\d+) AND (-?\d+)", sql):
                checks[(table.name, m[1])] = (int(m[2]), int(m[3]))
    return checks


CHECKS = _model_checks()


def _text(length: int | None, i: int) -> str:
    """Return unicode text for row i; row 1 fills the column to its limit."""
    base = f"{i}·{SAMPLE}"
    limit = length or (LONG_TEXT if i == 1 else len(base))
    if i == 1:
        base = base * (limit // len(base) + 1)
    return base[:limit]


def _checked(allowed: list[str] | tuple[int, int], i: int) -> Any:
    """Return an allowed value for a CHECK-constrained column."""
    if isinstance(allowed, list):
        return allowed[i % len(allowed)]
    low, high = allowed
    return low + i % (high - low + 1)


def _value(table: Table, column: Column[Any], i: int) -> Any:
    """Return a plausible, constraint-respecting value for one column of row i."""
    if column.nullable and i % 3 == 2:
        return None
    allowed = CHECKS.get((table.name, column.name))
    if allowed is not None:
        return _checked(allowed, i)
    kind = column.type
    if isinstance(kind, Boolean):
        return i % 2 == 0
    if isinstance(kind, DateTime):
        return datetime(2024, 2, 29, 23, 59, 58) + timedelta(days=i, microseconds=i)
    if isinstance(kind, Date):
        return date(2024, 2, 29) + timedelta(days=i)
    if isinstance(kind, Integer):
        return 1000 + i
    if isinstance(kind, Numeric):
        return Decimal("12.34") + i
    if isinstance(kind, String):
        return _text(kind.length, i)
    return str(i)


def _parent(conn: Connection, table: Table, column: Column[Any], key: ForeignKey, i: int) -> Any:
    """Point row i at an existing parent row (the previous row for self-references)."""
    if column.nullable and i % 4 == 3:
        return None
    target = key.column
    values = conn.execute(select(target).order_by(target)).scalars().all()
    if target.table is table:
        return values[-1] if values else None
    return values[i % len(values)]


def _generated_key(table: Table, column: Column[Any]) -> bool:
    """Say whether the database numbers this column itself (a lone integer key, not a foreign one)."""
    return (
        column.primary_key
        and not column.foreign_keys
        and column.autoincrement is not False
        and isinstance(column.type, Integer)
        and len(table.primary_key) == 1
    )


def _row(conn: Connection, table: Table, i: int) -> dict[str, Any]:
    """Build row i of a table, foreign keys pointing at rows already inserted."""
    row: dict[str, Any] = {}
    for column in table.columns:
        if _generated_key(table, column):
            continue
        keys = list(column.foreign_keys)
        row[column.name] = _parent(conn, table, column, keys[0], i) if keys else _value(table, column, i)
    return row


def _tables(conn: Connection) -> list[Table]:
    """Reflect the schema as it is in the database, parents first."""
    meta = MetaData()
    skip = derived_search_tables(conn)
    meta.reflect(conn, only=lambda name, _meta: name not in skip)
    return [t for t in meta.sorted_tables if t.name != "alembic_version"]


def derived_search_tables(conn: Connection) -> set[str]:
    """Return SQLite's full-text index tables (virtual and shadow): kept by triggers, not in the models."""
    if conn.dialect.name != "sqlite":
        return set()
    rows = conn.exec_driver_sql("PRAGMA main.table_list").fetchall()
    return {str(r[1]) for r in rows if r[2] in ("virtual", "shadow")}


def fill(engine: Engine) -> None:
    """Put rows in every table of whatever schema the database has, with FK chains."""
    with engine.begin() as conn:
        for table in _tables(conn):
            for i in range(ROWS_PER_TABLE):
                conn.execute(table.insert().values(_row(conn, table, i)))


def snapshot(engine: Engine) -> Snapshot:
    """Read every row of every table, in primary-key order."""
    with engine.connect() as conn:
        result: Snapshot = {}
        for table in _tables(conn):
            order = list(table.primary_key) or list(table.columns)
            rows = conn.execute(select(table).order_by(*order)).mappings().all()
            result[table.name] = [dict(r) for r in rows]
        return result


def assert_kept(before: Snapshot, after: Snapshot) -> None:
    """Every table keeps its row count and every value of the columns that still exist."""
    for name, rows in before.items():
        assert name in after, f"table {name} disappeared"
        assert len(after[name]) == len(rows), f"{name}: {len(rows)} rows became {len(after[name])}"
        if not rows or not after[name]:
            continue
        shared = rows[0].keys() & after[name][0].keys()
        old = [{k: r[k] for k in shared} for r in rows]
        new = [{k: r[k] for k in shared} for r in after[name]]
        assert new == old, f"{name}: values changed"


def database_at(target: str, revision: str) -> Database:
    """Open a database migrated to exactly ``revision`` and filled with rows."""
    db = Database(target, migrate=False)
    migrate.upgrade_if_needed(db.engine, revision)
    fill(db.engine)
    return db


def sqlite_file_pass() -> None:
    """Skip SQLite-file tests during the PostgreSQL pass, which would only repeat them."""
    if os.environ.get("FUNNELDESK_TEST_DB"):
        pytest.skip("an SQLite file property, tested in the SQLite pass")


def sqlite_checks(engine: Engine) -> tuple[list[Any], list[Any]]:
    """Return (integrity_check rows, foreign_key_check rows) of an SQLite database."""
    with engine.connect() as conn:
        integrity = conn.exec_driver_sql("PRAGMA integrity_check").fetchall()
        broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    return [tuple(r) for r in integrity], [tuple(r) for r in broken]


def test_fresh_database_matches_the_models(db: Database) -> None:
    """A freshly migrated database has no autogenerate difference from the models."""
    with db.engine.connect() as conn:
        skip = derived_search_tables(conn)
        opts = {"compare_type": True,
                "include_name": lambda name, kind, _parents: kind != "table" or name not in skip}
        context = MigrationContext.configure(conn, opts=opts)
        diff = compare_metadata(context, Base.metadata)
    assert diff == []


@pytest.fixture
def lead_history(db: Database) -> Database:
    """Return the test database holding one lead, its stage history and its audit entries."""
    owner = users.ensure_owner(db)
    pipelines.create_from_template(db, owner, "typical-sales")
    leads.create_lead(db, owner, {"title": "Acme rollout"})
    return db


def _count(db: Database, table: str) -> int:
    with db.read() as session:
        return int(session.execute(text(f"SELECT count(*) FROM {table}")).scalar_one())


@pytest.mark.parametrize("table", ["stage_changes", "audit_entries"])
@pytest.mark.parametrize("statement", ["UPDATE {} SET at = at", "DELETE FROM {}"])
def test_history_and_audit_refuse_changes(lead_history: Database, table: str, statement: str) -> None:
    """Even raw SQL cannot rewrite or erase the stage history or the audit trail."""
    before = _count(lead_history, table)
    with pytest.raises(DBAPIError, match="append-only"), lead_history.write() as session:
        session.execute(text(statement.format(table)))
    assert _count(lead_history, table) == before > 0


@pytest.mark.parametrize("revision", REVISIONS)
def test_filled_database_upgrades_without_loss(empty_target: str, extra_revision: str, revision: str) -> None:
    """A database full of awkward rows at any revision upgrades to head with every row intact."""
    old = database_at(empty_target, revision)
    before = snapshot(old.engine)
    old.close()
    upgraded = Database(empty_target)
    try:
        assert migrate.current_revision(upgraded.engine) == extra_revision
        assert_kept(before, snapshot(upgraded.engine))
        if upgraded.dialect == "sqlite":
            assert sqlite_checks(upgraded.engine) == ([("ok",)], [])
    finally:
        upgraded.close()
    print(f"{revision} -> {extra_revision}: {sum(map(len, before.values()))} rows kept")


class FailAt:
    """Raise on the n-th SQL statement an engine sends (0 = never); record them all."""

    def __init__(self, engine: Engine, n: int) -> None:
        self.n = n
        self.statements: list[str] = []
        event.listen(engine, "before_cursor_execute", self)

    def __call__(self, _conn: object, _cursor: object, statement: str, *_args: object) -> None:
        self.statements.append(statement)
        if len(self.statements) == self.n:
            raise RuntimeError(f"injected failure at statement {self.n}")


def _upgrade_with_failure(path: Path, n: int) -> list[str]:
    """Upgrade the file, failing at statement n; return the statements sent."""
    engine = make_engine(normalise_url(path))
    failer = FailAt(engine, n)
    try:
        migrate.upgrade_if_needed(engine)
    finally:
        engine.dispose()
    return failer.statements


def injection_points(statements: list[str], every: bool) -> list[int]:
    """Pick statements to fail at: all, or the end of each revision step plus an even sample."""
    total = len(statements)
    if every:
        return list(range(1, total + 1))
    step_ends = {i + 1 for i, sql in enumerate(statements) if "alembic_version" in sql}
    sample = {1 + (total - 1) * k // 15 for k in range(16)}
    return sorted(step_ends | sample)


def check_failures_leave_file_unchanged(tmp_path: Path, revision: str, every: bool) -> None:
    """Upgrade a filled file at ``revision``, failing at chosen statements; it never changes."""
    path = tmp_path / "old.db"
    old = database_at(str(path), revision)
    before = snapshot(old.engine)
    old.close()
    probe = tmp_path / "probe.db"
    shutil.copyfile(path, probe)
    points = injection_points(_upgrade_with_failure(probe, 0), every)
    digest = sha256(path)
    for n in points:
        with pytest.raises(Exception, match="injected failure"):
            _upgrade_with_failure(path, n)
        assert sha256(path) == digest, f"file changed after a failure at statement {n}"
    reopened = Database(path, migrate=False)
    assert migrate.current_revision(reopened.engine) == revision
    assert snapshot(reopened.engine) == before
    reopened.close()
    print(
        f"{revision} -> head: failure injected at {len(points)} statements, "
        f"file unchanged {len(points)}/{len(points)}"
    )


@pytest.mark.parametrize("revision", REVISIONS)
def test_failure_at_any_step_leaves_the_file_unchanged(
    tmp_path: Path, extra_revision: str, revision: str
) -> None:
    """An upgrade interrupted after any revision step (and at sampled statements) changes nothing."""
    sqlite_file_pass()
    check_failures_leave_file_unchanged(tmp_path, revision, every=False)


@pytest.mark.slow
@pytest.mark.parametrize("revision", REVISIONS)
def test_failure_at_every_statement_leaves_the_file_unchanged(
    tmp_path: Path, extra_revision: str, revision: str
) -> None:
    """Soak: an upgrade interrupted at every single statement leaves the file byte-identical."""
    sqlite_file_pass()
    check_failures_leave_file_unchanged(tmp_path, revision, every=True)


def _stamp(target: str, revision: str) -> None:
    engine = make_engine(normalise_url(target))
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = :v"), {"v": revision})
    engine.dispose()


def test_future_schema_is_refused_and_left_unchanged(db_target: str) -> None:
    """A database from a newer FunnelDesk is refused with a plain reason and not touched."""
    _stamp(db_target, FUTURE)
    path = sqlite_path(normalise_url(db_target))
    digest = sha256(path) if path else None
    with pytest.raises(SchemaTooNew, match="newer FunnelDesk"):
        Database(db_target)
    if path is not None:
        assert sha256(path) == digest
    check = make_engine(normalise_url(db_target))
    assert migrate.current_revision(check) == FUTURE
    check.dispose()


def _backup_revision_and_leads(backup: Path) -> tuple[str, int]:
    with closing(sqlite3.connect(f"file:{backup}?mode=ro", uri=True)) as conn:
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        count = conn.execute("SELECT count(*) FROM leads").fetchone()[0]
    return str(revision), int(count)


def test_upgrading_an_older_file_leaves_a_verified_backup(
    lead_history: Database, extra_revision: str
) -> None:
    """Before upgrading an older file FunnelDesk keeps a timestamped copy that passes quick_check."""
    if lead_history.path is None:
        pytest.skip("backups of SQLite files")
    path = lead_history.path
    old_revision = migrate.current_revision(lead_history.engine)
    lead_history.close()
    upgraded = Database(path)
    backup = upgraded.migration_backup
    try:
        assert backup is not None and backup.exists()
        assert re.search(r"\d{4}-\d{2}-\d{2}T\d{6}", backup.name), backup.name
        assert quick_check(backup)
        assert _backup_revision_and_leads(backup) == (old_revision, 1)
        assert migrate.current_revision(upgraded.engine) == extra_revision
    finally:
        upgraded.close()


def test_opening_a_current_file_takes_no_backup(db: Database) -> None:
    """Opening a database already at the current schema neither migrates nor copies it."""
    assert db.migration_backup is None
    if db.path is not None:
        db.close()
        assert Database(db.path).migration_backup is None


def test_0016_corrects_the_forecast_of_a_move_at_midnight_on_a_first(tmp_path: Path) -> None:
    """A lead moved exactly at midnight on the 1st of its close month: its forecast is fixed."""
    sqlite_file_pass()
    db = Database(str(tmp_path / "old.db"), migrate=False)
    migrate.upgrade_if_needed(db.engine, "0015")
    with db.write() as session:
        stages = builders.add_pipeline(session, "P", [("A", "open"), ("B", "open"), ("W", "won")])
        lead = builders.add_lead(session, stages, [("A", datetime(2024, 1, 10, 9, 30)),
                                                   ("B", datetime(2024, 2, 1))], None,
                                 value_minor=700, expected_close=date(2024, 2, 15), hook=False)
        history.after_leads_changed(session, [lead])
        right = session.execute(text("SELECT forecast_weight FROM lead_desk")).scalar_one()
        # What 0015's rule stored: the stage before the move (A), as if it were still in force.
        session.execute(text("UPDATE lead_desk SET forecast_weight = 0"))
    db.close()
    upgraded = Database(str(tmp_path / "old.db"))
    try:
        with upgraded.read() as session:
            assert session.execute(text("SELECT forecast_weight FROM lead_desk")).scalar_one() == right != 0
    finally:
        upgraded.close()


def _index_names(db: Database, table: str) -> set[str]:
    with db.engine.connect() as conn:
        return {str(ix["name"]) for ix in inspect(conn).get_indexes(table)}


def _upgraded_from(target: str, revision: str, table: str, index: str) -> tuple[Snapshot, Database]:
    """Fill a database at ``revision`` (``index`` on ``table`` there), then open it upgraded.

    Returns what the old database held and the upgraded one (the caller closes it).
    """
    old = database_at(target, revision)
    assert index in _index_names(old, table)
    before = snapshot(old.engine)
    old.close()
    return before, Database(target)


def test_0017_drops_the_stage_day_index_and_keeps_every_stay(empty_target: str) -> None:
    """Upgrading a filled 0016 database drops ix_stage_stays_stage_day; the stays are unchanged."""
    before, upgraded = _upgraded_from(empty_target, "0016", "stage_stays", "ix_stage_stays_stage_day")
    try:
        assert migrate.current_revision(upgraded.engine) == migrate.HEAD_REVISION
        left = _index_names(upgraded, "stage_stays")
        assert "ix_stage_stays_stage_day" not in left
        # The indexes that now serve its queries are still there.
        assert {"ix_stage_stays_created", "ix_stage_stays_stage_seconds"} <= left
        assert len(before["stage_stays"]) == ROWS_PER_TABLE
        assert_kept(before, snapshot(upgraded.engine))
    finally:
        upgraded.close()


def test_0018_replaces_how_lead_by_partial_indexes_the_desk_uses(empty_target: str) -> None:
    """Upgrading a filled 0017 database: (how, lead_id) gone, the two partial indexes in, rows kept."""
    before, upgraded = _upgraded_from(empty_target, "0017", "stage_changes", "ix_stage_changes_how_lead")
    try:
        left = _index_names(upgraded, "stage_changes")
        assert "ix_stage_changes_how_lead" not in left
        assert set(PARTIAL_HISTORY) <= left
        assert_kept(before, snapshot(upgraded.engine))
        if upgraded.dialect == "sqlite":  # the desk's counts read them, not the whole history
            plan = plan_of_select(upgraded, select(desk_derived._rare_counts(None)))
            for name in PARTIAL_HISTORY:
                assert f"USING INDEX {name}" in plan, plan
    finally:
        upgraded.close()


def test_the_past_gate_index_holds_the_reason_the_import_writes() -> None:
    assert f"reason = '{IMPORTED_PAST_GATE}'" in PARTIAL_HISTORY["ix_stage_changes_past_gate"]


def _index_columns(db: Database, table: str) -> dict[str, list[str]]:
    with db.engine.connect() as conn:
        found = inspect(conn).get_indexes(table)
    return {str(ix["name"]): [str(c) for c in ix["column_names"]] for ix in found}


def test_0019_ends_the_team_report_indexes_in_owner_id(empty_target: str) -> None:
    """Upgrading a filled 0018 database rebuilds six report indexes ending in owner_id; rows kept."""
    before, upgraded = _upgraded_from(empty_target, "0018", "lead_progress", "ix_lead_progress_created")
    try:
        widened = {
            **_index_columns(upgraded, "lead_progress"),
            **_index_columns(upgraded, "stage_stays"),
        }
        names = (
            "ix_lead_progress_funnel", "ix_lead_progress_channel_sums", "ix_lead_progress_channel_cycle",
            "ix_lead_progress_created", "ix_lead_progress_closed", "ix_stage_stays_stage_seconds",
        )
        for name in names:
            assert widened[name][-1] == "owner_id", (name, widened[name])
        assert widened["ix_lead_progress_created"] == ["pipeline_id", "created_day", "status", "owner_id"]
        assert len(before["lead_progress"]) == ROWS_PER_TABLE
        assert_kept(before, snapshot(upgraded.engine))
    finally:
        upgraded.close()


def test_0020_keeps_one_pair_index_that_leads_with_the_target_stage(empty_target: str) -> None:
    """A filled 0019 database upgraded: (to, lead) gone, the pair is (to, from, lead), sums hold the value."""
    before, upgraded = _upgraded_from(empty_target, "0019", "stage_changes", "ix_stage_changes_to_lead")
    try:
        found = _index_columns(upgraded, "stage_changes")
        assert "ix_stage_changes_to_lead" not in found
        assert found["ix_stage_changes_pair"] == ["to_stage_id", "from_stage_id", "lead_id"]
        sums = _index_columns(upgraded, "lead_progress")["ix_lead_progress_owner_sums"]
        assert sums[0] == "pipeline_id" and sums[-1] == "value_minor"
        desk = _index_columns(upgraded, "lead_desk")
        assert "ix_lead_desk_contact" not in desk
        assert desk["ix_lead_desk_compliance"][:4] == ["pipeline_id", "owner_id", "first_contact_seconds",
                                                      "created_day"]
        assert len(before["stage_changes"]) == ROWS_PER_TABLE
        assert_kept(before, snapshot(upgraded.engine))
        if upgraded.dialect == "sqlite":  # the desk's skipped stages still seek both stages
            plan = plan_of_select(upgraded, select(desk_derived._rare_counts(None)))
            assert "ix_stage_changes_pair (to_stage_id=? AND from_stage_id=?)" in plan, plan
    finally:
        upgraded.close()
