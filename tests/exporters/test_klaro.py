"""The Klaro consent-banner configuration: Klaro's shape, and consent as ``decide`` judges it."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from app.domain.canonical import digest
from app.domain.decisions import DecisionEngine, Request
from app.domain.enums import ConsentMechanism, ConsentState
from app.domain.purpose_choices import purpose_choices
from app.exporters.klaro import (
    GPC_SNIPPET,
    export_json,
    export_script,
    script_safe_json,
    service_name,
)
from app.exporters.registry import ENGINEERING, audience_of, get
from app.exporters.safe_text import isolated
from app.paths import RESOURCES
from app.storage.loader import load_bytes, load_file
from app.storage.resources import region_catalogue
from tests.cli.conftest import SMALL_POLICY
from tests.consent_policy import CONSENT_POLICY, consent_policy

EXAMPLE = RESOURCES / "examples" / "northwind-outfitters.policy.yaml"
CODE_KEYS = {"callback", "onAccept", "onDecline", "onInit", "vars"}
"""Keys whose values Klaro runs as code (a string becomes a function)."""
HOSTILE = "</script><script>alert(1)</script>\u2028\u2029\u202e&amp;\x00"
BOOLEANS = ("default", "optOut", "required", "onlyOnce")


def config_of(policy: Any) -> dict[str, Any]:
    return json.loads(export_json(policy).data)


def walk_keys(value: Any) -> set[str]:
    if isinstance(value, dict):
        return set(value) | {k for v in value.values() for k in walk_keys(v)}
    if isinstance(value, list):
        return {k for v in value for k in walk_keys(v)}
    return set()


@pytest.mark.parametrize("policy", [consent_policy(), load_file(EXAMPLE).policy],
                         ids=["consent", "example"])
def test_the_shape_klaro_reads(policy: Any) -> None:
    config = config_of(policy)
    assert config["version"] == 1 and isinstance(config["elementID"], str)
    assert config["storageMethod"] in ("cookie", "localStorage")
    assert config["htmlTexts"] is False  # texts are shown as text, never as HTML
    for key in ("groupByPurpose", "default", "mustConsent", "acceptAll", "hideDeclineAll"):
        assert isinstance(config[key], bool), key
    assert "privacyPolicy" not in config  # deprecated in Klaro; no address to give
    assert not walk_keys(config) & CODE_KEYS
    services = config["services"]
    names = [s["name"] for s in services]
    assert len(names) == len(set(names)) and names
    texts = config["translations"]["zz"]["purposes"]
    for service in services:
        assert set(service) == {"name", "title", "purposes", "cookies", "translations",
                                *BOOLEANS}
        assert all(isinstance(service[k], bool) for k in BOOLEANS)
        assert isinstance(service["cookies"], list)
        assert len(service["purposes"]) == 1 and service["purposes"][0] in texts
        zz = service["translations"]["zz"]
        assert zz["title"] == service["title"] and zz["description"].strip()
    for purpose, text in texts.items():
        assert text["title"].strip() and text["description"].strip(), purpose
    assert config["purposeOrder"] == list(texts)
    assert {s["purposes"][0] for s in services} == set(texts)
    assert config["policyStudio"]["digest"] == digest(policy) == export_json(policy).digest


@pytest.mark.parametrize("policy", [consent_policy(), load_file(EXAMPLE).policy],
                         ids=["consent", "example"])
def test_every_consent_purpose_appears_with_the_mechanism_decide_applies(policy: Any) -> None:
    config = config_of(policy)
    engine = DecisionEngine(policy, region_catalogue())
    choices = purpose_choices(policy, region_catalogue())
    by_purpose: dict[str, list[dict[str, Any]]] = {}
    for service in config["services"]:
        by_purpose.setdefault(service["purposes"][0], []).append(service)
    asking = [c for c in choices if c.example and c.mechanism is not ConsentMechanism.NONE]
    assert asking and {c.purpose for c in asking} <= set(by_purpose)
    for choice in choices:
        if choice.example is None:
            assert choice.purpose not in by_purpose
            continue
        services = by_purpose[choice.purpose]
        assert [s["name"] for s in services] == [
            service_name(choice.purpose, r, policy.format_version) for r in choice.recipients]
        mechanism = engine.mechanism(choice.purpose)
        for service in services:
            assert service["default"] is (mechanism is not ConsentMechanism.OPT_IN)
            assert service["optOut"] is (mechanism is ConsentMechanism.OPT_OUT)
            assert service["required"] is (mechanism is ConsentMechanism.NONE)


def klaro_runs(service: dict[str, Any], consent: ConsentState) -> bool:
    """Whether Klaro runs ``service`` for a person in ``consent`` (its consent-manager rule).

    A stored choice sets the consent and confirms; without one the consent is the service's
    default and only an opt-out service counts as confirmed; a required one always runs.
    """
    if service["required"]:
        return True
    if consent is ConsentState.UNKNOWN:
        return bool(service["default"]) and bool(service["optOut"])
    return consent is ConsentState.GRANTED


def with_gpc(config: dict[str, Any]) -> dict[str, Any]:
    """What the script's GPC snippet does to ``config`` when the browser sends the signal."""
    changed = json.loads(json.dumps(config))
    for service in changed["services"]:
        if service["name"] in changed["policyStudio"]["gpcOptOut"]:
            service["default"] = service["optOut"] = False
    return changed


