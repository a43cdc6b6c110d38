"""Copy-on-write snapshots: equal to the document, untouched by later edits, cheap per edit."""

from __future__ import annotations

import random

import pytest

from app.domain.document import PolicyDocument
from app.domain.edits import METADATA, AddItem, Edit, EditError, SetField
from app.domain.models import DataCategory, Item, Policy, UseRule
from app.domain.sections import SECTION_KEYS
from app.storage.loader import load_bytes
from app.validation.snapshot import SnapshotCache
from tests.small_policy import UI_POLICY


class Editor:
    """The document with an undo history, as the window edits it (without Qt)."""

    def __init__(self, policy: Policy) -> None:
        self.document = PolicyDocument(policy)
        self.done: list[Edit] = []
        self.undone: list[Edit] = []

    @property
    def policy(self) -> Policy:
        return self.document.policy

    def apply(self, edit: Edit) -> None:
        self.done.append(self.document.apply(edit).undo)
        self.undone.clear()

    def set_field(self, section: str, item_id: str | None, field: str, value: object) -> None:
        self.apply(SetField(section, None if section == METADATA else item_id,
                            tuple(field.split(".")), value))

    def add_item(self, section: str, item: Item, index: int | None = None) -> None:
        self.apply(AddItem(section, item, index))

    def undo(self) -> None:
        if self.done:
            self.undone.append(self.document.apply(self.done.pop()).undo)

    def redo(self) -> None:
        if self.undone:
            self.done.append(self.document.apply(self.undone.pop()).undo)


@pytest.fixture
def bridge() -> Editor:
    return Editor(load_bytes(UI_POLICY, "small.policy.yaml").policy)


def follow(editor: Editor) -> SnapshotCache:
    cache = SnapshotCache()
    editor.document.subscribe(cache.invalidate)
    return cache


def dump(policy: Policy) -> dict:
    return policy.model_dump(mode="json", exclude_unset=True)


def test_a_snapshot_equals_the_document_and_shares_nothing_mutable(bridge: Editor) -> None:
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


def test_later_edits_do_not_reach_a_snapshot(bridge: Editor) -> None:
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


def test_only_touched_items_are_copied_again(bridge: Editor) -> None:
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


def test_a_rename_rescans_only_its_own_section(bridge: Editor) -> None:
    """Renaming a category rewrites rules' references: those rules are copied, the rules
    section is not gone through item by item (thousands of rules on a large policy)."""
    cache = follow(bridge)
    first = cache.snapshot(bridge.policy)
    naming = {r.id for r in bridge.policy.rules if any(c.startswith("contact")
                                                        for c in r.categories)}
    assert naming and len(naming) < len(bridge.policy.rules)
    bridge.apply(bridge.document.rename_edit("categories", "contact", "person", subtree=True))
    second = cache.snapshot(bridge.policy)
    assert cache.rescanned == {"categories"}
    assert dump(second) == dump(bridge.policy)
    for old, new in zip(first.rules, second.rules, strict=True):
        assert (old is not new) == (new.id in naming), new.id
    bridge.undo()
    assert dump(cache.snapshot(bridge.policy)) == dump(bridge.policy)
    assert cache.rescanned == {"categories"}


def test_a_reload_starts_afresh(bridge: Editor) -> None:
    cache = follow(bridge)
    cache.snapshot(bridge.policy)
    fresh = bridge.policy.model_copy(deep=True)
    fresh.rules[0].description = "From disk"
    bridge.document.replace(fresh)
    assert cache.snapshot(bridge.policy).rules[0].description == "From disk"


def test_random_edits_undo_and_redo_keep_snapshots_exact(bridge: Editor) -> None:
    rng = random.Random(11)
    cache = follow(bridge)
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
                bridge.undo()
            elif choice == 6:
                bridge.redo()
            else:
                category = rng.choice(bridge.policy.categories)
                bridge.set_field("categories", category.id, "tags", ["location"])
        except EditError:
            continue
        if rng.random() < 0.6:  # sometimes several edits pile up before a snapshot
            assert dump(cache.snapshot(bridge.policy)) == dump(bridge.policy), step
