"""Every edit kind through PolicyDocument: what it reports, who hears it, and that it undoes."""

from __future__ import annotations

from typing import Any

import pytest

from app.domain.document import PolicyDocument, Reference
from app.domain.edits import Change, EditError
from app.domain.models import DataCategory, Metadata, Policy, Purpose, UseRule


def make_policy() -> Policy:
    return Policy.model_validate(
        {
            "format_version": 1,
            "policy": {"id": "shop", "title": "Shop", "controller": {"name": "Shop Ltd"}},
            "categories": [
                {"id": "contact", "name": "Contact"},
                {"id": "contact.email", "name": "Email"},
                {"id": "contact.phone", "name": "Phone"},
                {"id": "location", "name": "Location", "tags": ["location"]},
            ],
            "subjects": [{"id": "customer"}],
            "recipients": [{"id": "mailer", "kind": "processor"}],
            "purposes": [
                {"id": "support", "consent": "none"},
                {"id": "marketing", "consent": "opt_in", "kind": "marketing"},
            ],
            "rules": [
                {"id": "r_support", "categories": ["contact", "location"],
                 "purposes": ["support"], "subjects": ["customer"]},
                {"id": "r_mail", "categories": ["contact.email"], "purposes": ["marketing"],
                 "recipients": ["mailer"]},
                {"id": "r_no_loc", "effect": "deny", "categories": ["location"],
                 "purposes": ["marketing"]},
            ],
            "retention": [
                {"id": "keep_contact", "categories": ["contact", "contact.phone"],
                 "duration": "P2Y"},
                {"id": "keep_mail", "categories": ["contact.email"],
                 "purposes": ["marketing"], "duration": "P6M"},
            ],
        }
    )


class Recorder:
    """A listener that remembers every change it was told about."""

    def __init__(self) -> None:
        self.changes: list[Change] = []

    def __call__(self, change: Change) -> None:
        self.changes.append(change)


@pytest.fixture
def doc() -> PolicyDocument:
    return PolicyDocument(make_policy())


@pytest.fixture
def heard(doc: PolicyDocument) -> Recorder:
    recorder = Recorder()
    doc.subscribe(recorder)
    return recorder


def dump(doc: PolicyDocument) -> dict[str, Any]:
    return doc.policy.model_dump()


def ids_of(doc: PolicyDocument, section: str) -> list[str]:
    return [item.id for item in doc.items(section)]


def assert_undo_redo(doc: PolicyDocument, change: Change, before: dict, after: dict) -> None:
    """Undo restores ``before`` exactly; undoing the undo restores ``after``."""
    undone = doc.apply(change.undo)
    assert dump(doc) == before
    doc.apply(undone.undo)
    assert dump(doc) == after


# -- add ------------------------------------------------------------------------------------


def test_add_appends_and_undoes(doc: PolicyDocument, heard: Recorder) -> None:
    before = dump(doc)
    change = doc.add("categories", DataCategory(id="contact.address", name="Address"))
    assert ids_of(doc, "categories")[-1] == "contact.address"
    assert (change.kind, change.section, change.item_id) == ("add", "categories", "contact.address")
    assert change.touched == (("categories", "contact.address"),)
    assert heard.changes == [change]
    assert doc.revision == 1
    assert_undo_redo(doc, change, before, dump(doc))


def test_add_to_a_section_that_was_never_set_marks_it_set() -> None:
    # Saves write only set fields: an item added to a section missing from the file must
    # be written, and undoing the add makes the section unset again.
    policy = Policy(policy=Metadata(id="p"))
    bare = PolicyDocument(policy)
    assert "retention" not in policy.model_fields_set
    change = bare.add("categories", DataCategory(id="x"))
    assert policy.model_dump(exclude_unset=True)["categories"] == [{"id": "x"}]
    undone = bare.apply(change.undo)
    assert "categories" not in policy.model_dump(exclude_unset=True)
    bare.apply(undone.undo)
    assert policy.model_dump(exclude_unset=True)["categories"] == [{"id": "x"}]


