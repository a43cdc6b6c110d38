"""Every expectation of a policy asked of every engine, and whether the engines agree.

The in-app engine (:class:`~app.domain.decisions.DecisionEngine`) is the reference: each
exported engine's answer is judged against the expectation as far as that engine can be
(:meth:`Evaluator.judged`) and compared with the in-app answer as far as it can express it
(:meth:`Evaluator.project`); the Rego engines also run the bundle's ``test_*`` rules, which
must say the same as the judgement.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from app.domain.decisions import DecisionEngine
from app.domain.expectations import (
    Outcome,
    answer_text,
    expectation_request,
    mismatches,
    run_expectations,
)
from app.domain.i18n import QT_TRANSLATE_NOOP, translate
from app.domain.models import Expectation, Policy
from app.domain.regions import RegionCatalogue
from app.exporters.evaluate import (
    ENGINES,
    TITLES,
    WHOLE_ANSWER,
    EngineError,
    EngineUnavailable,
    Evaluator,
    open_evaluator,
)
from app.exporters.opa_tests import rego_test_names

IN_APP = "in-app"
Progress = Callable[[str, int, int], None]
"""Called with (engine, expectations answered, expectations to answer)."""


@dataclass(frozen=True)
class Disagreement:
    """An exported engine answering differently from the in-app engine."""

    index: int
    """The expectation's place in the policy's ``tests``."""
    expectation: Expectation
    phrase: str
    """How it differs: ``cedar answers allow by r, the in-app engine deny (no_rule)``."""


@dataclass(frozen=True)
class EngineRun:
    """One engine's answers to every expectation (or why it could not give them)."""

    name: str
    title: str
    judged_on: str = WHOLE_ANSWER
    outcomes: tuple[Outcome, ...] = ()
    disagreements: tuple[Disagreement, ...] = ()
    unavailable: str = ""
    """Why the engine's library cannot be used here (then nothing was asked)."""
    error: str = ""
    """Why the engine failed while answering (then its outcomes are not all there)."""
    rego_tests: dict[str, bool] = field(default_factory=dict)

    @property
    def failed(self) -> list[Outcome]:
        """The outcomes whose expectation does not hold on this engine."""
        return [o for o in self.outcomes if not o.passed]

    @property
    def ok(self) -> bool:
        """True when it ran, every expectation holds and it agrees with the in-app engine."""
        return not self.error and not self.failed and not self.disagreements


def run_in_app(policy: Policy, regions: RegionCatalogue) -> EngineRun:
    """The in-app engine's run: the reference for every other engine."""
    outcomes = run_expectations(DecisionEngine(policy, regions), policy.tests)
    return EngineRun(IN_APP, TITLES[IN_APP], outcomes=tuple(outcomes))


def run_engine(evaluator: Evaluator, policy: Policy, reference: EngineRun,
               progress: Progress | None = None) -> EngineRun:
    """Ask ``evaluator`` every expectation; judge and compare with ``reference`` (in-app)."""
    asked = [(i, expectation_request(e)) for i, e in enumerate(policy.tests)]
    complete = [(i, r) for i, r in asked if r is not None]
    answers: dict[int, dict[str, Any]] = {}
    error = ""
    try:
        for done, answer in enumerate(evaluator.answers([r for _, r in complete]), start=1):
            answers[complete[done - 1][0]] = answer
            if progress is not None:
                progress(evaluator.name, done, len(complete))
    except EngineError as failure:
        error = str(failure)
    if not error and len(answers) < len(complete):
        error = translate("engine suite", "{engine} gave {answers} answers to {requests} "
                                          "requests").format(engine=evaluator.name,
                                                             answers=len(answers),
                                                             requests=len(complete))
    outcomes: list[Outcome] = []
    disagreements: list[Disagreement] = []
    for index, expectation in enumerate(policy.tests):
        base = reference.outcomes[index]
        if base.answer is None:  # incomplete: it fails the same way everywhere
            outcomes.append(base)
            continue
        if index not in answers:
            outcomes.append(Outcome(expectation, None, (translate(
                "engine suite", "not answered: {error}").format(error=error),)))
            continue
        answer = answers[index]
        judged = evaluator.judged(expectation, answer)
        outcomes.append(Outcome(expectation, answer, tuple(mismatches(judged, answer))))
        expressed = evaluator.project(base.answer)
        if expressed != answer:
            disagreements.append(Disagreement(index, expectation, translate(
                "engine suite", "{engine} answers {answer}, the in-app engine {expected}").format(
                engine=evaluator.name, answer=answer_text(answer),
                expected=answer_text(expressed)) + _details(expressed, answer)))
    rego_tests: dict[str, bool] = {}
    if not error:
        try:
            rego_tests = _rego_tests(evaluator, policy, outcomes, disagreements)
        except EngineError as failure:
            error = str(failure)
    return EngineRun(evaluator.name, evaluator.title, evaluator.judged_on, tuple(outcomes),
                     tuple(disagreements), error=error, rego_tests=rego_tests)


