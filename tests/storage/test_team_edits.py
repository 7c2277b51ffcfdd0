"""Team mode: two desktops on one PostgreSQL database never silently overwrite each other."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from decimal import Decimal

import pytest

from funneldesk.domain.errors import StaleEdit
from funneldesk.domain.records import LeadRecord, UserRecord
from funneldesk.services import leads, pipelines, users
from funneldesk.storage.database import Database


@pytest.fixture
def desktops(db_target: str) -> Iterator[tuple[Database, Database]]:
    """Open the same PostgreSQL database twice, as two desktops would (two connections)."""
    if "://" not in db_target:
        pytest.skip("team mode runs on PostgreSQL")
    first, second = Database(db_target), Database(db_target)
    yield first, second
    first.close()
    second.close()


@pytest.fixture
def shared_lead(desktops: tuple[Database, Database]) -> tuple[UserRecord, LeadRecord]:
    """Create the owner and one lead both desktops will edit."""
    db = desktops[0]
    owner = users.ensure_owner(db)
    pipelines.create_from_template(db, owner, "typical-sales")
    return owner, leads.create_lead(db, owner, {"title": "Acme rollout", "value": "1000"})


def test_stale_save_is_refused_not_lost(
    desktops: tuple[Database, Database], shared_lead: tuple[UserRecord, LeadRecord]
) -> None:
    """Both desktops open the lead; the second save is refused and shows what is stored now."""
    alice_db, bob_db = desktops
    owner, lead = shared_lead
    alice_view = leads.get_lead(alice_db, owner, lead.id)
    bob_view = leads.get_lead(bob_db, owner, lead.id)
    leads.update_lead(alice_db, owner, lead.id, {"value": "2500"}, alice_view.version)
    with pytest.raises(StaleEdit, match="someone else changed") as refused:
        leads.update_lead(bob_db, owner, lead.id, {"value": "10"}, bob_view.version)
    current = refused.value.current
    assert isinstance(current, LeadRecord) and current.value == Decimal("2500")
    stored = leads.get_lead(bob_db, owner, lead.id)
    assert (stored.value, stored.version) == (Decimal("2500"), lead.version + 1)


def test_save_racing_an_open_transaction_waits_then_is_refused(
    desktops: tuple[Database, Database], shared_lead: tuple[UserRecord, LeadRecord]
) -> None:
    """A save that arrives while another desktop's save is in flight waits for it, then is refused."""
    alice_db, bob_db = desktops
    owner, lead = shared_lead
    outcome: list[BaseException | LeadRecord] = []

    def bob_saves() -> None:
        try:
            outcome.append(leads.update_lead(bob_db, owner, lead.id, {"title": "Bob's"}, lead.version))
        except StaleEdit as exc:
            outcome.append(exc)

    with alice_db.write() as session:
        leads.update_in_session(session, owner, lead.id, {"title": "Alice's"}, lead.version)
        bob = threading.Thread(target=bob_saves)
        bob.start()
        bob.join(timeout=0.5)
        assert bob.is_alive(), "the second save did not wait for the first"
    bob.join(timeout=30)
    assert len(outcome) == 1 and isinstance(outcome[0], StaleEdit)
    assert leads.get_lead(bob_db, owner, lead.id).title == "Alice's"