@pytest.mark.parametrize("policy", [consent_policy(), load_file(EXAMPLE).policy],
                         ids=["consent", "example"])
def test_klaro_runs_a_service_exactly_when_decide_allows_its_purpose(policy: Any) -> None:
    config = config_of(policy)
    engine = DecisionEngine(policy, region_catalogue())
    examples = {c.purpose: c.example for c in purpose_choices(policy, region_catalogue())}
    for gpc in (False, True):
        shown = with_gpc(config) if gpc else config
        for service in shown["services"]:
            use = examples[service["purposes"][0]]
            assert use is not None
            for consent in ConsentState:
                request = Request(use.category, use.purpose, use.subject, use.recipient,
                                  use.region, consent, gpc)
                assert klaro_runs(service, consent) is engine.decide(request).allowed, (
                    service["name"], consent, gpc)


def test_service_names_and_gpc_list() -> None:
    config = config_of(consent_policy())
    names = [s["name"] for s in config["services"]]
    assert names == ["analytics--own-use", "analytics--any-recipient",
                     "analytics--ad_network", "analytics--mailer", "surveys--own-use",
                     "ads--ad_network", "ads.partner--ad_network", "email--mailer",
                     "email--own-use", "orders--staff"]
    assert config["policyStudio"]["gpcOptOut"] == ["ads--ad_network"]
    own = next(s for s in config["services"] if s["name"] == "email--own-use")
    assert own["title"] == "Demo Shop Ltd"
    mailer = next(s for s in config["services"] if s["name"] == "email--mailer")
    assert mailer["translations"]["zz"]["description"] == "Sends our emails."
    assert service_name("p", None, 1) == "p--any-recipient"
    anyone = next(s for s in config["services"] if s["name"] == "analytics--any-recipient")
    assert anyone["translations"]["zz"]["description"] == \
        "Recipients the policy does not name, for analytics."


def test_format_1_rules_without_recipients_stand_for_own_use_and_any_recipient() -> None:
    policy = load_bytes(SMALL_POLICY.encode(), "small.policy.yaml").policy
    services = config_of(policy)["services"]
    assert [s["name"] for s in services] == ["newsletter--any-recipient", "orders--any-recipient"]
    assert services[0]["title"] == "Own use and any recipient"
    assert services[0]["translations"]["zz"]["description"] == (
        "Small Shop Ltd itself, and recipients the policy does not name, for newsletter.")
    assert any("'blocked' is left out" in line for line in export_json(consent_policy()).summary)


def test_hostile_text_is_escaped_and_reads_back_the_same() -> None:
    text = CONSENT_POLICY.replace("name: Ads elsewhere", f"name: {json.dumps(HOSTILE)}")
    text = text.replace("description: Sends our emails.",
                        f"description: {json.dumps(HOSTILE)}")
    policy = consent_policy(text)
    script = export_script(policy).data or b""
    data = export_json(policy).data or b""
    assert data.strip() in script  # the script's object is the JSON, byte for byte
    for bad in (b"</script", b"\x00", "\u2028".encode(), "\u2029".encode()):
        assert bad not in script
    for bad in (b"<", b">", b"&", b"\x00", "\u2028".encode(), "\u2029".encode()):
        assert bad not in data
    config = config_of(policy)
    # the text reads back as written, isolated so its override cannot reorder Klaro's words
    assert config["translations"]["zz"]["purposes"]["ads"]["title"] == isolated(HOSTILE)
    mailer = next(s for s in config["services"] if s["name"] == "email--mailer")
    assert mailer["translations"]["zz"]["description"] == isolated(HOSTILE)
    assert isolated(HOSTILE) == f"\u2068{HOSTILE}\u202c\u2069"
    assert json.loads(script_safe_json({"a": "\ud800"}))["a"] == "\ud800"