def test_removing_the_last_item_of_a_set_section_keeps_it_set(doc: PolicyDocument) -> None:
    doc.remove("subjects", "customer")
    assert doc.policy.model_dump(exclude_unset=True)["subjects"] == []


def test_add_at_index_is_clamped(doc: PolicyDocument) -> None:
    doc.add("purposes", Purpose(id="first"), index=0)
    doc.add("purposes", Purpose(id="last"), index=99)
    doc.add("purposes", Purpose(id="also_first"), index=-5)
    assert ids_of(doc, "purposes") == ["also_first", "first", "support", "marketing", "last"]


def test_add_refuses_duplicate_id(doc: PolicyDocument, heard: Recorder) -> None:
    before = dump(doc)
    with pytest.raises(EditError, match="already exists"):
        doc.add("categories", DataCategory(id="contact.email"))
    assert dump(doc) == before
    assert heard.changes == []
    assert doc.revision == 0


def test_add_refuses_wrong_item_type_and_section(doc: PolicyDocument) -> None:
    before = dump(doc)
    with pytest.raises(EditError, match="DataCategory"):
        doc.add("categories", Purpose(id="x"))
    with pytest.raises(EditError, match="no section"):
        doc.add("nonsense", Purpose(id="x"))
    assert dump(doc) == before


# -- set ------------------------------------------------------------------------------------


def test_set_item_field(doc: PolicyDocument, heard: Recorder) -> None:
    before = dump(doc)
    change = doc.set("categories", "contact.email", "description", "Where receipts go")
    assert doc.find("categories", "contact.email").description == "Where receipts go"
    assert change.kind == "update"
    assert change.field == ("description",)
    assert change.touched == (("categories", "contact.email"),)
    assert len(heard.changes) == 1
    assert_undo_redo(doc, change, before, dump(doc))


def test_set_list_field_undo_restores_the_old_list(doc: PolicyDocument) -> None:
    before = dump(doc)
    rule = doc.find("rules", "r_support")
    change = doc.set("rules", "r_support", "categories", ["contact"])
    assert rule.categories == ["contact"]
    assert_undo_redo(doc, change, before, dump(doc))


def test_set_nested_metadata(doc: PolicyDocument, heard: Recorder) -> None:
    before = dump(doc)
    change = doc.set("policy", None, "controller.email", "privacy@shop.example")
    assert doc.policy.policy.controller.email == "privacy@shop.example"
    assert doc.policy.policy.controller.name == "Shop Ltd"  # siblings untouched
    assert change.field == ("controller", "email")
    assert change.section == "policy"
    assert change.item_id is None
    assert change.touched == (("policy", ""),)
    assert heard.changes == [change]
    assert_undo_redo(doc, change, before, dump(doc))


def test_set_then_undo_restores_which_fields_are_set(doc: PolicyDocument) -> None:
    # Saves write only the fields that are set, so an undo must unset what it restores.
    category = doc.find("categories", "contact")
    assert "description" not in category.model_fields_set
    change = doc.set("categories", "contact", "description", "x")
    assert "description" in category.model_fields_set
    undone = doc.apply(change.undo)
    assert "description" not in category.model_fields_set
    doc.apply(undone.undo)
    assert "description" in category.model_fields_set
    # A field that was set before the edit stays set after its undo.
    change = doc.set("categories", "contact", "name", "Renamed")
    doc.apply(change.undo)
    assert "name" in category.model_fields_set


def test_set_nested_field_is_part_of_what_a_save_writes() -> None:
    policy = Policy(policy=Metadata(id="p"))
    bare = PolicyDocument(policy)
    change = bare.set("policy", None, "controller.email", "a@b.example")
    written = policy.model_dump(exclude_unset=True)["policy"]
    assert written["controller"] == {"email": "a@b.example"}
    undone = bare.apply(change.undo)
    assert "controller" not in policy.model_dump(exclude_unset=True)["policy"]
    bare.apply(undone.undo)
    assert policy.model_dump(exclude_unset=True)["policy"]["controller"] == {
        "email": "a@b.example"
    }


