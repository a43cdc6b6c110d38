"""The one wording of retention periods (every view, document and export uses it)."""

from __future__ import annotations

from app.domain.models import RetentionRule
from app.domain.retention_words import (
    brief_words,
    disposition_words,
    period_codes,
    period_words,
    retention_sentence,
)


def rule(**fields: object) -> RetentionRule:
    return RetentionRule(id="r", categories=["c"], **fields)


def test_schedule_periods_in_words() -> None:
    assert period_words(rule(duration="P6Y", trigger="contract_end",
                             period_start="end_of_financial_year",
                             financial_year_start="04-01")) == \
        "6 years after the end of the financial year (starting 1 April) in which the " \
        "contract ended"
    assert period_words(rule(criteria="for the life of the account",
                             trigger="account_closure")) == \
        "for the life of the account, counted from account closure"
    assert period_words(rule(criteria="Life of building")) == \
        "by the criterion “Life of building”, counted from collection"
    assert period_words(rule(duration="P7Y", minimum="P6Y", trigger="custom",
                             custom_event="the employee left",
                             period_start="end_of_calendar_year")) == \
        "at least 6 years and at most 7 years after the end of the calendar year in which " \
        "the employee left"
    assert period_words(rule(duration="P1Y", period_start="end_of_financial_year")) == \
        "1 year after the end of the financial year (start not given) in which the data was " \
        "collected"
    assert period_words(rule(duration="indefinite")) == "indefinitely"
    assert period_words(rule(trigger="custom")) == \
        "no period given (counted from a custom event (not named))"


def test_dispositions_holds_codes_and_briefs() -> None:
    kept = rule(duration="P1M", trigger="deletion_request", dispositions=["anonymise", "delete"],
                legal_hold=True, legal_hold_reason="litigation")
    assert disposition_words(kept) == "delete or anonymise"
    assert retention_sentence(kept) == ("kept 1 month after deletion by the person, then "
                                        "deleted or anonymised; under legal hold (litigation)")
    assert period_codes(rule(duration="P7Y", minimum="P6Y")) == "P6Y to P7Y"
    assert period_words(rule(duration="P6Y", minimum="P72M")) == "exactly 6 years after collection"
    assert period_codes(rule(criteria="while valid")) == "criteria"
    assert brief_words(rule(criteria="while valid", minimum="P1Y")) == \
        "“while valid”, ≥ 1 year from collection"
    assert retention_sentence(rule(duration="indefinite", disposition="archive")) == \
        "kept indefinitely"


def test_criteria_beside_a_maximum_say_what_comes_before_the_trigger() -> None:
    assert period_words(rule(criteria="For the life of your account.", duration="P30D",
                             trigger="account_closure")) == \
        "for the life of your account and 30 days after account closure"
    assert period_words(rule(criteria="Life of building", duration="P30D",
                             trigger="account_closure")) == \
        "30 days after account closure (by the criterion “Life of building”)"
    assert period_words(rule(criteria="Until you unsubscribe.", trigger="consent_withdrawal")) \
        == "until you unsubscribe, counted from consent withdrawal"


def test_a_period_whose_minimum_is_its_maximum_is_said_once() -> None:
    same = rule(duration="P8Y", minimum="P8Y", period_start="end_of_calendar_year")
    assert brief_words(same).startswith("8 years from year end")
    assert "to 8 years" not in brief_words(same)
    assert brief_words(rule(duration="P8Y", minimum="P6Y")).startswith("6 years to 8 years")
