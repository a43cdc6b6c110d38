"""What one cell of the use matrix says, computed with the policy's DecisionEngine.

No decision logic lives here: each (category, purpose) pair is asked of
:class:`~app.domain.decisions.DecisionEngine` with the filter values, and the answer is only
named for display. A summary cell (a collapsed row or column) asks every declared pair it
stands for and reports their common state, or "mixed".
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.domain import decisions as d
from app.domain.decisions import Decision, DecisionEngine, Request
from app.domain.enums import ConsentMechanism, ConsentState
from app.domain.intrusiveness import Score, Scorer, Weights
from app.domain.models import Policy
from app.domain.regions import RegionCatalogue

ANY = "any"

ALLOWED = "allowed"
WITH_CONSENT = "allowed_with_consent"
UNLESS_OPTED_OUT = "allowed_unless_opted_out"
CONSENT_MISSING = d.CONSENT_MISSING
OPTED_OUT = d.OPTED_OUT
DENIED = d.DENIED_BY_RULE
NO_RULE = d.NO_RULE
MIXED = "mixed"
EMPTY = "empty"
ALLOWING = (ALLOWED, WITH_CONSENT, UNLESS_OPTED_OUT)

STATE_TEXT = {
    ALLOWED: "Allowed",
    WITH_CONSENT: "Allowed with consent",
    UNLESS_OPTED_OUT: "Allowed unless opted out",
    CONSENT_MISSING: "Denied: consent missing",
    OPTED_OUT: "Denied: opted out",
    DENIED: "Denied by rule",
    NO_RULE: "No rule",
    MIXED: "Mixed",
    EMPTY: "Nothing declared",
}
SHORT_TEXT = {
    ALLOWED: "✓ allow",
    WITH_CONSENT: "✓ consent",
    UNLESS_OPTED_OUT: "✓ opt-out",
    CONSENT_MISSING: "✗ consent",
    OPTED_OUT: "✗ opted out",
    DENIED: "✗ deny",
    NO_RULE: "·",
    MIXED: "mixed",
    EMPTY: "",
}
_REASON_STATE = {d.DENIED_BY_RULE: DENIED, d.CONSENT_MISSING: CONSENT_MISSING,
                 d.OPTED_OUT: OPTED_OUT, d.NO_RULE: NO_RULE}


@dataclass(frozen=True)
class Filters:
    """The request fields every cell is asked with (None: not given)."""

    subject: str | None = None
    recipient: str | None = None
    region: str | None = None
    consent: str = ANY


@dataclass
class Cell:
    """The answer for one cell."""

    state: str
    decision: Decision | None = None
    score: Score | None = None
    pairs: int = 0
    rules: tuple[str, ...] = ()
    states: dict[str, int] = field(default_factory=dict)
    """For a summary cell: how many pairs are in each state (all of them unless mixed early)."""

    @property
    def band(self) -> str | None:
        """The intrusiveness band of an allowed cell."""
        return self.score.band if self.score is not None and self.state in ALLOWING else None


class Evaluator:
    """Answers cells for one policy and one set of filters, with a cache."""

    def __init__(self, policy: Policy, weights: Weights, filters: Filters | None = None,
                 regions: RegionCatalogue | None = None) -> None:
        self.engine = DecisionEngine(policy, regions)
        self.scorer = Scorer(policy, weights)
        self.filters = filters or Filters()
        self._cache: dict[tuple[str, bool, str, bool], Cell] = {}

    def set_filters(self, filters: Filters) -> None:
        """Ask every cell again with other filter values."""
        self.filters = filters
        self._cache.clear()

    def request(self, category: str, purpose: str) -> Request:
        """The request a pair is asked with (consent "any" asks as if granted)."""
        f = self.filters
        consent = ConsentState.GRANTED if f.consent == ANY else ConsentState(f.consent)
        return Request(category, purpose, f.subject, f.recipient, f.region, consent)

    def pair(self, category: str, purpose: str) -> Cell:
        """The cell of one declared (category, purpose) pair."""
        decision = self.engine.decide(self.request(category, purpose))
        if not decision.allowed:
            return Cell(_REASON_STATE.get(decision.reason, NO_RULE), decision, None, 1,
                        decision.rules)
        state = ALLOWED
        if self.filters.consent == ANY:
            mechanism = self.engine.mechanism(purpose)
            if mechanism is ConsentMechanism.OPT_IN:
                state = WITH_CONSENT
            elif mechanism is ConsentMechanism.OPT_OUT:
                state = UNLESS_OPTED_OUT
        f = self.filters
        score = self.scorer.score(category, purpose, f.subject, f.recipient, decision.obligations)
        return Cell(state, decision, score, 1, decision.rules)

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
        return Cell(top.state, top.decision, top.score, pairs, tuple(rules), states)


def _rank(cell: Cell) -> float:
    return cell.score.value if cell.score is not None else -1.0
