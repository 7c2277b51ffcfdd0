"""Bulk loading (the demo, big imports): indexes off during the load, sequence repair.

``bulk_load`` takes the secondary indexes and the search-index trigger of the loaded
tables off for the load and rebuilds them set-wise afterwards, all inside the caller's
one transaction: building an index once from sorted keys is several times faster than
growing it a row at a time. Measured on 1M leads (3.57M stage changes, ~10M rows with
the derived tables, 3 GB): the 38 index builds were about 55 s of CPU and the search
index 13 s, the bulk of the demo's time. So the index builds sort on a worker thread
(``sorting_in_parallel``), and an empty search index is filled on another thread
(``search_build``) while the indexes and the caller's ``meanwhile`` work go on.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from typing import Any

from sqlalchemy import Connection, func, select, text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from funneldesk.storage.models import Base
from funneldesk.storage.search_build import (
    FTS_HASH,
    SearchBuild,
    can_build_aside,
    create_sql_of,
    is_fts5,
    target_of,
)

CHUNK = 5000
FTS_DEFAULT_HASH = 1024 * 1024
# Below this many rows the indexes are left in place: rebuilding them over a large
# existing table would cost more than the rows save.
BULK_ABOVE = 20_000
SORT_CACHE_KIB = 8192  # see sorting_in_parallel
SORT_THREADS = min(2, os.cpu_count() or 1)
# An AFTER INSERT trigger of the shape "INSERT INTO t(...) SELECT new.a, ... WHERE ..."
# (the search index's) can be replayed for many rows at once; other triggers stay on.
_REPLAYABLE = re.compile(r"^CREATE TRIGGER \w+ AFTER INSERT ON (\w+) BEGIN (INSERT INTO .+ SELECT .+?)"
                         r"(?: WHERE (.+))?; END;?$", re.DOTALL | re.IGNORECASE)


# The search index's AFTER UPDATE trigger: take the old values out, put the new ones in.
_REINDEXING = re.compile(
    r"^CREATE TRIGGER \w+ AFTER UPDATE OF [\w, ]+ ON (\w+) BEGIN "
    r"(INSERT INTO .+? SELECT .+?)(?: WHERE (.+?))?; (INSERT INTO .+? SELECT .+?)(?: WHERE (.+?))?; END;?$",
    re.DOTALL | re.IGNORECASE,
)


def next_id(session: Session, model: type[Base]) -> int:
    """Return the first free primary key of a table (max(id) + 1)."""
    return int(session.scalar(select(func.coalesce(func.max(model.id), 0))) or 0) + 1  # type: ignore[attr-defined]


Indexes = list[tuple[str, str]]
Triggers = list[tuple[str, str, str]]


def _schema(session: Session, tables: Sequence[str]) -> tuple[Indexes, Triggers]:
    """Return the secondary indexes (name, sql) and replayable triggers (name, sql, table) of tables."""
    marks = ", ".join(f"'{t}'" for t in tables)
    found = session.execute(text(
        f"SELECT type, name, tbl_name, sql FROM sqlite_master WHERE tbl_name IN ({marks}) "
        "AND sql IS NOT NULL AND type IN ('index', 'trigger')")).all()
    indexes = [(name, sql) for kind, name, _t, sql in found if kind == "index"]
    triggers = [(name, sql, table) for kind, name, table, sql in found
                if kind == "trigger" and _REPLAYABLE.match(sql)]
    return indexes, triggers


def _parts(trigger_sql: str) -> tuple[str, str]:
    """Return a replayable trigger's INSERT ... SELECT and its WHERE condition ('' if none)."""
    match = _REPLAYABLE.match(trigger_sql)
    assert match is not None
    return match.group(2), match.group(3) or ""


def _replay(session: Session, trigger_sql: str, table: str, first_id: int) -> None:
    """Do for every row with id >= first_id what the AFTER INSERT trigger does for one."""
    body, condition = _parts(trigger_sql)
    with _fts_hash(session, body):
        _for_rows(session, (body, condition, "new"), table, f"{table}.id >= :first", {"first": first_id})


