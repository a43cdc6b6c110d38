"""The OPA bundle in regorus (``import regorus``, package ``gordon-to-regorus``)."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from typing import Any

from app.domain.decisions import Request
from app.domain.models import Policy
from app.domain.regions import RegionCatalogue
from app.exporters.evaluate import TITLES, EngineError, EngineUnavailable, Evaluator
from app.exporters.evaluate.bundle import modules, mounted_data, test_results, unpack
from app.exporters.opa import DECISION_QUERY, build_bundle
from app.exporters.opa_tests import TESTS_QUERY, rego_test_names


def regorus_engine(files: dict[str, bytes]) -> Any:
    """A regorus engine holding the bundle's modules and data, as OPA loads a bundle."""
    try:
        import regorus
    except ImportError as error:
        raise EngineUnavailable(f"regorus is not installed ({error})") from None
    engine = regorus.Engine()
    for name, text in modules(files):
        engine.add_policy(name, text)
    engine.add_data_json(json.dumps(mounted_data(files)))
    return engine


def regorus_decision(engine: Any, request: dict[str, Any]) -> Any:
    """``data.policy_studio.decision`` for the input ``request`` (a JSON object)."""
    engine.set_input_json(json.dumps(request))
    return engine.eval_rule(DECISION_QUERY)


class RegorusEvaluator(Evaluator):
    """The policy's OPA bundle evaluated by regorus; judged on the whole answer."""

    name = "regorus"
    title = TITLES["regorus"]

    def __init__(self, policy: Policy, regions: RegionCatalogue) -> None:
        files = unpack(build_bundle(policy, regions))
        try:
            self.engine = regorus_engine(files)
        except RuntimeError as error:  # a module or data regorus refuses
            raise EngineError(f"regorus cannot load the bundle: {error}") from None
        self.test_names = rego_test_names(policy)

    def answers(self, requests: Sequence[Request]) -> Iterator[dict[str, Any]]:
        """The decision regorus gives each request."""
        for request in requests:
            try:
                answer = regorus_decision(self.engine, request.to_dict())
            except RuntimeError as error:
                raise EngineError(f"regorus could not answer: {error}") from None
            if not isinstance(answer, dict):
                raise EngineError(f"regorus gave no decision for {request.to_dict()}")
            yield answer

    def rego_tests(self) -> dict[str, bool]:
        """Each ``test_*`` rule of the bundle: true (the expectation holds) or not."""
        try:
            found = self.engine.eval_query(TESTS_QUERY)
        except RuntimeError as error:
            raise EngineError(f"regorus could not run the Rego tests: {error}") from None
        results = found.get("result") or [{}]
        value = (results[0].get("expressions") or [{}])[0].get("value")
        return test_results(value, self.test_names)
