"""Retry of serialization failures and deadlocks: forced with fake errors, on any engine."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy.exc import OperationalError

from funneldesk.domain.errors import DatabaseError, StaleEdit
from funneldesk.storage import retry


class FakePgError(Exception):
    """Stands in for a psycopg error carrying an SQLSTATE."""

    def __init__(self, sqlstate: str) -> None:
        super().__init__(f"sqlstate {sqlstate}")
        self.sqlstate = sqlstate


def _failing(code: str, times: int) -> tuple[list[int], object]:
    calls: list[int] = []

    @retry.retrying
    def save() -> str:
        calls.append(1)
        if len(calls) <= times:
            raise OperationalError("COMMIT", {}, FakePgError(code))
        return "saved"

    return calls, save


@pytest.fixture(autouse=True)
def _no_sleep(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(retry, "_pause", lambda attempt: None)


@pytest.mark.parametrize("code", ["40001", "40P01"])
def test_transient_errors_are_retried_up_to_three_times(code: str) -> None:
    """Three failures then success: the caller sees only the success."""
    calls, save = _failing(code, 3)
    assert save() == "saved"  # type: ignore[operator]
    assert len(calls) == 4


def test_a_fourth_failure_becomes_a_plain_database_error() -> None:
    """After three retries the user gets a one-line reason, not a traceback."""
    calls, save = _failing("40001", 10)
    with pytest.raises(DatabaseError, match="nothing was changed"):
        save()  # type: ignore[operator]
    assert len(calls) == 4


@pytest.mark.parametrize("error", [OperationalError("x", {}, FakePgError("08006")),
                                   StaleEdit("someone else changed this lead"), ValueError("x")])
def test_other_errors_are_not_retried(error: Exception) -> None:
    """Dropped connections, stale edits and bugs surface at once."""
    calls: list[int] = []

    @retry.retrying
    def save() -> None:
        calls.append(1)
        raise error

    with pytest.raises(type(error)):
        save()
    assert calls == [1]


def test_sqlstate_is_found_through_the_cause_chain() -> None:
    """A wrapped serialization failure is still recognised."""
    try:
        try:
            raise OperationalError("x", {}, FakePgError("40001"))
        except OperationalError as inner:
            raise RuntimeError("wrapped") from inner
    except RuntimeError as outer:
        assert retry.is_retryable(outer)


def test_sqlite_busy_is_retried() -> None:
    """SQLite's "database is locked" after the busy timeout: nothing changed, run it again."""
    busy = sqlite3.OperationalError("database is locked")
    busy.sqlite_errorcode = 5
    calls: list[int] = []

    @retry.retrying
    def save() -> str:
        calls.append(1)
        if len(calls) == 1:
            raise OperationalError("BEGIN IMMEDIATE", {}, busy)
        return "saved"

    assert save() == "saved" and len(calls) == 2