@pytest.mark.parametrize(
    ("section", "item_id", "field", "value"),
    [
        ("categories", "contact", "sensitivity", "very"),
        ("categories", "contact", "tags", ["not_a_tag"]),
        ("rules", "r_mail", "effect", "maybe"),
        ("rules", "r_mail", "categories", ["Not Valid"]),
        ("retention", "keep_mail", "duration", "P-3D"),
        ("retention", "keep_mail", "duration", "forever"),
        ("recipients", "mailer", "country", "Germany!"),
        ("policy", None, "version", "1.0"),
        ("policy", None, "controller.email", 42),
        ("categories", "contact", "id", "Bad Id"),
        ("policy", None, "id", "Bad Id"),
    ],
)
def test_invalid_values_are_refused_and_change_nothing(
    doc: PolicyDocument, heard: Recorder, section: str, item_id: str | None, field: str,
    value: Any,
) -> None:
    before = dump(doc)
    with pytest.raises(EditError) as caught:
        doc.set(section, item_id, field, value)
    assert str(caught.value)
    assert "Value error" not in str(caught.value)
    assert dump(doc) == before
    assert heard.changes == []
    assert doc.revision == 0


def test_set_unknown_field_or_item(doc: PolicyDocument) -> None:
    with pytest.raises(EditError, match="no field 'colour'"):
        doc.set("categories", "contact", "colour", "red")
    with pytest.raises(EditError, match="no 'nobody'"):
        doc.set("categories", "nobody", "name", "x")
    with pytest.raises(EditError, match="cannot be set"):
        doc.set("categories", "contact", "name.first", "x")
    with pytest.raises(EditError, match="cannot be set"):
        doc.set("policy", None, "nothing.email", "x")
    with pytest.raises(EditError, match="cannot be set"):
        doc.set("policy", None, "dpo.email", "x")  # no DPO yet: set the contact first
    with pytest.raises(EditError, match="cannot be set"):
        doc.set("policy", None, "model_config.x", 1)


def test_set_id_to_existing_id_is_refused(doc: PolicyDocument) -> None:
    before = dump(doc)
    with pytest.raises(EditError, match="already exists"):
        doc.set("categories", "contact.phone", "id", "contact.email")
    assert dump(doc) == before


# -- move -----------------------------------------------------------------------------------


def test_move(doc: PolicyDocument, heard: Recorder) -> None:
    before = dump(doc)
    change = doc.move("categories", "location", 0)
    assert ids_of(doc, "categories") == ["location", "contact", "contact.email", "contact.phone"]
    assert change.kind == "move"
    assert change.touched == (("categories", "location"),)
    assert heard.changes == [change]
    assert_undo_redo(doc, change, before, dump(doc))


def test_move_past_the_end_is_clamped(doc: PolicyDocument) -> None:
    before = dump(doc)
    change = doc.move("categories", "contact", 100)
    assert ids_of(doc, "categories")[-1] == "contact"
    assert_undo_redo(doc, change, before, dump(doc))


# -- remove ---------------------------------------------------------------------------------


def test_remove_leaves_references(doc: PolicyDocument, heard: Recorder) -> None:
    before = dump(doc)
    change = doc.remove("categories", "contact.email")
    assert "contact.email" not in ids_of(doc, "categories")
    assert doc.find("rules", "r_mail").categories == ["contact.email"]
    assert change.kind == "remove"
    assert change.touched == (("categories", "contact.email"),)
    assert heard.changes == [change]
    assert_undo_redo(doc, change, before, dump(doc))
    # Undo puts the item back where it was.
    assert ids_of(doc, "categories").index("contact.phone") == 1


def test_remove_middle_item_undo_restores_position(doc: PolicyDocument) -> None:
    before = dump(doc)
    change = doc.remove("categories", "contact.email")
    doc.apply(change.undo)
    assert dump(doc) == before
    assert ids_of(doc, "categories") == ["contact", "contact.email", "contact.phone", "location"]


