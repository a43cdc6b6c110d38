"""Guard against a reference-counting bug of PySide6 6.12 under Python 3.11.

In that combination every void ``QPainter`` call (``save``, ``setPen``, ``drawLine``...)
returns ``None`` without taking a reference, so a long painting session drives ``None``'s
count to zero and the interpreter aborts ("deallocating None"). Python 3.12 made ``None``
immortal; on 3.11 we give it the same protection by raising its count far beyond reach.
"""

from __future__ import annotations

import ctypes
import sys
from importlib import metadata

_HEADROOM = 1 << 40


def needs_guard() -> bool:
    """True for Python < 3.12 with PySide6 6.12."""
    if sys.version_info >= (3, 12):
        return False
    try:
        version = metadata.version("PySide6-Essentials")
    except metadata.PackageNotFoundError:
        try:
            version = metadata.version("PySide6")
        except metadata.PackageNotFoundError:
            return False
    return version.startswith("6.12.")


def guard_none() -> bool:
    """Make ``None``'s reference count unreachable for the buggy binding; True if applied."""
    if not needs_guard():
        return False
    count = ctypes.c_ssize_t.from_address(id(None))
    if count.value < _HEADROOM:
        count.value += _HEADROOM
    return True
