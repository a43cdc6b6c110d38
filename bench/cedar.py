"""Decisions per second of the real Cedar engine (``cedarpy``) on the Cedar export.

Each request is one ``is_authorized`` call with the entities ``RequestEntities`` builds for
it, as a service answering one request at a time would. Three ways of calling are measured:

- ``cedar_text``: the policy text and schema passed to every call (Cedar parses the whole set
  each time), as the simplest caller does; only the first ``TEXT_COUNT`` requests;
- ``cedar_whole``: the policy set and schema parsed once into cedarpy handles and reused;
- ``cedar``: the slice of the set that can apply to the request (``PolicySlicer``), parsed
  once per distinct slice (the parsed slices kept in a bounded cache, as a service would keep
  them), with the schema handle reused.

Every answer is compared with ``decide``: the decision, and for an allow or a deny by rule the
rules Cedar names (from their ``@id``) equal the rules ``decide`` names; otherwise Cedar names
none. No figure is reported for a wrong answer.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from app.domain.decisions import Decision, DecisionEngine, Request
from app.domain.models import Policy
from app.exporters.cedar import RequestEntities, cedar_request, policy_text, schema
from app.exporters.cedar_slice import PolicySlicer
from app.storage.resources import region_catalogue

COUNT = 2_000
BUDGET_S = 15.0
TEXT_BUDGET_S = 10.0
TEXT_COUNT = 20
MINIMUM = 3
SLICES_KEPT = 4096


def cedar_import_error() -> str | None:
    """Why cedarpy cannot be used, or None when it can."""
    try:
        import cedarpy  # noqa: F401
    except Exception as error:
        return repr(error)
    return None


def _check(request: Request, result: Any, expected: Decision) -> None:
    assert not result.diagnostics.errors, (request, result.diagnostics.errors)
    allowed = "allow" if result.allowed else "deny"
    assert allowed == expected.decision, f"cedar says {allowed} to {request}"
    named = tuple(sorted(result.diagnostics.id_annotations_by_reason.values()))
    wanted = expected.rules if expected.reason in ("allowed", "denied_by_rule") else ()
    assert named == wanted, f"cedar names {named} for {request}, decide {wanted}"


def _answer(ask: Callable[[Request], Any], sample: list[Request], expected: list[Decision],
            budget: float) -> tuple[int, float]:
    """Ask each request in turn until the budget is spent; check every answer."""
    ask(sample[0])  # warm up
    done, start = 0, time.perf_counter()
    for request, wanted in zip(sample, expected, strict=True):
        _check(request, ask(request), wanted)
        done += 1
        if done >= MINIMUM and time.perf_counter() - start > budget:
            break
    return done, time.perf_counter() - start


def measure_cedar(policy: Policy, decide_per_s: float, count: int = COUNT) -> dict[str, float]:
    """``cedar_large_per_s`` (sliced), ``cedar_whole_set_per_s``, ``cedar_text_per_s``,
    ``cedar_parse_s`` (the whole set) and ``decide_vs_cedar``, each answer checked."""
    import cedarpy

    from bench.__main__ import requests_for

    regions = region_catalogue()
    engine = DecisionEngine(policy, regions)
    sample = requests_for(policy, count)
    expected = [engine.decide(r) for r in sample]
    schema_text = json.dumps(schema())
    schema_handle = cedarpy.Schema.from_json_str(schema_text)
    text = policy_text(policy)

    entities = RequestEntities(policy, regions)

    figures: dict[str, float] = {}
    start = time.perf_counter()
    whole = cedarpy.PolicySet.from_str(text)
    figures["cedar_parse_s"] = time.perf_counter() - start

    slicer = PolicySlicer(policy)
    parsed = lru_cache(maxsize=SLICES_KEPT)(cedarpy.PolicySet.from_str)
    ways: dict[str, tuple[Callable[[Request], Any], float, int]] = {
        "cedar_text": (lambda r: cedarpy.is_authorized(
            cedar_request(r), text, entities(r), schema_text), TEXT_BUDGET_S, TEXT_COUNT),
        "cedar_whole_set": (lambda r: cedarpy.is_authorized(
            cedar_request(r), whole, entities(r), schema_handle), BUDGET_S, count),
        "cedar_large": (lambda r: cedarpy.is_authorized(
            cedar_request(r), parsed(slicer.text(r)), entities(r),
            schema_handle), BUDGET_S, count),
    }
    for name, (ask, budget, most) in ways.items():
        done, seconds = _answer(ask, sample[:most], expected[:most], budget)
        figures[f"{name}_requests"] = done
        figures[f"{name}_per_s"] = done / seconds if seconds > 0 else float("inf")
    figures["decide_vs_cedar"] = decide_per_s / figures["cedar_large_per_s"]
    return figures