def test_remove_with_drop_references(doc: PolicyDocument, heard: Recorder) -> None:
    before = dump(doc)
    change = doc.remove("categories", "contact.phone", drop_references=True)
    assert "contact.phone" not in ids_of(doc, "categories")
    assert doc.find("retention", "keep_contact").categories == ["contact"]
    # Only exact uses are dropped: the parent "contact" still stands in the support rule.
    assert doc.find("rules", "r_support").categories == ["contact", "location"]
    assert change.kind == "remove"
    assert set(change.touched) == {("categories", "contact.phone"), ("retention", "keep_contact")}
    assert len(heard.changes) == 1
    assert_undo_redo(doc, change, before, dump(doc))


def test_remove_purpose_with_drop_references_touches_rules_and_retention(
    doc: PolicyDocument,
) -> None:
    before = dump(doc)
    change = doc.remove("purposes", "marketing", drop_references=True)
    assert doc.find("rules", "r_mail").purposes == []
    assert doc.find("rules", "r_no_loc").purposes == []
    assert doc.find("retention", "keep_mail").purposes == []
    assert set(change.touched) == {
        ("purposes", "marketing"), ("rules", "r_mail"), ("rules", "r_no_loc"),
        ("retention", "keep_mail"),
    }
    assert_undo_redo(doc, change, before, dump(doc))


def test_remove_missing_item(doc: PolicyDocument, heard: Recorder) -> None:
    with pytest.raises(EditError, match="no 'ghost'"):
        doc.remove("categories", "ghost")
    with pytest.raises(EditError, match="no 'ghost'"):
        doc.remove("categories", "ghost", drop_references=True)
    assert heard.changes == []


# -- rename ---------------------------------------------------------------------------------


def test_references_to(doc: PolicyDocument) -> None:
    assert doc.references_to("categories", "contact.email") == [
        Reference("rules", "r_mail", "categories", "contact.email"),
        Reference("retention", "keep_mail", "categories", "contact.email"),
    ]
    assert {r.value for r in doc.references_to("categories", "contact", subtree=True)} == {
        "contact", "contact.email", "contact.phone"
    }


def test_rename_updates_references(doc: PolicyDocument, heard: Recorder) -> None:
    before = dump(doc)
    change = doc.rename("purposes", "marketing", "newsletter")
    assert ids_of(doc, "purposes") == ["support", "newsletter"]
    assert doc.find("rules", "r_mail").purposes == ["newsletter"]
    assert doc.find("rules", "r_no_loc").purposes == ["newsletter"]
    assert doc.find("retention", "keep_mail").purposes == ["newsletter"]
    assert doc.references_to("purposes", "marketing") == []
    assert change.kind == "rename"
    assert change.item_id == "newsletter"
    # Touched items are named by their ids after the edit (the old id no longer exists).
    assert set(change.touched) == {
        ("purposes", "newsletter"), ("rules", "r_mail"), ("rules", "r_no_loc"),
        ("retention", "keep_mail"),
    }
    assert not any("__renaming__" in item for _, item in change.touched)
    assert heard.changes == [change]
    assert_undo_redo(doc, change, before, dump(doc))


def test_rename_single_item_leaves_children_alone(doc: PolicyDocument) -> None:
    doc.rename("categories", "contact", "contact_details")
    assert ids_of(doc, "categories") == [
        "contact_details", "contact.email", "contact.phone", "location"
    ]
    assert doc.find("rules", "r_support").categories == ["contact_details", "location"]
    assert doc.find("rules", "r_mail").categories == ["contact.email"]


def test_rename_subtree(doc: PolicyDocument, heard: Recorder) -> None:
    before = dump(doc)
    change = doc.rename("categories", "contact", "person.contact", subtree=True)
    assert ids_of(doc, "categories") == [
        "person.contact", "person.contact.email", "person.contact.phone", "location"
    ]
    assert doc.find("rules", "r_support").categories == ["person.contact", "location"]
    assert doc.find("rules", "r_mail").categories == ["person.contact.email"]
    assert doc.find("retention", "keep_contact").categories == [
        "person.contact", "person.contact.phone"
    ]
    assert ("categories", "person.contact.email") in change.touched
    assert ("retention", "keep_mail") in change.touched
    assert ("rules", "r_no_loc") not in change.touched
    assert len(heard.changes) == 1
    assert_undo_redo(doc, change, before, dump(doc))


