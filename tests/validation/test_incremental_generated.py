"""Incremental validation on a generated policy of some size: after every edit of a random
sequence (effect flips, purposes and categories changed, renames, adds, deletes, undos) the
findings equal those of a full run from scratch."""

from __future__ import annotations

from collections import Counter
from functools import cache

import pytest

from app.domain.models import Policy
from app.domain.sections import CATEGORIES, PURPOSES, RECIPIENTS, RULES
from app.storage.loader import load_bytes
from bench.generate import generate
from tests.validation.test_incremental import Session

SIZES = {"categories": 500, "purposes": 60, "subjects": 10, "recipients": 20, "rules": 800,
         "retention": 250}
STEPS = 30


@cache
def _text() -> bytes:
    return generate(seed=7, sizes=SIZES).encode("utf-8")


def _policy() -> Policy:
    return load_bytes(_text(), "mid.policy.yaml").policy


class RuleSession(Session):
    """Edits aimed at what the rule checks and the decision engine read."""

    def edit(self, kind: str | None = None) -> str:
        rng, policy, document = self.rng, self.document.policy, self.document
        kind = kind or rng.choice(["effect", "effect", "purposes", "categories", "shadow", "shadow",
                           "deny_over", "deny_over", "recipients", "safeguard", "basis",
                           "deny_purpose", "deny_purpose", "widen", "widen", "regions",
                           "name", "rename", "add", "remove", "undo", "other"])
        rule = rng.choice(policy.rules)
        if kind == "effect" and rng.random() < 0.5:  # deny rules are few; they matter most
            rule = rng.choice([r for r in policy.rules if str(r.effect) == "deny"] or [rule])
        if kind == "effect":
            flipped = "deny" if str(rule.effect) == "allow" else "allow"
            return self._apply(f"effect of {rule.id}", lambda: document.set(
                RULES, rule.id, "effect", flipped))
        if kind in ("purposes", "categories"):
            # another rule's scope, so that the rule now overlaps that one (or an item anew)
            other = getattr(rng.choice(policy.rules), kind)
            value = rng.choice([list(other), list(other), [rng.choice(getattr(policy, kind)).id],
                                [*getattr(rule, kind), f"undeclared_{kind}"]])
            return self._apply(f"{kind} of {rule.id}", lambda: document.set(
                RULES, rule.id, kind, value))
        if kind == "shadow":  # the rule takes another's scope and the opposite effect
            other = rng.choice(policy.rules)
            flipped = "allow" if str(other.effect) == "deny" else "deny"
            for field, value in (("categories", list(other.categories)),
                                 ("purposes", list(other.purposes)), ("effect", flipped)):
                self._apply(f"{field} of {rule.id}", lambda f=field, v=value: document.set(
                    RULES, rule.id, f, v))
            return f"shadow {other.id} with {rule.id}"
        if kind == "deny_over":  # a rule denies what an allow rule shares, recipients and all
            sharing = [r for r in policy.rules if str(r.effect) == "allow" and r.recipients]
            named = Counter(name for r in sharing for name in r.recipients)
            rare = [r for r in sharing if min(named[name] for name in r.recipients) <= 2]
            other = rng.choice(rare or sharing or policy.rules)  # GOV011 may come or go
            for field, value in (("categories", list(other.categories)),
                                 ("purposes", list(other.purposes)),
                                 ("recipients", rng.choice([list(other.recipients), ["*"]])),
                                 ("subjects", []), ("regions", []), ("effect", "deny")):
                self._apply(f"{field} of {rule.id}", lambda f=field, v=value: document.set(
                    RULES, rule.id, f, v))
            return f"deny over {other.id} with {rule.id}"
        if kind == "recipients":  # another rule's, a processor, anyone, internal use
            processors = [r.id for r in policy.recipients if str(r.kind) == "processor"]
            value = rng.choice([list(rng.choice(policy.rules).recipients), ["*"], [],
                                [rng.choice(processors or [policy.recipients[0].id])]])
            return self._apply(f"recipients of {rule.id}", lambda: document.set(
                RULES, rule.id, "recipients", value))
        if kind == "deny_purpose":  # two rules deny every use of one purpose (LEG001, RET001)
            unfounded = [p.id for p in policy.purposes if p.legal_basis is None]
            purpose = rng.choice(unfounded or [p.id for p in policy.purposes])
            roots = sorted({c.id.split(".")[0] for c in policy.categories})
            others = [r for r in policy.rules if r.id != rule.id]
            for target, recipients in ((rule, []), (rng.choice(others), ["*"])):
                for field, value in (("categories", roots), ("purposes", [purpose]),
                                     ("subjects", []), ("regions", []),
                                     ("recipients", recipients), ("effect", "deny")):
                    self._apply(f"{field} of {target.id}", lambda t=target, f=field, v=value:
                                document.set(RULES, t.id, f, v))
            return f"deny {purpose} with {rule.id}"
        if kind == "basis":  # LEG001 or LEG011, as some rule allows the purpose or none
            purpose = rng.choice(policy.purposes)
            self._apply(f"bases of {purpose.id}", lambda: document.set(
                PURPOSES, purpose.id, "legal_bases", []))
            return self._apply(f"basis of {purpose.id}", lambda: document.set(
                PURPOSES, purpose.id, "legal_basis", None))
        if kind == "safeguard":  # TRF001 then lists the rules sharing with the recipient
            recipient = rng.choice(policy.recipients)
            return self._apply(f"safeguard of {recipient.id}", lambda: document.set(
                RECIPIENTS, recipient.id, "safeguard", None))
        if kind == "widen":  # more intrusive: vulnerable people, any recipient, no obligations
            vulnerable = [s.id for s in policy.subjects if s.vulnerable] or [None]
            for field, value in (("subjects", [rng.choice(vulnerable)] if vulnerable[0] else []),
                                 ("recipients", ["*"]), ("obligations", [])):
                self._apply(f"{field} of {rule.id}", lambda f=field, v=value: document.set(
                    RULES, rule.id, f, v))
            return f"widen {rule.id}"
        if kind == "regions":  # one inside another (REG005), an unknown one (REG001)
            value = rng.choice([["DE", "eea"], ["atlantis"], [], ["US-CA"]])
            return self._apply(f"regions of {rule.id}", lambda: document.set(
                RULES, rule.id, "regions", value))
        if kind == "name":  # an item some finding names, by its name
            named = [f.path[1] for f in self.found if f.path[:1] == (RULES,)
                     and f.code.startswith("INT") and isinstance(f.path[1], int)]
            if named:
                rule = policy.rules[rng.choice(named)]
            section = rng.choice([CATEGORIES, PURPOSES])
            declared = {item.id for item in getattr(policy, section)}
            item_id = next((i for i in getattr(rule, section) if i in declared), None)
            if item_id is None:
                return "nothing"
            return self._apply(f"name of {item_id}", lambda: document.set(
                section, item_id, "name", f"Name {rng.random()}"))
        if kind == "rename":
            section = rng.choice([RULES, PURPOSES, CATEGORIES])
            item = rng.choice(getattr(policy, section))
            return self._apply(f"rename {item.id}", lambda: document.rename(
                section, item.id, f"{item.id}_renamed{rng.randrange(1000)}"))
        if kind == "add":
            copy = rule.model_copy(update={"id": f"{rule.id}_copy{rng.randrange(1000)}",
                                           "effect": rng.choice(["allow", "deny"])})
            return self._apply(f"add {copy.id}", lambda: document.add(
                RULES, copy, rng.randrange(len(policy.rules) + 1)))
        if kind == "remove":
            section = rng.choice([RULES, RULES, PURPOSES])
            item = rng.choice(getattr(policy, section))
            return self._apply(f"remove {item.id}", lambda: document.remove(
                section, item.id, drop_references=rng.random() < 0.5))
        if kind == "undo" and self.undo:
            self.document.apply(self.undo.pop().undo)
            return "undo"
        return super().edit()


@pytest.mark.parametrize("seed", range(3))
def test_incremental_findings_equal_a_full_run_on_a_generated_policy(seed: int) -> None:
    session = RuleSession(seed, _policy())
    session.check_equal("opening")
    done: list[str] = []
    for kind in ["effect", "rename", *[None] * STEPS]:  # each sequence flips and renames
        done.append(session.edit(kind))
        session.check_equal(" / ".join(done[-3:]))
    assert done[0].startswith("effect") and done[1].startswith("rename"), done
