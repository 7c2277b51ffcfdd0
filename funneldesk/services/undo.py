"""A per-session undo stack of lead operations; undo and redo go through the same services.

Like Anki's, the stack lives in the core: the GUI performs undoable operations
through it and asks it for the names of the next undo and redo. An undone move is
a new stage change recorded with how='undo'; moving back is always allowed, and
undoing a backward move is a forward move that passes the gate again (a refusal
raises ``GateRefused`` and leaves the stack as it was).

Threading: an ``UndoStack`` is used by one thread at a time (the GUI's database
worker); its ``undo_label``/``redo_label`` are plain attribute reads.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from funneldesk.domain.records import LeadRecord, MoveResult, UserRecord
from funneldesk.services import bulk_undo, checklist_undo, leads, moves
from funneldesk.services.browse import BulkResult
from funneldesk.services.checklist_undo import CHECKLIST_KINDS
from funneldesk.services.fields import EDITABLE
from funneldesk.services.lead_rows import load_lead, record_of
from funneldesk.storage.database import Database


@dataclass(frozen=True, slots=True)
class UndoLabel:
    """What an undoable step did, as codes the GUI turns into words: kind and its subject."""

    kind: str  # "move", "lost", "edit", "assign", "delete", "tick", "untick", "approve"
    subject: str  # the target stage's name, the lead's title, the owner's or criterion's name
    count: int = 1  # how many leads a bulk step changed


@dataclass(frozen=True, slots=True)
class Command:
    """One undoable step on one lead: enough to do it again and to reverse it."""

    label: UndoLabel
    lead_id: int
    before: dict[str, Any] = field(default_factory=dict)
    after: dict[str, Any] = field(default_factory=dict)
    bulk: dict[int, Any] = field(default_factory=dict)  # lead id -> its value before a bulk step
    token: object = None  # chunks of one bulk run share it and become one step


@dataclass(frozen=True, slots=True)
class Change:
    """What an undo or redo changed: the label of the step and the lead afterwards."""

    label: UndoLabel
    lead_id: int
    lead: LeadRecord | None
    lead_ids: frozenset[int] = frozenset()  # every lead the step touched (a bulk step: many)


class UndoStack:
    """Perform lead operations and remember how to reverse them; redo is cleared by a new step."""

    def __init__(self, db: Database, limit: int = 200) -> None:
        self.db = db
        self.limit = limit
        self._undo: list[Command] = []
        self._redo: list[Command] = []

    @property
    def undo_label(self) -> UndoLabel | None:
        """Return the label of the step Undo would reverse."""
        return self._undo[-1].label if self._undo else None

    @property
    def redo_label(self) -> UndoLabel | None:
        """Return the label of the step Redo would repeat."""
        return self._redo[-1].label if self._redo else None

    def clear(self) -> None:
        """Forget every step (a new user signed in, another database opened)."""
        self._undo.clear()
        self._redo.clear()

    def _push(self, command: Command) -> None:
        self._undo.append(command)
        del self._undo[: -self.limit]
        self._redo.clear()

    def move(
        self,
        actor: UserRecord,
        lead_id: int,
        target: int | str,
        *,
        expected_version: int | None = None,
        override: str | None = None,
    ) -> MoveResult:
        """Move a lead through the gate and remember where it came from."""
        before = self._stage_of(actor, lead_id)
        result = moves.move_lead(
            self.db, actor, lead_id, target, expected_version=expected_version, override=override
        )
        self._push(
            Command(
                UndoLabel("move", result.lead.stage_name),
                lead_id,
                {"stage_id": before},
                {"stage_id": result.lead.stage_id},
            )
        )
        return result

    def mark_lost(self, actor: UserRecord, lead_id: int, reason: str, note: str = "") -> MoveResult:
        """Mark a lead lost and remember its stage before."""
        before = self._stage_of(actor, lead_id)
        result = moves.mark_lost(self.db, actor, lead_id, reason, note)
        self._push(
            Command(
                UndoLabel("lost", result.lead.title),
                lead_id,
                {"stage_id": before},
                {"reason": reason, "note": note},
            )
        )
        return result

    def update(
        self, actor: UserRecord, lead_id: int, changes: Mapping[str, Any], expected_version: int | None = None
    ) -> LeadRecord:
        """Edit fields and remember their old values."""
        old = leads.get_lead(self.db, actor, lead_id)
        record = leads.update_lead(self.db, actor, lead_id, changes, expected_version)
        self._push(
            Command(
                UndoLabel("edit", record.title),
                lead_id,
                {k: getattr(old, k) for k in changes if hasattr(old, k)},
                dict(changes),
            )
        )
        return record

    def record_edit(self, before: LeadRecord, after: LeadRecord) -> bool:
        """Remember an edit saved elsewhere (the lead editor); return whether any field changed."""
        names = [n for n in EDITABLE if n != "custom_fields" and hasattr(before, n)]
        changed = [n for n in names if getattr(before, n) != getattr(after, n)]
        if not changed:
            return False
        self._push(
            Command(
                UndoLabel("edit", after.title),
                after.id,
                {n: getattr(before, n) for n in changed},
                {n: getattr(after, n) for n in changed},
            )
        )
        return True

    def assign(self, actor: UserRecord, lead_id: int, owner: int | str | None) -> LeadRecord:
        """Give a lead to another owner and remember the previous one."""
        old = leads.get_lead(self.db, actor, lead_id)
        record = leads.assign_lead(self.db, actor, lead_id, owner)
        self._push(
            Command(
                UndoLabel("assign", record.title),
                lead_id,
                {"owner": old.owner_id},
                {"owner": record.owner_id},
            )
        )
        return record

    def delete(self, actor: UserRecord, lead_id: int) -> None:
        """Move a lead to the trash; undo restores it."""
        title = leads.get_lead(self.db, actor, lead_id).title
        leads.delete_lead(self.db, actor, lead_id)
        self._push(Command(UndoLabel("delete", title), lead_id))

    def bulk(self, actor: UserRecord, kind: str, lead_ids: Iterable[int], value: Any,
             token: object = None) -> BulkResult:
        """Run bulk_<kind> ("assign", "move", "lost") as one undo step; chunks sharing a token merge.

        Only the leads that changed belong to the step; refused leads are left out.
        """
        ids = sorted(set(lead_ids))
        before = bulk_undo.values_before(self.db, actor, kind, ids)
        result = bulk_undo.run(self.db, actor, kind, ids, value)
        changed = {i: before[i] for i in ids if i in result.changed}
        if not changed:
            return result
        top = self._undo[-1] if self._undo else None
        if top is not None and token is not None and top.token == token:
            changed = {**top.bulk, **changed}
            self._undo.pop()
        subject = bulk_undo.subject(self.db, kind, value)
        label = UndoLabel(f"bulk_{kind}", subject, len(changed))
        self._push(Command(label, min(changed), after={"value": value}, bulk=changed, token=token))
        return result

    def tick(self, actor: UserRecord, lead_id: int, criterion_id: int, ticked: bool = True) -> MoveResult:
        """Tick or untick a checklist item and remember it (and any automatic move it caused)."""
        before = self._stage_of(actor, lead_id)
        label = checklist_undo.criterion_label(self.db, criterion_id)
        result = moves.set_tick(self.db, actor, lead_id, criterion_id, ticked)
        after = {"criterion_id": criterion_id, "ticked": ticked}
        kind = "tick" if ticked else "untick"
        self._push(Command(UndoLabel(kind, label), lead_id, {"stage_id": before}, after))
        return result

    def approve(self, actor: UserRecord, lead_id: int, criterion_id: int,
                participant_id: int | None = None) -> MoveResult:
        """Give an approval and remember it; undo revokes it (and moves back if it moved on)."""
        before = self._stage_of(actor, lead_id)
        label = checklist_undo.criterion_label(self.db, criterion_id)
        result = moves.approve(self.db, actor, lead_id, criterion_id, participant_id)
        after = {"criterion_id": criterion_id, "participant_id": participant_id}
        self._push(Command(UndoLabel("approve", label), lead_id, {"stage_id": before}, after))
        return result

    def undo(self, actor: UserRecord) -> Change | None:
        """Reverse the last step; a refusal raises and leaves both stacks unchanged."""
        if not self._undo:
            return None
        command = self._undo[-1]
        lead = self._reverse(actor, command)
        self._redo.append(self._undo.pop())
        return _change_of(command, lead)

    def redo(self, actor: UserRecord) -> Change | None:
        """Repeat the last undone step; a refusal raises and leaves both stacks unchanged."""
        if not self._redo:
            return None
        command = self._redo[-1]
        lead = self._repeat(actor, command)
        self._undo.append(self._redo.pop())
        return _change_of(command, lead)

    def _reverse(self, actor: UserRecord, command: Command) -> LeadRecord | None:
        kind = command.label.kind
        if command.bulk:
            bulk_undo.reverse(self.db, actor, kind, command.bulk)
            return None
        if kind in CHECKLIST_KINDS:
            before, after = command.before, command.after
            return checklist_undo.reverse(self.db, actor, command.lead_id, kind, before, after)
        if kind in ("move", "lost"):
            return self._move_back(actor, command.lead_id, command.before["stage_id"])
        if kind == "edit":
            return leads.update_lead(self.db, actor, command.lead_id, command.before)
        if kind == "assign":
            return leads.assign_lead(self.db, actor, command.lead_id, command.before["owner"])
        return leads.restore_lead(self.db, actor, command.lead_id)

    def _repeat(self, actor: UserRecord, command: Command) -> LeadRecord | None:
        kind, lead_id = command.label.kind, command.lead_id
        if command.bulk:
            bulk_undo.repeat(self.db, actor, kind, list(command.bulk), command.after)
            return None
        if kind in CHECKLIST_KINDS:
            return checklist_undo.repeat(self.db, actor, lead_id, kind, command.after)
        if kind == "move":
            return self._move_back(actor, lead_id, command.after["stage_id"], how="manual")
        if kind == "lost":
            return moves.mark_lost(
                self.db, actor, lead_id, command.after["reason"], command.after["note"]
            ).lead
        if kind == "edit":
            return leads.update_lead(self.db, actor, lead_id, command.after)
        if kind == "assign":
            return leads.assign_lead(self.db, actor, lead_id, command.after["owner"])
        leads.delete_lead(self.db, actor, lead_id)
        return None

    def _move_back(self, actor: UserRecord, lead_id: int, stage_id: int, how: str = "undo") -> LeadRecord:
        with self.db.write() as session:
            return moves.move_in_session(session, actor, lead_id, stage_id, how=how).lead

    def _stage_of(self, actor: UserRecord, lead_id: int) -> int:
        with self.db.read() as session:
            load_lead(session, actor, lead_id)
            return record_of(session, lead_id).stage_id


def _change_of(command: Command, lead: LeadRecord | None) -> Change:
    ids = frozenset(command.bulk) or frozenset({command.lead_id})
    return Change(command.label, command.lead_id, lead, ids)
