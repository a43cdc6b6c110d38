"""Expectations (TST): the policy's own questions, asked of the decision engine.

A failing expectation is an error at its line: the policy no longer answers a question the way
its owners wrote down (``policy-studio test`` asks the exported engines as well).
"""

from __future__ import annotations

from collections.abc import Iterator

from app.domain.enums import DecisionReason, Effect
from app.domain.expectations import decision_for, label, mismatches
from app.domain.sections import RETENTION, RULES, TESTS
from app.validation.catalogue import DECISIONS, check
from app.validation.context import Context
from app.validation.finding import Hit, Severity


@check("TST001", Severity.ERROR, "Failing expectation",
       reads=(*DECISIONS, RETENTION, TESTS),
       why="The policy's owners wrote down the decision this question must get; the policy "
           "now answers it differently, so a change has altered a decision people rely on.",
       fix="If the change is intended, update the expectation (or save a new one from the "
           "decision tester); otherwise correct the rules.")
def failing_expectation(ctx: Context) -> Iterator[Hit]:
    """Hits of TST001, "Failing expectation"."""
    for index, expectation in enumerate(ctx.policy.tests):
        decision = decision_for(ctx.engine, expectation)
        if decision is None:
            continue
        problems = mismatches(expectation, decision.to_dict())
        if problems:
            yield Hit((TESTS, index),
                      f"expectation {label(expectation)} fails: {'; '.join(problems)}",
                      "Open the decision tester on this request to see why.")


@check("TST002", Severity.ERROR, "Incomplete expectation",
       reads=(*DECISIONS, RETENTION, TESTS),
       why="An expectation asks about a category for a purpose; without both it asks nothing "
           "and protects nothing.",
       fix="Choose the category and the purpose the question is about.")
def incomplete_expectation(ctx: Context) -> Iterator[Hit]:
    """Hits of TST002, "Incomplete expectation"."""
    for index, expectation in enumerate(ctx.policy.tests):
        for field in ("category", "purpose"):
            if not getattr(expectation, field):
                yield Hit((TESTS, index, field),
                          f"expectation '{expectation.id}' has no {field}")


@check("TST003", Severity.ERROR, "Expectation that contradicts itself",
       reads=(*DECISIONS, RETENTION, TESTS),
       why="An allow always has the reason 'allowed' and a deny never has it, so an "
           "expectation that pairs them can never hold, whatever the rules say.",
       fix="Change the expected decision, or the reason (leave the reason empty when any "
           "reason will do).")
def contradictory_expectation(ctx: Context) -> Iterator[Hit]:
    """Hits of TST003, "Expectation that contradicts itself"."""
    for index, expectation in enumerate(ctx.policy.tests):
        reason = expectation.reason
        if reason is None:
            continue
        allowed = reason is DecisionReason.ALLOWED
        if allowed != (expectation.expect is Effect.ALLOW):
            yield Hit((TESTS, index, "reason"),
                      f"expectation '{expectation.id}' expects {expectation.expect} with the "
                      f"reason {reason}, which only a"
                      f"{'n allow' if allowed else ' deny'} can have")


@check("TST004", Severity.ERROR, "Expectation naming an unknown rule",
       reads=(f"{RULES}.id", f"{RETENTION}.id", TESTS),
       why="An expectation that names a use rule or retention rule the policy does not have "
           "can never hold; usually the rule was renamed outside the editor or mistyped.",
       fix="Pick a declared rule, or leave the field empty when any rule will do.")
def unknown_expected_rules(ctx: Context) -> Iterator[Hit]:
    """Hits of TST004, "Expectation naming an unknown rule"."""
    rules = {rule.id for rule in ctx.policy.rules}
    kept = {rule.id for rule in ctx.policy.retention}
    for index, expectation in enumerate(ctx.policy.tests):
        for position, rule in enumerate(expectation.rules):
            if rule not in rules:
                yield Hit((TESTS, index, "rules", position),
                          f"expectation '{expectation.id}' expects the unknown use rule "
                          f"'{rule}'")
        if expectation.retention is not None and expectation.retention not in kept:
            yield Hit((TESTS, index, "retention"),
                      f"expectation '{expectation.id}' expects the unknown retention rule "
                      f"'{expectation.retention}'")
