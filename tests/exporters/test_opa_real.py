"""The OPA bundle in real OPA: every answer equals ``DecisionEngine.decide(...).to_dict()``.

The bundle's Rego and data are loaded into the real OPA Go library (``opa_bindings`` from
``opa-golib-python-bindings``, which embeds ``github.com/open-policy-agent/opa/v1/rego``), the
data at the path OPA gives the bundle's ``data.json`` (its directory), and
``data.policy_studio.decision`` is asked for many generated requests. The package declares
Python >= 3.14 but works on 3.11, so it is installed with ``pip install
--ignore-requires-python``; this module is skipped, with the reason, only when it cannot be
imported.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain.decisions import DecisionEngine, Request
from app.domain.models import Metadata, Policy, Purpose, RetentionRule, UseRule
from app.exporters.evaluate.opa_eval import opa_engine
from app.exporters.opa import DATA_NAME, DECISION_QUERY, MANIFEST_NAME, build_bundle
from app.storage.loader import load_file
from app.storage.resources import region_catalogue
from tests.domain.test_decisions_properties import policies, requests_for
from tests.exporters.test_opa import (
    EXAMPLE,
    HOSTILE,
    TEMPLATES,
    as_input,
    generated_requests,
    hostile_policy,
    unpack,
)

try:
    import opa_bindings  # noqa: F401
except Exception as error:  # ImportError, or the Go library failing to load
    pytest.skip(f"opa-golib-python-bindings cannot be imported: {error!r}",
                allow_module_level=True)

DOCUMENT = DECISION_QUERY.removeprefix("data.")  # eval_document takes the path below data
DATA_PATH = ".".join(DATA_NAME.split("/")[:-1])  # OPA mounts a bundle's data.json at its dir


@contextmanager
def opa_for(bundle: bytes) -> Iterator[Any]:
    """A real OPA engine holding the bundle's policy and data, as OPA's bundle loader would."""
    files = unpack(bundle)
    manifest = json.loads(files[MANIFEST_NAME])
    assert all(DATA_PATH.startswith(root) for root in manifest["roots"])
    with opa_engine(files) as engine:
        yield engine


def ask(engine: Any, request: dict[str, Any]) -> dict[str, Any]:
    return engine.eval_document(DOCUMENT, request)


def assert_equal_answers(policy: Policy, asked: list[Request]) -> None:
    decide = DecisionEngine(policy, region_catalogue())
    with opa_for(build_bundle(policy, region_catalogue())) as engine:
        for request in asked:
            assert ask(engine, as_input(request)) == decide.decide(request).to_dict(), request


@pytest.fixture(scope="module")
def example() -> Policy:
    return load_file(EXAMPLE).policy


def test_example_answers_equal_decide(example: Policy) -> None:
    asked = generated_requests(example, 2000)
    reasons = {DecisionEngine(example).decide(r).reason for r in asked}
    assert reasons == {"allowed", "denied_by_rule", "consent_missing", "opted_out", "no_rule"}
    assert_equal_answers(example, asked)


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda p: Path(p).name)
def test_template_answers_equal_decide(template: Path) -> None:
    policy = load_file(template).policy
    assert_equal_answers(policy, generated_requests(policy, 300))


@settings(max_examples=40, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), policy=policies())
def test_generated_policies_answer_equal_decide(data: st.DataObject, policy: Policy) -> None:
    asked = data.draw(st.lists(requests_for(policy), min_size=1, max_size=12))
    assert_equal_answers(policy, asked)


def test_decision_always_defined_even_for_odd_input(example: Policy) -> None:
    no_rule = {"decision": "deny", "reason": "no_rule", "rules": [], "obligations": [],
               "retention": None}
    with opa_for(build_bundle(example)) as engine:
        assert ask(engine, {}) == no_rule
        assert ask(engine, {"category": 3, "purpose": ["x"]}) == no_rule


def test_empty_string_fields_mean_absent() -> None:
    policy = Policy(
        policy=Metadata(id="p"), purposes=[Purpose(id="p", consent="opt_out")],
        rules=[UseRule(id="r", categories=["c"], purposes=["p"])],
    )
    request = {"category": "c", "purpose": "p", "subject": "", "recipient": "", "region": "",
               "consent": ""}
    with opa_for(build_bundle(policy)) as engine:
        assert ask(engine, request) == DecisionEngine(policy).decide(
            Request.from_dict(request)).to_dict()


def test_indefinite_retention_and_hostile_text() -> None:
    policy = Policy(
        policy=Metadata(id="p"), purposes=[Purpose(id="p", consent="none")],
        rules=[UseRule(id="r", categories=["c"], purposes=["p"])],
        retention=[RetentionRule(id="forever", categories=["c"], duration="indefinite"),
                   RetentionRule(id="short", categories=["c"], duration="P1D")],
    )
    with opa_for(build_bundle(policy)) as engine:
        assert ask(engine, {"category": "c", "purpose": "p"})["retention"]["rule"] == "short"
    for text in HOSTILE:
        hostile = hostile_policy(text)
        with opa_for(build_bundle(hostile)) as engine:
            assert ask(engine, {"category": "user.secret", "purpose": "ads",
                                "consent": "granted"})["reason"] == "denied_by_rule"
        assert_equal_answers(hostile, generated_requests(hostile, 60))
