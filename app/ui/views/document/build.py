"""The preview's pages, built off the GUI thread, and a large policy's in a process of its own.

Building a large policy's document takes seconds of Python, and steps of it (sorting the
allowed uses, serialising the policy for its digest) hold the interpreter lock for a tenth of
a second or more at a time: on a thread of the window's process, the GUI thread would wait
for the lock and the window would freeze meanwhile. So a policy of more than
:data:`PROCESS_ABOVE` items is built in a separate process (a fresh interpreter, started once
and kept; no Qt in it): the worker thread only hands it the snapshot and waits. A small
policy's preview is built on the worker thread itself, at once.

No Qt here: this module also runs in the builder process.
"""

from __future__ import annotations

import atexit
import gc
import multiprocessing
import threading
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from app.domain.models import Policy
from app.exporters.policy_document import build_html
from app.exporters.standing import standing_of
from app.ui.views.document.pages import Pages, paginate
from app.validation.finding import Severity
from app.validation.runner import run_checks

PROCESS_ABOVE = 1000
"""Rules, categories, purposes and retention rules above which the builder process is used."""
Built = tuple[Pages, str]
"""What the worker hands back: the document in pages and a one-line summary."""

_lock = threading.Lock()
_builders: list[ProcessPoolExecutor] = []


def error_count(policy: Policy) -> int:
    """How many error findings validating ``policy`` gives."""
    return sum(f.severity is Severity.ERROR for f in run_checks(policy))


def preview(policy: Policy, errors: int | None) -> Built:
    """The preview's pages and its one-line summary (off the GUI thread).

    Args:
        policy: A snapshot of the policy.
        errors: The policy's error count, or None to validate it here.
    """
    if errors is None:
        errors = error_count(policy)
    pages = paginate(build_html(policy, standing=standing_of(policy, errors=errors)))
    return pages, f"{len(policy.rules)} rules, {len(policy.retention)} retention rules"


def is_large(policy: Policy) -> bool:
    """True when ``policy``'s preview is built in the builder process."""
    size = (len(policy.rules) + len(policy.categories) + len(policy.purposes)
            + len(policy.retention))
    return size > PROCESS_ABOVE


def build(policy: Policy, errors: int | None) -> Built:
    """:func:`preview` of ``policy``; a large one's in the builder process.

    Waiting for the builder blocks the calling thread, not the interpreter lock.
    """
    if not is_large(policy):
        return preview(policy, errors)
    try:
        return _builder().submit(_build_here, policy, errors).result()
    except BrokenProcessPool as exc:
        stop_builder()  # the next build starts a new one
        raise RuntimeError("the process building the preview stopped unexpectedly") from exc


def _build_here(policy: Policy, errors: int | None) -> Built:
    """:func:`preview` in the builder process, with the cycle collector held back.

    A build creates millions of objects; collections during it would scan the whole policy
    again and again (half the build's time). The garbage of the previous build is collected
    first instead, once (the process does nothing else).
    """
    gc.enable()
    gc.collect()
    gc.disable()
    return preview(policy, errors)


def _builder() -> ProcessPoolExecutor:
    with _lock:
        if not _builders:
            _builders.append(ProcessPoolExecutor(
                1, mp_context=multiprocessing.get_context("spawn")))
        return _builders[0]


def stop_builder() -> None:
    """End the builder process now, abandoning a build under way (at exit, or once broken)."""
    with _lock:
        builders = list(_builders)
        _builders.clear()
    for builder in builders:
        # ProcessPoolExecutor offers no public way to stop a running task (before 3.14).
        for process in list((getattr(builder, "_processes", None) or {}).values()):
            process.kill()
        builder.shutdown(wait=False, cancel_futures=True)


atexit.register(stop_builder)
