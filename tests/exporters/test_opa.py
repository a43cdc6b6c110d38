"""The OPA bundle: structure, determinism, user text as data, and answers equal to decide.

Every bundle is loaded into a real Rego engine (regorus, from ``gordon-to-regorus``) and asked
many generated requests; each answer must equal ``DecisionEngine.decide(...).to_dict()``.
"""

from __future__ import annotations

import gzip
import io
import json
import random
import tarfile
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain.canonical import digest
from app.domain.decisions import DecisionEngine, Request
from app.domain.enums import ConsentState
from app.domain.models import Metadata, Policy, Purpose, RetentionRule, UseRule
from app.exporters.evaluate.bundle import unpack
from app.exporters.evaluate.regorus_eval import regorus_decision, regorus_engine
from app.exporters.opa import (
    DATA_NAME,
    EXPORTER,
    MANIFEST_NAME,
    REGO_NAME,
    build_bundle,
)
from app.exporters.opa_tests import TESTS_NAME
from app.paths import RESOURCES
from app.storage.loader import load_file
from app.storage.resources import region_catalogue
from tests.domain.test_decisions_properties import policies, requests_for

regorus = pytest.importorskip("regorus")

EXAMPLE = RESOURCES / "examples" / "northwind-outfitters.policy.yaml"
TEMPLATES = sorted((RESOURCES / "templates").glob("*.policy.yaml"))
CONSENTS = [state.value for state in ConsentState]


def engine_for(bundle: bytes) -> Any:
    """A regorus engine loaded the way OPA loads the bundle (data under its directory)."""
    return regorus_engine(unpack(bundle))


def ask(engine: Any, request: dict[str, Any]) -> dict[str, Any]:
    return regorus_decision(engine, request)


def as_input(request: Request) -> dict[str, Any]:
    """The ``decide`` input for ``request``; absent optional fields are left out or null."""
    data = request.to_dict()
    for key in ("subject", "recipient", "region"):
        if key not in data and len(key) % 2:  # some absent, some null: both mean "not given"
            data[key] = None
    return data


def assert_equal_answers(policy: Policy, asked: list[Request]) -> None:
    engine = engine_for(build_bundle(policy, region_catalogue()))
    decide = DecisionEngine(policy, region_catalogue())
    for request in asked:
        assert ask(engine, as_input(request)) == decide.decide(request).to_dict(), request


def generated_requests(policy: Policy, count: int, seed: int = 7) -> list[Request]:
    """A mix of declared ids, their descendants, undeclared ids, present and absent fields."""
    rng = random.Random(seed)

    def pool(declared: list[str], used: list[str]) -> list[str]:
        ids = sorted({*declared, *used})
        return [*ids, *(f"{i}.child" for i in ids[:20]), *(f"{i}.x.y" for i in ids[:5]),
                "undeclared", "undeclared.deeper"]

    rule_ids = lambda field: [v for r in policy.rules for v in getattr(r, field)]  # noqa: E731
    kept_ids = lambda field: [v for k in policy.retention for v in getattr(k, field)]  # noqa: E731
    categories = pool([c.id for c in policy.categories],
                      rule_ids("categories") + kept_ids("categories"))
    purposes = pool([p.id for p in policy.purposes], rule_ids("purposes") + kept_ids("purposes"))
    subjects = pool([s.id for s in policy.subjects], rule_ids("subjects"))
    recipients = pool([r.id for r in policy.recipients], rule_ids("recipients"))
    named = sorted(set(rule_ids("regions")))
    regions = [*named, *(f"{g}.child" for g in named), "eu", "us", "eu.de", "zz"]

    def optional(values: list[str]) -> str | None:
        return None if rng.random() < 0.3 else rng.choice(values)

    asked = []
    for n in range(count):
        rule = policy.rules[n % len(policy.rules)] if policy.rules and n % 3 else None
        if rule is not None and rule.categories and rule.purposes:
            # Aimed at one rule so that every outcome turns up often.
            category = rng.choice(rule.categories) + rng.choice(["", "", ".child"])
            purpose = rng.choice(rule.purposes) + rng.choice(["", "", ".child"])
            subject = rng.choice(rule.subjects) if rule.subjects and rng.random() < 0.8 \
                else optional(subjects)
            recipient = rng.choice(rule.recipients) if rule.recipients and rng.random() < 0.8 \
                else optional(recipients)
            region = rng.choice(rule.regions) + rng.choice(["", "", "", ".child"]) \
                if rule.regions and rng.random() < 0.8 else optional(regions)
        else:
            category, purpose = rng.choice(categories), rng.choice(purposes)
            subject, recipient = optional(subjects), optional(recipients)
            region = optional(regions)
        asked.append(Request(category, purpose, subject, recipient, region,
                             ConsentState(rng.choice(CONSENTS))))
    return asked


