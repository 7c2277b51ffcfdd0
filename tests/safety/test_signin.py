"""Sign-in throttling survives a restart, never locks the owner out for good; old hashes re-hashed."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from argon2 import PasswordHasher
from safety_world import make_world

from funneldesk.domain.errors import PermissionDenied
from funneldesk.services import passwords, users
from funneldesk.storage.database import Database
from funneldesk.storage.models import User

PASSWORD = "correct horse battery"


class Clock:
    """A controllable stand-in for datetime in the users service."""

    now_value = datetime(2026, 5, 1, 9, 0)

    @classmethod
    def now(cls) -> datetime:
        """Return the fake current time."""
        return cls.now_value


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> type[Clock]:
    """Freeze the sign-in clock so delays are tested without sleeping."""
    Clock.now_value = datetime(2026, 5, 1, 9, 0)
    monkeypatch.setattr(users, "datetime", Clock)
    return Clock


def _fail(db: Database, login: str) -> str:
    with pytest.raises(PermissionDenied) as caught:
        users.sign_in(db, login, "wrong password!")
    return str(caught.value)


def test_growing_delays_survive_a_restart(db_target: str, clock: type[Clock]) -> None:
    """Failures are counted in the database: a new Database object still makes the user wait."""
    db = Database(db_target)
    world = make_world(db)
    users.set_password(db, world.owner, "eli", PASSWORD)
    delays = []
    for _ in range(6):
        _fail(db, "eli")
        db.close()
        db = Database(db_target)  # a restart between every attempt
        with db.read() as session:
            row = session.query(User).filter_by(login="eli").one()
            delays.append(passwords.wait_remaining(row.failed_logins, row.last_failed_at, clock.now()))
        clock.now_value += delays[-1]  # wait out the delay, no more
    assert delays[:3] == [timedelta(0)] * 2 + [delays[2]] and delays[2] > timedelta(0)
    assert delays[2] < delays[3] < delays[4] < delays[5]
    clock.now_value -= timedelta(seconds=1)
    with pytest.raises(PermissionDenied, match="too many failed attempts"):
        users.sign_in(Database(db_target), "eli", PASSWORD)
    clock.now_value += timedelta(seconds=1)
    assert users.sign_in(db, "eli", PASSWORD).login == "eli"
    db.close()


def test_owner_is_never_locked_out_for_good(db: Database, clock: type[Clock]) -> None:
    """After 10,000 failures the owner waits at most five minutes, then signs in."""
    world = make_world(db)
    users.set_password(db, world.owner, "owner", PASSWORD)
    for _ in range(4):
        _fail(db, "owner")
        clock.now_value += passwords.MAX_DELAY
    with db.write() as session:  # as if attacked for weeks (2**49 s once overflowed here)
        session.query(User).filter_by(login="owner").one().failed_logins = 10_000
    assert passwords.retry_delay(10_000) == passwords.MAX_DELAY == timedelta(minutes=5)
    _fail(db, "owner")
    clock.now_value += passwords.MAX_DELAY
    assert users.sign_in(db, "owner", PASSWORD).role == "owner"


def test_old_parameter_hashes_are_rehashed_on_sign_in(db: Database) -> None:
    """A hash made with weaker parameters is replaced by a current one at the next sign-in."""
    world = make_world(db)
    weak = PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1).hash(PASSWORD)
    with db.write() as session:
        session.query(User).filter_by(login="mia").one().password_hash = weak
    assert passwords.needs_rehash(weak)
    assert users.sign_in(db, "mia", PASSWORD).id == world.manager.id
    with db.read() as session:
        stored = session.query(User).filter_by(login="mia").one().password_hash
    assert stored != weak and stored is not None and not passwords.needs_rehash(stored)
    assert passwords.verify_password(stored, PASSWORD) and PASSWORD not in stored
