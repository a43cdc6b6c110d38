"""Round-trip saving: an edit changes only its own lines; comments and layout survive."""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest

from app.domain.document import PolicyDocument
from app.domain.models import DataCategory, Metadata, Policy, Purpose, RetentionRule, UseRule
from app.storage.atomic import write_atomic
from app.storage.loader import load_bytes, load_file
from app.storage.roundtrip import (
    SCHEMA_URL,
    guess_indentation,
    new_yaml_text,
    normalised_yaml_text,
    updated_yaml_text,
)

HAND_WRITTEN = """\
# yaml-language-server: $schema=../policy_schemas/policy-v1.schema.json
# Data-use policy of the shop. Reviewed by Legal every spring.
format_version: 1

# Who we are.
policy:
  id: shop          # never change: other systems use it
  title: Shop data-use policy
  version: 1.2.0
  status: draft     # draft until Legal signs
  controller:
    name: Shop Ltd
    email: privacy@shop.example
  jurisdictions: [eu_gdpr, uk_gdpr]
  effective_date: 2025-01-01

# What we hold.
categories:
  # Contact details, given at sign-up.
  - id: contact
    name: Contact details
  - id: contact.email   # the main key
    name: Email address
    tags: [contact, identifier]
  - id: location
    name: Location
    sensitivity: sensitive
    tags: [location]    # city-level only

subjects:
  - id: customer
    name: Customers

purposes:
  - id: support
    name: Customer support
    consent: none
  # Newsletters need consent.
  - id: marketing
    kind: marketing
    legal_basis: consent
    consent: opt_in

rules:
  - id: r_support
    categories: [contact, location]   # everything support needs
    purposes: [support]
  - id: r_mail
    categories: [contact.email]
    purposes: [marketing]
    obligations: [minimise]

retention:
  - id: keep_contact
    categories: [contact]
    duration: P2Y       # limitation period
    trigger: account_closure
  - id: keep_mail
    categories: [contact.email]
    purposes: [marketing]
    duration: P6M
# end of file
"""


@pytest.fixture
def policy_file(tmp_path: Path) -> Path:
    path = tmp_path / "shop.policy.yaml"
    path.write_text(HAND_WRITTEN, encoding="utf-8")
    return path


def open_document(path: Path) -> PolicyDocument:
    return PolicyDocument(load_file(path).policy)


def save(path: Path, doc: PolicyDocument) -> str:
    """Save the way the app does; return the new text."""
    base = path.read_text(encoding="utf-8")
    write_atomic(path, updated_yaml_text(doc.policy, base).encode("utf-8"))
    return path.read_text(encoding="utf-8")


def changed_lines(old: str, new: str) -> tuple[list[str], list[str]]:
    """(removed, added) lines of the unified diff."""
    diff = list(difflib.unified_diff(old.splitlines(), new.splitlines(), lineterm="", n=0))
    removed = [line[1:] for line in diff if line.startswith("-") and not line.startswith("---")]
    added = [line[1:] for line in diff if line.startswith("+") and not line.startswith("+++")]
    return removed, added


def comment_lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if "#" in line]


def assert_comments_survive(old: str, new: str, *, except_lines: tuple[str, ...] = ()) -> None:
    kept = comment_lines(new)
    for line in comment_lines(old):
        if line in except_lines:
            continue
        assert line in kept, f"comment line lost: {line!r}"


def test_no_op_save_is_byte_identical(policy_file: Path) -> None:
    doc = open_document(policy_file)
    assert save(policy_file, doc) == HAND_WRITTEN
    assert policy_file.read_bytes() == HAND_WRITTEN.encode("utf-8")


def test_one_field_changes_one_line(policy_file: Path) -> None:
    doc = open_document(policy_file)
    doc.set("policy", None, "title", "Shop policy (EU)")
    new = save(policy_file, doc)
    assert changed_lines(HAND_WRITTEN, new) == (
        ["  title: Shop data-use policy"], ["  title: Shop policy (EU)"]
    )
    assert_comments_survive(HAND_WRITTEN, new)
    assert load_file(policy_file).policy == doc.policy


def test_commented_field_keeps_its_comment(policy_file: Path) -> None:
    doc = open_document(policy_file)
    doc.set("retention", "keep_contact", "duration", "P3Y")
    new = save(policy_file, doc)
    removed, added = changed_lines(HAND_WRITTEN, new)
    assert removed == ["    duration: P2Y       # limitation period"]
    assert len(added) == 1
    assert added[0].startswith("    duration: P3Y")
    assert added[0].endswith("# limitation period")


def test_nested_metadata_field(policy_file: Path) -> None:
    doc = open_document(policy_file)
    doc.set("policy", None, "controller.email", "dpo@shop.example")
    new = save(policy_file, doc)
    assert changed_lines(HAND_WRITTEN, new) == (
        ["    email: privacy@shop.example"], ["    email: dpo@shop.example"]
    )


