"""Which expectations fail now, so the navigator can mark them.

The answer is asked of the decision engine once per document change, and only when the
policy has expectations.
"""

from __future__ import annotations

from app.domain.document import PolicyDocument
from app.domain.expectations import run_expectations
from app.domain.typography import labelled, semicolons
from app.ui.engine_cache import current_engine


class ExpectationMarks:
    """The failing expectations of a policy: id -> what is wrong, computed on demand."""

    def __init__(self) -> None:
        self._failing: dict[str, str] | None = None

    def invalidate(self) -> dict[str, str] | None:
        """Forget the answers (the policy changed); returns them (None: never asked)."""
        old, self._failing = self._failing, None
        return old

    def failing(self, document: PolicyDocument) -> dict[str, str]:
        """Id -> ``Fails: ...`` for every expectation that does not hold now."""
        if self._failing is None:
            self._failing = {}
            tests = document.policy.tests
            if tests:
                for result in run_expectations(current_engine(document), tests):
                    if not result.passed:
                        word = "Fails" if result.answer is not None else "Incomplete"
                        self._failing.setdefault(result.expectation.id,
                                                 labelled(word, semicolons(result.problems)))
        return self._failing
