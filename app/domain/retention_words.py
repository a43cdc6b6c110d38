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
import re

from app.domain.enums import PeriodStart, Trigger, label
from app.domain.i18n import QT_TRANSLATE_NOOP, translate
from app.domain.models import RetentionRule

EVENT_NOUN: dict[str, str] = {
    Trigger.COLLECTION: QT_TRANSLATE_NOOP("retention words", "collection"),
    Trigger.LAST_ACTIVITY: QT_TRANSLATE_NOOP("retention words", "the last activity"),
    Trigger.ACCOUNT_CLOSURE: QT_TRANSLATE_NOOP("retention words", "account closure"),
    Trigger.CONTRACT_END: QT_TRANSLATE_NOOP("retention words", "the end of the contract"),
    Trigger.CONSENT_WITHDRAWAL: QT_TRANSLATE_NOOP("retention words", "consent withdrawal"),
    Trigger.PURPOSE_FULFILLED: QT_TRANSLATE_NOOP("retention words", "fulfilment of the purpose"),
    Trigger.DELETION_REQUEST: QT_TRANSLATE_NOOP("retention words", "deletion by the person"),
}
"""``counted from ...`` / ``2 years after ...`` (translate where shown)."""
EVENT_CLAUSE: dict[str, str] = {
    Trigger.COLLECTION: QT_TRANSLATE_NOOP("retention words", "the data was collected"),
    Trigger.LAST_ACTIVITY: QT_TRANSLATE_NOOP("retention words", "the last activity took place"),
    Trigger.ACCOUNT_CLOSURE: QT_TRANSLATE_NOOP("retention words", "the account was closed"),
    Trigger.CONTRACT_END: QT_TRANSLATE_NOOP("retention words", "the contract ended"),
    Trigger.CONSENT_WITHDRAWAL: QT_TRANSLATE_NOOP("retention words", "consent was withdrawn"),
    Trigger.PURPOSE_FULFILLED: QT_TRANSLATE_NOOP("retention words", "the purpose was fulfilled"),
    Trigger.DELETION_REQUEST: QT_TRANSLATE_NOOP(
        "retention words", "the person deleted the data or asked for its erasure"
    ),
}
"""``the end of the calendar year in which ...`` (translate where shown)."""
DONE: dict[str, str] = {
    "delete": QT_TRANSLATE_NOOP("retention words", "deleted"),
    "anonymise": QT_TRANSLATE_NOOP("retention words", "anonymised"),
    "pseudonymise": QT_TRANSLATE_NOOP("retention words", "pseudonymised"),
    "archive": QT_TRANSLATE_NOOP("retention words", "archived"),
    "review": QT_TRANSLATE_NOOP("retention words", "reviewed"),
}
"""Past participles of the dispositions (translate where shown)."""
UNNAMED_EVENT = QT_TRANSLATE_NOOP("retention words", "a custom event (not named)")
_MONTHS = (
    QT_TRANSLATE_NOOP("retention words", "January"),
    QT_TRANSLATE_NOOP("retention words", "February"),
    QT_TRANSLATE_NOOP("retention words", "March"),
    QT_TRANSLATE_NOOP("retention words", "April"),
    QT_TRANSLATE_NOOP("retention words", "May"),
    QT_TRANSLATE_NOOP("retention words", "June"),
    QT_TRANSLATE_NOOP("retention words", "July"),
    QT_TRANSLATE_NOOP("retention words", "August"),
    QT_TRANSLATE_NOOP("retention words", "September"),
    QT_TRANSLATE_NOOP("retention words", "October"),
    QT_TRANSLATE_NOOP("retention words", "November"),
    QT_TRANSLATE_NOOP("retention words", "December"),
)


def _tr(text: str) -> str:
    return translate("retention words", text)


def event_noun(rule: RetentionRule) -> str:
    """The trigger event as a noun: ``account closure``, or the custom event's name."""
    if rule.trigger == Trigger.CUSTOM:
        return rule.custom_event.strip() or _tr(UNNAMED_EVENT)
    words = EVENT_NOUN.get(rule.trigger)
    return _tr(words) if words else label(rule.trigger)


