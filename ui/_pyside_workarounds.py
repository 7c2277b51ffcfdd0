"""Work around PySide6 bugs that would crash the program, each with a test that shows it.

PySide6 6.12.0 returns singletons without taking a reference: ``SignalInstance.emit``
returns ``True``, and every void method (``processEvents``, ``setEnabled``, a slot called
by a C++ signal...) returns ``None``; each call steals one reference. On CPython 3.11
(where these singletons are not immortal yet) a few thousand calls bring the count to
zero and the interpreter aborts ("bool_dealloc" / "none_dealloc: deallocating None"),
at exit or in the middle of a session. CPython 3.12+ makes them immortal, so there the
bug is harmless. Here we give them a reference count no session can exhaust.
"""

from __future__ import annotations

import ctypes
import sys

_RESERVE = 1 << 40


def apply() -> None:
    """Make None, True and False effectively immortal on CPython before 3.12 (idempotent)."""
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return
    for singleton in (None, True, False):
        refcount = ctypes.c_ssize_t.from_address(id(singleton))
        if refcount.value < _RESERVE:
            refcount.value += _RESERVE
