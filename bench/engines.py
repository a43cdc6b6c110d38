"""Decisions per second of our engine vs. real Rego engines evaluating the exported OPA bundle.

The large benchmark policy is exported as an OPA bundle (``app.exporters.opa``); the bundle's
Rego and data are loaded into regorus (``gordon-to-regorus``) and into real OPA
(``opa-golib-python-bindings``), the way OPA mounts a bundle (data.json under its directory).
Every engine answers the same requests (``bench.__main__.requests_for``); the Rego engines get
them already encoded (JSON text for regorus, dicts for OPA) outside the timed loop. They are far
slower (the static Rego scans all 10,000 rules per request: about 0.4 s each), so they answer the
first ``SLOW_COUNT`` requests, or as many as fit in ``SLOW_BUDGET_S`` seconds (at least
``SLOW_MIN``); the count is reported. Each answer a Rego engine gives is compared with
``DecisionEngine.decide(...).to_dict()`` so no figure is ever reported for wrong answers.
"""

from __future__ import annotations

import json
import time
from typing import Any

from app.domain.decisions import DecisionEngine
from app.domain.models import Policy
from app.exporters.evaluate.bundle import unpack
from app.exporters.evaluate.opa_eval import opa_engine, opa_import_error
from app.exporters.evaluate.regorus_eval import regorus_engine
from app.exporters.opa import DECISION_QUERY, build_bundle
from app.storage.resources import region_catalogue

FAST_COUNT = 200_000
SLOW_COUNT = 2_000
SLOW_BUDGET_S = 15.0
SLOW_MIN = 10


def _spent(start: float, done: int) -> bool:
    """True once a slow engine has used its time budget (after its minimum count)."""
    return done >= SLOW_MIN and time.perf_counter() - start > SLOW_BUDGET_S


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


def measure_engines(policy: Policy | None = None) -> dict[str, float]:
    """``decide_per_s``, ``regorus_per_s``, ``opa_per_s`` and our rate over each of theirs.

    ``policy`` defaults to the large benchmark policy. The OPA figures are left out when the
    bindings cannot be imported (see ``opa_import_error``).
    """
    from bench.__main__ import OUT, requests_for

    if policy is None:
        from app.storage.loader import load_file
        from bench.generate import write

        policy = load_file(write(OUT / "large.policy.yaml")).policy
    files = unpack(build_bundle(policy, region_catalogue()))
    engine = DecisionEngine(policy, region_catalogue())
    decide = engine.decide
    batch = requests_for(policy, FAST_COUNT)
    decide(batch[0])
    start = time.perf_counter()
    for request in batch:
        decide(request)
    figures = {"decide_per_s": _rate(len(batch), time.perf_counter() - start)}

    sample = batch[:SLOW_COUNT]
    inputs = [request.to_dict() for request in sample]
    expected = [decide(request).to_dict() for request in sample]
    slow = [("regorus", _regorus_answers)]
    if opa_import_error() is None:
        slow.append(("opa", _opa_answers))
    for name, run in slow:
        answers, seconds = run(files, inputs)
        assert answers, f"{name} answered nothing"
        for request, answer, wanted in zip(sample, answers, expected, strict=False):
            assert answer == wanted, f"{name} disagrees with decide on {request}"
        figures[f"{name}_requests"] = len(answers)
        figures[f"{name}_per_s"] = _rate(len(answers), seconds)
        figures[f"decide_vs_{name}"] = figures["decide_per_s"] / figures[f"{name}_per_s"]
    return figures
