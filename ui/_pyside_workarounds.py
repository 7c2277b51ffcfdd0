"""Work around PySide6 bugs that would crash the program, each with a test that shows it.

PySide6 6.12.0 ``SignalInstance.emit`` returns ``True`` without taking a reference, so
every signal emitted from Python steals one reference to the ``True`` singleton. On
CPython 3.11 (where ``True`` is not immortal yet) a few thousand emits bring its count to
zero and the interpreter aborts with "bool_dealloc: deallocating True or False", at
exit or in the middle of a session. CPython 3.12+ makes ``True`` immortal, so there
the bug is harmless. Here we give ``True`` a reference count no session can exhaust.
"""

from __future__ import annotations

import ctypes
import sys

_RESERVE = 1 << 40


def apply() -> None:
    """Make the True and False singletons effectively immortal on CPython before 3.12 (idempotent)."""
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return
    for singleton in (True, False):  # emit may also answer False; reserve both
        refcount = ctypes.c_ssize_t.from_address(id(singleton))
        if refcount.value < _RESERVE:
            refcount.value += _RESERVE
