"""The OPA bundle of the large benchmark policy answers 2,000 requests exactly as ``decide``.

The policy is the bench's (``bench.generate``: 10,000 rules, 2,000 retention rules, format 2
with regions, subjects and recipients). Half the requests are the bench's (aimed at rules and
arbitrary pairs), half the exporter tests' (declared, descendant and undeclared ids, absent
fields). Every answer of regorus and of real OPA must equal ``decide(...).to_dict()``; the real
OPA test is skipped only when ``opa-golib-python-bindings`` cannot be imported.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from app.domain.decisions import DecisionEngine, Request
from app.domain.models import Policy
from app.exporters.opa import DATA_NAME, DECISION_QUERY, REGO_NAME, build_bundle
from app.storage.loader import load_file
from app.storage.resources import region_catalogue
from bench.__main__ import requests_for
from bench.generate import write
from tests.exporters.test_opa import as_input, engine_for, generated_requests, unpack

regorus = pytest.importorskip("regorus")

COUNT = 2_000


@pytest.fixture(scope="module")
def large(tmp_path_factory: pytest.TempPathFactory) -> Policy:
    path = write(Path(tmp_path_factory.mktemp("large")) / "large.policy.yaml")
    return load_file(path).policy


@pytest.fixture(scope="module")
def bundle(large: Policy) -> bytes:
    return build_bundle(large, region_catalogue())


@pytest.fixture(scope="module")
def asked(large: Policy) -> list[tuple[Request, dict[str, Any], dict[str, Any]]]:
    """(request, engine input, expected answer) for the 2,000 requests."""
    decide = DecisionEngine(large, region_catalogue()).decide
    requests = requests_for(large, COUNT // 2) + generated_requests(large, COUNT // 2)
    return [(request, as_input(request), decide(request).to_dict()) for request in requests]


def test_the_requests_reach_every_outcome(asked: list[tuple[Request, dict, dict]]) -> None:
    reasons = {wanted["reason"] for _, _, wanted in asked}
    assert reasons == {"allowed", "denied_by_rule", "consent_missing", "opted_out", "no_rule"}
    assert any(wanted["retention"] for _, _, wanted in asked)
    assert any(len(wanted["rules"]) > 1 for _, _, wanted in asked)


def test_regorus_agrees_with_decide_on_the_large_policy(
        bundle: bytes, asked: list[tuple[Request, dict, dict]]) -> None:
    engine = engine_for(bundle)
    for request, given, wanted in asked:
        engine.set_input_json(json.dumps(given))
        assert engine.eval_rule(DECISION_QUERY) == wanted, request


def test_real_opa_agrees_with_decide_on_the_large_policy(
        bundle: bytes, asked: list[tuple[Request, dict, dict]]) -> None:
    try:
        from opa_bindings import OpaEngine
    except Exception as error:  # ImportError, or the Go library failing to load
        pytest.skip(f"opa-golib-python-bindings cannot be imported: {error!r}")
    files = unpack(bundle)
    with OpaEngine() as engine:
        engine.add_policy(REGO_NAME, files[REGO_NAME].decode("utf-8"))
        engine.add_data(json.loads(files[DATA_NAME]), path=".".join(DATA_NAME.split("/")[:-1]))
        document = DECISION_QUERY.removeprefix("data.")
        for request, given, wanted in asked:
            assert engine.eval_document(document, given) == wanted, request
