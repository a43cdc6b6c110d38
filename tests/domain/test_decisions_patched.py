"""A patched decision engine (some rules' fields edited) equals one built afresh."""

from __future__ import annotations

import random
from itertools import product
from pathlib import Path

import pytest

from app.domain.decisions import DecisionEngine, Request
from app.domain.enums import ConsentState
from app.domain.models import Policy
from app.storage.loader import load_bytes, load_file
from app.storage.resources import region_catalogue
from bench.generate import generate

EXAMPLES = Path(__file__).resolve().parents[2] / "resources/examples"
EXAMPLE = EXAMPLES / "northwind-outfitters.policy.yaml"


def _policies() -> list[Policy]:
    small = generate(seed=3, sizes={"categories": 300, "purposes": 20, "subjects": 4,
                                    "recipients": 6, "rules": 120, "retention": 100})
    old = small.replace("format_version: 2", "format_version: 1", 1)  # format 1 meanings
    return [load_file(EXAMPLE).policy, load_bytes(small.encode(), "small.yaml").policy,
            load_bytes(old.encode(), "old.yaml").policy]


def _edit(rng: random.Random, policy: Policy) -> tuple[Policy, list[int]]:
    """``policy`` with one to three rules' fields changed (a new rules list, new rule objects)."""
    rules = list(policy.rules)
    edited = rng.sample(range(len(rules)), rng.randint(1, min(3, len(rules))))
    for index in edited:
        rule, other = rules[index], rng.choice(rules)
        field = rng.choice(["effect", "categories", "purposes", "subjects", "recipients",
                            "regions", "obligations"])
        value = {"effect": "deny" if str(rule.effect) == "allow" else "allow",
                 "recipients": rng.choice([[], ["*"], other.recipients]),
                 "regions": rng.choice([["DE"], ["eea", "FR"], other.regions])}.get(
            field, getattr(other, field))
        rules[index] = rule.model_copy(update={field: value})
    return policy.model_copy(update={"rules": rules}), edited


def _same(patched: DecisionEngine, fresh: DecisionEngine, policy: Policy) -> None:
    for field, masks in fresh.masks.items():
        mine = patched.masks[field]
        assert list(mine.listed.items()) == list(masks.listed.items()), field
        assert mine.unconstrained == masks.unconstrained, field
    assert (patched.allow_mask, patched.deny_mask, patched.internal_only_mask) == (
        fresh.allow_mask, fresh.deny_mask, fresh.internal_only_mask)
    for field in ("subject", "recipient", "region"):  # what decide reads per request field
        for value in [None, "someone_else", *fresh.masks[field + "s"].listed]:
            assert patched.field_mask(field, value) == fresh.field_mask(field, value), value
    names = {field: [None, *masks.listed][:6] for field, masks in fresh.masks.items()}
    for rule in policy.rules[:15]:
        for category, purpose, subject, recipient, region, consent in product(
                rule.categories[:1], rule.purposes[:1], names["subjects"][:3],
                [*names["recipients"][:3], "someone_else"], names["regions"][:3],
                [ConsentState.GRANTED, ConsentState.UNKNOWN]):
            request = Request(category, purpose, subject, recipient, region, consent)
            assert patched.decide(request) == fresh.decide(request), request


@pytest.mark.parametrize("seed", range(4))
def test_a_patched_engine_answers_as_one_built_afresh(seed: int) -> None:
    rng = random.Random(seed)
    for policy in _policies():
        engine = DecisionEngine(policy, region_catalogue())
        for _ in range(6):  # patches of patches
            edited_policy, edited = _edit(rng, policy)
            engine = engine.patched(edited_policy, edited)
            policy = edited_policy
            _same(engine, DecisionEngine(policy, region_catalogue()), policy)