def _details(expressed: Mapping[str, Any], answer: Mapping[str, Any]) -> str:
    """The fields the short texts do not show (obligations, retention), when they differ."""
    keys = [k for k in sorted({*expressed, *answer}) if k not in ("decision", "reason", "rules")
            and expressed.get(k) != answer.get(k)]
    return " " + translate("engine suite", "(they differ in {fields})").format(
        fields=", ".join(keys)) if keys else ""


def _rego_tests(evaluator: Evaluator, policy: Policy, outcomes: Sequence[Outcome],
                disagreements: list[Disagreement]) -> dict[str, bool]:
    """The bundle's ``test_*`` rules, each checked against the judgement of its expectation."""
    results = evaluator.rego_tests()
    if results is None:
        return {}
    for index, (name, outcome) in enumerate(zip(rego_test_names(policy), outcomes,
                                                strict=True)):
        if results.get(name) != outcome.passed:
            disagreements.append(Disagreement(index, outcome.expectation, _rego_words(
                name, bool(results.get(name)), outcome.passed)))
    return dict(results)


_REGO_WORDS = {
    True: QT_TRANSLATE_NOOP("engine suite", "its Rego test {name} is true though the "
                                            "expectation fails on its answers"),
    False: QT_TRANSLATE_NOOP("engine suite", "its Rego test {name} is not true though the "
                                             "expectation holds on its answers"),
    None: QT_TRANSLATE_NOOP("engine suite", "its Rego test {name} is not true though the "
                                            "expectation fails on its answers"),
}
"""By the Rego test's result (None: not true, and the expectation fails too)."""


def _rego_words(name: str, true: bool, holds: bool) -> str:
    """Why a bundle's Rego test and the expectation's judgement disagree, in words."""
    key = True if true else (False if holds else None)
    return translate("engine suite", _REGO_WORDS[key]).format(name=name)


def run_suite(policy: Policy, regions: RegionCatalogue, engines: Sequence[str] = ENGINES,
              progress: Progress | None = None) -> list[EngineRun]:
    """The in-app run, then one run per exported engine of ``engines`` (in that order).

    ``regions`` holds the shipped region groups (``app.storage.resources.region_catalogue()``).
    An engine whose library is missing gets a run with ``unavailable`` set; one that fails
    while answering, a run with ``error`` set.
    """
    reference = run_in_app(policy, regions)
    runs = [reference]
    for name in engines:
        try:
            evaluator = open_evaluator(name, policy, regions)
        except EngineUnavailable as missing:
            runs.append(EngineRun(name, TITLES[name], unavailable=str(missing)))
            continue
        except EngineError as failure:
            runs.append(EngineRun(name, TITLES[name], error=str(failure)))
            continue
        with evaluator:
            runs.append(run_engine(evaluator, policy, reference, progress))
    return runs
