"""The Cedar export: it validates against its schema in the real Cedar engine (``cedarpy``),
its allow/deny answers (and the rules Cedar names) equal ``decide`` on many generated requests,
and user text is only ever annotation data."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain.canonical import digest
from app.domain.decisions import DecisionEngine, Request
from app.domain.enums import ConsentState
from app.domain.models import Metadata, Policy, Purpose, UseRule
from app.exporters import registry
from app.exporters.cedar import (
    ENTITIES_NAME,
    EXPORTER,
    POLICY_NAME,
    RETENTION_NAME,
    SCHEMA_NAME,
    cedar_string,
    entities_for_request,
    expressed_rules,
    policy_text,
    schema,
)
from app.exporters.evaluate.cedar_eval import cedar_answers as evaluate_cedar
from app.paths import RESOURCES
from app.storage.loader import load_file
from app.storage.resources import region_catalogue
from tests.domain.test_decisions_properties import policies, requests_for
from tests.exporters.test_opa import HOSTILE, generated_requests, hostile_policy

cedarpy = pytest.importorskip("cedarpy", reason="cedarpy (the Cedar engine) is not installed")

EXAMPLE = RESOURCES / "examples" / "northwind-outfitters.policy.yaml"
TEMPLATES = sorted((RESOURCES / "templates").glob("*.policy.yaml"))
SCHEMA_JSON = json.dumps(schema())


def validate(policy: Policy) -> None:
    """The policy set parses and type-checks against the schema."""
    result = cedarpy.validate_policies(policy_text(policy), SCHEMA_JSON)
    assert result.validation_passed, result.errors


def cedar_answers(policy: Policy, asked: list[Request]) -> list[tuple[str, tuple[str, ...]]]:
    """(allow|deny, the rule ids of the policies Cedar names as reasons) per request."""
    return [("allow" if allowed else "deny", reasons)
            for allowed, reasons in evaluate_cedar(policy, asked, region_catalogue())]


def assert_equal_answers(policy: Policy, asked: list[Request]) -> None:
    """Cedar's allow/deny equals decide's; for an allow or a deny by rule, Cedar's reasons
    are exactly the rules decide names (the satisfied permits or forbids)."""
    validate(policy)
    engine = DecisionEngine(policy, region_catalogue())
    for request, (answer, reasons) in zip(asked, cedar_answers(policy, asked), strict=True):
        expected = engine.decide(request)
        assert answer == expected.decision, request
        if expected.reason in ("allowed", "denied_by_rule"):
            assert reasons == expected.rules, request
        else:
            assert reasons == (), request


@pytest.fixture(scope="module")
def example() -> Policy:
    return load_file(EXAMPLE).policy


# -- structure ----------------------------------------------------------------------------------


def test_export_files_and_determinism(example: Policy) -> None:
    result = EXPORTER.export(example)
    assert sorted(result.files) == sorted([POLICY_NAME, SCHEMA_NAME, ENTITIES_NAME,
                                           RETENTION_NAME])
    assert result.digest == digest(example)
    assert EXPORTER.export(example).files == result.files
    assert json.loads(result.files[SCHEMA_NAME]) == schema()
    text = result.files[POLICY_NAME].decode("utf-8")
    assert digest(example) in text
    assert text.count("@id(") == len(expressed_rules(example)) == len(example.rules)
    assert any("Obligations" in line for line in result.summary)
    assert any(RETENTION_NAME in line for line in result.summary)
    assert "cedar" in registry.MODULES and registry.get("cedar") is EXPORTER


def test_policy_ids_carry_rule_ids(example: Policy) -> None:
    parsed = json.loads(cedarpy.policies_to_json_str(policy_text(example)))["staticPolicies"]
    for n, rule in enumerate(example.rules):
        annotations = parsed[f"policy{n}"]["annotations"]
        assert annotations["id"] == rule.id and annotations["rule_index"] == str(n)
        assert annotations["description"] == rule.description
        assert parsed[f"policy{n}"]["effect"] == ("permit" if rule.effect == "allow" else "forbid")


def test_exported_entities_match_the_schema(example: Policy) -> None:
    entities = EXPORTER.export(example).files[ENTITIES_NAME].decode("utf-8")
    handle = cedarpy.Entities.from_json_str(entities, schema=SCHEMA_JSON)
    listed = json.loads(entities)
    by_id = {(e["uid"]["type"], e["uid"]["id"]): e for e in listed}
    assert len(by_id) == len(listed)  # no repeats
    assert len(handle) == len(listed) + 1  # Cedar adds the schema's action entity
    for purpose in example.purposes:
        found = by_id[("PolicyStudio::Purpose", purpose.id)]
        assert found["attrs"]["consent_mechanism"] == str(purpose.consent)
    for category in example.categories:
        assert ("PolicyStudio::Category", category.id) in by_id


def test_entities_for_request_give_lineage_and_effective_mechanism() -> None:
    policy = Policy(policy=Metadata(id="p"),
                    purposes=[Purpose(id="m", consent="opt_out"),
                              Purpose(id="m.news", consent="none")])
    found = {(e["uid"]["type"].split("::")[1], e["uid"]["id"]): e
             for e in entities_for_request(policy, Request("a.b.c", "m.news.weekly", "s.kid"))}
    assert found[("Category", "a.b.c")]["parents"] == [
        {"type": "PolicyStudio::Category", "id": "a.b"}]
    assert ("Category", "a") in found and ("Subject", "s") in found
    mechanisms = {k[1]: e["attrs"]["consent_mechanism"] for k, e in found.items()
                  if k[0] == "Purpose"}
    assert mechanisms == {"m": "opt_out", "m.news": "none", "m.news.weekly": "none"}
    lone = entities_for_request(policy, Request("a", "u.x"))
    assert {e["uid"]["id"]: e["attrs"].get("consent_mechanism") for e in lone
            if e["uid"]["type"].endswith("Purpose")} == {"u": "opt_in", "u.x": "opt_in"}


# -- equal answers ------------------------------------------------------------------------------


def test_example_answers_equal_decide(example: Policy) -> None:
    asked = generated_requests(example, 2500)
    reasons = {DecisionEngine(example).decide(r).reason for r in asked}
    assert reasons == {"allowed", "denied_by_rule", "consent_missing", "opted_out", "no_rule"}
    started = time.perf_counter()
    assert_equal_answers(example, asked)
    print(f"2500 cedar evaluations: {time.perf_counter() - started:.2f}s")


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda p: Path(p).name)
def test_template_answers_equal_decide(template: Path) -> None:
    policy = load_file(template).policy
    assert_equal_answers(policy, generated_requests(policy, 2000, seed=11))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), policy=policies())
def test_generated_policies_answer_equal_decide(data: st.DataObject, policy: Policy) -> None:
    asked = data.draw(st.lists(requests_for(policy), min_size=1, max_size=12))
    assert_equal_answers(policy, asked)


def test_rules_that_cover_nothing_are_left_out_and_reported() -> None:
    policy = Policy(policy=Metadata(id="p"), purposes=[Purpose(id="p", consent="none")],
                    rules=[UseRule(id="empty", categories=["c"]),
                           UseRule(id="r", categories=["c"], purposes=["p"])])
    assert [rule.id for _, rule in expressed_rules(policy)] == ["r"]
    assert any("empty" in line for line in EXPORTER.export(policy).summary)
    assert_equal_answers(policy, [Request("c", "p"), Request("c.d", "p.q")])


# -- user text is only annotation data ----------------------------------------------------------


def parsed_annotations(text: str) -> list[dict[str, Any]]:
    policies_json = json.loads(cedarpy.policies_to_json_str(text))["staticPolicies"]
    return [policies_json[f"policy{n}"]["annotations"] for n in range(len(policies_json))]


@pytest.mark.parametrize("text", [*HOSTILE, '"; permit(principal,action,resource); //',
                                  "\\u{41} \\\" \b\f\v \U0001F600"])
def test_hostile_text_stays_in_annotations(text: str) -> None:
    policy = hostile_policy(text)
    plain = hostile_policy("plain")
    annotations = parsed_annotations(policy_text(policy))
    assert [a["description"] for a in annotations] == [text, text]
    validate(policy)
    asked = generated_requests(policy, 200)
    asked += [Request("user", "ads", consent=ConsentState.GRANTED),
              Request("user.secret", "ads", consent=ConsentState.GRANTED)]
    assert cedar_answers(policy, asked) == cedar_answers(plain, asked)
    assert_equal_answers(policy, asked)


def test_cedar_string_escapes_everything_but_printable_ascii() -> None:
    assert cedar_string('a"b\\c') == '"a\\"b\\\\c"'
    assert cedar_string("é\n\0") == '"\\u{e9}\\u{a}\\u{0}"'
    assert cedar_string("\ud800") == '"\\u{fffd}"'
