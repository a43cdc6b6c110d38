"""Which expectations fail now, so the navigator can mark them.

The answer is asked of the decision engine once per document change, and only when the
policy has expectations.
"""

from __future__ import annotations

from app.domain.decisions import DecisionEngine
from app.domain.expectations import run_expectations
from app.domain.models import Policy
from app.storage.resources import region_catalogue


class ExpectationMarks:
    """The failing expectations of a policy: id -> what is wrong, computed on demand."""

    def __init__(self) -> None:
        self._failing: dict[str, str] | None = None

    def invalidate(self) -> dict[str, str] | None:
        """Forget the answers (the policy changed); returns them (None: never asked)."""
        old, self._failing = self._failing, None
        return old

    def failing(self, policy: Policy) -> dict[str, str]:
        """Id -> ``Fails: ...`` for every expectation that does not hold now."""
        if self._failing is None:
            self._failing = {}
            if policy.tests:
                engine = DecisionEngine(policy, region_catalogue())
                for result in run_expectations(engine, policy.tests):
                    if not result.passed:
                        word = "Fails" if result.answer is not None else "Incomplete"
                        self._failing.setdefault(result.expectation.id,
                                                 f"{word}: " + "; ".join(result.problems))
        return self._failing
