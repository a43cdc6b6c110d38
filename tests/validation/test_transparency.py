"""Transparency checks (TRN)."""

from __future__ import annotations

from typing import Any

from policy_builder import base, findings, make_policy

from tests.validation.policy_builder import mentions


def policy_with(section: str, index: int, **changes: Any) -> Any:
    """The base policy with fields of one item changed."""
    sections = base()
    items = sections[section]
    item = items[index]
    items[index] = {**({"id": item} if isinstance(item, str) else item), **changes}
    return make_policy(**sections)


def test_trn001_category_without_description() -> None:
    [hit] = findings(policy_with("categories", 1, description=""), "TRN001")
    assert hit.path == ("categories", 1, "description") and mentions(hit.message, "contact.email")
    assert findings(make_policy(**base()), "TRN001") == []


def test_trn002_purpose_without_description() -> None:
    [hit] = findings(policy_with("purposes", 0, description="  "), "TRN002")
    assert hit.path == ("purposes", 0, "description") and mentions(hit.message, "service")
    assert findings(make_policy(**base()), "TRN002") == []


def test_trn003_items_without_a_name() -> None:
    sections = base()
    sections["subjects"] = [{"id": "customers", "name": ""}]
    sections["recipients"] = [{"id": "mailer", "name": ""}]
    hits = findings(make_policy(**sections), "TRN003")
    assert {h.path for h in hits} == {("subjects", 0, "name"), ("recipients", 0, "name")}
    assert {"customers", "mailer"} <= {w for h in hits for w in h.message.split()}
    assert findings(make_policy(**base()), "TRN003") == []


def test_trn004_rule_without_description() -> None:
    [hit] = findings(policy_with("rules", 0, description=""), "TRN004")
    assert hit.path == ("rules", 0, "description") and mentions(hit.message, "serve")
    assert findings(make_policy(**base()), "TRN004") == []


def test_trn005_purpose_without_rights() -> None:
    [hit] = findings(policy_with("purposes", 0, rights=[]), "TRN005")
    assert hit.path == ("purposes", 0, "rights") and mentions(hit.message, "service")
    assert findings(make_policy(**base()), "TRN005") == []


def test_trn006_recipient_without_description() -> None:
    [hit] = findings(policy_with("recipients", 0, description=""), "TRN006")
    assert hit.path == ("recipients", 0, "description") and mentions(hit.message, "mailer")
    assert findings(make_policy(**base()), "TRN006") == []