def event_clause(rule: RetentionRule) -> str:
    """The trigger event as a clause: ``the contract ended``."""
    if rule.trigger == Trigger.CUSTOM:
        return rule.custom_event.strip() or translate(
            "retention words", "a custom event (not named) happened"
        )
    words = EVENT_CLAUSE.get(rule.trigger)
    return _tr(words) if words else label(rule.trigger)


def year_start_words(month_day: str | None) -> str:
    """``1 April`` for ``04-01``; ``start not given`` when missing."""
    if not month_day:
        return translate("retention words", "start not given")
    month, day = (int(part) for part in month_day.split("-"))
    dt.date(2000, month, day)  # refuses a month or day no calendar has
    return translate("retention words", "{day} {month}").format(
        day=day, month=_tr(_MONTHS[month - 1])
    )


def start_words(rule: RetentionRule, *, starting: bool = False) -> str:
    """Where the period starts, e.g. ``the end of the contract``.

    Or ``the end of the financial year (1 April) in which the contract ended``; with
    ``starting``, ``(starting 1 April)`` when the year's start is given.
    """
    if rule.period_start == PeriodStart.END_OF_CALENDAR_YEAR:
        return translate("retention words", "the end of the calendar year in which {event}").format(
            event=event_clause(rule)
        )
    if rule.period_start == PeriodStart.END_OF_FINANCIAL_YEAR:
        start = year_start_words(rule.financial_year_start)
        if starting and rule.financial_year_start:
            return translate(
                "retention words",
                "the end of the financial year (starting {start}) in which {event}",
            ).format(start=start, event=event_clause(rule))
        return translate(
            "retention words", "the end of the financial year ({start}) in which {event}"
        ).format(start=start, event=event_clause(rule))
    return event_noun(rule)


_LEADS = re.compile(r"(?:for|until|till|while|as long as|so long as|during|up to|throughout) ",
                    re.IGNORECASE)
"""Criteria that begin like this read on after "kept" ("kept for the life of the account"): a
pattern that reads the (English) criteria the user wrote."""


def criteria_words(text: str) -> str:
    """Criteria as they read after "kept".

    ``For the life of the account.`` reads ``for the life of the account``; ``Life of
    building`` becomes ``by the criterion “Life of building”``.
    """
    cleaned = text.strip().rstrip(".").strip()
    if _reads_on(cleaned):
        return cleaned[:1].lower() + cleaned[1:]
    return translate("retention words", "by the criterion “{criteria}”").format(criteria=cleaned)


def _reads_on(criteria: str) -> bool:
    """Whether the (stripped) ``criteria`` read on after "kept"."""
    return _LEADS.match(criteria) is not None


def _fixed_words(rule: RetentionRule, start: str) -> str:
    """The fixed part: ``at least 6 years and at most 7 years after ...``, ``indefinitely``."""
    maximum, minimum = rule.duration, rule.minimum
    if maximum is not None and maximum.is_indefinite:
        if minimum is not None:
            return translate(
                "retention words", "at least {minimum} after {start}, then indefinitely"
            ).format(minimum=minimum.words(), start=start)
        return translate("retention words", "indefinitely")
    if maximum is not None and minimum is not None:
        if minimum.days == maximum.days:
            return translate("retention words", "exactly {duration} after {start}").format(
                duration=maximum.words(), start=start
            )
        return translate(
            "retention words", "at least {minimum} and at most {maximum} after {start}"
        ).format(minimum=minimum.words(), maximum=maximum.words(), start=start)
    if maximum is not None:
        return translate("retention words", "{duration} after {start}").format(
            duration=maximum.words(), start=start
        )
    if minimum is not None:
        return translate(
            "retention words", "at least {minimum} after {start} (no end given)"
        ).format(minimum=minimum.words(), start=start)
    return translate("retention words", "no period given (counted from {start})").format(
        start=start
    )


