"""Expectations (TST): the policy's own questions, asked of the decision engine.

A failing expectation is an error at its line: the policy no longer answers a question the way
its owners wrote down (``policy-studio test`` asks the exported engines as well).
"""

from __future__ import annotations

from collections.abc import Iterator

from app.domain.enums import DecisionReason, Effect
from app.domain.expectations import decision_for, label, mismatches
from app.domain.i18n import QT_TRANSLATE_NOOP, translate
from app.domain.sections import RETENTION, RULES, TESTS
from app.domain.typography import semicolons
from app.validation.catalogue import DECISIONS, check
from app.validation.context import Context
from app.validation.finding import Hit, Severity


@check("TST001", Severity.ERROR,
       QT_TRANSLATE_NOOP("checks/expectations", "Failing expectation"),
       reads=(*DECISIONS, RETENTION, TESTS),
       why=QT_TRANSLATE_NOOP(
           "checks/expectations",
           "The policy's owners wrote down the decision this question must get; the policy now "
           "answers it differently, so a change has altered a decision people rely on."),
       fix=QT_TRANSLATE_NOOP(
           "checks/expectations",
           "If the change is intended, update the expectation (or save a new one from the "
           "decision tester); otherwise correct the rules."))
def failing_expectation(ctx: Context) -> Iterator[Hit]:
    """Hits of TST001, "Failing expectation"."""
    for index, expectation in enumerate(ctx.policy.tests):
        decision = decision_for(ctx.engine, expectation)
        if decision is None:
            continue
        problems = mismatches(expectation, decision.to_dict())
        if problems:
            yield Hit((TESTS, index), translate(
                "checks/expectations", "expectation {expectation} fails: {problems}").format(
                expectation=label(expectation), problems=semicolons(problems)),
                      translate("checks/expectations",
                                "Open the decision tester on this request to see why."))


@check("TST002", Severity.ERROR,
       QT_TRANSLATE_NOOP("checks/expectations", "Incomplete expectation"),
       reads=(*DECISIONS, RETENTION, TESTS),
       why=QT_TRANSLATE_NOOP(
           "checks/expectations",
           "An expectation asks about a category for a purpose; without both it asks nothing and "
           "protects nothing."),
       fix=QT_TRANSLATE_NOOP(
           "checks/expectations",
           "Choose the category and the purpose the question is about."))
def incomplete_expectation(ctx: Context) -> Iterator[Hit]:
    """Hits of TST002, "Incomplete expectation"."""
    for index, expectation in enumerate(ctx.policy.tests):
        if not expectation.category:
            yield Hit((TESTS, index, "category"), translate(
                "checks/expectations", "expectation '{expectation}' has no category").format(
                expectation=expectation.id))
        if not expectation.purpose:
            yield Hit((TESTS, index, "purpose"), translate(
                "checks/expectations", "expectation '{expectation}' has no purpose").format(
                expectation=expectation.id))


@check("TST003", Severity.ERROR,
       QT_TRANSLATE_NOOP("checks/expectations", "Expectation that contradicts itself"),
       reads=(*DECISIONS, RETENTION, TESTS),
       why=QT_TRANSLATE_NOOP(
           "checks/expectations",
           "An allow always has the reason 'allowed' and a deny never has it, so an expectation "
           "that pairs them can never hold, whatever the rules say."),
       fix=QT_TRANSLATE_NOOP(
           "checks/expectations",
           "Change the expected decision, or the reason (leave the reason empty when any reason "
           "will do)."))
def contradictory_expectation(ctx: Context) -> Iterator[Hit]:
    """Hits of TST003, "Expectation that contradicts itself"."""
    for index, expectation in enumerate(ctx.policy.tests):
        reason = expectation.reason
        if reason is None:
            continue
        allowed = reason is DecisionReason.ALLOWED
        if allowed != (expectation.expect is Effect.ALLOW):
            text = translate("checks/expectations", "expectation '{expectation}' expects "
                             "{effect} with the reason {reason}, which only an allow can "
                             "have") if allowed else translate(
                "checks/expectations", "expectation '{expectation}' expects {effect} with the "
                "reason {reason}, which only a deny can have")
            yield Hit((TESTS, index, "reason"), text.format(
                expectation=expectation.id, effect=expectation.expect, reason=reason))


@check("TST004", Severity.ERROR,
       QT_TRANSLATE_NOOP("checks/expectations", "Expectation naming an unknown rule"),
       reads=(f"{RULES}.id", f"{RETENTION}.id", TESTS),
       why=QT_TRANSLATE_NOOP(
           "checks/expectations",
           "An expectation that names a use rule or retention rule the policy does not have can "
           "never hold; usually the rule was renamed outside the editor or mistyped."),
       fix=QT_TRANSLATE_NOOP(
           "checks/expectations",
           "Pick a declared rule, or leave the field empty when any rule will do."))
def unknown_expected_rules(ctx: Context) -> Iterator[Hit]:
    """Hits of TST004, "Expectation naming an unknown rule"."""
    rules = {rule.id for rule in ctx.policy.rules}
    kept = {rule.id for rule in ctx.policy.retention}
    for index, expectation in enumerate(ctx.policy.tests):
        for position, rule in enumerate(expectation.rules):
            if rule not in rules:
                yield Hit((TESTS, index, "rules", position), translate(
                    "checks/expectations", "expectation '{expectation}' expects the unknown use "
                    "rule '{rule}'").format(expectation=expectation.id, rule=rule))
        if expectation.retention is not None and expectation.retention not in kept:
            yield Hit((TESTS, index, "retention"), translate(
                "checks/expectations", "expectation '{expectation}' expects the unknown "
                "retention rule '{rule}'").format(expectation=expectation.id,
                                                  rule=expectation.retention))
