"""Expectations: the questions a policy must keep answering the same way.

An :class:`~app.domain.models.Expectation` is a request and the decision expected for it: allow
or deny, and optionally the reason, the exact rules and the retention rule. :func:`mismatches`
compares it with an answer in the JSON shape every engine gives (``Decision.to_dict()``), so
the in-app engine and the exported ones (OPA, Cedar) are judged by the same words.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from app.domain.decisions import (
    CONSENT_MISSING,
    DENIED_BY_RULE,
    NO_RULE,
    OPTED_OUT,
    Decision,
    DecisionEngine,
    Request,
    reason_words,
)
from app.domain.enums import label as enum_label
from app.domain.i18n import QT_TRANSLATE_NOOP, translate
from app.domain.models import Expectation


def expectation_request(expectation: Expectation) -> Request | None:
    """The request ``expectation`` asks, or None while it lacks a category or a purpose."""
    if not expectation.category or not expectation.purpose:
        return None
    return Request(expectation.category, expectation.purpose, expectation.subject,
                   expectation.recipient, expectation.region, expectation.consent,
                   expectation.gpc)


DENIALS = {
    DENIED_BY_RULE: QT_TRANSLATE_NOOP("expectations", "deny (denied_by_rule)"),
    CONSENT_MISSING: QT_TRANSLATE_NOOP("expectations", "deny (consent_missing)"),
    OPTED_OUT: QT_TRANSLATE_NOOP("expectations", "deny (opted_out)"),
    NO_RULE: QT_TRANSLATE_NOOP("expectations", "deny (no_rule)"),
}
"""A deny with its reason code, in English; a translation keeps the code and says the reason in
words (:func:`decision_text`)."""


def decision_text(decision: str, reason: str | None) -> str:
    """``allow`` / ``deny (no_rule)``: a decision and, for a deny, its reason code, translated."""
    if decision == "allow" or not reason:
        return enum_label(decision)
    known = DENIALS.get(reason)
    return translate("expectations", known) if known else translate(
        "expectations", "{decision} ({reason})").format(decision=enum_label(decision),
                                                        reason=reason)


def expected_text(expectation: Expectation) -> str:
    """``deny (consent_missing)``: what ``expectation`` wants, in short."""
    reason = str(expectation.reason) if expectation.reason else None
    return decision_text(str(expectation.expect), reason)


def answer_text(answer: Mapping[str, Any]) -> str:
    """``allow by marketing_ok`` / ``deny (no_rule)``: an engine's answer, in short."""
    rules = ", ".join(answer.get("rules") or ())
    decision = "allow" if answer.get("decision") == "allow" else "deny"
    text = decision_text(decision, answer.get("reason"))
    return translate("expectations", "{answer} by {rules}").format(answer=text, rules=rules) \
        if rules else text


def short_note(note: str, limit: int = 80) -> str:
    """``note`` on one line, cut to ``limit`` characters (with an ellipsis) for messages."""
    flat = " ".join(note.split())
    return flat if len(flat) <= limit else flat[:limit - 1].rstrip() + "\u2026"


def label(expectation: Expectation) -> str:
    """``'id' ("note")``: how messages name an expectation (the note cut short)."""
    note = short_note(expectation.note)
    return f"'{expectation.id}'" + (f' ("{note}")' if note else "")


def mismatches(expectation: Expectation, answer: Mapping[str, Any]) -> list[str]:
    """How ``answer`` (an engine's JSON decision) differs from ``expectation``; [] when it holds.

    Each difference is a short phrase: ``expected deny, got allow by marketing_ok``.
    """
    found: list[str] = []
    decision = answer.get("decision")
    if decision != str(expectation.expect):
        found.append(translate("expectations", "expected {expected}, got {answer}").format(
            expected=enum_label(str(expectation.expect)), answer=answer_text(answer)))
        return found
    reason = answer.get("reason")
    if expectation.reason is not None and reason != str(expectation.reason):
        found.append(translate("expectations", "expected the reason {reason} ({words}), got "
                                               "{answer}").format(
            reason=expectation.reason, words=reason_words(str(expectation.reason)),
            answer=reason or translate("expectations", "a deny that names no reason")))
    if expectation.rules and sorted(set(expectation.rules)) != sorted(answer.get("rules") or ()):
        got = ", ".join(answer.get("rules") or ()) or translate("expectations", "no rule")
        found.append(translate("expectations", "expected the rules {rules}, got {answer}").format(
            rules=", ".join(sorted(set(expectation.rules))), answer=got))
    if expectation.retention is not None:
        retention = answer.get("retention") or {}
        if retention.get("rule") != expectation.retention:
            got = retention.get("rule") or translate("expectations", "no retention")
            found.append(translate("expectations", "expected the retention rule {rule}, got "
                                                   "{answer}").format(
                rule=expectation.retention, answer=got))
    return found


@dataclass(frozen=True)
class Outcome:
    """One expectation asked of one engine."""

    expectation: Expectation
    answer: dict[str, Any] | None
    """The engine's JSON decision, or None when the expectation cannot be asked yet."""
    problems: tuple[str, ...]

    @property
    def passed(self) -> bool:
        """True when the answer is the one expected."""
        return self.answer is not None and not self.problems


def outcome(expectation: Expectation, answer: Mapping[str, Any] | None) -> Outcome:
    """Judge ``answer`` against ``expectation`` (None: the expectation is incomplete)."""
    if answer is None:
        return Outcome(expectation, None, (translate(
            "expectations", "the expectation needs a category and a purpose"),))
    return Outcome(expectation, dict(answer), tuple(mismatches(expectation, answer)))


def decision_for(engine: DecisionEngine, expectation: Expectation) -> Decision | None:
    """The in-app engine's decision on ``expectation``'s request (None while incomplete)."""
    request = expectation_request(expectation)
    return None if request is None else engine.decide(request)


def run_expectations(engine: DecisionEngine, expectations: list[Expectation]) -> list[Outcome]:
    """Every expectation asked of the in-app engine, in file order."""
    results = []
    for expectation in expectations:
        decision = decision_for(engine, expectation)
        results.append(outcome(expectation, None if decision is None else decision.to_dict()))
    return results
