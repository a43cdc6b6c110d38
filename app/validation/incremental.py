"""Validation after an edit that reruns only the checks the edit can affect.

:class:`IncrementalValidator` remembers the last policy it validated, each check's findings
and the expensive indexes the checks shared (the decision engine, the allowed uses...). Given
the next version it finds what changed (:func:`app.validation.changes.changes`), reruns the
checks whose declared reads (:attr:`app.validation.catalogue.Check.reads`) meet the change,
keeps the others' findings, and reuses the indexes when what they are built from is unchanged.
The result is exactly what :func:`app.validation.runner.run_checks` gives (same findings, same
order). Paths stay right: when items of a section are added, removed or moved, every check
that reads that section reruns, and a check reports only at paths in sections it reads.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from operator import itemgetter

from app.domain.models import Policy
from app.storage.collector import collector_paused
from app.validation.catalogue import Check, all_checks
from app.validation.changes import EVERYTHING, Changes, changes
from app.validation.context import Context
from app.validation.finding import Finding, Hit, finding_key
from app.validation.mentions import PolicyMentions
from app.validation.renaming import Rename, catalogue_mentions, find_rename
from app.validation.runner import finding, findings_of, limited

_Keyed = list[tuple[tuple, Finding]]


def _keyed(findings: Iterable[Finding]) -> _Keyed:
    return [(finding_key(f), f) for f in findings]


_ByHit = dict[int, tuple[Hit, tuple[tuple, Finding]]]
"""``id(hit)`` -> (the hit, its keyed finding): what a check's hits of the last run became."""


def _rekeyed(check: Check, hits: Iterable[Hit], before: _Keyed | None, by_hit: _ByHit,
             changed: Changes) -> tuple[_Keyed, _ByHit]:
    """``check``'s keyed findings from its ``hits``, handing back the run before's where equal.

    A hit the check handed out last time too (the very object: checks memoise what they word)
    gets its keyed finding back without another look; any other finding equal to one of
    ``before`` gets that one (and its key), so what was worked out for it (its problem row)
    stands. Not for findings in a section whose items were added, removed, moved or renamed:
    the same path may name another item there.
    """
    known: dict[Finding, tuple[tuple, Finding]] | None = None
    keyed: _Keyed = []
    mine: _ByHit = {}
    for hit in limited(check, hits):
        if isinstance(hit, Finding):
            found, hit = hit, None
        else:
            entry = by_hit.get(id(hit))
            if entry is not None and entry[0] is hit and not (
                    hit.path and changed.reshaped(str(hit.path[0]))):
                keyed.append(entry[1])
                mine[id(hit)] = entry
                continue
            found = finding(check, hit)
        if known is None:
            known = {f: pair for pair in before or ()
                     if not ((f := pair[1]).path and changed.reshaped(str(f.path[0])))}
        pair = known.get(found) or (finding_key(found), found)
        keyed.append(pair)
        if hit is not None:
            mine[id(hit)] = (hit, pair)
    return keyed, mine


class IncrementalValidator:
    """Validates successive versions of one document, rerunning only what an edit affects.

    Not thread-safe: call :meth:`validate` from one thread at a time (the revalidation worker
    runs one validation at a time).
    """

    def __init__(self, checks: Iterable[Check] | None = None) -> None:
        self._checks = list(checks) if checks is not None else all_checks()
        self._policy: Policy | None = None
        self._context: Context | None = None
        self._found: dict[str, _Keyed] = {}
        self._by_hit: dict[str, _ByHit] = {}
        self._today: dt.date | None = None
        self._digest: str | None = None
        self.reran: list[str] = []
        """Codes of the checks the last :meth:`validate` ran (for tests and measurements)."""
        self.changes: Changes = EVERYTHING
        """What the last :meth:`validate` found changed since the one before."""
        self._texts = PolicyMentions()
        self.renamed: Rename | None = None
        """The rename whose findings the last :meth:`validate` carried over, if any."""

    def clear(self) -> None:
        """Forget the last run: the next one runs every check."""
        self._policy = self._context = None
        self._found, self._by_hit = {}, {}

    def validate(self, policy: Policy, *, today: dt.date | None = None,
                 declared_digest: str | None = None) -> list[Finding]:
        """Every finding for ``policy``, as :func:`~app.validation.runner.run_checks` gives."""
        today = today or dt.date.today()
        if self._policy is None or today != self._today or declared_digest != self._digest:
            changed = EVERYTHING
        else:
            changed = changes(self._policy, policy)
        renamed = None if changed.everything else find_rename(self._policy, policy, changed,
                                                              self._texts)
        context = Context(policy, today=today, declared_digest=declared_digest)
        if self._context is not None and not changed.everything:
            if renamed is None:
                context.reuse(self._context, changed)
            else:  # the indexes name the old ids; the checks that run again are few
                context.keep_memos(self._context)
        found, by_hit = dict(self._found), dict(self._by_hit)
        reran = []
        with collector_paused(collect=False, keep=True):
            regular = [c for c in self._checks if not c.post]
            for check in regular:
                if check.code in found and not check.affected_by(changed):
                    continue
                if check.code in found and renamed is not None and renamed.carries(
                        check, [f for _, f in found[check.code]]):
                    old = renamed.old  # most findings do not mention it: a quick look first
                    found[check.code] = [
                        (key, renamed.finding(f)) if old in f.message or old in f.hint
                        else (key, f) for key, f in found[check.code]]
                    by_hit[check.code] = {}  # the hits worded the old ids
                    continue
                found[check.code], by_hit[check.code] = _rekeyed(
                    check, check.run(context), found.get(check.code),
                    by_hit.get(check.code, {}), changed)
                reran.append(check.code)
            before = [f for c in regular for _, f in found[c.code]]
            for check in (c for c in self._checks if c.post):
                # post checks judge the others' findings: always rerun (they are cheap)
                found[check.code] = _keyed(findings_of(check, check.run(context, list(before))))
                before.extend(f for _, f in found[check.code])
                reran.append(check.code)
            keyed = [pair for c in self._checks for pair in found[c.code]]
            keyed.sort(key=itemgetter(0))
        self._policy, self._context, self._found = policy, context, found
        self._by_hit = by_hit
        self._today, self._digest = today, declared_digest
        self.reran, self.changes, self.renamed = reran, changed, renamed
        if changed.everything:  # after a full run (an open): so that a first rename is quick
            self._texts.at(policy)
            catalogue_mentions()
        return [f for _, f in keyed]