def test_rename_subtree_swap_within_itself(doc: PolicyDocument) -> None:
    # Moving a subtree up a level, onto names its own members used, must not clash.
    doc.add("categories", DataCategory(id="contact.email.work"))
    before = dump(doc)
    change = doc.rename("categories", "contact.email", "email", subtree=True)
    assert "email.work" in ids_of(doc, "categories")
    assert doc.find("rules", "r_mail").categories == ["email"]
    assert_undo_redo(doc, change, before, dump(doc))


def test_rename_rule_has_no_references(doc: PolicyDocument) -> None:
    before = dump(doc)
    change = doc.rename("rules", "r_mail", "r_newsletter")
    assert ids_of(doc, "rules") == ["r_support", "r_newsletter", "r_no_loc"]
    assert_undo_redo(doc, change, before, dump(doc))


def test_rename_metadata_id(doc: PolicyDocument) -> None:
    before = dump(doc)
    change = doc.rename("policy", "shop", "shop_eu")
    assert doc.policy.policy.id == "shop_eu"
    assert_undo_redo(doc, change, before, dump(doc))


@pytest.mark.parametrize(
    ("section", "old", "new", "subtree", "message"),
    [
        ("categories", "contact.phone", "contact.email", False, "already exists"),
        ("categories", "contact", "location", True, "already exists"),
        ("categories", "contact.email", "location", False, "already exists"),
        ("categories", "contact", "Bad Id", False, "not a valid id"),
        ("categories", "contact", "contact", False, "same"),
        ("categories", "contact", "contact.inner", True, "under"),
        ("categories", "ghost", "spirit", False, "no 'ghost'"),
    ],
)
def test_rename_refusals_change_nothing(
    doc: PolicyDocument, heard: Recorder, section: str, old: str, new: str, subtree: bool,
    message: str,
) -> None:
    before = dump(doc)
    with pytest.raises(EditError, match=message):
        doc.rename(section, old, new, subtree=subtree)
    assert dump(doc) == before
    assert heard.changes == []


def test_rename_subtree_clash_with_a_descendant_target(doc: PolicyDocument) -> None:
    doc.add("categories", DataCategory(id="person.email"))
    before = dump(doc)
    with pytest.raises(EditError, match=r"person\.email"):
        doc.rename("categories", "contact", "person", subtree=True)
    assert dump(doc) == before


# -- listeners ------------------------------------------------------------------------------


def test_listeners_hear_each_apply_once_and_can_unsubscribe(doc: PolicyDocument) -> None:
    first, second = Recorder(), Recorder()
    unsubscribe = doc.subscribe(first)
    doc.subscribe(second)
    doc.set("categories", "contact", "name", "C")
    doc.rename("categories", "contact", "people", subtree=True)
    unsubscribe()
    doc.remove("categories", "location", drop_references=True)
    assert [c.kind for c in first.changes] == ["update", "rename"]
    assert [c.kind for c in second.changes] == ["update", "rename", "remove"]
    assert doc.revision == 3


def test_failed_batch_rolls_back(doc: PolicyDocument) -> None:
    """A batch that fails half-way leaves the policy as it was."""
    from app.domain.edits import Batch, SetField

    before = dump(doc)
    batch = Batch(
        (
            SetField("categories", "contact", ("name",), "Changed"),
            SetField("rules", "r_mail", ("effect",), "not-an-effect"),
        )
    )
    with pytest.raises(EditError):
        doc.apply(batch)
    assert dump(doc) == before
    assert doc.revision == 0


def test_add_rule_then_undo_keeps_other_rules(doc: PolicyDocument) -> None:
    before = dump(doc)
    change = doc.add("rules", UseRule(id="r_new", categories=["contact"], purposes=["support"]),
                     index=1)
    assert ids_of(doc, "rules") == ["r_support", "r_new", "r_mail", "r_no_loc"]
    assert_undo_redo(doc, change, before, dump(doc))
