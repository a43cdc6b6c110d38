"""The OPA bundle in real OPA (``opa_bindings``, package ``opa-golib-python-bindings``).

Optional: used when installed. The package embeds OPA's Go library; it declares Python >= 3.14
but works on 3.11 (install it with ``pip install --ignore-requires-python``).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from app.domain.decisions import Request
from app.domain.models import Policy
from app.domain.regions import RegionCatalogue
from app.exporters.evaluate import TITLES, EngineError, EngineUnavailable, Evaluator
from app.exporters.evaluate.bundle import (
    DATA_PATH,
    DECISION_DOCUMENT,
    TESTS_DOCUMENT,
    data_value,
    modules,
    test_results,
    unpack,
)
from app.exporters.opa import build_bundle
from app.exporters.opa_tests import rego_test_names


def opa_import_error() -> str | None:
    """Why the OPA bindings cannot be used here, or None when they can."""
    try:
        import opa_bindings  # noqa: F401
    except Exception as error:  # ImportError, or the Go library failing to load
        return repr(error)
    return None


def opa_engine(files: dict[str, bytes]) -> Any:
    """A real OPA engine holding the bundle's modules and data, as OPA's bundle loader would.

    Close it when done (it is a context manager).
    """
    try:
        from opa_bindings import OpaEngine
    except Exception as error:  # ImportError, or the Go library failing to load
        raise EngineUnavailable(f"OPA is not installed ({error!r})") from None
    engine = OpaEngine()
    try:
        for name, text in modules(files):
            engine.add_policy(name, text)
        engine.add_data(data_value(files), path=".".join(DATA_PATH))
    except BaseException:
        engine.close()
        raise
    return engine


class OpaEvaluator(Evaluator):
    """The policy's OPA bundle evaluated by real OPA; judged on the whole answer."""

    name = "opa"
    title = TITLES["opa"]

    def __init__(self, policy: Policy, regions: RegionCatalogue) -> None:
        why = opa_import_error()
        if why is not None:
            raise EngineUnavailable(f"OPA is not installed ({why})")
        from opa_bindings import OpaError

        files = unpack(build_bundle(policy, regions))
        self._error = OpaError
        try:
            self.engine = opa_engine(files)
        except OpaError as error:
            raise EngineError(f"OPA cannot load the bundle: {error}") from None
        self.test_names = rego_test_names(policy)

    def answers(self, requests: Sequence[Request]) -> Iterator[dict[str, Any]]:
        """OPA's decision for each request."""
        for request in requests:
            try:
                answer = self.engine.eval_document(DECISION_DOCUMENT, request.to_dict())
            except self._error as error:
                raise EngineError(f"OPA could not answer: {error}") from None
            if not isinstance(answer, dict):
                raise EngineError(f"OPA gave no decision for {request.to_dict()}")
            yield answer

    def rego_tests(self) -> dict[str, bool]:
        """Each ``test_*`` rule of the bundle: true (the expectation holds) or not."""
        try:
            value = self.engine.eval_document(TESTS_DOCUMENT)
        except self._error as error:  # undefined: no test rule is true
            if type(error).__name__ != "OpaUndefinedError":
                raise EngineError(f"OPA could not run the Rego tests: {error}") from None
            value = {}
        return test_results(value, self.test_names)

    def close(self) -> None:
        """Release the Go engine."""
        self.engine.close()