# -- structure ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def example() -> Policy:
    return load_file(EXAMPLE).policy


def test_bundle_structure(example: Policy) -> None:
    bundle = build_bundle(example)
    with tarfile.open(fileobj=io.BytesIO(bundle), mode="r:gz") as tar:
        members = tar.getmembers()
    assert [m.name for m in members] == [MANIFEST_NAME, DATA_NAME, REGO_NAME, TESTS_NAME]
    assert all(m.mtime == 0 and m.uid == 0 and m.gid == 0 and m.isfile() for m in members)
    files = unpack(bundle)
    manifest = json.loads(files[MANIFEST_NAME])
    assert manifest == {"revision": digest(example), "roots": ["policy_studio"]}
    data = json.loads(files[DATA_NAME])
    assert data["policy"]["digest"] == digest(example)
    assert [rule["id"] for rule in data["rules"]] == [rule.id for rule in example.rules]
    assert [r["index"] for r in data["retention"]] == list(range(len(example.retention)))
    rego = files[REGO_NAME].decode("utf-8")
    assert rego.startswith("# Policy Studio") and "package policy_studio" in rego


def test_bundle_is_deterministic(example: Policy) -> None:
    first = build_bundle(example, region_catalogue())
    time.sleep(0.01)
    assert build_bundle(example, region_catalogue()) == first
    assert gzip.decompress(first)  # a valid gzip stream with a fixed header (mtime 0)
    assert first[4:8] == b"\0\0\0\0"
    assert EXPORTER.export(example).data == first
    assert (EXPORTER.name, EXPORTER.suffix) == ("opa", ".tar.gz")


def test_indefinite_retention_is_json_safe() -> None:
    policy = Policy(
        policy=Metadata(id="p"), purposes=[Purpose(id="p", consent="none")],
        rules=[UseRule(id="r", categories=["c"], purposes=["p"])],
        retention=[RetentionRule(id="forever", categories=["c"], duration="indefinite"),
                   RetentionRule(id="short", categories=["c"], duration="P1D")],
    )
    data = json.loads(unpack(build_bundle(policy))[DATA_NAME])
    assert [r["duration_days"] for r in data["retention"]] == [None, 1]
    answer = ask(engine_for(build_bundle(policy)), {"category": "c", "purpose": "p"})
    assert answer["retention"]["rule"] == "short"


def test_decision_always_defined_even_for_odd_input(example: Policy) -> None:
    engine = engine_for(build_bundle(example))
    no_rule = {"decision": "deny", "reason": "no_rule", "rules": [], "obligations": [],
               "retention": None}
    assert ask(engine, {}) == no_rule
    assert ask(engine, {"category": 3, "purpose": ["x"]}) == no_rule


# -- user text is only data ---------------------------------------------------------------------

HOSTILE = [
    'x" } allow if true { "',
    "line one\nallow if true\n}\npackage evil",
    "{{ braces }} ${injection} `backticks` \\ back\\slash \t tab",
    "import data.evil\ndefault decision := {\"decision\": \"allow\"}",
    "é ü 中文 \u2028 \u0000",
]


