"""What one cell of the use matrix says, computed with the policy's DecisionEngine.

No decision logic lives here: each (category, purpose) pair is asked of
:class:`~app.domain.decisions.DecisionEngine` with the filter values, and the answer is only
named for display. A filter set to :data:`EVERY` asks about every declared subject (or every
recipient, and no recipient at all) at once (see :mod:`app.domain.matrix_spread`): the cell
says allowed when every combination is allowed, "allowed for some" when some are, and the
common reason (or "not allowed") when none is. A summary cell (a collapsed row or column) asks
every declared pair it stands for and reports their common state, or "mixed".
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.domain import decisions as d
from app.domain.decisions import Decision, DecisionEngine
from app.domain.enums import ConsentMechanism, ConsentState
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.intrusiveness import Score, Scorer, Weights
from app.domain.matrix_spread import Group, Spread, SpreadAsker, Value
from app.domain.models import Policy
from app.domain.regions import RegionCatalogue

ANY = "any"
EVERY = "(every)"
"""A subject or recipient filter asking about every declared one at once (not an id)."""

ALLOWED = "allowed"
WITH_CONSENT = "allowed_with_consent"
UNLESS_OPTED_OUT = "allowed_unless_opted_out"
CONSENT_MISSING = d.CONSENT_MISSING
OPTED_OUT = d.OPTED_OUT
DENIED = d.DENIED_BY_RULE
NO_RULE = d.NO_RULE
SOME = "allowed_for_some"
NOT_ALLOWED = "not_allowed"
MIXED = "mixed"
EMPTY = "empty"
ALLOWING = (ALLOWED, WITH_CONSENT, UNLESS_OPTED_OUT)

STATE_TEXT = {
    ALLOWED: QT_TRANSLATE_NOOP("matrix", "Allowed"),
    WITH_CONSENT: QT_TRANSLATE_NOOP("matrix", "Allowed with consent"),
    UNLESS_OPTED_OUT: QT_TRANSLATE_NOOP("matrix", "Allowed unless opted out"),
    CONSENT_MISSING: QT_TRANSLATE_NOOP("matrix", "Denied: consent missing"),
    OPTED_OUT: QT_TRANSLATE_NOOP("matrix", "Denied: opted out"),
    DENIED: QT_TRANSLATE_NOOP("matrix", "Denied by rule"),
    NO_RULE: QT_TRANSLATE_NOOP("matrix", "No rule"),
    SOME: QT_TRANSLATE_NOOP("matrix", "Allowed for some"),
    NOT_ALLOWED: QT_TRANSLATE_NOOP("matrix", "Not allowed (reasons differ)"),
    MIXED: QT_TRANSLATE_NOOP("matrix", "Mixed"),
    EMPTY: QT_TRANSLATE_NOOP("matrix", "Nothing declared"),
}
SHORT_TEXT = {
    ALLOWED: QT_TRANSLATE_NOOP("matrix", "✓ allow"),
    WITH_CONSENT: QT_TRANSLATE_NOOP("matrix", "✓ consent"),
    UNLESS_OPTED_OUT: QT_TRANSLATE_NOOP("matrix", "✓ opt-out"),
    CONSENT_MISSING: QT_TRANSLATE_NOOP("matrix", "✗ consent"),
    OPTED_OUT: QT_TRANSLATE_NOOP("matrix", "✗ opted out"),
    DENIED: QT_TRANSLATE_NOOP("matrix", "✗ deny"),
    NO_RULE: "·",
    SOME: QT_TRANSLATE_NOOP("matrix", "◐ some"),
    NOT_ALLOWED: "✗",
    MIXED: QT_TRANSLATE_NOOP("matrix", "mixed"),
    EMPTY: "",
}
_REASON_STATE = {d.DENIED_BY_RULE: DENIED, d.CONSENT_MISSING: CONSENT_MISSING,
                 d.OPTED_OUT: OPTED_OUT, d.NO_RULE: NO_RULE}


@dataclass(frozen=True)
class Filters:
    """The request fields every cell is asked with.

    Subject and recipient: :data:`EVERY` (every declared one at once; recipients also with no
    recipient), None (the request leaves the field out) or an id. Region: None or a region.
    """

    subject: str | None = EVERY
    recipient: str | None = EVERY
    region: str | None = None
    consent: str = ANY


@dataclass
class Cell:
    """The answer for one cell."""

    state: str
    decision: Decision | None = None
    """The decision shown in detail: the most intrusive allowed use's, else the first one's."""
    score: Score | None = None
    pairs: int = 0
    rules: tuple[str, ...] = ()
    """Every rule behind the cell's decisions (allowing or denying), in file order."""
    states: dict[str, int] = field(default_factory=dict)
    """For a summary cell: how many pairs are in each state (all of them unless mixed early)."""
    spread: Spread | None = None
    """For one pair: its decision for every subject and recipient asked."""
    scored: tuple[Value, Value] | None = None
    """The (subject, recipient) of the use :attr:`score` is for."""

    @property
    def band(self) -> str | None:
        """The intrusiveness band of an allowed cell (its most intrusive allowed use)."""
        allowing = self.state in ALLOWING or self.state == SOME
        return self.score.band if self.score is not None and allowing else None


