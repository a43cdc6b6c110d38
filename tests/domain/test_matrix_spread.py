"""Every subject and recipient at once: each matrix cell against ``decide`` for every
combination, on the bundled example and on generated policies."""

from __future__ import annotations

import pytest

from app.domain import matrix as c
from app.domain.decisions import DecisionEngine, Request
from app.domain.enums import ConsentState
from app.domain.matrix_spread import SpreadAsker
from app.domain.models import Policy
from app.paths import EXAMPLES
from app.storage.loader import load_bytes
from app.storage.resources import default_weights, region_catalogue
from tests.domain.test_matrix import matrix_policy


def example() -> Policy:
    path = EXAMPLES / "northwind-outfitters.policy.yaml"
    return load_bytes(path.read_bytes(), str(path)).policy


def generated(seed: int) -> Policy:
    from bench import generate as bench

    sizes = dict(bench.SIZES)
    try:
        bench.SIZES.update({"categories": 240, "purposes": 20, "subjects": 6,
                            "recipients": 8, "rules": 400, "retention": 10})
        text = bench.generate(seed)
    finally:
        bench.SIZES.clear()
        bench.SIZES.update(sizes)
    return load_bytes(text.encode(), "generated.policy.yaml").policy


def assert_cells_agree(policy: Policy, filters: c.Filters, scores: bool = False) -> dict[str, int]:
    """Every cell's state, rules and band against ``decide`` over every combination asked."""
    regions = region_catalogue()
    engine = DecisionEngine(policy, regions)
    cells = c.Evaluator(policy, default_weights(), filters, regions)
    subjects, recipients = cells.subjects_asked(), cells.recipients_asked()
    consent = ConsentState.GRANTED if filters.consent == c.ANY else ConsentState(filters.consent)
    seen: dict[str, int] = {}
    for category in policy.categories:
        for purpose in policy.purposes:
            cell = cells.pair(category.id, purpose.id)
            seen[cell.state] = seen.get(cell.state, 0) + 1
            assert cell.spread is not None
            answers = {}
            for s in subjects:
                for r in recipients:
                    request = Request(category.id, purpose.id, s, r, filters.region, consent)
                    answers[s, r] = engine.decide(request)
                    assert cell.spread.decision_for(s, r) == answers[s, r], request
            allowed = [key for key, answer in answers.items() if answer.allowed]
            if len(allowed) == len(answers):
                assert cell.state in c.ALLOWING
            elif allowed:
                assert cell.state == c.SOME
                assert {s for s, _ in allowed} == {
                    s for s, rs in cell.spread.allowed_recipients().items() if rs}
            else:
                reasons = {answer.reason for answer in answers.values()}
                assert (cell.state == c.NOT_ALLOWED) == (len(reasons) > 1)
                assert len(reasons) > 1 or cell.state == reasons.pop()
            assert set(cell.rules) == {rule for a in answers.values() for rule in a.rules}
            if scores and allowed:
                top = max(cells.scorer.score(category.id, purpose.id, s, r,
                                             answers[s, r].obligations).value
                          for s, r in allowed)
                assert cell.score is not None and cell.score.value == top
    return seen


def test_the_example_at_once_agrees_with_decide_for_every_subject_and_recipient() -> None:
    seen = assert_cells_agree(example(), c.Filters(), scores=True)
    assert seen.get(c.SOME) and seen.get(c.NO_RULE) and seen.get(c.NOT_ALLOWED)


@pytest.mark.parametrize("filters", [
    c.Filters(consent="unknown"),
    c.Filters(subject=None, region="DE", consent="denied"),
    c.Filters(recipient=None, consent="granted"),
    c.Filters(subject="customer", recipient="email_service"),
], ids=["consent-unknown", "no-subject-in-DE", "not-shared", "one-subject-one-recipient"])
def test_the_example_agrees_with_decide_under_other_filters(filters: c.Filters) -> None:
    assert_cells_agree(example(), filters)


@pytest.mark.parametrize("seed", [1, 2026])
def test_generated_policies_agree_with_decide(seed: int) -> None:
    seen = assert_cells_agree(generated(seed), c.Filters(), scores=True)
    assert seen.get(c.SOME) and seen.get(c.NO_RULE)
    assert_cells_agree(generated(seed), c.Filters(consent="unknown", region="US-CA"))


def test_the_small_policy_states_and_who_is_allowed() -> None:
    cells = c.Evaluator(matrix_policy(), default_weights())
    assert cells.subjects_asked() == ("customer", "child")
    assert cells.recipients_asked() == (None, "adnet")
    customers_only = cells.pair("location.precise", "support")
    assert customers_only.state == c.SOME
    assert customers_only.spread.allowed_recipients() == {"customer": (None, "adnet"),
                                                          "child": ()}
    assert cells.pair("contact.email", "support").state == c.ALLOWED  # a format 1 open rule
    assert cells.pair("location.precise", "marketing").state == c.DENIED
    child = cells.pair("contact.email", "analytics")
    assert child.state == c.UNLESS_OPTED_OUT and child.scored == ("child", "adnet")
    assert child.band is not None


def test_asking_nothing_is_refused() -> None:
    engine = DecisionEngine(matrix_policy())
    with pytest.raises(ValueError):
        SpreadAsker(engine, (), (None,), None, ConsentState.GRANTED)


def expected_words(answers: dict[tuple[object, object], bool], subjects: tuple[object, ...],
                   recipients: tuple[object, ...], internal: set[str]) -> str:
    """What a partly allowed cell should say, worked out from ``decide``'s answers alone."""
    allowed_subjects = {s for (s, _r), ok in answers.items() if ok}
    outside = {r for (_s, r), ok in answers.items()
               if ok and r is not None and r not in internal}
    if len(allowed_subjects) < len(subjects):
        return f"{len(allowed_subjects)} of {len(subjects)} subjects"
    if not outside:
        return "in-house"
    asked = [r for r in recipients if r is not None and r not in internal]
    return "shared" if len(asked) == 1 else f"shared with {len(outside)}"


@pytest.mark.parametrize("filters", [c.Filters(), c.Filters(subject="customer"),
                                     c.Filters(consent="unknown", region="DE")],
                         ids=["every", "one-subject", "consent-unknown-DE"])
def test_partly_allowed_cells_say_in_house_shared_or_k_of_n_as_decide_answers(
        filters: c.Filters) -> None:
    from app.domain.matrix_reach import IN_HOUSE, SHARED, SOME_SUBJECTS, reach

    policy = example()
    internal = {r.id for r in policy.recipients if r.kind == "internal"}
    assert internal
    regions = region_catalogue()
    engine = DecisionEngine(policy, regions)
    cells = c.Evaluator(policy, default_weights(), filters, regions)
    subjects, recipients = cells.subjects_asked(), cells.recipients_asked()
    consent = ConsentState.GRANTED if filters.consent == c.ANY else ConsentState(filters.consent)
    kinds: set[str] = set()
    for category in policy.categories:
        for purpose in policy.purposes:
            cell = cells.pair(category.id, purpose.id)
            answers = {(s, r): engine.decide(Request(category.id, purpose.id, s, r,
                                                     filters.region, consent)).allowed
                       for s in subjects for r in recipients}
            found = reach(cell.spread, frozenset(internal))
            assert (found is None) == (not any(answers.values()))
            if cell.state == c.SOME:
                assert found is not None
                assert found.words() == expected_words(answers, subjects, recipients, internal)
                kinds.add(found.kind)
    if filters == c.Filters():
        assert kinds == {IN_HOUSE, SHARED, SOME_SUBJECTS}
