"""Retention periods in plain words, one wording for every view, document and export.

A period is told as a schedule would tell it, from the rule's fields:

- ``6 years after the end of the financial year (starting 1 April) in which the contract ended``
  (a maximum counted from the end of the year of the event);
- ``for the life of the account, counted from account closure`` (criteria, no invented period);
- ``at least 6 years and at most 10 years after collection`` (a minimum and a maximum);
- ``indefinitely``.

The disposition reads ``delete or anonymise`` when the rule allows other dispositions.
"""

from __future__ import annotations

import datetime as dt

from app.domain.enums import PeriodStart, Trigger, label
from app.domain.models import RetentionRule

EVENT_NOUN: dict[str, str] = {
    Trigger.COLLECTION: "collection",
    Trigger.LAST_ACTIVITY: "the last activity",
    Trigger.ACCOUNT_CLOSURE: "account closure",
    Trigger.CONTRACT_END: "the end of the contract",
    Trigger.CONSENT_WITHDRAWAL: "consent withdrawal",
    Trigger.PURPOSE_FULFILLED: "fulfilment of the purpose",
    Trigger.DELETION_REQUEST: "deletion by the person",
}
"""``counted from ...`` / ``2 years after ...``."""
EVENT_CLAUSE: dict[str, str] = {
    Trigger.COLLECTION: "the data was collected",
    Trigger.LAST_ACTIVITY: "the last activity took place",
    Trigger.ACCOUNT_CLOSURE: "the account was closed",
    Trigger.CONTRACT_END: "the contract ended",
    Trigger.CONSENT_WITHDRAWAL: "consent was withdrawn",
    Trigger.PURPOSE_FULFILLED: "the purpose was fulfilled",
    Trigger.DELETION_REQUEST: "the person deleted the data or asked for its erasure",
}
"""``the end of the calendar year in which ...``."""
DONE: dict[str, str] = {"delete": "deleted", "anonymise": "anonymised",
                        "pseudonymise": "pseudonymised", "archive": "archived",
                        "review": "reviewed"}
"""Past participles of the dispositions."""
UNNAMED_EVENT = "a custom event (not named)"


def event_noun(rule: RetentionRule) -> str:
    """The trigger event as a noun: ``account closure``, or the custom event's name."""
    if rule.trigger == Trigger.CUSTOM:
        return rule.custom_event.strip() or UNNAMED_EVENT
    return EVENT_NOUN.get(rule.trigger, label(rule.trigger))


def event_clause(rule: RetentionRule) -> str:
    """The trigger event as a clause: ``the contract ended``."""
    if rule.trigger == Trigger.CUSTOM:
        return rule.custom_event.strip() or f"{UNNAMED_EVENT} happened"
    return EVENT_CLAUSE.get(rule.trigger, label(rule.trigger))


def year_start_words(month_day: str | None) -> str:
    """``1 April`` for ``04-01``; ``start not given`` when missing."""
    if not month_day:
        return "start not given"
    month, day = (int(part) for part in month_day.split("-"))
    return f"{day} {dt.date(2000, month, 1):%B}"


def start_words(rule: RetentionRule) -> str:
    """Where the period starts, e.g. ``the end of the contract``.

    Or ``the end of the financial year (1 April) in which the contract ended``.
    """
    if rule.period_start == PeriodStart.END_OF_CALENDAR_YEAR:
        return f"the end of the calendar year in which {event_clause(rule)}"
    if rule.period_start == PeriodStart.END_OF_FINANCIAL_YEAR:
        return (f"the end of the financial year ({year_start_words(rule.financial_year_start)})"
                f" in which {event_clause(rule)}")
    return event_noun(rule)


def _starting(text: str) -> str:
    """``financial year (1 April)`` reads ``financial year (starting 1 April)``."""
    if "financial year (start not given)" in text:
        return text
    return text.replace("financial year (", "financial year (starting ", 1)


_LEADS = ("for ", "until ", "till ", "while ", "as long as ", "so long as ", "during ",
          "up to ", "throughout ")
"""Criteria that begin like this read on after "kept" ("kept for the life of the account")."""


def criteria_words(text: str) -> str:
    """Criteria as they read after "kept".

    ``For the life of the account.`` reads ``for the life of the account``; ``Life of
    building`` becomes ``by the criterion “Life of building”``.
    """
    cleaned = text.strip().rstrip(".").strip()
    if cleaned.casefold().startswith(_LEADS):
        return cleaned[:1].lower() + cleaned[1:]
    return f"by the criterion “{cleaned}”"


