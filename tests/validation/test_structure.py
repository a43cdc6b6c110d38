"""Structure and reference checks (STR)."""

from __future__ import annotations

from typing import Any

from policy_builder import TODAY, base, findings, make_policy

from app.domain.canonical import digest
from app.validation.runner import run_checks
from tests.validation.policy_builder import mentions


def with_rule(**changes: Any) -> Any:
    sections = base()
    sections["rules"] = [{**sections["rules"][0], **changes}]
    return make_policy(**sections)


def test_str001_duplicate_id() -> None:
    sections = base()
    sections["purposes"] = ["service", "service"]
    [hit] = findings(make_policy(**sections), "STR001")
    assert hit.path == ("purposes", 1, "id") and mentions(hit.message, "service")
    assert hit.message == "Two purposes have the id 'service' (the first is purpose 1 in the " \
                          "list)."
    assert findings(make_policy(**base()), "STR001") == []


def test_str002_to_str005_unknown_references() -> None:
    policy = with_rule(categories=["contact.emial"], purposes=["servise"], subjects=["nobody"],
                       recipients=["ghost"])
    for code, field, word in (("STR002", "categories", "emial"), ("STR003", "purposes", "servise"),
                              ("STR004", "subjects", "nobody"), ("STR005", "recipients", "ghost")):
        [hit] = findings(policy, code)
        assert hit.path == ("rules", 0, field, 0) and word in hit.message
    assert not {"STR002", "STR003", "STR004", "STR005"} & {f.code for f in
                                                        findings(make_policy(**base()))}


def test_str006_rule_without_purposes() -> None:
    [hit] = findings(with_rule(purposes=[]), "STR006")
    assert hit.path == ("rules", 0) and mentions(hit.message, "serve")
    assert findings(make_policy(**base()), "STR006") == []


def test_str007_retention_without_categories() -> None:
    retention = [{"id": "nothing", "categories": []}]
    [hit] = findings(make_policy(**base(), retention=retention), "STR007")
    assert mentions(hit.message, "nothing")
    assert findings(make_policy(**base()), "STR007") == []


def test_str008_redundant_reference() -> None:
    hits = findings(with_rule(categories=["contact", "contact.email", "account.id",
                                          "account.id"]), "STR008")
    assert [h.path for h in hits] == [("rules", 0, "categories", 1),
                                      ("rules", 0, "categories", 3)]
    assert findings(make_policy(**base()), "STR008") == []


def test_str009_digest_mismatch() -> None:
    policy = make_policy(**base())
    [hit] = run_checks(policy, today=TODAY, declared_digest="sha256:" + "0" * 64)
    assert hit.code == "STR009" and mentions(hit.message, "digest")
    assert run_checks(policy, today=TODAY, declared_digest=digest(policy)) == []
