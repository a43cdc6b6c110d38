"""The exported engines, asked like the in-app one: one small module per engine.

Each evaluator builds its export from the policy and answers :class:`~app.domain.decisions.
Request` objects with the JSON decision of ``Decision.to_dict()``, as far as its engine can
express it. ``regorus`` and ``opa`` evaluate the OPA bundle (the whole answer); ``cedar``
evaluates the Cedar export (allow or deny, and the rules it names). :meth:`Evaluator.project`
cuts the in-app answer down to what an engine can say, so answers can be compared, and
:meth:`Evaluator.judged` cuts an expectation down to what an engine can be judged on.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from app.domain.decisions import Request
from app.domain.models import Expectation, Policy
from app.domain.regions import RegionCatalogue

ENGINES = ("regorus", "opa", "cedar")
"""The exported engines, in the order they are asked."""
TITLES = {"in-app": "in-app engine", "regorus": "OPA bundle in regorus",
          "opa": "OPA bundle in OPA", "cedar": "Cedar export in cedarpy"}
WHOLE_ANSWER = "the whole answer (decision, reason, rules, obligations, retention)"


class EngineError(Exception):
    """An exported engine could not answer; ``str()`` says why in one line."""


class EngineUnavailable(EngineError):
    """The engine's library is not installed (or does not load here)."""


class Evaluator:
    """An exported engine holding one policy's export; close it (or use ``with``) when done."""

    name = ""
    title = ""
    judged_on = WHOLE_ANSWER
    """What this engine's answers are compared on, in words."""

    def answers(self, requests: Sequence[Request]) -> Iterator[dict[str, Any]]:
        """The JSON decision for each request, in order (raises :class:`EngineError`)."""
        raise NotImplementedError

    def project(self, reference: Mapping[str, Any]) -> dict[str, Any]:
        """The in-app answer ``reference`` cut down to what this engine can say."""
        return dict(reference)

    def judged(self, expectation: Expectation, answer: Mapping[str, Any]) -> Expectation:
        """``expectation`` without the parts this engine cannot be judged on for ``answer``."""
        return expectation

    def rego_tests(self) -> dict[str, bool] | None:
        """Each ``test_*`` rule of the OPA bundle: true or not (None: not a Rego engine)."""
        return None

    def close(self) -> None:
        """Release the engine."""

    def __enter__(self) -> Evaluator:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_evaluator(name: str, policy: Policy, regions: RegionCatalogue) -> Evaluator:
    """The evaluator ``name`` (one of :data:`ENGINES`) holding ``policy``'s export.

    ``regions`` holds the shipped region groups (``app.storage.resources.region_catalogue()``).
    Raises :class:`EngineUnavailable` when the engine's library cannot be loaded.
    """
    if name == "regorus":
        from app.exporters.evaluate.regorus_eval import RegorusEvaluator

        return RegorusEvaluator(policy, regions)
    if name == "opa":
        from app.exporters.evaluate.opa_eval import OpaEvaluator

        return OpaEvaluator(policy, regions)
    if name == "cedar":
        from app.exporters.evaluate.cedar_eval import CedarEvaluator

        return CedarEvaluator(policy, regions)
    raise ValueError(f"unknown engine {name!r}")
