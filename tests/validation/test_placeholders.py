"""GOV010: template placeholder text is a warning, and it blocks approval."""

from __future__ import annotations

from pathlib import Path

import pytest
from policy_builder import base, findings, make_policy

from app.paths import ROOT
from app.storage.loader import load_file
from app.validation.approval import approval_check
from app.validation.catalogue import CATALOGUE
from app.validation.finding import Severity
from app.validation.runner import run_checks

TEMPLATES = sorted((ROOT / "resources" / "templates").glob("*.policy.yaml"))


def test_gov010_is_a_governance_warning() -> None:
    check = CATALOGUE["GOV010"]
    assert check.severity is Severity.WARNING and check.family == "Governance"


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda p: p.name)
def test_gov010_fires_on_every_template_as_shipped(template: Path) -> None:
    policy = load_file(template).policy
    hits = [f for f in run_checks(policy) if f.code == "GOV010"]
    assert ("policy", "controller", "email") in {f.path for f in hits}
    assert ("policy", "organisation") in {f.path for f in hits}
    assert not approval_check(policy, run_checks(policy)).allowed


@pytest.mark.parametrize(("metadata", "path", "shown"), [
    ({"organisation": "Your organisation name"}, ("policy", "organisation"),
     "Your organisation name"),
    ({"description": "What this policy covers, in one or two sentences."},
     ("policy", "description"), "What this policy covers"),
    ({"controller": {"name": "Ann", "email": "privacy@example.com"}},
     ("policy", "controller", "email"), "privacy@example.com"),
    ({"dpo": {"name": "Bo", "email": "dpo@shop.example.de"}}, ("policy", "dpo", "email"),
     "dpo@shop.example.de"),
    ({"controller": {"name": "Example Apps Inc.", "email": "a@apps.eu"}},
     ("policy", "controller", "name"), "Example Apps Inc."),
    ({"controller": {"name": "Ann", "address": "Street, postcode, city, country"}},
     ("policy", "controller", "address"), "Street, postcode, city, country"),
])
def test_gov010_names_the_field_and_the_text(metadata: dict[str, object], path: tuple,
                                             shown: str) -> None:
    [hit] = findings(make_policy(policy=metadata, **base()), "GOV010")
    assert hit.path == path and shown in hit.message


def test_gov010_finds_placeholders_in_items() -> None:
    sections = base()
    sections["purposes"] = [{"id": "service", "lia": "LIA-1 (replace with your reference)",
                             "description": "See https://www.example.org/terms."}]
    paths = {f.path for f in findings(make_policy(**sections), "GOV010")}
    assert paths == {("purposes", 0, "lia"), ("purposes", 0, "description")}


def test_gov010_not_on_real_text() -> None:
    sections = base()
    sections["categories"] = [*sections["categories"],
                              {"id": "returns", "name": "Example sizes",
                               "description": "For example the reason for a return."}]
    policy = make_policy(policy={"organisation": "Exemplary Goods GmbH",
                                 "controller": {"name": "Exemplary Goods GmbH",
                                                "email": "privacy@exemplary-goods.eu"}},
                         **sections)
    assert findings(policy, "GOV010") == []
    assert approval_check(policy, run_checks(policy)).allowed


def test_gov010_names_the_field_and_the_item_in_words() -> None:
    policy = load_file(ROOT / "resources" / "templates" / "gdpr-online-shop.policy.yaml").policy
    messages = {f.path: f.message for f in run_checks(policy) if f.code == "GOV010"}
    assert messages[("policy", "controller", "email")].startswith(
        "The controller email in the policy details still holds placeholder text '")
    items = [(path, message) for path, message in messages.items() if path[0] != "policy"]
    assert items, messages
    for path, message in items:
        item = getattr(policy, str(path[0]))[int(path[1])]
        assert f"({item.id})" in message or item.name in message, message
        assert "[" not in message.split("placeholder text")[0], message