def period_words(rule: RetentionRule) -> str:
    """How long the data is kept, in words (see the module docstring).

    Criteria without a maximum are the period itself (``for the life of the account, counted
    from account closure``); beside a maximum they say what the time before the trigger is,
    first when they read on after "kept" (``for the life of your account and 30 days after
    account closure``), else after it (``30 days after account closure (by the criterion
    “Life of building”)``).
    """
    start = start_words(rule, starting=True)
    if not rule.criteria.strip():
        return _fixed_words(rule, start)
    criteria = criteria_words(rule.criteria)
    if rule.duration is None:
        if rule.minimum is not None:
            return translate(
                "retention words", "{criteria}, counted from {start}, at least {minimum}"
            ).format(criteria=criteria, start=start, minimum=rule.minimum.words())
        return translate("retention words", "{criteria}, counted from {start}").format(
            criteria=criteria, start=start
        )
    fixed = _fixed_words(rule, start)
    if not _reads_on(rule.criteria.strip().rstrip(".").strip()) or rule.duration.is_indefinite:
        return translate("retention words", "{period} ({criteria})").format(
            period=fixed, criteria=criteria
        )
    return translate("retention words", "{criteria} and {period}").format(
        criteria=criteria, period=fixed
    )


def period_codes(rule: RetentionRule) -> str:
    """The ISO 8601 side of the period: ``P6Y``, ``P6Y to P10Y`` (minimum to maximum)."""
    maximum = str(rule.duration) if rule.duration is not None else ""
    if rule.minimum is not None:
        return translate("retention words", "{minimum} to {maximum}").format(
            minimum=rule.minimum, maximum=maximum or "?"
        )
    return maximum or (
        translate("retention words", "criteria")
        if rule.criteria.strip()
        else translate("retention words", "none")
    )


def dispositions(rule: RetentionRule) -> list[str]:
    """The disposition and the other acceptable ones, without repeats, as values."""
    return list(dict.fromkeys([str(rule.disposition), *(str(d) for d in rule.dispositions)]))


def disposition_words(rule: RetentionRule) -> str:
    """``delete or anonymise`` (labels)."""
    return translate("retention words", " or ").join(label(d) for d in dispositions(rule))


def done_words(rule: RetentionRule) -> str:
    """``deleted or anonymised``."""
    return translate("retention words", " or ").join(
        _tr(DONE[d]) if d in DONE else d for d in dispositions(rule)
    )


def retention_sentence(rule: RetentionRule) -> str:
    """``kept 6 years after ..., then deleted or anonymised`` (plus the legal hold)."""
    if rule.duration is None or not rule.duration.is_indefinite:
        text = translate("retention words", "kept {period}, then {done}").format(
            period=period_words(rule), done=done_words(rule)
        )
    else:
        text = translate("retention words", "kept {period}").format(period=period_words(rule))
    if rule.legal_hold:
        reason = rule.legal_hold_reason.strip().rstrip(".")  # the sentence goes on after it
        text = (
            translate("retention words", "{sentence}; under legal hold ({reason})").format(
                sentence=text, reason=reason
            )
            if reason
            else translate("retention words", "{sentence}; under legal hold").format(sentence=text)
        )
    return text


def brief_words(rule: RetentionRule) -> str:
    """A short label: ``6 years to 7 years from year end after the employee left``."""
    maximum, minimum, criteria = rule.duration, rule.minimum, rule.criteria.strip()
    if maximum is not None and maximum.is_indefinite:
        return translate("retention words", "indefinite")
    if criteria:
        length = f"“{criteria}”"
        if minimum is not None:
            length = translate("retention words", "{criteria}, ≥ {minimum}").format(
                criteria=length, minimum=minimum.words()
            )
    elif maximum is not None and minimum is not None and minimum.words() != maximum.words():
        length = translate("retention words", "{minimum} to {maximum}").format(
            minimum=minimum.words(), maximum=maximum.words()
        )
    elif maximum is not None:
        length = maximum.words()
    elif minimum is not None:
        length = f"≥ {minimum.words()}"
    else:
        length = translate("retention words", "no period")
    if rule.period_start == PeriodStart.END_OF_CALENDAR_YEAR:
        return translate("retention words", "{length} from year end after {event}").format(
            length=length, event=event_noun(rule)
        )
    if rule.period_start == PeriodStart.END_OF_FINANCIAL_YEAR:
        return translate(
            "retention words", "{length} from financial year end ({start}) after {event}"
        ).format(
            length=length, start=year_start_words(rule.financial_year_start), event=event_noun(rule)
        )
    return translate("retention words", "{length} from {event}").format(
        length=length, event=event_noun(rule)
    )
