"""Who a cell is allowed for, in words: the subjects and recipients of a spread.

The matrix asks each pair about every subject and recipient at once
(:mod:`app.domain.matrix_spread`); these functions say the answer briefly (for a tooltip) and
in full (for the details panel), naming people and recipients by their names.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from app.domain.decisions import reason_words
from app.domain.i18n import translate
from app.domain.matrix_spread import Spread, Value
from app.domain.models import Policy
from app.domain.typography import semicolons

SHOWN = 6
"""Names listed before "and N more"."""
LINES = 8
"""Groups of subjects listed before the rest are counted."""


class Names:
    """Display names of a policy's subjects and recipients."""

    def __init__(self, policy: Policy) -> None:
        self.subjects = {s.id: s.name or s.id for s in policy.subjects}
        self.recipients = {r.id: r.name or r.id for r in policy.recipients}

    def subject(self, value: Value) -> str:
        """A subject's name ("subject not known" for none)."""
        return translate("matrix who", "subject not known") if value is None \
            else self.subjects.get(value, value)

    def recipient(self, value: Value) -> str:
        """A recipient's name ("not shared" for none)."""
        return _not_shared() if value is None else self.recipients.get(value, value)


def _not_shared() -> str:
    return translate("matrix who", "not shared")


def listing(names: Sequence[str], shown: int = SHOWN) -> str:
    """``a, b, c and 4 more`` (HTML-escaped)."""
    head = ", ".join(escape(n) for n in names[:shown])
    rest = len(names) - shown
    return translate("matrix who", "{names} and %n more", None, rest).format(names=head) \
        if rest > 0 else head


def brief(spread: Spread) -> str:
    """How many subjects and recipients the pair is allowed for, e.g. for a tooltip."""
    allowed = spread.allowed_recipients()
    subjects = [s for s, rs in allowed.items() if rs]
    recipients = {r for rs in allowed.values() for r in rs}
    parts = []
    if len(spread.subjects) > 1:
        parts.append(translate("matrix who", "{allowed} of %n subjects", None,
                               len(spread.subjects)).format(allowed=len(subjects)))
    if len(spread.recipients) > 1:
        shared = [r for r in recipients if r is not None]
        total = len(spread.recipients) - (None in spread.recipients)
        some = translate("matrix who", "{allowed} of %n recipients or not shared", None, total) \
            if None in recipients else translate("matrix who", "{allowed} of %n recipients",
                                                 None, total)
        parts.append(some.format(allowed=len(shared)))
    return semicolons(parts)


def full(spread: Spread, names: Names) -> str:
    """Whom the pair is allowed for and with which recipients, as HTML lines."""
    allowed = spread.allowed_recipients()
    every = spread.recipients
    by_recipients: dict[tuple[Value, ...], list[Value]] = {}
    refused = []
    for subject, recipients in allowed.items():
        if recipients:
            by_recipients.setdefault(recipients, []).append(subject)
        else:
            refused.append(subject)
    lines = []
    for recipients, subjects in list(by_recipients.items())[:LINES]:
        who = listing([names.subject(s) for s in subjects]) if len(spread.subjects) > 1 \
            else translate("matrix who", "Allowed")
        lines.append(translate("matrix who", "<b>{who}</b>: {recipients}").format(
            who=who, recipients=_recipients(recipients, every, names)))
    hidden = len(by_recipients) - LINES
    if hidden > 0:
        lines.append(translate("matrix who", "… and %n more groups of subjects", None, hidden))
    if refused and len(spread.subjects) > 1:
        lines.append(translate("matrix who", "<b>Not allowed for</b>: {names}").format(
            names=listing([names.subject(s) for s in refused])))
    return "<br>".join(lines)


def _recipients(recipients: tuple[Value, ...], every: tuple[Value, ...], names: Names) -> str:
    if len(every) == 1:
        return _not_shared() if every[0] is None else translate(
            "matrix who", "shared with {name}").format(name=names.recipient(every[0]))
    if recipients == every:
        return translate("matrix who", "not shared, or shared with any recipient")
    shared = [names.recipient(r) for r in recipients if r is not None]
    if not shared:
        return _not_shared() if None in recipients else translate("matrix who",
                                                                  "only if shared")
    if None in recipients:
        return translate("matrix who", "not shared, or shared with {names}").format(
            names=listing(shared))
    return translate("matrix who", "only if shared with {names}").format(names=listing(shared))


def reasons(spread: Spread) -> str:
    """How many combinations get each refusal, e.g. "denied by rule: 17; no rule ...: 119"."""
    counts: dict[str, int] = {}
    for group in spread.groups:
        if not group.decision.allowed:
            counts[group.decision.reason] = counts.get(group.decision.reason, 0) + group.size
    return semicolons(translate("matrix who", "{reason}: {count} of %n", None,
                               spread.combinations).format(reason=reason_words(r), count=n)
                     for r, n in counts.items())
