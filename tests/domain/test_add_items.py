"""AddItems / RemoveItems: many items in one linear pass, undone exactly."""

from __future__ import annotations

import time

import pytest

from app.domain.edits import AddItems, EditError, RemoveItems
from app.domain.models import DataCategory, Metadata, Policy, UseRule


def test_add_many_then_undo_and_redo() -> None:
    policy = Policy(policy=Metadata(id="p"), categories=[DataCategory(id="a")])
    before = policy.model_copy(deep=True)
    change = AddItems("categories", (DataCategory(id="b"), DataCategory(id="c")), "Add 2").apply(
        policy)
    assert [c.id for c in policy.categories] == ["a", "b", "c"]
    assert change.kind == "batch" and [p.kind for p in change.parts] == ["add", "add"]
    assert change.touched == (("categories", "b"), ("categories", "c"))
    undone = change.undo.apply(policy)
    assert policy == before and [p.kind for p in undone.parts] == ["remove", "remove"]
    undone.undo.apply(policy)
    assert [c.id for c in policy.categories] == ["a", "b", "c"]


def test_an_emptied_section_is_unset_again() -> None:
    policy = Policy(policy=Metadata(id="p"))
    assert "rules" not in policy.model_fields_set
    change = AddItems("rules", (UseRule(id="r"),)).apply(policy)
    assert "rules" in policy.model_fields_set
    change.undo.apply(policy)
    assert "rules" not in policy.model_fields_set


@pytest.mark.parametrize("items", [
    (DataCategory(id="a"),), (DataCategory(id="x"), DataCategory(id="x")),
    (UseRule(id="r"),)])
def test_refused_additions_change_nothing(items: tuple) -> None:  # type: ignore[type-arg]
    policy = Policy(policy=Metadata(id="p"), categories=[DataCategory(id="a")])
    with pytest.raises(EditError):
        AddItems("categories", items).apply(policy)
    assert [c.id for c in policy.categories] == ["a"]


def test_removing_a_missing_item_is_refused() -> None:
    policy = Policy(policy=Metadata(id="p"), categories=[DataCategory(id="a")])
    with pytest.raises(EditError, match="no 'b'"):
        RemoveItems("categories", ("a", "b")).apply(policy)
    assert [c.id for c in policy.categories] == ["a"]


def test_twenty_thousand_items_in_linear_time() -> None:
    policy = Policy(policy=Metadata(id="p"))
    items = tuple(DataCategory(id=f"c{i}") for i in range(20_000))
    started = time.monotonic()
    change = AddItems("categories", items).apply(policy)
    change.undo.apply(policy)
    assert time.monotonic() - started < 5 and policy.categories == []
