"""The three-way merge rules, on policies branched from one commented base."""

from __future__ import annotations

from app.domain.merge import merge_policies, merged_order
from app.domain.merge_conflict import WHOLE_ITEM, Conflict, describe
from app.domain.merge_fields import merged_list
from app.domain.models import Policy
from app.storage.loader import load_bytes
from app.storage.merge_record import merged_text
from tests.merge.merge_base import BASE, edited


def load(text: str) -> Policy:
    return load_bytes(text.encode("utf-8")).policy


def merge(ours: str, theirs: str) -> tuple[Policy, tuple[Conflict, ...], str]:
    result = merge_policies(load(BASE), load(ours), load(theirs))
    return result.policy, result.conflicts, merged_text(result, ours)


def item(policy: Policy, section: str, item_id: str):
    return next(i for i in getattr(policy, section) if i.id == item_id)


def test_nothing_changed_keeps_ours_byte_for_byte() -> None:
    ours = BASE.replace("# the parent", "# the parent, said ours")
    _policy, conflicts, text = merge(ours, BASE)
    assert conflicts == () and text == ours


def test_one_side_takes_and_identical_changes_agree() -> None:
    ours = edited(BASE, ("    duration: P2Y", "    duration: P3Y"),
                  ("  title: Merge test", "  title: Merge test 2"))
    theirs = edited(BASE, ("    duration: P2Y", "    duration: P3Y"),
                    ("    name: Location\n", "    name: Where people are\n"))
    policy, conflicts, text = merge(ours, theirs)
    assert conflicts == ()
    assert str(policy.retention[0].duration) == "P3Y"
    assert policy.policy.title == "Merge test 2"
    assert item(policy, "categories", "location").name == "Where people are"
    assert "# Northwind test policy" in text and "# Newsletter rule" in text
    assert "  - id: contact          # the parent\n" in text


def test_different_changes_of_one_field_conflict_keeping_ours() -> None:
    ours = edited(BASE, ("  status: draft", "  status: in_review"))
    theirs = edited(BASE, ("  status: draft", "  status: retired"))
    policy, conflicts, text = merge(ours, theirs)
    assert conflicts == (Conflict("policy", None, "status", "draft", "in_review", "retired"),)
    assert str(policy.policy.status) == "in_review"
    assert load(text).policy.status == policy.policy.status
    assert describe(conflicts[0]) == \
        "Policy · Status: base draft, ours in_review, theirs retired"


def test_id_lists_merge_as_sets() -> None:
    ours = edited(BASE, ("    categories: [contact.email]\n    purposes: [marketing.newsletter]",
                         "    categories: [contact.phone, contact.email]\n"
                         "    purposes: [marketing.newsletter]"))
    theirs = edited(BASE, ("    categories: [contact.email]\n    purposes: [marketing.newsletter]",
                           "    categories: [contact.email, location]\n"
                           "    purposes: [marketing.newsletter]"),
                    ("    subjects: [customer]", "    subjects: [customer, staff]"))
    policy, conflicts, _ = merge(ours, theirs)
    assert conflicts == ()
    rule = item(policy, "rules", "newsletter_email")
    assert rule.categories == ["contact.phone", "contact.email", "location"]
    assert rule.subjects == ["customer", "staff"]


def test_removal_on_one_side_and_addition_on_the_other_both_land() -> None:
    assert merged_list("categories", ["a", "b"], ["b"], ["a", "b", "c"]) == ['"b"', '"c"']


def test_emptying_a_list_against_another_change_conflicts() -> None:
    # an empty list means "any": a silent union would narrow or widen the rule
    assert merged_list("subjects", ["a"], [], ["a", "b"]) is None
    assert merged_list("subjects", ["a", "b"], ["b"], ["a"]) is None
    assert merged_list("subjects", [], ["a"], ["b"]) == ['"a"', '"b"']
    ours = edited(BASE, ("    subjects: [customer]\n", ""))
    theirs = edited(BASE, ("    subjects: [customer]", "    subjects: [customer, staff]"))
    _policy, conflicts, _ = merge(ours, theirs)
    assert [(c.item_id, c.field) for c in conflicts] == [("newsletter_email", "subjects")]


def test_two_sides_adding_approvals_keep_both() -> None:
    ours = edited(BASE, ("  status: draft\n", "  status: draft\n  approvals:\n"
                         "    - name: Ada\n      date: 2026-01-02\n"))
    theirs = edited(BASE, ("  status: draft\n", "  status: draft\n  approvals:\n"
                           "    - name: Bob\n      role: DPO\n      date: 2026-01-03\n"))
    policy, conflicts, text = merge(ours, theirs)
    assert conflicts == ()
    assert [a.name for a in policy.policy.approvals] == ["Ada", "Bob"]
    assert "decision" not in text  # defaults stay implicit