def _fixed_words(rule: RetentionRule, start: str) -> str:
    """The fixed part: ``at least 6 years and at most 7 years after ...``, ``indefinitely``."""
    maximum, minimum = rule.duration, rule.minimum
    if maximum is not None and maximum.is_indefinite:
        if minimum is not None:
            return f"at least {minimum.words()} after {start}, then indefinitely"
        return "indefinitely"
    if maximum is not None and minimum is not None:
        if minimum.days == maximum.days:
            return f"exactly {maximum.words()} after {start}"
        return f"at least {minimum.words()} and at most {maximum.words()} after {start}"
    if maximum is not None:
        return f"{maximum.words()} after {start}"
    if minimum is not None:
        return f"at least {minimum.words()} after {start} (no end given)"
    return f"no period given (counted from {start})"


def period_words(rule: RetentionRule) -> str:
    """How long the data is kept, in words (see the module docstring).

    Criteria without a maximum are the period itself (``for the life of the account, counted
    from account closure``); beside a maximum they say what the time before the trigger is,
    first when they read on after "kept" (``for the life of your account and 30 days after
    account closure``), else after it (``30 days after account closure (by the criterion
    “Life of building”)``).
    """
    start = _starting(start_words(rule))
    if not rule.criteria.strip():
        return _fixed_words(rule, start)
    criteria = criteria_words(rule.criteria)
    if rule.duration is None:
        text = f"{criteria}, counted from {start}"
        return text + (f", at least {rule.minimum.words()}" if rule.minimum is not None else "")
    fixed = _fixed_words(rule, start)
    if criteria.startswith("by the criterion") or rule.duration.is_indefinite:
        return f"{fixed} ({criteria})"
    return f"{criteria} and {fixed}"


def period_codes(rule: RetentionRule) -> str:
    """The ISO 8601 side of the period: ``P6Y``, ``P6Y to P10Y`` (minimum to maximum)."""
    maximum = str(rule.duration) if rule.duration is not None else ""
    if rule.minimum is not None:
        return f"{rule.minimum} to {maximum or '?'}"
    return maximum or ("criteria" if rule.criteria.strip() else "none")


def dispositions(rule: RetentionRule) -> list[str]:
    """The disposition and the other acceptable ones, without repeats, as values."""
    return list(dict.fromkeys([str(rule.disposition), *(str(d) for d in rule.dispositions)]))


def disposition_words(rule: RetentionRule) -> str:
    """``delete or anonymise`` (labels)."""
    return " or ".join(label(d) for d in dispositions(rule))


def done_words(rule: RetentionRule) -> str:
    """``deleted or anonymised``."""
    return " or ".join(DONE.get(d, d) for d in dispositions(rule))


def retention_sentence(rule: RetentionRule) -> str:
    """``kept 6 years after ..., then deleted or anonymised`` (plus the legal hold)."""
    text = f"kept {period_words(rule)}"
    if rule.duration is None or not rule.duration.is_indefinite:
        text += f", then {done_words(rule)}"
    if rule.legal_hold:
        reason = rule.legal_hold_reason.strip().rstrip(".")  # the sentence goes on after it
        text += f"; under legal hold ({reason})" if reason else "; under legal hold"
    return text


def brief_words(rule: RetentionRule) -> str:
    """A short label: ``6 years to 7 years from year end after the employee left``."""
    maximum, minimum, criteria = rule.duration, rule.minimum, rule.criteria.strip()
    if maximum is not None and maximum.is_indefinite:
        return "indefinite"
    if criteria:
        length = f"“{criteria}”"
        if minimum is not None:
            length += f", ≥ {minimum.words()}"
    elif maximum is not None and minimum is not None and minimum.words() != maximum.words():
        length = f"{minimum.words()} to {maximum.words()}"
    elif maximum is not None:
        length = maximum.words()
    elif minimum is not None:
        length = f"≥ {minimum.words()}"
    else:
        length = "no period"
    if rule.period_start == PeriodStart.END_OF_CALENDAR_YEAR:
        return f"{length} from year end after {event_noun(rule)}"
    if rule.period_start == PeriodStart.END_OF_FINANCIAL_YEAR:
        return (f"{length} from financial year end ({year_start_words(rule.financial_year_start)})"
                f" after {event_noun(rule)}")
    return f"{length} from {event_noun(rule)}"
