"""Saving loses nothing: emptied sections, duplicate ids, replaced items and long text.

Each case is saved both by the save that rewrites only what changed (``saved_text``) and by the
whole-file rewrite (``whole_yaml_text``); both must write text that reads back as exactly the
policy being saved.
"""

from __future__ import annotations

import io
from typing import Any

import pytest
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from app.domain.document import PolicyDocument
from app.domain.models import DataCategory, Policy
from app.storage.loader import LoadedPolicy, load_bytes
from app.storage.roundtrip import saved_text, whole_yaml_text
from app.storage.safe_yaml import read_bytes as load_yaml
from app.storage.yaml_merge import round_trip_yaml

COMMENT_BEFORE_FIRST = """\
format_version: 2
policy:
  id: m
categories:
# about a
- id: a
  name: A
purposes:
- id: p
"""

SECTIONS_WITH_COMMENTS = """\
# head comment
format_version: 2
policy:
  id: odd
categories:
  # a heading over the categories

  # about a
  - id: a
    name: A
  # about b
  - id: b
    name: B
  # closing the categories
purposes:
    -   id: p1
        name: P1
    # about p2
    -   id: p2
rules:
  - {id: r1, effect: allow, categories: [a], purposes: [p1]}
  - id: r2
    effect: deny
    categories: [b]
    purposes: [p2]
subjects: [{id: s}]
# end of file
"""

DUPLICATE_IDS = """\
format_version: 2
policy:
  id: d
categories:
  - id: a
    name: First A   # keep me
  - id: a
    name: Second A
  - id: b
    name: B
"""

LONG = "long enough to be folded by a writer that wraps lines at a hundred characters, " * 2 + "."
WRAPPED = f"""\
format_version: 2
policy:
  id: t
  title: T
  description: A policy description {LONG}
categories:
  - id: a
    name: A
    description: A single line description {LONG}
  - id: b
    name: B
    description: >-
      Folded text that goes on
      over two lines, as a person wrote it.
    tags: [contact]
"""


def load(text: str) -> LoadedPolicy:
    return load_bytes(text.encode("utf-8"), "<test>")


def both_writers(policy: Policy, base: str) -> dict[str, str]:
    """The text each writer saves, each checked to read back as ``policy``."""
    found = {"fast": saved_text(policy, base).text, "whole": whole_yaml_text(policy, base)}
    for writer, text in found.items():
        assert load(text).policy == policy, (writer, text)
    return found


def with_section(policy: Policy, section: str, items: list[Any]) -> Policy:
    return policy.model_copy(update={section: items})


# 1. An emptied section is written readably.

def test_emptying_a_section_with_a_comment_before_its_first_item_reads_back() -> None:
    base = load(COMMENT_BEFORE_FIRST)
    policy = with_section(base.policy, "categories", [])
    outcome = saved_text(policy, base.text)
    assert outcome.spliced, outcome.reason  # no whole-file rewrite for this
    assert "categories: []\n" in outcome.text
    assert "purposes:\n- id: p\n" in outcome.text
    texts = both_writers(policy, base.text)
    assert "categories: []" in texts["whole"]


@pytest.mark.parametrize("section", ["categories", "purposes", "rules", "subjects"])
def test_emptying_any_section_keeps_the_other_comments(section: str) -> None:
    base = load(SECTIONS_WITH_COMMENTS)
    policy = with_section(base.policy, section, [])
    texts = both_writers(policy, base.text)
    outcome = saved_text(policy, base.text)
    assert outcome.spliced, outcome.reason
    fast = texts["fast"]
    assert f"{section}: []" in fast
    for kept in ("# head comment", "# end of file"):
        assert kept in fast and kept in texts["whole"]
    if section == "categories":
        # The items' own comments go with them; the heading and the closing comment stay.
        assert "# about a" not in fast and "# about b" not in fast
        assert "# a heading over the categories" in fast and "# closing the categories" in fast


def test_emptying_every_section_at_once_reads_back() -> None:
    base = load(SECTIONS_WITH_COMMENTS)
    policy = base.policy.model_copy(update={key: [] for key in (
        "categories", "purposes", "rules", "subjects")})
    both_writers(policy, base.text)


# 3. Duplicate ids: exactly the edited model, never anchors, never the neighbour's edit.

