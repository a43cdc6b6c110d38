"""Who a (category, purpose) pair is allowed for: the decision for every subject and recipient.

The use matrix asks each pair about every declared subject and every recipient (including no
recipient at all: the data is not shared) at once. Asking :meth:`DecisionEngine.decide` about
each of those combinations one by one would be slow on a large policy (50 subjects by 101
recipient values by every visible cell), so the combinations are first put into classes that
``decide`` cannot tell apart: ``decide`` looks at a request's subject, recipient and region only
through the masks of the rules accepting them (:meth:`DecisionEngine.field_mask`), intersected
with the rules covering the pair. Subjects whose masks agree on those rules form one class, and
so do recipients; ``decide`` is then asked once per (subject class, recipient class), with the
first member of each as the request, and that answer is the answer for every member. Tests ask
``decide`` about every combination and compare.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.decisions import Decision, DecisionEngine, Request
from app.domain.enums import ConsentState
from app.domain.i18n import translate

Value = str | None
PARTITIONS_KEPT = 20_000
"""Distinct rule sets whose partition of the subjects and recipients is remembered."""


@dataclass(frozen=True, slots=True)
class Group:
    """Subjects and recipients that all get the same decision for one pair."""

    subjects: tuple[Value, ...]
    recipients: tuple[Value, ...]
    decision: Decision
    covering: int
    """The rules covering these requests (bit mask, as :meth:`DecisionEngine.covering`)."""

    @property
    def size(self) -> int:
        """How many (subject, recipient) combinations the group stands for."""
        return len(self.subjects) * len(self.recipients)


@dataclass(frozen=True, slots=True)
class Spread:
    """The decision of one pair for every combination of the subjects and recipients asked."""

    subjects: tuple[Value, ...]
    recipients: tuple[Value, ...]
    groups: tuple[Group, ...]

    @property
    def combinations(self) -> int:
        """How many (subject, recipient) combinations were asked."""
        return len(self.subjects) * len(self.recipients)

    @property
    def allowed_groups(self) -> tuple[Group, ...]:
        """The groups the pair is allowed for."""
        return tuple(g for g in self.groups if g.decision.allowed)

    @property
    def allowed_count(self) -> int:
        """How many combinations the pair is allowed for."""
        return sum(g.size for g in self.groups if g.decision.allowed)

    def allowed_recipients(self) -> dict[Value, tuple[Value, ...]]:
        """For each subject asked, the recipients it is allowed with (asking order)."""
        found: dict[Value, set[Value]] = {s: set() for s in self.subjects}
        for group in self.allowed_groups:
            for subject in group.subjects:
                found[subject].update(group.recipients)
        order = {r: i for i, r in enumerate(self.recipients)}
        return {s: tuple(sorted(r, key=order.__getitem__)) for s, r in found.items()}

    def decision_for(self, subject: Value, recipient: Value) -> Decision:
        """The decision for one combination that was asked."""
        for group in self.groups:
            if subject in group.subjects and recipient in group.recipients:
                return group.decision
        raise KeyError((subject, recipient))


class SpreadAsker:
    """Asks pairs about fixed lists of subjects and recipients (build once per filter set)."""

    def __init__(self, engine: DecisionEngine, subjects: tuple[Value, ...],
                 recipients: tuple[Value, ...], region: str | None,
                 consent: ConsentState) -> None:
        if not subjects or not recipients:
            raise ValueError(translate("matrix", "ask about at least one subject and one "
                                       "recipient"))
        self.engine = engine
        self.subjects, self.recipients = subjects, recipients
        self.region, self.consent = region, consent
        self._region_mask = engine.field_mask("region", region)
        self._subject_masks = [(s, engine.field_mask("subject", s)) for s in subjects]
        self._recipient_masks = [(r, engine.field_mask("recipient", r)) for r in recipients]
        self._partitions: dict[int, tuple[Classes, Classes]] = {}
        self.uncovered: Spread | None = None
        """The spread of a pair no rule covers (the engine answers them all alike), shared."""

    def ask(self, category: str, purpose: str) -> Spread:
        """The decision of (``category``, ``purpose``) for every subject and recipient."""
        engine = self.engine
        pair = engine.pair_mask(category, purpose) & self._region_mask
        if not pair:  # most pairs: no rule covers them, whoever is asked about
            decision = engine.decide(Request(category, purpose, self.subjects[0],
                                             self.recipients[0], self.region, self.consent))
            if self.uncovered is None or self.uncovered.groups[0].decision is not decision:
                group = Group(self.subjects, self.recipients, decision, 0)
                self.uncovered = Spread(self.subjects, self.recipients, (group,))
            return self.uncovered
        classes = self._partitions.get(pair)
        if classes is None:
            classes = (_classes(self._subject_masks, pair), _classes(self._recipient_masks, pair))
            if len(self._partitions) < PARTITIONS_KEPT:
                self._partitions[pair] = classes
        groups = []
        for s_mask, subjects in classes[0]:
            for r_mask, recipients in classes[1]:
                request = Request(category, purpose, subjects[0], recipients[0], self.region,
                                  self.consent)
                groups.append(Group(subjects, recipients, engine.decide(request),
                                    s_mask & r_mask))
        return Spread(self.subjects, self.recipients, tuple(groups))


Classes = list[tuple[int, tuple[Value, ...]]]


def _classes(masks: list[tuple[Value, int]], pair: int) -> Classes:
    """The values grouped by the rules of ``pair`` that accept them (first-seen order)."""
    if not pair:
        return [(0, tuple(value for value, _mask in masks))]
    found: dict[int, list[Value]] = {}
    for value, mask in masks:
        key = mask & pair
        members = found.get(key)
        if members is None:
            found[key] = [value]
        else:
            members.append(value)
    return [(key, tuple(values)) for key, values in found.items()]

