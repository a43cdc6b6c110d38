"""Holding Python's cycle collector back while a large policy is built."""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Iterator

_lock = threading.Lock()
_holders = 0
_was_enabled = True


@contextlib.contextmanager
def collector_paused(*, collect: bool = True) -> Iterator[None]:
    """Pause the cycle collector while a block creates many objects that all stay alive.

    Reading the large policy creates a few million objects; left alone, the collector scans
    the growing heap again and again (most of the read time). Nothing read is garbage, so the
    pause loses nothing; with ``collect`` one collection runs at the end, on the calling
    thread. Nesting and concurrent use are safe: the collector resumes when the last holder
    leaves.
    """
    global _holders, _was_enabled
    with _lock:
        if _holders == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _holders += 1
    try:
        yield
    finally:
        with _lock:
            _holders -= 1
            if _holders == 0:
                if collect:
                    gc.collect()
                if _was_enabled:
                    gc.enable()