@pytest.mark.parametrize("edited", [1, 2])
def test_a_policy_with_duplicate_ids_saves_exactly_the_edited_item(edited: int) -> None:
    base = load(DUPLICATE_IDS)
    categories = [c.model_copy() for c in base.policy.categories]
    categories[edited] = categories[edited].model_copy(update={"name": "Edited"})
    policy = with_section(base.policy, "categories", categories)
    for writer, text in both_writers(policy, base.text).items():
        assert "&" not in text and "*" not in text, writer
        assert [c.name for c in load(text).policy.categories] == [
            c.name for c in categories], writer
        assert "name: First A   # keep me" in text, writer


def test_duplicate_ids_survive_deleting_and_moving_one_of_them() -> None:
    base = load(DUPLICATE_IDS)
    first, second, b = base.policy.categories
    for items in ([second, b], [first, b], [b, second, first], [second, first, b]):
        policy = with_section(base.policy, "categories", list(items))
        for writer, text in both_writers(policy, base.text).items():
            assert "&" not in text and "*" not in text, writer
            assert ("# keep me" in text) == (first in items), writer


# 4. Comments belong to the item they were written for.

COMMENTED_ITEMS = """\
format_version: 2
policy:
  id: c
categories:
  - id: first
  # about a, written for a
  - id: a
    name: A
    description: The a category.
    tags: [contact]
  # about b
  - id: b
    name: B
"""


@pytest.mark.parametrize("new_id", ["a", "z"])
def test_an_item_replaced_by_a_different_one_loses_the_old_comments(new_id: str) -> None:
    """Deleted, and another added in its place: under the same id ("a") or another ("z")."""
    base = load(COMMENTED_ITEMS)
    other = DataCategory(id=new_id, name="Something else")
    first, _a, b = base.policy.categories
    policy = with_section(base.policy, "categories", [first, other, b])
    for writer, text in both_writers(policy, base.text).items():
        assert "about a" not in text, writer
        assert "# about b\n  - id: b" in text, writer


def test_a_renamed_item_keeps_its_comments_even_when_also_edited() -> None:
    base = load(COMMENTED_ITEMS)
    document = PolicyDocument(base.policy.model_copy(deep=True))
    document.rename("categories", "a", "a_renamed")
    for writer, text in both_writers(document.policy, base.text).items():
        assert "# about a, written for a\n  - id: a_renamed" in text, writer
    document.set("categories", "a_renamed", "name", "A, renamed and edited")
    for writer, text in both_writers(document.policy, base.text).items():
        assert "# about a, written for a\n  - id: a_renamed" in text, writer


def test_an_item_whose_fields_are_edited_keeps_its_comments() -> None:
    base = load(COMMENTED_ITEMS)
    document = PolicyDocument(base.policy.model_copy(deep=True))
    document.set("categories", "b", "name", "B edited")  # b's only field
    document.set("categories", "a", "name", "A edited")
    for writer, text in both_writers(document.policy, base.text).items():
        assert "# about b\n  - id: b" in text and "# about a, written for a" in text, writer


# 5. Unchanged text keeps its bytes when a neighbouring field is edited.

def test_unchanged_long_fields_keep_their_text_when_another_field_is_edited() -> None:
    base = load(WRAPPED)
    document = PolicyDocument(base.policy.model_copy(deep=True))
    document.set("categories", "a", "name", "A edited")
    document.set("categories", "b", "name", "B edited")
    document.set("policy", None, "title", "T edited")
    outcome = saved_text(document.policy, base.text)
    assert outcome.spliced, outcome.reason
    expected = (WRAPPED.replace("name: A\n", "name: A edited\n")
                .replace("name: B\n", "name: B edited\n")
                .replace("title: T\n", "title: T edited\n"))
    assert outcome.text == expected


ANCHORED = """\
format_version: 2
policy:
  id: anch
  controller: &ctl {name: C, email: c@x.example}
  dpo: *ctl
categories:
  - id: a
    name: A
"""


def test_the_writer_never_makes_up_anchors_but_keeps_a_files_own() -> None:
    shared = CommentedMap(id="a", name="A")
    tree = CommentedMap(categories=CommentedSeq([shared, shared]))
    out = io.StringIO()
    round_trip_yaml(2, 4, 2).dump(tree, out)
    assert "&" not in out.getvalue() and "*" not in out.getvalue()
    assert load_yaml(out.getvalue().encode(), "<out>").data == {
        "categories": [{"id": "a", "name": "A"}] * 2}
    base = load(ANCHORED)
    policy = with_section(base.policy, "categories", [DataCategory(id="b", name="B")])
    text = whole_yaml_text(policy, ANCHORED)
    assert "&ctl" in text and "*ctl" in text
    assert load(text).policy == policy