class Evaluator:
    """Answers cells for one policy and one set of filters, with a cache."""

    def __init__(self, policy: Policy, weights: Weights, filters: Filters | None = None,
                 regions: RegionCatalogue | None = None,
                 engine: DecisionEngine | None = None) -> None:
        """Ask ``engine`` (one is built over ``policy`` and ``regions`` when not given)."""
        self.engine = engine or DecisionEngine(policy, regions)
        self.scorer = Scorer(policy, weights)
        self._subjects = tuple(s.id for s in policy.subjects)
        self._recipients = tuple(r.id for r in policy.recipients)
        self._order = {rule.id: i for i, rule in reversed(list(enumerate(policy.rules)))}
        self._rank: dict[tuple[str, Value], float] = {}
        self._cache: dict[tuple[str, bool, str, bool], Cell] = {}
        self._uncovered: tuple[Spread | None, Cell | None] = (None, None)
        self.set_filters(filters or Filters())

    def set_filters(self, filters: Filters) -> None:
        """Ask every cell again with other filter values."""
        self.filters = filters
        self._cache.clear()
        self._uncovered = (None, None)
        f = filters
        consent = ConsentState.GRANTED if f.consent == ANY else ConsentState(f.consent)
        self.asker = SpreadAsker(self.engine, self.subjects_asked(), self.recipients_asked(),
                                 f.region, consent)

    def subjects_asked(self) -> tuple[Value, ...]:
        """The subjects every cell is asked about (every declared one, one, or none)."""
        subject = self.filters.subject
        if subject == EVERY:
            return self._subjects or (None,)
        return (subject,)

    def recipients_asked(self) -> tuple[Value, ...]:
        """The recipients every cell is asked about.

        No recipient and every declared one, a single one, or none.
        """
        recipient = self.filters.recipient
        return (None, *self._recipients) if recipient == EVERY else (recipient,)

    def covering(self, category: str, purpose: str) -> int:
        """The rules covering the pair for any subject and recipient asked (bit mask)."""
        mask = 0
        for group in self.asker.ask(category, purpose).groups:
            mask |= group.covering
        return mask

    def pair(self, category: str, purpose: str) -> Cell:
        """The cell of one declared (category, purpose) pair."""
        spread = self.asker.ask(category, purpose)
        shared_spread, shared_cell = self._uncovered
        if spread is shared_spread and shared_cell is not None:  # most pairs: one answer
            return shared_cell
        if len(spread.groups) == 1 and not spread.groups[0].decision.allowed:
            decision = spread.groups[0].decision
            rules = self._rules(spread) if decision.rules else ()
            cell = Cell(_REASON_STATE.get(decision.reason, NO_RULE), decision, None, 1, rules,
                        spread=spread)
            if spread is self.asker.uncovered:
                self._uncovered = (spread, cell)
            return cell
        rules = self._rules(spread)
        allowed = spread.allowed_groups
        if not allowed:
            reasons = {g.decision.reason for g in spread.groups}
            state = _REASON_STATE.get(reasons.pop(), NO_RULE) if len(reasons) == 1 \
                else NOT_ALLOWED
            return Cell(state, spread.groups[0].decision, None, 1, rules, spread=spread)
        if spread.allowed_count < spread.combinations:
            state = SOME
        else:
            state = ALLOWED
            if self.filters.consent == ANY:
                mechanism = self.engine.mechanism(purpose)
                if mechanism is ConsentMechanism.OPT_IN:
                    state = WITH_CONSENT
                elif mechanism is ConsentMechanism.OPT_OUT:
                    state = UNLESS_OPTED_OUT
        score, decision, who = self._most_intrusive(category, purpose, allowed)
        return Cell(state, decision, score, 1, rules, spread=spread, scored=who)

    def _rules(self, spread: Spread) -> tuple[str, ...]:
        found = {rule for g in spread.groups for rule in g.decision.rules}
        return tuple(sorted(found, key=lambda r: self._order.get(r, 0)))

    def _most_intrusive(self, category: str, purpose: str, groups: tuple[Group, ...]
                        ) -> tuple[Score, Decision, tuple[Value, Value]]:
        """The score of the most intrusive allowed use among ``groups``.

        Subjects and recipients add their points to a score independently of each other and of
        the pair, so the most intrusive use of a group pairs its highest-ranked subject with its
        highest-ranked recipient (each ranked by the points it adds on its own).
        """
        best: tuple[Score, Decision, tuple[Value, Value]] | None = None
        for group in groups:
            subject = max(group.subjects, key=lambda s: self._points("subject", s))
            recipient = max(group.recipients, key=lambda r: self._points("recipient", r))
            score = self.scorer.score(category, purpose, subject, recipient,
                                      group.decision.obligations)
            if best is None or score.value > best[0].value:
                best = (score, group.decision, (subject, recipient))
        assert best is not None
        return best

    def _points(self, kind: str, value: Value) -> float:
        key = (kind, value)
        found = self._rank.get(key)
        if found is None:
            alone = self.scorer.score("", "", value if kind == "subject" else None,
                                      value if kind == "recipient" else None)
            found = self._rank[key] = sum(f.points for f in alone.factors)
        return found

    def cell(self, row_id: str, rows: tuple[str, ...], col_id: str,
             cols: tuple[str, ...]) -> Cell:
        """The cell for the declared categories ``rows`` and purposes ``cols`` (cached)."""
        key = (row_id, len(rows) != 1, col_id, len(cols) != 1)
        found = self._cache.get(key)
        if found is None:
            found = self._compute(rows, cols)
            self._cache[key] = found
        return found

    def _compute(self, rows: tuple[str, ...], cols: tuple[str, ...]) -> Cell:
        if not rows or not cols:
            return Cell(EMPTY)
        if len(rows) == 1 and len(cols) == 1:
            return self.pair(rows[0], cols[0])
        states: dict[str, int] = {}
        rules: dict[str, None] = {}
        top: Cell | None = None
        pairs = 0
        for category in rows:
            for purpose in cols:
                one = self.pair(category, purpose)
                pairs += 1
                states[one.state] = states.get(one.state, 0) + 1
                rules.update(dict.fromkeys(one.rules))
                if top is None or _rank(one) > _rank(top):
                    top = one
                if len(states) > 1:
                    return Cell(MIXED, None, None, pairs, tuple(rules), states)
        assert top is not None
        return Cell(top.state, top.decision, top.score, pairs, tuple(rules), states,
                    scored=top.scored)


def _rank(cell: Cell) -> float:
    return cell.score.value if cell.score is not None else -1.0
