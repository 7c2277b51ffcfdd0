"""Fill an empty full-text index on a second core while the load goes on, then move it in.

A bulk load (``bulk_load``) replays the search index's AFTER INSERT trigger once for all
new rows. At 1M leads that one statement is ~13 s of trigram tokenising on the loading
connection's only thread, while the second core idles. When the index is still empty
(a demo or a first big import), ``SearchBuild`` does the same replay on its own thread and
connection, into a scratch file: the loading thread hands it the columns the trigger reads
as JSON chunks (made by SQLite), which it shows under the source table's name (a view),
beside a virtual table made by the very ``CREATE`` statement the real one was made by;
then it runs the trigger's own ``INSERT ... SELECT``. Meanwhile the
loading connection rebuilds its indexes and derived tables. ``finish`` then drops and
re-creates the real index (a fresh, empty one, with no state cached by this connection)
and copies the scratch index's shadow tables into it (the scratch file attached to the
loading connection until its transaction ends): the same SQLite library wrote them
for a table of the same definition, so they are the index the replay would have made
(``tests/storage/test_search_build.py`` compares searches and runs FTS5's integrity-check).

Everything the real database receives is written by the loading connection inside its one
transaction: a failure or Ctrl+C anywhere rolls it all back, and the scratch file is
deleted in every case.
"""

from __future__ import annotations

import os
import queue
import re
import sqlite3
import sys
import tempfile
import threading
from contextlib import suppress
from pathlib import Path

from sqlalchemy import Connection, event, text
from sqlalchemy.orm import Session

ROWS_PER_CHUNK = 50_000  # ids handed to the builder at a time (~7 MB of JSON at most)
QUEUED_CHUNKS = 4
FTS_HASH = 64 * 1024 * 1024  # FTS5 gathers this much before writing a segment (bulk_load._fts_hash)
_DONE = None
ALIAS = "fd_search_aside"  # the scratch file's name on the loading connection while it is copied


def target_of(body: str) -> str:
    """Return the table an ``INSERT INTO name(...) SELECT ...`` writes to."""
    match = re.match(r"\s*INSERT INTO (\w+)", body, re.IGNORECASE)
    return match.group(1) if match else ""


def create_sql_of(session: Session, name: str) -> str | None:
    """Return the CREATE statement SQLite keeps for a table (None if there is none)."""
    found = session.execute(text("SELECT sql FROM sqlite_master WHERE name = :n"), {"n": name}).scalar()
    return str(found) if found else None


def is_fts5(create_sql: str | None) -> bool:
    """Say whether a CREATE statement makes an FTS5 virtual table."""
    return bool(create_sql) and "using fts5" in str(create_sql).lower()


def can_build_aside(session: Session, body: str) -> bool:
    """Say whether the trigger body fills an empty FTS5 table of a file-backed SQLite database."""
    name = target_of(body)
    if not is_fts5(create_sql_of(session, name)):
        return False
    has_rows = session.execute(text(f'SELECT 1 FROM "{name}" LIMIT 1')).first()  # pending rows too
    return has_rows is None and _folder(session) is not None


def _folder(session: Session) -> Path | None:
    """Return the folder of the database file (None for an in-memory database)."""
    bind = session.get_bind()
    database = bind.engine.url.database
    if not database or database == ":memory:" or database.startswith("file::memory:"):
        return None
    return Path(database).resolve().parent


