"""Errors the services raise; each carries the CLI exit status that reports it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from funneldesk.domain.records import UnmetCriterion


class FunnelDeskError(Exception):
    """Base of every expected, user-facing error."""

    exit_code = 1


class InvalidInput(FunnelDeskError):
    """The input was rejected; nothing changed."""

    exit_code = 5


class NotFound(InvalidInput):
    """A named lead, stage, user or other object does not exist."""


class PermissionDenied(FunnelDeskError):
    """The acting user may not do this; nothing changed."""

    exit_code = 4


class GateRefused(FunnelDeskError):
    """A forward move was refused because exit criteria are unmet; nothing changed."""

    exit_code = 3

    def __init__(self, unmet: Sequence[UnmetCriterion]) -> None:
        self.unmet = tuple(unmet)
        lines = "; ".join(f"{u.stage_name}: {u.text}" for u in self.unmet)
        super().__init__(f"move refused, unmet exit criteria: {lines}")


class StaleEdit(FunnelDeskError):
    """Someone else changed the record since it was read; the save was refused."""

    exit_code = 6

    def __init__(self, message: str, current: object | None = None) -> None:
        self.current = current
        super().__init__(message)


class DatabaseError(FunnelDeskError):
    """The database cannot be used as it is (damaged, too new, locked)."""

    exit_code = 7


class SchemaTooNew(DatabaseError):
    """The file was written by a newer FunnelDesk; it is left untouched."""


class DatabaseDamaged(DatabaseError):
    """The file failed its integrity check; it is never written to."""


class Abandoned(FunnelDeskError):
    """A read was given up because its answer was no longer wanted (a newer search); nothing changed."""