def test_edit_then_undo_saves_nothing_new(policy_file: Path) -> None:
    doc = open_document(policy_file)
    change = doc.set("categories", "contact", "description", "Given at sign-up")
    doc.apply(change.undo)
    change = doc.set("policy", None, "dpo", {"name": "Dana"})
    doc.apply(change.undo)
    assert save(policy_file, doc) == HAND_WRITTEN


def test_set_a_field_the_file_did_not_have(policy_file: Path) -> None:
    doc = open_document(policy_file)
    doc.set("categories", "contact", "description", "Given at sign-up")
    new = save(policy_file, doc)
    removed, added = changed_lines(HAND_WRITTEN, new)
    assert removed == []
    assert added == ["    description: Given at sign-up"]
    lines = new.splitlines()
    assert lines.index(added[0]) == lines.index("    name: Contact details") + 1


def test_rename_changes_only_the_id_and_reference_lines(policy_file: Path) -> None:
    doc = open_document(policy_file)
    doc.rename("categories", "contact.email", "contact.mail")
    new = save(policy_file, doc)
    removed, added = changed_lines(HAND_WRITTEN, new)
    assert removed == [
        "  - id: contact.email   # the main key",
        "    categories: [contact.email]",
        "    categories: [contact.email]",
    ]
    assert [line.split("#")[0].rstrip() for line in added] == [
        "  - id: contact.mail",
        "    categories: [contact.mail]",
        "    categories: [contact.mail]",
    ]
    assert added[0].endswith("# the main key")
    assert_comments_survive(HAND_WRITTEN, new, except_lines=(removed[0],))
    assert load_file(policy_file).policy == doc.policy


def test_subtree_rename(policy_file: Path) -> None:
    doc = open_document(policy_file)
    doc.rename("categories", "contact", "person", subtree=True)
    new = save(policy_file, doc)
    removed, added = changed_lines(HAND_WRITTEN, new)
    assert all("contact" in line for line in removed)
    assert len(removed) == len(added) == 6

    def code(line: str) -> str:
        return line.split("#")[0].rstrip()

    assert [code(line).replace("contact", "person") for line in removed] == [
        code(line) for line in added
    ]
    assert_comments_survive(HAND_WRITTEN, new, except_lines=tuple(removed))
    assert "  # Contact details, given at sign-up." in new


def test_added_item(policy_file: Path) -> None:
    doc = open_document(policy_file)
    doc.add("purposes", Purpose(id="analytics", name="Analytics", kind="analytics"))
    new = save(policy_file, doc)
    removed, added = changed_lines(HAND_WRITTEN, new)
    assert removed == []
    assert added == ["  - id: analytics", "    name: Analytics", "    kind: analytics"]
    assert_comments_survive(HAND_WRITTEN, new)
    # The new item goes right after the last one, before the blank line ending the section.
    lines = new.splitlines()
    assert lines.index("  - id: analytics") == lines.index("    consent: opt_in") + 1
    assert lines[lines.index("rules:") - 1] == ""
    assert load_file(policy_file).policy == doc.policy


def test_added_item_goes_before_a_closing_comment(policy_file: Path) -> None:
    doc = open_document(policy_file)
    doc.add("retention", RetentionRule(id="keep_loc", categories=["location"], duration="P1Y"))
    new = save(policy_file, doc)
    assert changed_lines(HAND_WRITTEN, new) == (
        [], ["  - id: keep_loc", "    categories: [location]", "    duration: P1Y"]
    )
    assert new.endswith("    duration: P1Y\n# end of file\n")


def test_field_added_to_the_last_item_goes_before_what_follows(policy_file: Path) -> None:
    doc = open_document(policy_file)
    doc.set("retention", "keep_mail", "legal_hold", True)
    doc.set("purposes", "marketing", "lia", "LIA-7")
    new = save(policy_file, doc)
    assert changed_lines(HAND_WRITTEN, new) == ([], ["    lia: LIA-7", "    legal_hold: true"])
    assert new.endswith("    legal_hold: true\n# end of file\n")
    lines = new.splitlines()
    assert lines[lines.index("    lia: LIA-7") + 1] == ""


def test_added_item_in_the_middle(policy_file: Path) -> None:
    doc = open_document(policy_file)
    doc.add("rules", UseRule(id="r_new", categories=["location"], purposes=["support"]), index=1)
    new = save(policy_file, doc)
    removed, added = changed_lines(HAND_WRITTEN, new)
    assert removed == []
    assert added == ["  - id: r_new", "    categories: [location]", "    purposes: [support]"]
    assert load_file(policy_file).policy == doc.policy


def test_added_item_in_a_section_the_file_lacks(tmp_path: Path) -> None:
    text = "# minimal\nformat_version: 1\npolicy:\n  id: p   # id\n"
    path = tmp_path / "minimal.policy.yaml"
    path.write_text(text, encoding="utf-8")
    doc = open_document(path)
    change = doc.add("retention", RetentionRule(id="k", categories=["a"], duration="P1Y"))
    new = save(path, doc)
    assert changed_lines(text, new) == (
        [], ["retention:", "  - id: k", "    categories: [a]", "    duration: P1Y"]
    )
    assert load_file(path).policy == doc.policy
    doc.apply(change.undo)
    assert save(path, doc) == text