def test_record_lists_changed_differently_conflict() -> None:
    ours = edited(BASE, ("    legal_basis: contract\n", "    legal_basis: contract\n"
                         "    legal_bases:\n      - basis: consent\n        note: ours\n"))
    theirs = edited(BASE, ("    legal_basis: contract\n", "    legal_basis: contract\n"
                           "    legal_bases:\n      - basis: consent\n        note: theirs\n"))
    _policy, conflicts, _ = merge(ours, theirs)
    assert [(c.item_id, c.field) for c in conflicts] == [("support", "legal_bases")]


def test_deleted_on_one_side_and_edited_on_the_other_conflicts() -> None:
    without = edited(BASE, ("  - id: staff\n    name: Staff\n", ""))
    renamed = edited(BASE, ("    name: Staff\n", "    name: Employees\n"))
    policy, conflicts, _ = merge(without, renamed)
    assert conflicts[0].field == WHOLE_ITEM and conflicts[0].ours is None
    assert conflicts[0].theirs["name"] == "Employees"
    assert "staff" not in [s.id for s in policy.subjects]
    assert describe(conflicts[0]) == \
        "Data subject 'staff': deleted in ours but changed in theirs"
    policy, conflicts, _ = merge(renamed, without)
    assert conflicts[0].theirs is None and item(policy, "subjects", "staff").name == "Employees"
    policy, conflicts, _ = merge(BASE, without)
    assert conflicts == () and "staff" not in [s.id for s in policy.subjects]


def test_rename_followed_by_the_other_sides_edits_and_references() -> None:
    theirs = BASE.replace("support_contact", "contact_for_support")
    ours = edited(BASE, ("    purposes: [support]\n", "    purposes: [support]\n"
                         "    description: Answer questions\n"))
    policy, conflicts, _ = merge(ours, theirs)
    assert conflicts == ()
    rule = item(policy, "rules", "contact_for_support")
    assert rule.description == "Answer questions"
    assert "support_contact" not in [r.id for r in policy.rules]


def test_subtree_rename_carries_the_other_sides_new_child() -> None:
    theirs = BASE.replace("contact", "person")  # ids and every reference
    ours = edited(BASE, ("  - id: contact.phone\n", "  - id: contact.fax\n    name: Fax\n"
                         "  - id: contact.phone\n"),
                  ("    categories: [contact.email]\n    purposes: [marketing.newsletter]",
                   "    categories: [contact.email, contact.fax]\n"
                   "    purposes: [marketing.newsletter]"))
    policy, conflicts, text = merge(ours, theirs)
    assert conflicts == ()
    assert [c.id for c in policy.categories] == \
        ["person", "person.email", "person.fax", "person.phone", "location"]
    assert item(policy, "rules", "newsletter_email").categories == ["person.email", "person.fax"]
    assert item(policy, "tests", "newsletter_needs_consent").category == "person.email"
    assert "  - id: person           # the parent\n" in text


def test_both_renaming_one_item_differently_conflicts() -> None:
    ours = BASE.replace("keep_email", "keep_mail")
    theirs = BASE.replace("keep_email", "email_kept")
    policy, conflicts, _ = merge(ours, theirs)
    assert conflicts == (Conflict("retention", "keep_mail", "id", "keep_email", "keep_mail",
                                  "email_kept"),)
    assert [r.id for r in policy.retention] == ["keep_mail"]


def test_new_items_go_after_their_neighbour_and_moves_are_fine() -> None:
    assert merged_order(["a", "b", "c"], ["a", "b", "c", "x"], ["a", "y", "b", "c"],
                        {"a", "b", "c", "x", "y"}) == ["a", "y", "b", "c", "x"]
    # only theirs moved: theirs' order, ours' addition after its neighbour
    assert merged_order(["a", "b", "c"], ["a", "b", "x", "c"], ["c", "a", "b"],
                        {"a", "b", "c", "x"}) == ["c", "a", "b", "x"]
    theirs = edited(BASE, ("    legal_basis: contract\n", "    legal_basis: contract\n"
                           "  - id: billing\n    name: Billing\n    legal_basis: contract\n"))
    ours = edited(BASE, ("  - id: location\n    name: Location\n", ""),
                  ("categories:\n", "categories:\n  - id: location\n    name: Location\n"))
    policy, conflicts, text = merge(ours, theirs)
    assert conflicts == ()
    assert [p.id for p in policy.purposes][-1] == "billing"
    assert policy.categories[0].id == "location"
    assert "  - id: billing\n    name: Billing\n" in text


def test_expectations_merge_like_any_section() -> None:
    ours = edited(BASE, ("    note: May we send the newsletter without consent?",
                         "    note: Newsletter without consent?"))
    theirs = edited(BASE, ("    expect: deny\n", "    expect: deny\n    reason: consent_missing\n"
                           "  - id: support_by_email\n    category: contact.email\n"
                           "    purpose: support\n    expect: allow\n"))
    policy, conflicts, _ = merge(ours, theirs)
    assert conflicts == ()
    test = item(policy, "tests", "newsletter_needs_consent")
    assert (test.note, str(test.reason)) == ("Newsletter without consent?", "consent_missing")
    assert [t.id for t in policy.tests] == ["newsletter_needs_consent", "support_by_email"]


