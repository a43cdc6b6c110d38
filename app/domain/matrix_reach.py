"""How far a use the matrix allows for some reaches, in words a privacy officer reads at once.

A cell asked about every subject and recipient (:mod:`app.domain.matrix_spread`) that is
allowed for some of those combinations says which kind of "some" it is: allowed for only
``k of n subjects``; else for every subject but kept ``in-house`` (not shared, or shared only
with the organisation's own internal recipients); else ``shared with`` some outside
recipients. The counts come from the decisions in the spread, the decision engine's answers.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.enums import RecipientKind
from app.domain.i18n import QT_TRANSLATE_NOOP, translate
from app.domain.matrix_spread import Spread
from app.domain.models import Policy

IN_HOUSE = "in_house"
SHARED = "shared"
SOME_SUBJECTS = "some_subjects"
KINDS = (SOME_SUBJECTS, IN_HOUSE, SHARED)
KIND_TEXT = {
    SOME_SUBJECTS: QT_TRANSLATE_NOOP("matrix", "k of n subjects"),
    IN_HOUSE: QT_TRANSLATE_NOOP("matrix", "in-house"),
    SHARED: QT_TRANSLATE_NOOP("matrix", "shared with n"),
}
"""Each kind's words with placeholders (the legend's samples)."""
KIND_MEANING = {
    SOME_SUBJECTS: QT_TRANSLATE_NOOP("matrix", "Allowed for only some of the data subjects "
                                               "(select the cell to see whom)"),
    IN_HOUSE: QT_TRANSLATE_NOOP("matrix", "Allowed for every subject, but only kept in-house (not "
                                          "shared, or only with "
              "internal recipients)"),
    SHARED: QT_TRANSLATE_NOOP("matrix", "Allowed for every subject, and may be shared with the "
                                        "number of outside "
            "recipients shown (select the cell to see which)"),
}


@dataclass(frozen=True, slots=True)
class Reach:
    """Whom and with whom a pair is allowed, counted over the combinations asked."""

    subjects: int
    """Subjects the pair is allowed for (with some recipient, or none)."""
    of_subjects: int
    in_house: bool
    """Allowed without sharing (or with an internal recipient), for some subject."""
    shared: int
    """Outside recipients the pair may be shared with, for some subject."""
    of_recipients: int
    """Outside recipients asked about."""

    @property
    def kind(self) -> str:
        """:data:`SOME_SUBJECTS`, :data:`IN_HOUSE` or :data:`SHARED`."""
        if self.subjects < self.of_subjects:
            return SOME_SUBJECTS
        return SHARED if self.shared else IN_HOUSE

    def words(self) -> str:
        """The cell's words: "2 of 5 subjects", "in-house" or "shared with 3"."""
        kind = self.kind
        if kind == SOME_SUBJECTS:
            return translate("matrix", "{count} of %n subjects", None, self.of_subjects).format(
                count=self.subjects)
        if kind == IN_HOUSE:
            return translate("matrix", "in-house")
        if self.of_recipients == 1:
            return translate("matrix", "shared")
        return translate("matrix", "shared with {count}").format(count=self.shared)

    def mark(self) -> str:
        """The words in brief, for narrow columns: "2/5", "⌂" or "⇄3"."""
        kind = self.kind
        if kind == SOME_SUBJECTS:
            return f"{self.subjects}/{self.of_subjects}"
        return "⌂" if kind == IN_HOUSE else f"⇄{self.shared}"


def internal_recipients(policy: Policy) -> frozenset[str]:
    """The policy's own teams: sharing with them keeps the data in-house."""
    return frozenset(r.id for r in policy.recipients if r.kind is RecipientKind.INTERNAL)


def reach(spread: Spread, internal: frozenset[str] = frozenset()) -> Reach | None:
    """The reach of ``spread``'s allowed combinations, or None when none is allowed.

    ``internal``: recipients that keep the data in-house (see :func:`internal_recipients`).
    """
    allowed = spread.allowed_recipients()
    subjects = sum(1 for recipients in allowed.values() if recipients)
    if not subjects:
        return None
    reached = {r for recipients in allowed.values() for r in recipients}
    outside = reached - internal - {None}
    asked = [r for r in spread.recipients if r is not None and r not in internal]
    return Reach(subjects, len(spread.subjects), bool(reached - outside), len(outside),
                 len(asked))
