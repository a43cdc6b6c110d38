"""Cedar speed without new answers: the sliced policy set and the reusable entity builder give
Cedar the same answers as the whole export, and those answers equal ``decide``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain.decisions import DecisionEngine, Request
from app.domain.models import Metadata, Policy, Purpose, UseRule
from app.exporters.cedar import (
    RequestEntities,
    cedar_request,
    entities_for_request,
    expressed_rules,
    policy_text,
    schema,
)
from app.exporters.cedar_slice import PolicySlicer
from app.paths import RESOURCES
from app.storage.loader import load_file
from app.storage.resources import region_catalogue
from tests.domain.test_decisions_properties import policies, requests_for
from tests.exporters.test_opa import generated_requests

cedarpy = pytest.importorskip("cedarpy", reason="cedarpy (the Cedar engine) is not installed")

SCHEMA = cedarpy.Schema.from_json_str(json.dumps(schema()))
POLICIES = sorted([*(RESOURCES / "examples").glob("*.policy.yaml"),
                   *(RESOURCES / "templates").glob("*.policy.yaml")])


def answer(policies_text: str, policy: Policy, request: Request) -> tuple[str, tuple[str, ...]]:
    """Cedar's decision and the rule ids (from @id) of the policies it names."""
    result = cedarpy.is_authorized(
        cedar_request(request), cedarpy.PolicySet.from_str(policies_text),
        entities_for_request(policy, request, region_catalogue()), SCHEMA)
    assert not result.diagnostics.errors, result.diagnostics.errors
    named = tuple(sorted(result.diagnostics.id_annotations_by_reason.values()))
    return ("allow" if result.allowed else "deny"), named


def assert_slices_answer_as_the_whole(policy: Policy, asked: list[Request]) -> None:
    slicer = PolicySlicer(policy)
    whole = policy_text(policy)
    engine = DecisionEngine(policy, region_catalogue())
    for request in asked:
        sliced = answer(slicer.text(request), policy, request)
        assert sliced == answer(whole, policy, request), request
        expected = engine.decide(request)
        assert sliced[0] == expected.decision, request
        named = expected.rules if expected.reason in ("allowed", "denied_by_rule") else ()
        assert sliced[1] == named, request


@pytest.mark.parametrize("path", POLICIES, ids=lambda p: Path(p).name)
def test_sliced_answers_equal_the_whole_set_and_decide(path: Path) -> None:
    policy = load_file(path).policy
    assert_slices_answer_as_the_whole(policy, generated_requests(policy, 300, seed=5))


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), policy=policies())
def test_generated_policies_slice_without_changing_answers(data: st.DataObject,
                                                           policy: Policy) -> None:
    asked = data.draw(st.lists(requests_for(policy), min_size=1, max_size=8))
    assert_slices_answer_as_the_whole(policy, asked)


def test_a_slice_keeps_exactly_the_policies_on_the_request_s_lineage() -> None:
    policy = Policy(
        policy=Metadata(id="p"), purposes=[Purpose(id="ads", consent="none")],
        rules=[UseRule(id="on_contact", categories=["contact"], purposes=["ads"]),
               UseRule(id="on_email", categories=["contact.email"], purposes=["ads.email"]),
               UseRule(id="elsewhere", categories=["location"], purposes=["ads"]),
               UseRule(id="no_purpose", categories=["contact"]),
               UseRule(id="other_purpose", categories=["contact"], purposes=["billing"])])
    slicer = PolicySlicer(policy)
    kept = slicer.text(Request("contact.email.work", "ads.email.weekly"))
    assert [line for line in kept.splitlines() if line.startswith("@id(")] == [
        '@id("on_contact")', '@id("on_email")']
    assert slicer.text(Request("contact", "ads")).count("@id(") == 1
    assert slicer.text(Request("nothing", "ads")) == ""
    both = slicer.text([Request("location", "ads"), Request("contact", "billing")])
    assert [n for n, (_, r) in enumerate(expressed_rules(policy)) if f'"{r.id}"' in both] == [
        2, 3]
    assert '@rule_index("2")' in both and '@rule_index("4")' in both


def test_request_entities_equal_entities_for_request() -> None:
    policy = load_file(POLICIES[0]).policy
    regions = region_catalogue()
    build = RequestEntities(policy, regions)
    asked = generated_requests(policy, 50, seed=3)
    for request in asked:
        assert build(request) == entities_for_request(policy, request, regions)
    assert build(asked) == entities_for_request(policy, asked, regions)
