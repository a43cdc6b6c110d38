"""The Cedar export in ``cedarpy`` (the Cedar engine).

Cedar answers allow or deny and names the policies that decided: the satisfied ``permit``
policies of an allow, the satisfied ``forbid`` policies of a deny by rule. It cannot tell the
other denies apart (consent_missing, opted_out and no_rule are one plain deny, with no rules)
and does not choose obligations or the retention rule (the export lists the retention rules in
``cedar/retention.json`` for the caller to choose). Its answer is ``decision``, ``reason``
(``allowed``, ``denied_by_rule``, or None for a deny no rule forbids) and ``rules``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from app.domain.decisions import ALLOWED, DENIED_BY_RULE, Request
from app.domain.models import Expectation, Policy
from app.domain.regions import RegionCatalogue
from app.exporters.cedar import (
    cedar_request,
    entities_for_request,
    expressed_rules,
    policy_text,
    schema,
)
from app.exporters.evaluate import TITLES, EngineError, EngineUnavailable, Evaluator

NAMED = (ALLOWED, DENIED_BY_RULE)
"""The reasons Cedar can name (the others are one plain deny)."""
BATCH = 256
"""Requests per call: Cedar parses the policy set once per call."""


def cedar_answers(policy: Policy, requests: Sequence[Request], regions: RegionCatalogue,
                  policies: str | None = None) -> list[tuple[bool, tuple[str, ...]]]:
    """(allowed, the rule ids of the policies Cedar names as reasons) for each request.

    One call to Cedar with the entities of every request (``policies``: the policy set, when
    already written). Raises :class:`EngineError` when Cedar reports an error.
    """
    try:
        import cedarpy
    except ImportError as error:
        raise EngineUnavailable(f"cedarpy is not installed ({error})") from None
    schema_json = json.dumps(schema())
    entities = cedarpy.Entities.from_json_str(
        json.dumps(entities_for_request(policy, requests, regions)), schema=schema_json)
    results = cedarpy.is_authorized_batch([cedar_request(r) for r in requests],
                                          policies or policy_text(policy), entities,
                                          schema=schema_json)
    ids = {f"policy{n}": rule.id for n, (_, rule) in enumerate(expressed_rules(policy))}
    answers = []
    for request, result in zip(requests, results, strict=True):
        if result.diagnostics.errors:
            raise EngineError(f"Cedar could not answer {request.to_dict()}: "
                              f"{'; '.join(map(str, result.diagnostics.errors))}")
        answers.append((bool(result.allowed),
                        tuple(sorted(ids[r] for r in result.diagnostics.reasons))))
    return answers


class CedarEvaluator(Evaluator):
    """The policy's Cedar export evaluated by cedarpy; judged where Cedar can answer."""

    name = "cedar"
    title = TITLES["cedar"]
    judged_on = ("allow or deny; the reason and the rules of an allow or a deny by rule (Cedar "
                 "names no rule for a missing consent, an opt-out or no rule, and does not "
                 "choose obligations or retention: see cedar/retention.json)")

    def __init__(self, policy: Policy, regions: RegionCatalogue) -> None:
        try:
            import cedarpy  # noqa: F401
        except ImportError as error:
            raise EngineUnavailable(f"cedarpy is not installed ({error})") from None
        self.policy, self.regions = policy, regions
        self.policies = policy_text(policy)

    def answers(self, requests: Sequence[Request]) -> Iterator[dict[str, Any]]:
        """Cedar's answer for each request (in batches of :data:`BATCH`)."""
        for start in range(0, len(requests), BATCH):
            chunk = requests[start:start + BATCH]
            for allowed, rules in cedar_answers(self.policy, chunk, self.regions,
                                                self.policies):
                reason = ALLOWED if allowed else DENIED_BY_RULE if rules else None
                yield {"decision": "allow" if allowed else "deny", "reason": reason,
                       "rules": list(rules)}

    def project(self, reference: Mapping[str, Any]) -> dict[str, Any]:
        """Decision; reason and rules only for an allow or a deny by rule."""
        named = reference.get("reason") in NAMED
        return {"decision": reference.get("decision"),
                "reason": reference.get("reason") if named else None,
                "rules": list(reference.get("rules") or ()) if named else []}

    def judged(self, expectation: Expectation, answer: Mapping[str, Any]) -> Expectation:
        """No retention; for a deny Cedar cannot explain, no rules and no other reason."""
        update: dict[str, Any] = {"retention": None}
        if answer.get("reason") not in NAMED:
            update["rules"] = []
            if expectation.reason not in NAMED:
                update["reason"] = None
        return expectation.model_copy(update=update)