def test_a_migrated_side_merges_with_an_unmigrated_one() -> None:
    old = BASE.replace("format_version: 2", "format_version: 1")
    # ours still in format 1 adds a rule without recipients (format 1: any recipient)
    ours = edited(old, ("  - id: no_location_ads\n", "  - id: share_support\n    effect: allow\n"
                        "    categories: [contact]\n    purposes: [support]\n"
                        "  - id: no_location_ads\n"))
    theirs_policy = load(old)
    from app.domain.migration import migrated

    theirs_policy, _ = migrated(theirs_policy)
    result = merge_policies(load(old), load(ours), theirs_policy)
    assert result.conflicts == () and result.policy.format_version == 2
    assert item(result.policy, "rules", "share_support").recipients == ["*"]
    assert item(result.policy, "rules", "support_contact").recipients == ["*"]


def test_security_measures_merge_by_id() -> None:
    ours = edited(BASE, ("  status: draft\n", "  status: draft\n  security_measures:\n"
                         "    - id: encryption\n      name: Encryption at rest\n"))
    theirs = edited(BASE, ("  status: draft\n", "  status: draft\n  security_measures:\n"
                           "    - id: access_control\n      name: Access control\n"
                           "      kind: organisational\n"))
    policy, conflicts, text = merge(ours, theirs)
    assert conflicts == ()
    assert [m.id for m in policy.policy.security_measures] == ["encryption", "access_control"]
    assert "      kind: organisational\n" in text
    both = edited(ours, ("Encryption at rest", "Encryption everywhere"))
    _policy, conflicts, _ = merge(both, edited(ours, ("Encryption at rest", "Disk encryption")))
    assert [(c.section, c.item_id, c.field) for c in conflicts] == \
        [("security_measures", "encryption", "name")]


def test_ours_moves_and_renames_a_subtree_while_theirs_edits_a_child() -> None:
    ours = BASE.replace("contact", "person")
    ours = edited(ours, ("  - id: location\n    name: Location\n", ""),
                  ("categories:\n", "categories:\n  - id: location\n    name: Location\n"))
    theirs = edited(BASE, ("    name: Phone number\n", "    name: Telephone\n"
                           "    sensitivity: sensitive\n"))
    policy, conflicts, text = merge(ours, theirs)
    assert conflicts == ()
    assert [c.id for c in policy.categories] == \
        ["location", "person", "person.email", "person.phone"]
    phone = item(policy, "categories", "person.phone")
    assert (phone.name, str(phone.sensitivity)) == ("Telephone", "sensitive")
    assert "contact" not in text


def test_an_id_both_sides_added_differently_conflicts_instead_of_joining_lists() -> None:
    rule = ("  - id: no_location_ads\n",
            "  - id: zz_new\n    effect: allow\n    categories: [contact.email]\n"
            "    purposes: [{}]\n  - id: no_location_ads\n")
    ours = edited(BASE, (rule[0], rule[1].format("marketing.newsletter")))
    theirs = edited(BASE, (rule[0], rule[1].format("support")))
    policy, conflicts, _text = merge(ours, theirs)
    assert [(c.section, c.item_id, c.field, c.ours, c.theirs) for c in conflicts] == [
        ("rules", "zz_new", "purposes", ["marketing.newsletter"], ["support"])]
    assert item(policy, "rules", "zz_new").purposes == ["marketing.newsletter"]
    same_twice = merge(ours, ours)
    assert same_twice[1] == ()


def test_two_different_renames_keep_ours_id_in_every_reference() -> None:
    ours = edited(BASE, ("  - id: support\n", "  - id: help_desk\n"),
                  ("    purposes: [support]", "    purposes: [help_desk]"))
    theirs = edited(BASE, ("  - id: support\n", "  - id: service_desk\n"),
                    ("    purposes: [support]", "    purposes: [service_desk]"))
    policy, conflicts, _text = merge(ours, theirs)
    assert [(c.field, c.ours, c.theirs) for c in conflicts] == [
        ("id", "help_desk", "service_desk")]
    assert {p.id for p in policy.purposes} >= {"help_desk"}
    assert "service_desk" not in {p.id for p in policy.purposes}
    assert item(policy, "rules", "support_contact").purposes == ["help_desk"]


def test_a_huge_value_is_cut_in_the_conflict_line_but_kept_in_the_conflict() -> None:
    note = "x" * 19_999
    conflict = Conflict("tests", "t", "note", "", note, note + "y")
    line = describe(conflict)
    assert len(line) < 600 and line.count("…") == 2
    assert conflict.theirs == note + "y"