def _for_rows(
    session: Session, statement: tuple[str, str | None, str], table: str, where: str, params: dict[str, Any]
) -> None:
    """Run a trigger's statement (body, its WHERE, the row's alias) for the table's rows ``where`` says."""
    body, condition, alias = statement

    def of_table(sql: str) -> str:
        return re.sub(rf"\b{alias}\.", f"{table}.", sql)

    where += f" AND ({of_table(condition)})" if condition else ""
    session.execute(text(f"{of_table(body)} FROM {table} WHERE {where}"), params)


@contextmanager
def _fts_hash(session: Session, body: str) -> Iterator[None]:
    """While replaying into an FTS5 table, let it gather 64 MiB of terms before writing a segment.

    Measured on 1M leads: 23 s of CPU with FTS5's default 1 MiB, 16 s with 64 MiB (fewer,
    larger segments to merge). The table's own setting is put back afterwards.
    """
    name = target_of(body)
    if not is_fts5(create_sql_of(session, name)):
        yield
        return
    config = f'"{name}_config"'
    before = session.execute(text(f"SELECT v FROM {config} WHERE k = 'hashsize'")).scalar()
    command = text(f'INSERT INTO "{name}"("{name}", rank) VALUES (\'hashsize\', :size)')
    session.execute(command, {"size": FTS_HASH})
    yield
    session.execute(command, {"size": before if before is not None else FTS_DEFAULT_HASH})
    if before is None:  # leave the config table as it was (the value above is FTS5's default)
        session.execute(text(f"DELETE FROM {config} WHERE k = 'hashsize'"))


@contextmanager
def bulk_load(
    session: Session, tables: Sequence[str], first_ids: dict[str, int], rows: int,
    meanwhile: Callable[[], None] | None = None,
) -> Iterator[None]:
    """On SQLite, load ``rows`` rows with the tables' indexes and search trigger off; rebuild after.

    ``first_ids`` names, per table with a replayable trigger, the first id loaded.
    ``meanwhile``: work to run once the rows and their indexes are in (on every path),
    while an empty search index fills on another core (``search_build``); it must not
    write the loaded tables. All of it happens in the caller's transaction: a failure
    rolls the indexes back with the rows.
    """
    if session.get_bind().dialect.name != "sqlite" or rows < BULK_ABOVE:
        with search_replayed(session, tables, first_ids):
            yield
        if meanwhile is not None:
            meanwhile()
        return
    indexes, triggers = _schema(session, tables)
    for name, _sql in indexes:
        session.execute(text(f'DROP INDEX "{name}"'))
    for name, _sql, _table in triggers:
        session.execute(text(f'DROP TRIGGER "{name}"'))
    yield
    aside: dict[str, SearchBuild] = {}
    try:
        # The search index fills aside, at the lowest priority, through the index builds
        # and ``meanwhile``: on the core they leave idle. With nothing to do meanwhile,
        # the replay in place is as fast and copies nothing.
        for name, sql, table in triggers:
            body, condition = _parts(sql)
            if meanwhile is not None and can_build_aside(session, body):
                aside[name] = SearchBuild(session, body, table, condition)
                aside[name].start()
        with sorting_in_parallel(session):
            for _name, sql in indexes:
                session.execute(text(sql))
        if meanwhile is not None:
            meanwhile()
        for name, sql, table in triggers:
            session.execute(text(sql))
            if name in aside:
                aside[name].finish()
            else:
                _replay(session, sql, table, first_ids[table])
    finally:
        for build in aside.values():
            build.discard()


@contextmanager
def search_replayed(session: Session, tables: Sequence[str], first_ids: dict[str, int]) -> Iterator[None]:
    """On SQLite, insert rows with the search trigger off, then index them in one statement.

    FTS5 writes its pending terms out as a new segment at every statement boundary inside
    a transaction, and a trigger's INSERT is one per row: 2,000 imported leads into a
    1M-lead file took 8 s plus 3.6 s to commit (a segment, and merges, per lead), against
    0.05 s for the rows themselves. Replayed set-wise, the new rows make one segment.
    ``first_ids`` names, per table with a replayable trigger, the first id inserted; the
    table's other indexes stay in place. A failure rolls the trigger back with the rows.
    """
    if session.get_bind().dialect.name != "sqlite":
        yield
        return
    _indexes, triggers = _schema(session, tables)
    triggers = [t for t in triggers if t[2] in first_ids]
    for name, _sql, _table in triggers:
        session.execute(text(f'DROP TRIGGER "{name}"'))
    yield
    for _name, sql, table in triggers:
        session.execute(text(sql))
        _replay(session, sql, table, first_ids[table])


