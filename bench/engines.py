"""Decisions per second of our engine vs. real Rego engines evaluating the exported OPA bundle.

The policy is exported as an OPA bundle (``app.exporters.opa``); the bundle's Rego and data are
loaded into regorus (``gordon-to-regorus``) and into real OPA (``opa-golib-python-bindings``),
the way OPA mounts a bundle (data.json under its directory). Every engine answers the same
requests (``bench.__main__.requests_for``); the Rego engines get them already encoded (JSON
text for regorus, dicts for OPA) outside the timed loop. The bundle's data indexes the rules,
so the Rego engines answer in well under a millisecond; they answer the first ``REGO_COUNT``
requests, or as many as fit in ``REGO_BUDGET_S`` seconds (at least ``REGO_MIN``; a guard
should the Rego become slow again), and the count is reported. Each answer a Rego engine gives
is compared with ``DecisionEngine.decide(...).to_dict()`` so no figure is ever reported for
wrong answers.

Figures: on the large policy ``regorus_large_per_s`` and ``opa_large_per_s`` (targets 2,000
and 1,000) and ``decide_vs_regorus`` (under 200); on the bundled example the time per decision
``regorus_example_ms`` and ``opa_example_ms`` (targets under 0.2 ms).
"""

from __future__ import annotations

import json
import time
from typing import Any

from app.domain.decisions import DecisionEngine, Request
from app.domain.models import Policy
from app.exporters.evaluate.bundle import unpack
from app.exporters.evaluate.opa_eval import opa_engine, opa_import_error
from app.exporters.evaluate.regorus_eval import regorus_engine
from app.exporters.opa import DECISION_QUERY, build_bundle
from app.storage.resources import region_catalogue

FAST_COUNT = 200_000
REGO_COUNT = 5_000
REGO_BUDGET_S = 10.0
REGO_MIN = 100


def _spent(start: float, done: int) -> bool:
    """True once a Rego engine has used its time budget (after its minimum count)."""
    return done >= REGO_MIN and time.perf_counter() - start > REGO_BUDGET_S


def _rate(count: int, seconds: float) -> float:
    return count / seconds if seconds > 0 else float("inf")


def _regorus_answers(files: dict[str, bytes], inputs: list[dict[str, Any]]
                     ) -> tuple[list[Any], float]:
    engine = regorus_engine(files)
    texts = [json.dumps(item) for item in inputs]
    engine.set_input_json(texts[0])
    engine.eval_rule(DECISION_QUERY)  # warm up
    answers = []
    start = time.perf_counter()
    for text in texts:
        engine.set_input_json(text)
        answers.append(engine.eval_rule(DECISION_QUERY))
        if _spent(start, len(answers)):
            break
    return answers, time.perf_counter() - start


def _opa_answers(files: dict[str, bytes], inputs: list[dict[str, Any]]
                 ) -> tuple[list[Any], float]:
    document = DECISION_QUERY.removeprefix("data.")
    with opa_engine(files) as engine:
        engine.eval_document(document, inputs[0])  # warm up (prepares the query)
        answers = []
        start = time.perf_counter()
        for item in inputs:
            answers.append(engine.eval_document(document, item))
            if _spent(start, len(answers)):
                break
        return answers, time.perf_counter() - start


def _rego_figures(policy: Policy, requests: list[Request], label: str
                  ) -> dict[str, tuple[int, float]]:
    """Engine name -> (requests answered, seconds) for each Rego engine, every answer checked."""
    files = unpack(build_bundle(policy, region_catalogue()))
    decide = DecisionEngine(policy, region_catalogue()).decide
    inputs = [request.to_dict() for request in requests]
    expected = [decide(request).to_dict() for request in requests]
    rego = [("regorus", _regorus_answers)]
    if opa_import_error() is None:
        rego.append(("opa", _opa_answers))
    found = {}
    for name, run in rego:
        answers, seconds = run(files, inputs)
        assert answers, f"{name} answered nothing"
        for request, answer, wanted in zip(requests, answers, expected, strict=False):
            assert answer == wanted, f"{name} disagrees with decide on {request} ({label})"
        found[name] = (len(answers), seconds)
    return found


def measure_engines(policy: Policy | None = None) -> dict[str, float]:
    """``decide_per_s``, ``regorus_large_per_s``, ``opa_large_per_s``, our rate over theirs.

    ``policy`` defaults to the large benchmark policy. The OPA figures are left out when the
    bindings cannot be imported (see ``opa_import_error``).
    """
    from bench.__main__ import OUT, requests_for

    if policy is None:
        from app.storage.loader import load_file
        from bench.generate import write

        policy = load_file(write(OUT / "large.policy.yaml")).policy
    decide = DecisionEngine(policy, region_catalogue()).decide
    batch = requests_for(policy, FAST_COUNT)
    decide(batch[0])
    start = time.perf_counter()
    for request in batch:
        decide(request)
    figures = {"decide_per_s": _rate(len(batch), time.perf_counter() - start)}
    for name, (count, seconds) in _rego_figures(policy, batch[:REGO_COUNT], "large").items():
        figures[f"{name}_large_requests"] = count
        figures[f"{name}_large_per_s"] = _rate(count, seconds)
        figures[f"decide_vs_{name}"] = figures["decide_per_s"] / figures[f"{name}_large_per_s"]
    return figures


def measure_example(policy: Policy | None = None) -> dict[str, float]:
    """``regorus_example_ms`` and ``opa_example_ms``: milliseconds per decision on the example.

    ``policy`` defaults to the bundled example (``resources/examples``).
    """
    from bench.__main__ import requests_for

    if policy is None:
        from app.paths import RESOURCES
        from app.storage.loader import load_file

        policy = load_file(RESOURCES / "examples" / "northwind-outfitters.policy.yaml").policy
    found = _rego_figures(policy, requests_for(policy, REGO_COUNT), "example")
    return {f"{name}_example_ms": seconds * 1000 / count
            for name, (count, seconds) in found.items()}
