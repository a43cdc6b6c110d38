"""The preview's pages, built off the GUI thread, and a large policy's by the builder process.

A policy of more than :data:`app.ui.builder.PROCESS_ABOVE` items is built by the builder
process (:mod:`app.ui.builder`: building its document takes seconds of Python that would hold
the interpreter lock the window needs); a small policy's preview is built on the worker thread
itself, at once.

No Qt here: the builder process imports this module to run :func:`preview`.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from app.domain.i18n import translate
from app.domain.models import Policy
from app.exporters.policy_document import build_html
from app.exporters.registry import get, run_export
from app.exporters.standing import standing_of
from app.ui.builder import call, is_large
from app.ui.views.document.pages import Pages, paginate
from app.validation.finding import Severity
from app.validation.runner import run_checks

Built = tuple[Pages, str]
"""What the worker hands back: the document in pages and a one-line summary."""


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
    return pages, translate("documents view", "{rules}, {retention}").format(
        rules=translate("documents view", "%n rules", None, len(policy.rules)),
        retention=translate("documents view", "%n retention rules", None, len(policy.retention)))


def built_by(task: Callable[[Policy, int | None], Built], policy: Policy,
             errors: int | None) -> Built:
    """``task(policy, errors)`` (a module-level preview); a large policy's by the builder process.

    Raises RuntimeError when the builder stops or fails (the next build starts a new one).
    """
    if not is_large(policy):
        return task(policy, errors)
    return call(task, policy, errors)


def build(policy: Policy, errors: int | None) -> Built:
    """:func:`preview` of ``policy``; a large one's by the builder process (:func:`built_by`)."""
    return built_by(preview, policy, errors)


def exported(name: str, policy: Policy, errors: int | None) -> Built:
    """The HTML the exporter ``name`` writes, in pages, and a summary naming the export.

    ``errors`` is the policy's error count (None: validated here, on the worker).
    """
    exporter = get(name)
    known = error_count(policy) if errors is None else errors
    result = run_export(exporter, policy, known)
    pages = paginate((result.data or b"").decode("utf-8"))
    return pages, translate("documents view", "As the {name} export writes it.").format(
        name=exporter.name)


def build_exported(name: str, policy: Policy, errors: int | None) -> Built:
    """:func:`exported` of ``policy``; a large one's by the builder process."""
    return built_by(partial(exported, name), policy, errors)
