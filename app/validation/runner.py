"""Run the check catalogue over a policy and place findings in the file."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator

from app.domain.i18n import translate
from app.domain.models import Policy
from app.domain.typography import number
from app.storage.collector import collector_paused
from app.storage.loader import LoadedPolicy
from app.validation.catalogue import Check, all_checks
from app.validation.context import Context
from app.validation.finding import Finding, Hit, finding_key

MAX_PER_CHECK = 5000
"""Findings listed per check and file; past it one finding says how many more there are, so
a file of 100,000 one-line items cannot make a report of gigabytes."""


def run_checks(policy: Policy, *, today: dt.date | None = None,
               declared_digest: str | None = None,
               checks: Iterable[Check] | None = None) -> list[Finding]:
    """Every finding for ``policy``, ordered as the document reads."""
    context = Context(policy, today=today, declared_digest=declared_digest)
    selected = list(checks) if checks is not None else all_checks()
    findings: list[Finding] = []
    # The checks build indexes (allowed uses, rule masks) that all live until the end; the
    # cycle collector would only rescan the policy's objects meanwhile.
    with collector_paused(collect=False):
        for check in (c for c in selected if not c.post):
            findings.extend(findings_of(check, check.run(context)))
        for check in (c for c in selected if c.post):
            findings.extend(findings_of(check, check.run(context, list(findings))))
        # sorted before the collector resumes: the sort keys would otherwise set off a full
        # collection of the whole heap (a third of a large policy's run)
        findings.sort(key=finding_key)
    return findings


def validate_loaded(loaded: LoadedPolicy, *, today: dt.date | None = None) -> list[Finding]:
    """Findings for a loaded file, each with its file, line and column."""
    findings = run_checks(loaded.policy, today=today, declared_digest=loaded.declared_digest)
    return [place(f, loaded) for f in findings]


def place(finding: Finding, loaded: LoadedPolicy) -> Finding:
    """Give ``finding`` the line and column of its path in ``loaded``."""
    position = loaded.source_map.position(finding.path) or (1, 1)
    return finding.at(loaded.file, *position)


def limited(check: Check, hits: Iterable[Hit]) -> Iterator[Hit | Finding]:
    """``check``'s hits, at most :data:`MAX_PER_CHECK`, then (if more) one finding counting them."""
    remaining = iter(hits)
    for shown, hit in enumerate(remaining):
        if shown == MAX_PER_CHECK:
            hidden = 1 + sum(1 for _ in remaining)
            yield Finding(check.code, check.severity, translate(
                "findings", "... and {hidden} more {code} findings like these (only the first "
                "{shown} of each check are listed)").format(
                hidden=number(hidden), code=check.code, shown=number(MAX_PER_CHECK)))
            return
        yield hit


def finding(check: Check, hit: Hit) -> Finding:
    """The finding ``check`` reports for ``hit``."""
    return Finding(check.code, check.severity, hit.message, hit.path, hit.hint)


def findings_of(check: Check, hits: Iterable[Hit]) -> Iterable[Finding]:
    """The findings of ``check`` from its hits (at most :data:`MAX_PER_CHECK` and a count)."""
    for hit in limited(check, hits):
        yield hit if isinstance(hit, Finding) else finding(check, hit)
