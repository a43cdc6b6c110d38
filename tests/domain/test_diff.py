"""The semantic policy diff: items matched by id, renames found, order ignored."""

from __future__ import annotations

from app.domain.diff import diff_policies, similarity
from app.domain.document import PolicyDocument
from app.domain.models import DataCategory, Policy
from app.storage.loader import load_bytes
from tests.ui.conftest import UI_POLICY


def policy() -> Policy:
    return load_bytes(UI_POLICY, "p.policy.yaml").policy


def edited() -> PolicyDocument:
    return PolicyDocument(policy())


def test_identical_and_reordered_policies_are_equal() -> None:
    doc = edited()
    doc.move("categories", "location.precise", 0)
    doc.move("rules", "no_location_ads", 0)
    diff = diff_policies(policy(), doc.policy)
    assert diff.equal and diff.count() == 0
    assert diff.reordered == ("categories", "rules")
    assert diff_policies(policy(), policy()).reordered == ()


def test_added_removed_and_changed_items_field_by_field() -> None:
    doc = edited()
    doc.add("categories", DataCategory(id="contact.phone", name="Phone number"))
    doc.remove("rules", "no_location_ads")
    doc.set("rules", "newsletter_email", "purposes", ["marketing.newsletter", "marketing"])
    doc.set("purposes", "marketing", "consent", "opt_in")
    doc.set("policy", None, "controller.email", "dpo@example.com")
    doc.move("rules", "newsletter_email", 0)
    diff = diff_policies(policy(), doc.policy)
    kinds = [(c.section, c.kind, c.item_id) for c in diff.items]
    assert kinds == [("categories", "added", "contact.phone"),
                     ("purposes", "changed", "marketing"),
                     ("rules", "changed", "newsletter_email"),
                     ("rules", "removed", "no_location_ads")]
    rule = diff.section("rules")[0]
    assert rule.fields[0].field == "purposes" and rule.fields[0].added == ("marketing",)
    assert rule.fields[0].removed == ()
    consent = diff.section("purposes")[0].fields[0]
    assert (consent.field, consent.old, consent.new) == ("consent", "none", "opt_in")
    assert [(f.field, f.old, f.new) for f in diff.metadata] == [
        ("controller.email", "", "dpo@example.com")]
    assert diff.section("categories")[0].name == "Phone number"


def test_rename_with_references_is_one_rename_plus_reference_changes() -> None:
    doc = edited()
    doc.rename("purposes", "marketing.newsletter", "marketing.email_news")
    diff = diff_policies(policy(), doc.policy)
    renamed = diff.section("purposes")
    assert [(c.kind, c.old_id, c.item_id, c.fields) for c in renamed] == [
        ("renamed", "marketing.newsletter", "marketing.email_news", ())]
    rule = diff.section("rules")[0]
    assert rule.fields[0].added == ("marketing.email_news",)
    assert rule.fields[0].removed == ("marketing.newsletter",)


def test_nearly_equal_rename_reports_its_field_changes() -> None:
    doc = edited()
    doc.rename("categories", "location.precise", "location.gps")
    doc.set("categories", "location.gps", "name", "GPS position")
    doc.set("categories", "location.gps", "tags", ["precise_location"])
    doc.set("categories", "location.gps", "description", "Where the phone is")
    diff = diff_policies(policy(), doc.policy)
    # name, tags and description changed: too different to be the same item
    assert [c.kind for c in diff.section("categories")] == ["added", "removed"]
    doc2 = edited()
    doc2.set("categories", "location.precise", "description", "Exact position")
    doc2.set("categories", "location.precise", "tags", ["precise_location"])
    doc2.rename("categories", "location.precise", "location.gps")
    doc2.set("categories", "location.gps", "description", "Exact GPS position")
    base = edited()
    base.set("categories", "location.precise", "description", "Exact position")
    base.set("categories", "location.precise", "tags", ["precise_location"])
    diff2 = diff_policies(base.policy, doc2.policy)
    change = diff2.section("categories")[0]
    assert (change.kind, change.old_id, change.item_id) == (
        "renamed", "location.precise", "location.gps")
    assert [(f.field, f.old, f.new) for f in change.fields] == [
        ("description", "Exact position", "Exact GPS position")]


def test_similarity_counts_only_meaningful_fields() -> None:
    assert similarity({"a": "", "b": []}, {"a": "", "b": []}) == 1.0
    assert similarity({"a": "x", "b": "y"}, {"a": "x", "b": "z"}) == 0.5
    assert similarity({"a": "x"}, {"a": "y"}) == 0.0


def test_ordering_is_stable_whatever_the_input_order() -> None:
    doc = edited()
    doc.add("categories", DataCategory(id="b_new", name="B"))
    doc.add("categories", DataCategory(id="a_new", name="A"), 0)
    first = diff_policies(policy(), doc.policy)
    assert [c.item_id for c in first.items] == ["a_new", "b_new"]
    assert first == diff_policies(policy(), doc.policy)


def test_status_and_approvals_are_metadata_changes() -> None:
    import datetime as dt

    from app.domain.models import Approval

    doc = edited()
    doc.set("policy", None, "status", "approved")
    doc.set("policy", None, "approvals", [Approval(name="Ann", date=dt.date(2024, 5, 1))])
    diff = diff_policies(policy(), doc.policy)
    assert [f.field for f in diff.metadata] == ["approvals", "status"]
    assert diff.metadata[0].added[0]["name"] == "Ann"
    assert diff.old_digest == diff.new_digest  # status and approvals are not content