def hostile_policy(text: str) -> Policy:
    return Policy(
        policy=Metadata(id="p", title=text, description=text),
        purposes=[Purpose(id="ads", name=text, description=text, consent="opt_in")],
        rules=[
            UseRule(id="r_allow", description=text, categories=["user"], purposes=["ads"]),
            UseRule(id="r_deny", description=text, effect="deny", categories=["user.secret"],
                    purposes=["ads"]),
        ],
        retention=[RetentionRule(id="k", description=text, citation=text, categories=["user"],
                                 duration="P1Y")],
    )


def test_hostile_text_is_only_data(example: Policy) -> None:
    reference_rego = unpack(build_bundle(example))[REGO_NAME]
    for text in HOSTILE:
        policy = hostile_policy(text)
        files = unpack(build_bundle(policy))
        assert files[REGO_NAME] == reference_rego  # the code never changes with the policy
        data = json.loads(files[DATA_NAME])
        assert data["policy"]["title"] == text
        assert data["rules"][0]["description"] == text
        assert data["retention"][0]["citation"] == text
        engine = engine_for(build_bundle(policy))
        assert ask(engine, {"category": "user", "purpose": "ads"})["reason"] == "consent_missing"
        assert ask(engine, {"category": "user.secret", "purpose": "ads",
                            "consent": "granted"})["reason"] == "denied_by_rule"
        assert ask(engine, {"category": "other", "purpose": "ads",
                            "consent": "granted"})["decision"] == "deny"
        assert_equal_answers(policy, generated_requests(policy, 60))


# -- equal answers ------------------------------------------------------------------------------


def test_example_answers_equal_decide(example: Policy) -> None:
    asked = generated_requests(example, 2000)
    reasons = {DecisionEngine(example).decide(r).reason for r in asked}
    assert reasons == {"allowed", "denied_by_rule", "consent_missing", "opted_out", "no_rule"}
    started = time.perf_counter()
    assert_equal_answers(example, asked)
    print(f"2000 regorus evaluations: {time.perf_counter() - started:.2f}s")


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda p: Path(p).name)
def test_template_answers_equal_decide(template: Path) -> None:
    policy = load_file(template).policy
    assert_equal_answers(policy, generated_requests(policy, 300))


def test_empty_string_fields_mean_absent() -> None:
    policy = Policy(
        policy=Metadata(id="p"), purposes=[Purpose(id="p", consent="opt_out")],
        rules=[UseRule(id="r", categories=["c"], purposes=["p"])],
    )
    engine = engine_for(build_bundle(policy))
    request = {"category": "c", "purpose": "p", "subject": "", "recipient": "", "region": "",
               "consent": ""}
    assert ask(engine, request) == DecisionEngine(policy).decide(
        Request.from_dict(request)).to_dict()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), policy=policies())
def test_generated_policies_answer_equal_decide(data: st.DataObject, policy: Policy) -> None:
    asked = data.draw(st.lists(requests_for(policy), min_size=1, max_size=12))
    assert_equal_answers(policy, asked)


def test_regions_match_by_equality_subjects_by_descent() -> None:
    policy = Policy(
        policy=Metadata(id="p"), purposes=[Purpose(id="p", consent="none")],
        rules=[UseRule(id="r", categories=["c"], purposes=["p"], subjects=["s"], regions=["eu"])],
    )
    asked = [Request("c", "p", subject, None, region)
             for subject in (None, "s", "s.kid", "sx") for region in (None, "eu", "eu.de", "de")]
    engine = engine_for(build_bundle(policy))
    assert ask(engine, {"category": "c", "purpose": "p", "subject": "s.kid",
                        "region": "eu.de"})["reason"] == "no_rule"
    assert ask(engine, {"category": "c", "purpose": "p", "subject": "s.kid",
                        "region": "eu"})["reason"] == "allowed"
    assert_equal_answers(policy, asked)
