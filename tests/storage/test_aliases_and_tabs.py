"""Round-trip saves of files with YAML aliases and with tabs: an edit to one aliased node never
changes another item, and a file whose tabs ruamel.yaml cannot read is still savable."""

from __future__ import annotations

from app.domain.enums import Tag
from app.domain.models import Policy
from app.storage.loader import load_bytes
from app.storage.roundtrip import normalised_yaml_text, updated_yaml_text

ALIASED = """\
format_version: 1
policy:
  id: p
  title: &title Shared words
  description: *title
categories:
  - id: a
    name: &name Shared name
    tags: &tags [contact, identifier]
  - id: b
    name: *name
    tags: *tags
rules:
  - id: r1
    effect: allow
    categories: &cats [a, b]
    purposes: [x]
  - &rule
    id: r2
    effect: deny
    categories: *cats
    purposes: [y]
"""


def saved(policy: Policy, base: str) -> Policy:
    return load_bytes(updated_yaml_text(policy, base).encode(), "saved").policy


def set_field(policy: Policy, section: str, index: int, **changes: object) -> None:
    items = getattr(policy, section)
    items[index] = items[index].model_copy(update=changes)


def test_an_edit_to_one_aliased_list_leaves_the_other_uses_alone() -> None:
    policy = load_bytes(ALIASED.encode()).policy
    set_field(policy, "categories", 1, tags=[Tag.CONTACT])
    set_field(policy, "rules", 0, categories=["a"])
    back = saved(policy, ALIASED)
    assert back == policy
    assert [t.value for t in back.categories[0].tags] == ["contact", "identifier"]
    assert back.rules[0].categories == ["a"] and back.rules[1].categories == ["a", "b"]


def test_an_edit_to_an_aliased_scalar_or_the_anchored_place_keeps_the_others() -> None:
    policy = load_bytes(ALIASED.encode()).policy
    set_field(policy, "categories", 0, name="Own name")
    policy.policy = policy.policy.model_copy(update={"description": "Own description"})
    set_field(policy, "rules", 1, categories=["b"])
    back = saved(policy, ALIASED)
    assert back == policy
    assert back.categories[1].name == "Shared name" and back.policy.title == "Shared words"
    assert back.rules[0].categories == ["a", "b"]


def test_aliases_no_edit_touches_are_kept() -> None:
    policy = load_bytes(ALIASED.encode()).policy
    set_field(policy, "categories", 0, description="New")
    text = updated_yaml_text(policy, ALIASED)
    assert "tags: *tags" in text and "categories: *cats" in text and "name: *name" in text
    assert load_bytes(text.encode()).policy == policy


TABBED = (
    "# a file written with tabs\t(and a tab in this comment)\n"
    "format_version: 1\n"
    "policy:\n"
    "  id: p\n"
    "  title: Shop\tpolicy\n"
    "  description:\tafter the colon\n"
    "  organisation: Shop Ltd\t# a tab before this comment\n"
    "categories:\n"
    "  - id: a\n"
    "    name: 'quoted\ttab'\n"
    "    description: plain\n"
    "      \tcontinued\n"
    "    tags: [contact,\tidentifier]\n"
    "  - {id: b,\tname: \"B\ttab\"}\n"
)


def test_a_file_with_tabs_ruamel_cannot_read_is_still_savable() -> None:
    loaded = load_bytes(TABBED.encode())
    policy = loaded.policy
    assert policy.policy.title == "Shop\tpolicy"
    set_field(policy, "categories", 1, description="new")
    text = updated_yaml_text(policy, loaded.text)
    assert load_bytes(text.encode()).policy == policy
    assert "# a file written with tabs\t(and a tab in this comment)" in text
    assert "# a tab before this comment" in text
    formatted = normalised_yaml_text(TABBED)
    assert load_bytes(formatted.encode()).policy == load_bytes(TABBED.encode()).policy