def test_removed_item(policy_file: Path) -> None:
    doc = open_document(policy_file)
    doc.remove("rules", "r_mail")
    new = save(policy_file, doc)
    removed, added = changed_lines(HAND_WRITTEN, new)
    assert added == []
    assert removed == [
        "  - id: r_mail",
        "    categories: [contact.email]",
        "    purposes: [marketing]",
        "    obligations: [minimise]",
    ]
    assert_comments_survive(HAND_WRITTEN, new)
    assert load_file(policy_file).policy == doc.policy


@pytest.mark.parametrize(
    ("section", "item_id", "first_line", "count"),
    [
        ("categories", "location", "  - id: location", 4),
        # the comment directly above an item is the item's own: it goes with it
        ("purposes", "marketing", "  # Newsletters need consent.", 5),
        ("retention", "keep_mail", "  - id: keep_mail", 4),
    ],
)
def test_removed_last_item_keeps_what_follows_it(
    policy_file: Path, section: str, item_id: str, first_line: str, count: int
) -> None:
    doc = open_document(policy_file)
    doc.remove(section, item_id)
    new = save(policy_file, doc)
    removed, added = changed_lines(HAND_WRITTEN, new)
    assert added == []
    assert removed[0] == first_line
    assert len(removed) == count
    assert all(not line.startswith("#") and line.strip() for line in removed)
    assert new.endswith("# end of file\n")
    assert load_file(policy_file).policy == doc.policy


def test_moved_item(policy_file: Path) -> None:
    doc = open_document(policy_file)
    doc.move("rules", "r_mail", 0)
    new = save(policy_file, doc)
    assert load_file(policy_file).policy == doc.policy
    assert [i.id for i in load_file(policy_file).policy.rules] == ["r_mail", "r_support"]
    assert "    categories: [contact, location]   # everything support needs" in new


def test_new_yaml_text_loads_back_equal() -> None:
    policy = Policy(
        policy=Metadata(id="fresh", title="Fresh: a policy", jurisdictions=["eu_gdpr"]),
        categories=[DataCategory(id="a", tags=["location", "browsing"]),
                    DataCategory(id="a.b", name="yes")],
        purposes=[Purpose(id="p", consent="opt_out", rights=["objection"])],
        rules=[UseRule(id="r", categories=["a"], purposes=["p"], regions=["no", "on"])],
        retention=[RetentionRule(id="k", categories=["a"], duration="P6M", citation="1.0")],
    )
    text = new_yaml_text(policy)
    assert text.startswith(f"# yaml-language-server: $schema={SCHEMA_URL}\n")
    assert load_bytes(text.encode()).policy == policy
    assert load_bytes(text.encode()).policy.model_dump() == policy.model_dump()


def test_loaded_policy_written_fresh_loads_back_equal(policy_file: Path) -> None:
    policy = load_file(policy_file).policy
    again = load_bytes(new_yaml_text(policy).encode()).policy
    assert again == policy


def test_normalised_text_keeps_comments() -> None:
    text = "format_version: 1\npolicy:\n    id: a   # keep me\ncategories:\n- id: c\n"
    normalised = normalised_yaml_text(text)
    assert "# keep me" in normalised
    assert "  - id: c" in normalised
    assert load_bytes(normalised.encode()).policy == load_bytes(text.encode()).policy


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (HAND_WRITTEN, (2, 4, 2)),
        ("policy:\n    id: a\ncategories:\n    -   id: c\n        name: C\n", (4, 8, 4)),
        ("policy:\n  id: a\ncategories:\n- id: c\n  name: C\n", (2, 2, 0)),
        ("policy:\n    id: a\ncategories:\n-   id: c\n    name: C\n", (4, 4, 0)),
        ("format_version: 1\npolicy: {id: a}\n", (2, 4, 2)),
    ],
)
def test_guess_indentation(text: str, expected: tuple[int, int, int]) -> None:
    assert guess_indentation(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "format_version: 1\npolicy:\n    id: a\ncategories:\n    -   id: c\n        name: C\n"
        "    -   id: d\n        name: D\n",
        "format_version: 1\npolicy:\n  id: a\ncategories:\n- id: c\n  name: C\n- id: d\n"
        "  name: D\n",
        "format_version: 1\npolicy:\n    id: a\ncategories:\n-   id: c\n    name: C\n"
        "-   id: d\n    name: D\n",
    ],
)
def test_other_layouts_survive_an_edit(tmp_path: Path, text: str) -> None:
    path = tmp_path / "layout.policy.yaml"
    path.write_text(text, encoding="utf-8")
    doc = open_document(path)
    doc.set("categories", "d", "name", "Changed")
    new = save(path, doc)
    removed, added = changed_lines(text, new)
    assert [line.strip() for line in removed] == ["name: D"]
    assert [line.strip() for line in added] == ["name: Changed"]
    assert removed[0].replace("D", "Changed") == added[0]
