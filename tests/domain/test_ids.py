"""Dotted identifiers and the hierarchy helpers built on them."""

from __future__ import annotations

import pytest

from app.domain import ids


@pytest.mark.parametrize(
    "value", ["contact", "contact.email", "a_b.c1.d_2", "x", "0", "user.location.precise"]
)
def test_valid_ids(value: str) -> None:
    assert ids.is_valid_id(value)


@pytest.mark.parametrize(
    "value",
    ["", "Contact", "contact.", ".contact", "contact..email", "con tact", "contact-email",
     "é", "contact.Email", "a/b"],
)
def test_invalid_ids(value: str) -> None:
    assert not ids.is_valid_id(value)


def test_lineage_is_most_specific_first() -> None:
    assert ids.lineage("a.b.c") == ("a.b.c", "a.b", "a")
    assert ids.lineage("a") == ("a",)


def test_ancestors_parent_and_depth() -> None:
    assert ids.ancestors("a.b.c") == ("a.b", "a")
    assert ids.ancestors("a") == ()
    assert ids.parent("a.b.c") == "a.b"
    assert ids.parent("a") is None
    assert ids.depth("a") == 1
    assert ids.depth("a.b.c") == 3


@pytest.mark.parametrize(
    ("general", "specific", "expected"),
    [
        ("a", "a", True),
        ("a", "a.b", True),
        ("a", "a.b.c", True),
        ("a.b", "a", False),
        ("a", "ab", False),  # a shared prefix is not descent
        ("a", "ab.c", False),
        ("a.b", "a.bc", False),
        ("a.b", "a.b.c", True),
        ("b", "a.b", False),
    ],
)
def test_covers(general: str, specific: str, expected: bool) -> None:
    assert ids.covers(general, specific) is expected


def test_covers_any() -> None:
    assert ids.covers_any(["x", "a"], "a.b")
    assert not ids.covers_any(["x", "a.c"], "a.b")
    assert not ids.covers_any([], "a")


def test_children_and_descendants() -> None:
    declared = ["a", "a.b", "a.b.c", "a.d", "ab", "b"]
    assert list(ids.children("a", declared)) == ["a.b", "a.d"]
    assert list(ids.descendants("a", declared)) == ["a.b", "a.b.c", "a.d"]
    assert list(ids.children("ab", declared)) == []


@pytest.mark.parametrize(
    ("item", "old", "new", "expected"),
    [
        ("a", "a", "z", "z"),
        ("a.b.c", "a", "z", "z.b.c"),
        ("a.b.c", "a.b", "z.y", "z.y.c"),
        ("ab.c", "a", "z", "ab.c"),  # not under the renamed root
        ("b", "a", "z", "b"),
        ("a.b", "a.b", "a", "a"),  # moving up a level
    ],
)
def test_rebase(item: str, old: str, new: str, expected: str) -> None:
    assert ids.rebase(item, old, new) == expected


def test_hierarchy_covered_and_membership() -> None:
    hierarchy = ids.Hierarchy(["a", "a.b", "a.b.c", "b", "b.x", "a.b"])
    assert hierarchy.declared == ["a", "a.b", "a.b.c", "b", "b.x"]  # repeats dropped
    assert "a.b" in hierarchy
    assert "a.z" not in hierarchy
    assert hierarchy.covered("a") == ("a", "a.b", "a.b.c")
    assert hierarchy.covered("a.b.c") == ("a.b.c",)
    assert hierarchy.covered("zzz") == ()


def test_hierarchy_covered_by_any_keeps_declaration_order_without_repeats() -> None:
    hierarchy = ids.Hierarchy(["b.x", "a", "a.b", "b", "c"])
    assert hierarchy.covered_by_any(["b", "a", "a.b"]) == ("b.x", "b", "a", "a.b")
    assert hierarchy.covered_by_any(["a"]) == ("a", "a.b")
    assert hierarchy.covered_by_any([]) == ()


def test_hierarchy_covers_undeclared_parents() -> None:
    # A parent need not be declared for its children to exist; it still covers them.
    hierarchy = ids.Hierarchy(["user.email", "user.phone"])
    assert "user" not in hierarchy
    assert hierarchy.covered("user") == ("user.email", "user.phone")


def test_hierarchy_nearest() -> None:
    hierarchy = ids.Hierarchy(["a", "a.b.c", "x.y"])
    assert hierarchy.nearest("a.b.c.d") == "a.b.c"
    assert hierarchy.nearest("a.b") == "a"
    assert hierarchy.nearest("a") == "a"
    assert hierarchy.nearest("x") is None
    assert hierarchy.nearest("x.y.z") == "x.y"
    assert hierarchy.nearest("q") is None
