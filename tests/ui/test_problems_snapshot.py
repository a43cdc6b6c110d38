"""Copy-on-write snapshots: equal to the document, untouched by later edits, cheap per edit."""

from __future__ import annotations

import random

from app.domain.edits import EditError
from app.domain.models import DataCategory, Policy, UseRule
from app.domain.sections import SECTION_KEYS
from app.ui.bridge import DocumentBridge
from app.validation.snapshot import SnapshotCache


def follow(bridge: DocumentBridge) -> SnapshotCache:
    cache = SnapshotCache()
    bridge.changed.connect(cache.invalidate)
    return cache


def dump(policy: Policy) -> dict:
    return policy.model_dump(mode="json", exclude_unset=True)


def test_a_snapshot_equals_the_document_and_shares_nothing_mutable(bridge) -> None:  # type: ignore[no-untyped-def]
    cache = follow(bridge)
    snapshot = cache.snapshot(bridge.policy)
    assert dump(snapshot) == dump(bridge.policy)
    assert snapshot.model_fields_set == bridge.policy.model_fields_set
    for section in SECTION_KEYS:
        live, copied = getattr(bridge.policy, section), getattr(snapshot, section)
        assert live is not copied
        assert all(a is not b for a, b in zip(live, copied, strict=True))
    assert snapshot.policy is not bridge.policy.policy
    assert snapshot.policy.controller is not bridge.policy.policy.controller


def test_later_edits_do_not_reach_a_snapshot(bridge) -> None:  # type: ignore[no-untyped-def]
    cache = follow(bridge)
    snapshot = cache.snapshot(bridge.policy)
    before = dump(snapshot)
    bridge.set_field("rules", "newsletter_email", "purposes", ["unknown"])
    bridge.set_field("policy", None, "controller.email", "dpo@example.com")
    bridge.add_item("categories", DataCategory(id="health", name="Health"))
    bridge.apply(bridge.document.rename_edit("categories", "contact", "person", subtree=True))
    bridge.apply(bridge.document.remove_edit("rules", "no_location_ads"))
    assert dump(snapshot) == before
    assert dump(cache.snapshot(bridge.policy)) == dump(bridge.policy)


def test_only_touched_items_are_copied_again(bridge) -> None:  # type: ignore[no-untyped-def]
    cache = follow(bridge)
    first = cache.snapshot(bridge.policy)
    assert cache.copied == 1 + sum(len(getattr(bridge.policy, s)) for s in SECTION_KEYS)
    bridge.set_field("rules", "newsletter_email", "description", "Newsletters")
    second = cache.snapshot(bridge.policy)
    assert cache.copied == 1
    assert second.rules[0].description == "Newsletters"
    assert first.rules[0].description == ""
    assert second.rules[1] is first.rules[1]
    assert second.categories is first.categories  # untouched sections are shared
    assert second.policy is first.policy
    bridge.set_field("policy", None, "title", "Renamed")
    third = cache.snapshot(bridge.policy)
    assert cache.copied == 1 and third.policy.title == "Renamed"


def test_a_reload_starts_afresh(bridge) -> None:  # type: ignore[no-untyped-def]
    cache = follow(bridge)
    cache.snapshot(bridge.policy)
    fresh = bridge.policy.model_copy(deep=True)
    fresh.rules[0].description = "From disk"
    bridge.document.replace(fresh)
    assert cache.snapshot(bridge.policy).rules[0].description == "From disk"


def test_random_edits_undo_and_redo_keep_snapshots_exact(bridge) -> None:  # type: ignore[no-untyped-def]
    rng = random.Random(11)
    cache = follow(bridge)
    stack = bridge.undo_stack
    for step in range(150):
        rules = bridge.policy.rules
        choice = rng.randrange(8)
        try:
            if choice == 0 and rules:
                rule = rng.choice(rules)
                bridge.set_field("rules", rule.id, "purposes", [f"p{step}"])
            elif choice == 1:
                bridge.add_item("rules", UseRule(id=f"rule{step}", categories=["contact"]),
                                rng.randrange(len(rules) + 1))
            elif choice == 2 and rules:
                bridge.apply(bridge.document.remove_edit("rules", rng.choice(rules).id))
            elif choice == 3 and rules:
                bridge.apply(bridge.document.rename_edit("rules", rng.choice(rules).id,
                                                         f"renamed{step}"))
            elif choice == 4 and len(rules) > 1:
                bridge.document.move("rules", rng.choice(rules).id, rng.randrange(len(rules)))
            elif choice == 5:
                stack.undo()
            elif choice == 6:
                stack.redo()
            else:
                category = rng.choice(bridge.policy.categories)
                bridge.set_field("categories", category.id, "tags", ["location"])
        except EditError:
            continue
        if rng.random() < 0.6:  # sometimes several edits pile up before a snapshot
            assert dump(cache.snapshot(bridge.policy)) == dump(bridge.policy), step
