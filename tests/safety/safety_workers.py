"""Child processes for the crash, concurrency and backup suites; each prints acks after commits.

Usage: python safety_workers.py COMMAND DB [ARGS...]; every line on stdout is flushed.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable

from sqlalchemy import select

from funneldesk.services import engagement, leads, moves
from funneldesk.services.users import get_actor
from funneldesk.spreadsheets.importer import ImportOptions, run_import
from funneldesk.storage.database import Database
from funneldesk.storage.models import Setting

OPEN_STAGES = ("New", "Talking", "Offer")


def say(*parts: object) -> None:
    """Print one line and flush it at once (the parent reads acks as they come)."""
    print(*parts, flush=True)


def import_all(db: Database, csv_path: str) -> None:
    """Import a spreadsheet through the importer service, which uses ONE transaction."""
    say("begin")
    run_import(db, get_actor(db), csv_path, ImportOptions(pipeline="Free"))
    say("committed")


def _action(db: Database, rng: random.Random, seq: int, mine: list[int]) -> str:
    owner = get_actor(db)
    kind = rng.choice(("create", "edit", "move", "activity")) if mine else "create"
    if kind == "create":
        lead = leads.create_lead(db, owner, {"title": f"c{seq}"}, pipeline="Free")
        mine.append(lead.id)
        return f"create {lead.id} c{seq}"
    lead_id = rng.choice(mine)
    if kind == "edit":
        leads.update_lead(db, owner, lead_id, {"notes": f"n{seq}"})
        return f"edit {lead_id} n{seq}"
    if kind == "activity":
        engagement.log_activity(db, owner, lead_id, "call", f"a{seq}")
        return f"activity {lead_id} a{seq}"
    current = leads.get_lead(db, owner, lead_id).stage_name
    target = rng.choice([s for s in OPEN_STAGES if s != current])
    moves.move_lead(db, owner, lead_id, target)
    return f"move {lead_id} {target}"


def actions(db: Database, seed: str, count: str) -> None:
    """Run random service actions, acknowledging each one after its commit."""
    rng = random.Random(int(seed))
    mine: list[int] = []
    for seq in range(int(count)):
        say("ack", _action(db, rng, seq, mine))
    say("done")


def mover(db: Database, lead_ids: str, count: str) -> None:
    """Move each of these leads back and forth ``count`` times in total; report errors."""
    owner = get_actor(db)
    ids = [int(x) for x in lead_ids.split(",")]
    errors = 0
    for i in range(int(count)):
        lead_id = ids[i % len(ids)]
        target = OPEN_STAGES[1 + (i // len(ids)) % 2]
        try:
            moves.move_lead(db, owner, lead_id, target)
        except Exception as exc:  # counted: the figure is user-visible errors
            errors += 1
            print(f"error {type(exc).__name__}: {exc}", file=sys.stderr, flush=True)
    say(f"errors={errors}")


def increment(db: Database, key: str, count: str) -> None:
    """Add one to a shared settings row ``count`` times, each in its own transaction."""
    for _ in range(int(count)):
        with db.write() as session:
            row = session.scalars(select(Setting).where(Setting.key == key)).one()
            row.value = str(int(row.value) + 1)
    say("done")


def writer(db: Database) -> None:
    """Create leads forever, acknowledging each id after its commit."""
    owner = get_actor(db)
    i = 0
    while True:
        lead = leads.create_lead(db, owner, {"title": f"w{i}", "notes": "x" * 200}, pipeline="Free")
        say("committed", lead.id)
        i += 1


COMMANDS: dict[str, Callable[..., None]] = {
    "import": import_all, "actions": actions, "mover": mover,
    "increment": increment, "writer": writer,
}


def main() -> None:
    """Dispatch to one worker command."""
    command, target, *rest = sys.argv[1:]
    db = Database(target)
    try:
        COMMANDS[command](db, *rest)
    finally:
        db.close()


if __name__ == "__main__":
    main()