def test_exports_are_deterministic_and_registered() -> None:
    policy = load_file(EXAMPLE).policy
    assert export_json(policy).data == export_json(policy).data
    for name, suffix in (("klaro", ".klaro.json"), ("klaro-js", ".klaro.js")):
        exporter = get(name)
        assert exporter.suffix == suffix and audience_of(exporter) == ENGINEERING
    script = export_script(policy).data.decode()
    assert script.startswith(f"// Klaro consent-manager configuration, policy digest "
                             f"{digest(policy)}\nvar klaroConfig = ")
    assert script.endswith(GPC_SNIPPET)


NODE = shutil.which("node")


@pytest.mark.skipif(NODE is None, reason="needs node to run the script")
@pytest.mark.parametrize("signal", [False, True])
def test_the_script_runs_and_applies_gpc(tmp_path: Path, signal: bool) -> None:
    policy = consent_policy(CONSENT_POLICY.replace("name: Ads elsewhere",
                                                   f"name: {json.dumps(HOSTILE)}"))
    script = tmp_path / "config.klaro.js"
    script.write_bytes(export_script(policy).data or b"")
    runner = ("const vm = require('vm'); const fs = require('fs');"
              f"const box = {{navigator: {{globalPrivacyControl: {json.dumps(signal)}}}}};"
              "vm.runInNewContext(fs.readFileSync(process.argv[1], 'utf8'), box);"
              "process.stdout.write(JSON.stringify(box.klaroConfig));")
    done = subprocess.run([NODE, "-e", runner, str(script)], capture_output=True, text=True,
                          timeout=60, check=True)
    config = config_of(policy)
    assert json.loads(done.stdout) == (with_gpc(config) if signal else config)
    ads = next(s for s in json.loads(done.stdout)["services"] if s["name"] == "ads--ad_network")
    assert ads["optOut"] is not signal


REACH = """\
format_version: 2
policy: {{id: reach, controller: {{name: Shop}}}}
categories: [{{id: device_id}}]
recipients:
  - {{id: partners, name: Partners, kind: processor}}
  - {{id: partners.adnet, name: Adnet, kind: third_party}}
  - {{id: partners.gone, name: Gone, kind: third_party}}
  - {{id: other, name: Other Ltd, kind: third_party}}
  - {{id: team, name: Team, kind: internal}}
purposes: [{{id: ads, name: Ads, kind: advertising, legal_basis: consent, consent: opt_in}}]
rules:
  - {{id: share, effect: allow, categories: [device_id], purposes: [ads], recipients: [{to}]}}
  - {{id: not_gone, effect: deny, categories: [device_id], purposes: [ads],
     recipients: [partners.gone]}}
"""
"""One ads rule sharing with ``{to}``; a deny rule keeps ``partners.gone`` out."""


@pytest.mark.parametrize(("to", "services"), [
    ("partners", {"ads--partners": "Partners", "ads--partners.adnet": "Adnet"}),
    ("'*'", {"ads--own-use": "Shop", "ads--any-recipient": "Any recipient",
             "ads--partners": "Partners", "ads--partners.adnet": "Adnet",
             "ads--other": "Other Ltd"})], ids=["below", "anyone"])
def test_every_declared_recipient_decide_lets_the_rule_reach_has_a_service(
        to: str, services: dict[str, str]) -> None:
    # rules cover recipients by descent, and '*' every recipient no deny rule keeps out: the
    # banner names each declared one reached (internal ones are the organisation's own use),
    # so it never presents an ad partner's data as going to its processor parent only, and
    # "recipients the policy does not name" stays true of the rest
    policy = load_bytes(REACH.format(to=to).encode(), "reach.policy.yaml").policy
    engine = DecisionEngine(policy, region_catalogue())
    for recipient, allowed in (("partners.adnet", True), ("partners.gone", False)):
        assert engine.decide(Request("device_id", "ads", recipient=recipient,
                                     consent=ConsentState.GRANTED)).allowed is allowed
    assert {s["name"]: s["title"] for s in config_of(policy)["services"]} == services
