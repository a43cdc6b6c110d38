"""Changes that would make one allowed use less intrusive, each with the score it would reach.

Three kinds are offered: add a safeguarding obligation to the rule, switch the purpose to
opt-in consent, and narrow a rule that names a whole category tree to the child categories
that score lower. Each is one edit (a :class:`Batch` where several fields change).
"""

from __future__ import annotations

from dataclasses import dataclass

from app.domain import ids
from app.domain.edits import Batch, Edit, SetField
from app.domain.enums import ConsentMechanism, LegalBasis
from app.domain.i18n import translate
from app.domain.intrusiveness import Scorer, Use, Weights
from app.domain.legal_bases import all_bases
from app.domain.models import Policy, UseRule
from app.domain.sections import PURPOSES, RULES

OBLIGATIONS = ("anonymise", "aggregate", "pseudonymise", "minimise")


@dataclass(frozen=True)
class Remedy:
    """One offered change: button text, tooltip, the edit and the score it leads to."""

    kind: str
    title: str
    tip: str
    edit: Edit
    score: float
    band: str


def _rule(policy: Policy, rule_id: str) -> UseRule | None:
    return next((r for r in policy.rules if r.id == rule_id), None)


def remedies(policy: Policy, use: Use, weights: Weights) -> list[Remedy]:
    """Every change that lowers ``use``'s score (scored with ``weights``), lowest first."""
    rule = _rule(policy, use.rule)
    if rule is None:
        return []
    scorer = Scorer(policy, weights)
    found = _obligations(rule, use, scorer) + _opt_in(policy, use, rule, weights) + _narrow(
        policy, use, rule, scorer)
    return sorted((r for r in found if r.score < use.score.value), key=lambda r: r.score)


def _obligations(rule: UseRule, use: Use, scorer: Scorer) -> list[Remedy]:
    have = [str(o) for o in rule.obligations]
    found = []
    for obligation in OBLIGATIONS:
        if obligation in have or not scorer.weights.obligations.get(obligation):
            continue
        score = scorer.score(use.category, use.purpose, use.subject, use.recipient,
                             (*use.obligations, obligation))
        found.append(Remedy(
            "obligation",
            translate("remedies", "Add obligation: {obligation}").format(obligation=obligation),
            translate("remedies", "Require that the data is {obligation}d whenever rule '{rule}' "
                      "allows it. This applies to every use the rule allows, not only this "
                      "one.").format(obligation=obligation, rule=rule.id),
            SetField(RULES, rule.id, ("obligations",), [*have, obligation]),
            score.value, score.band))
    return found


def _opt_in(policy: Policy, use: Use, rule: UseRule, weights: Weights) -> list[Remedy]:
    declared = ids.Hierarchy(p.id for p in policy.purposes).nearest(use.purpose)
    purpose = next((p for p in policy.purposes if p.id == declared), None)
    if purpose is None or purpose.consent == ConsentMechanism.OPT_IN:
        return []
    edits: list[Edit] = [SetField(PURPOSES, purpose.id, ("consent",), ConsentMechanism.OPT_IN)]
    tip = translate("remedies", "Ask for consent before using data for '{purpose}' (opt-in "
                    "instead of {consent}).").format(
        purpose=purpose.id, consent=str(purpose.consent).replace("_", "-"))
    if not all_bases(purpose):
        edits.append(SetField(PURPOSES, purpose.id, ("legal_basis",), LegalBasis.CONSENT))
        tip += " " + translate("remedies", "Its legal basis becomes consent, as it has none.")
    tip += " " + translate("remedies", "Requests without granted consent are then denied.")
    scorer = Scorer(policy, weights)
    scorer.purposes = {**scorer.purposes,
                       purpose.id: purpose.model_copy(update={"consent": ConsentMechanism.OPT_IN})}
    score = scorer.score(use.category, use.purpose, use.subject, use.recipient, use.obligations)
    edit: Edit = edits[0] if len(edits) == 1 else Batch(
        tuple(edits), translate("remedies", "Switch {purpose} to opt-in").format(
            purpose=purpose.id), "update", "purposes", purpose.id)
    return [Remedy("opt_in", translate("remedies", "Switch purpose to opt-in"), tip, edit,
                   score.value, score.band)]


def _narrow(policy: Policy, use: Use, rule: UseRule, scorer: Scorer) -> list[Remedy]:
    """Narrow a whole category tree the rule names.

    When the use is the tree itself, keep only the children that score lower for this use
    (the score reached is the highest those reach). When the use is a descendant of the tree,
    keep the tree's other branches and leave out the one holding the use (the use is then no
    longer allowed by this rule: score 0).
    """
    hierarchy = ids.Hierarchy(c.id for c in policy.categories)
    obligations = use.obligations

    def worst(general: str) -> float:
        return max(scorer.score(c, use.purpose, use.subject, use.recipient, obligations).value
                   for c in hierarchy.covered(general) or (general,))

    if use.category in rule.categories:
        tree = use.category
        children = list(ids.children(tree, hierarchy.declared))
        kept = [child for child in children if worst(child) < use.score.value]
        value = max((worst(child) for child in kept), default=0.0)
        what = translate("remedies", "only the child categories less intrusive for this "
                         "purpose: {categories}").format(categories=", ".join(kept))
        title = translate("remedies", "Narrow '{tree}' to {count} of its child categories")\
            .format(tree=tree, count=len(kept))
    elif len(use.rules) > 1:
        return []  # another rule allows the use too: leaving it out of this one changes nothing
    else:
        tree = next((g for g in rule.categories if ids.covers(g, use.category)), "")
        children = list(ids.children(tree, hierarchy.declared)) if tree else []
        kept = [child for child in children if not ids.covers(child, use.category)]
        value = 0.0
        what = translate("remedies", "its other child categories ({categories}), so this use "
                         "of '{category}' is no longer allowed by the rule").format(
            categories=", ".join(kept), category=use.category)
        title = translate("remedies", "Narrow '{tree}': leave out this category").format(
            tree=tree)
    if not kept:
        return []
    dropped = [child for child in children if child not in kept]
    categories = [c for c in rule.categories if c != tree]
    categories += [c for c in kept if c not in categories]
    tip = translate("remedies", "Rule '{rule}' allows all of '{tree}'. Replace it with "
                    "{what}.").format(rule=rule.id, tree=tree, what=what)
    if dropped:
        tip += " " + translate("remedies", "Left out: {categories}; add back only what the "
                               "purpose truly needs.").format(categories=", ".join(dropped))
    return [Remedy("narrow", title, tip, SetField(RULES, rule.id, ("categories",), categories),
                   value, scorer.weights.band(value))]