@contextmanager
def search_reindexed(session: Session, table: str, ids: Sequence[int]) -> Iterator[None]:
    """On SQLite, update these rows with the search trigger off; re-index them set-wise around it.

    As ``search_replayed`` for updates: the trigger takes a row's old values out of the
    index and puts the new ones in, one statement (and one FTS5 segment) per row. Here
    the rows' entries come out in one statement before the update and go back in one
    after (2,000 leads re-imported into a 1M-lead file: 11.9 s before).
    """
    if session.get_bind().dialect.name != "sqlite" or not ids:
        yield
        return
    found = session.execute(
        text("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = :t"), {"t": table}
    ).all()
    reindexing = [(name, sql, match) for name, sql in found if (match := _REINDEXING.match(sql))]
    listed = {"ids": json.dumps([int(i) for i in ids])}
    where = f"{table}.id IN (SELECT value FROM json_each(:ids))"
    for name, _sql, match in reindexing:
        session.execute(text(f'DROP TRIGGER "{name}"'))
        _for_rows(session, (match.group(2), match.group(3), "old"), table, where, listed)
    yield
    for _name, sql, match in reindexing:
        session.execute(text(sql))
        _for_rows(session, (match.group(4), match.group(5), "new"), table, where, listed)


@contextmanager
def sorting_in_parallel(executor: Session | Connection) -> Iterator[None]:
    """On SQLite, let CREATE INDEX sort in cache-sized runs on worker threads; restore after.

    With one big cache, SQLite sorts an index's keys in one run on its own thread; with an
    8 MiB cache it sorts runs of that size, on a second core when ``threads`` allows, and
    merges them. Measured on 1M leads: 1.7-2x faster per index (stage_stays (pipeline_id,
    stage_id, created_day, seconds) 5.1 s -> 2.4 s; leads (title) 1.4 s -> 0.6 s).
    """
    bind = executor.get_bind() if isinstance(executor, Session) else executor
    if bind.dialect.name != "sqlite":
        yield
        return
    cache = executor.execute(text("PRAGMA cache_size")).scalar_one()
    threads = executor.execute(text("PRAGMA threads")).scalar_one()
    executor.execute(text(f"PRAGMA cache_size = -{SORT_CACHE_KIB}"))
    executor.execute(text(f"PRAGMA threads = {SORT_THREADS}"))
    with _restored(executor, f"PRAGMA cache_size = {int(cache)}", f"PRAGMA threads = {int(threads)}"):
        yield


@contextmanager
def big_cache(session: Session, kib: int = 262144) -> Iterator[None]:
    """On SQLite, give this connection a large page cache while the indexes grow, then restore it.

    Measured: with the default 2 MiB cache, inserting 100,000 leads slowed down as the
    indexes outgrew it.
    """
    if session.get_bind().dialect.name != "sqlite":
        yield
        return
    before = session.execute(text("PRAGMA cache_size")).scalar_one()
    session.execute(text(f"PRAGMA cache_size = -{int(kib)}"))
    with _restored(session, f"PRAGMA cache_size = {int(before)}"):
        yield


@contextmanager
def _restored(executor: Session | Connection, *statements: str) -> Iterator[None]:
    """Run these statements after the block, on failure too, unless the connection is gone.

    Ctrl+C inside a statement makes SQLAlchemy drop the connection (SQLite rolls the
    transaction back): restoring its settings then fails, and must not hide the Ctrl+C.
    """
    try:
        yield
    except BaseException:
        with suppress(SQLAlchemyError):
            for statement in statements:
                executor.execute(text(statement))
        raise
    for statement in statements:
        executor.execute(text(statement))


def repair_sequence(session: Session, model: type[Base]) -> None:
    """On PostgreSQL, move the id sequence past ids that were inserted explicitly."""
    if session.get_bind().dialect.name != "postgresql":
        return  # SQLite's rowid keys continue from max(id) by themselves
    table = model.__table__.name  # type: ignore[attr-defined]
    session.execute(
        text(
            f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
            f"(SELECT COALESCE(MAX(id), 0) + 1 FROM {table}), false)"
        )
    )
