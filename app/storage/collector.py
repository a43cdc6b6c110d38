"""Holding Python's cycle collector back while a large policy is built."""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Iterator

_lock = threading.Lock()
_holders = 0
_was_enabled = True
_keep = False


@contextlib.contextmanager
def collector_paused(*, collect: bool = True, keep: bool = False) -> Iterator[None]:
    """Pause the cycle collector while a block creates many objects that all stay alive.

    Reading the large policy creates a few million objects; left alone, the collector scans
    the growing heap again and again (most of the read time). Nothing read is garbage, so the
    pause loses nothing; with ``collect`` one collection runs at the end, on the calling
    thread. With ``keep``, what the block made is instead moved to the oldest generation
    unscanned (as if it had survived the young ones): the indexes a validation leaves for the
    next one would otherwise be walked through by the next young-generation pass (and the one
    after) to find nothing, several milliseconds each on the large policy; cycles among them
    wait for a full collection. Nesting and concurrent use are safe: the collector resumes
    (and ``keep`` takes effect) when the last holder leaves.
    """
    global _holders, _was_enabled, _keep
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
            _keep = _keep or keep
            if _holders == 0:
                if collect:
                    gc.collect()
                elif _keep:
                    gc.freeze()  # every tracked object, young ones too, to the permanent
                    gc.unfreeze()  # generation, and from there to the oldest: no scan
                _keep = False
                if _was_enabled:
                    gc.enable()