class SearchBuild:
    """One aside build of an empty FTS5 index from the rows a trigger body would index."""

    def __init__(self, session: Session, body: str, source: str, condition: str) -> None:
        self.session, self.body, self.source, self.condition = session, body, source, condition
        self.target = target_of(body)
        create = create_sql_of(session, self.target)
        assert create is not None, "can_build_aside said the target exists"
        self.create_sql = create
        self.columns = sorted(set(re.findall(r"\bnew\.(\w+)", body + " " + condition)) | {"id"})
        folder = _folder(session)
        handle, name = tempfile.mkstemp(prefix=".funneldesk-search-", suffix=".db", dir=folder)
        os.close(handle)
        self.scratch = Path(name)
        self.rows: queue.Queue[str | None] = queue.Queue(QUEUED_CHUNKS)
        self.error: BaseException | None = None
        self.stopping = threading.Event()  # set by discard(): the builder gives up at once
        self.thread = threading.Thread(target=self._run, name="search-build", daemon=True)

    def start(self) -> None:
        """Hand the builder every row of the source table, chunk by chunk, and let it index them.

        Every row, not just the loaded ones: the real index is replaced, so it must end up
        holding what a replay over all rows would give (rows indexed earlier in this
        transaction may still sit in FTS5's memory, not in its tables).
        """
        self.thread.start()
        # Each chunk crosses as one JSON text that SQLite makes here and unpacks there: rows
        # handed over as Python tuples cost the loading thread 4.8 s at 1M leads (both
        # threads fighting for the GIL at every row), JSON chunks under 1 s.
        wanted = ", ".join(f'"{c}"' for c in self.columns)
        chunk = text(f'SELECT json_group_array(json_array({wanted})) FROM "{self.source}" '
                     "WHERE id >= :low AND id < :high")
        last = text(f'SELECT coalesce(max(id), 0) FROM "{self.source}"')
        top = int(self.session.execute(last).scalar_one())
        try:
            for low in range(0, top + 1, ROWS_PER_CHUNK):
                bounds = {"low": low, "high": low + ROWS_PER_CHUNK}
                self._put(self.session.execute(chunk, bounds).scalar_one())
        finally:
            self._put(_DONE)

    def _put(self, item: str | None) -> None:
        """Queue a chunk, unless the builder has already failed (it reads no more)."""
        while self.thread.is_alive():
            try:
                self.rows.put(item, timeout=0.2)
                return
            except queue.Full:
                continue

    def _run(self) -> None:
        aside = None
        try:
            _yield_the_cpu()
            aside = sqlite3.connect(self.scratch, isolation_level=None)
            # Every 10,000 steps SQLite asks whether to stop: a statement of the builder
            # ends within milliseconds of discard(), whatever it is doing.
            aside.set_progress_handler(self.stopping.is_set, 10_000)
            self._build(aside)
        except BaseException as error:  # re-raised on the loading thread by finish()
            self.error = error
        finally:
            if aside is not None:
                aside.close()

    def _next_chunk(self) -> str | None:
        """Return the next chunk of rows (None after the last), or raise once discard() ran."""
        while not self.stopping.is_set():
            with suppress(queue.Empty):
                return self.rows.get(timeout=0.2)
        raise InterruptedError("the search index build was stopped")

    def _build(self, aside: sqlite3.Connection) -> None:
        aside.execute("PRAGMA journal_mode = OFF")  # a scratch file: thrown away in any case
        aside.execute("PRAGMA synchronous = OFF")
        aside.execute("BEGIN")
        aside.execute("CREATE TABLE chunks (rows TEXT)")
        while (chunk := self._next_chunk()) is not _DONE:
            aside.execute("INSERT INTO chunks VALUES (?)", (chunk,))
        # The source table's name and columns, read out of the JSON rows as the replay goes.
        columns = ", ".join(f"json_extract(row.value, '$[{i}]') AS \"{name}\""
                            for i, name in enumerate(self.columns))
        aside.execute(f'CREATE VIEW "{self.source}" AS SELECT {columns} '
                      "FROM chunks, json_each(chunks.rows) AS row")
        aside.execute(self.create_sql)
        command = f'INSERT INTO "{self.target}"("{self.target}", rank) VALUES (?, ?)'
        aside.execute(command, ("hashsize", FTS_HASH))
        where = f" WHERE {_of_table(self.condition, self.source)}" if self.condition else ""
        aside.execute(f'{_of_table(self.body, self.source)} FROM "{self.source}"{where}')
        aside.execute("COMMIT")

    def finish(self) -> None:
        """Wait for the builder; replace the (empty) real index by what it built."""
        self.thread.join()
        if self.error is not None:
            raise self.error
        connection = self.session.connection()
        keep = connection.exec_driver_sql(
            f'SELECT k, v FROM "{self.target}_config" WHERE k != \'version\'').all()
        connection.exec_driver_sql(f'DROP TABLE "{self.target}"')
        connection.exec_driver_sql(self.create_sql)
        # Copied by SQLite from the scratch file attached to this connection: measured on the
        # 1M demo's index (429 MB of segments, 1M row sizes), 0.7 s against 2.7-3.8 s for
        # the rows fetched and inserted through Python.
        self._attach(connection)
        for shadow in self._shadow_tables(connection):
            connection.exec_driver_sql(f'DELETE FROM main."{shadow}"')
            connection.exec_driver_sql(f'INSERT INTO main."{shadow}" SELECT * FROM {ALIAS}."{shadow}"')
        for key, value in keep:  # the real index's own settings, through FTS5's command
            connection.exec_driver_sql(
                f'INSERT INTO "{self.target}"("{self.target}", rank) VALUES (?, ?)', (key, value))

    def _attach(self, connection: Connection) -> None:
        """Attach the scratch file to the loading connection until its transaction ends.

        SQLite refuses to detach a file read in an open transaction, so the detach (and the
        file's deletion) wait for the session's commit or rollback.
        """
        raw = connection.connection.driver_connection
        assert raw is not None, "a connection in a transaction has its driver connection"
        connection.exec_driver_sql(f"ATTACH DATABASE ? AS {ALIAS}", (str(self.scratch),))

        def detach() -> None:
            with suppress(sqlite3.Error):  # a connection already closed has nothing attached
                raw.execute(f"DETACH DATABASE {ALIAS}")
            self._delete_scratch()

        # Each removes the other (removing a listener while its own event runs is refused).
        def after_commit(_session: Session) -> None:
            event.remove(self.session, "after_rollback", after_rollback)
            detach()

        def after_rollback(_session: Session) -> None:
            event.remove(self.session, "after_commit", after_commit)
            detach()

        event.listen(self.session, "after_commit", after_commit, once=True)
        event.listen(self.session, "after_rollback", after_rollback, once=True)

    def _shadow_tables(self, connection: Connection) -> list[str]:
        """Return the scratch index's shadow tables holding its content (not its settings)."""
        found = connection.exec_driver_sql(
            f"SELECT name FROM {ALIAS}.sqlite_master WHERE type = 'table' AND name LIKE ? ESCAPE '\\'",
            (self.target.replace("_", "\\_") + "\\_%",)).all()
        return [name for (name,) in found if name != f"{self.target}_config"]

    def discard(self) -> None:
        """Stop the builder if it still runs and delete the scratch file."""
        self.stopping.set()
        if self.thread.ident is not None:  # started
            self.thread.join()
        self._delete_scratch()

    def _delete_scratch(self) -> None:
        """Delete the scratch file (where it is still attached, Windows refuses: detach retries)."""
        for suffix in ("", "-journal", "-wal", "-shm"):
            with suppress(OSError):
                Path(f"{self.scratch}{suffix}").unlink(missing_ok=True)


def _yield_the_cpu() -> None:
    """Give the calling thread the lowest CPU priority, where the system allows it (Linux).

    The loading thread's statements are the critical path; this build only has to end
    before they do, so it takes what they leave idle. (On Linux a thread's native id
    names it to setpriority; elsewhere the call is skipped or fails harmlessly.)
    """
    if sys.platform.startswith("linux"):
        with suppress(OSError):
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 19)


def _of_table(body: str, table: str) -> str:
    return re.sub(r"\bnew\.", f'"{table}".', body)
