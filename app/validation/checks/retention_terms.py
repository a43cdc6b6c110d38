"""Retention terms as schedules state them (format 2 fields).

A period or criteria, minimum and maximum, named events, financial years, legal holds.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from app.domain.enums import PeriodStart, Trigger
from app.domain.i18n import QT_TRANSLATE_NOOP, translate
from app.domain.models import RetentionRule
from app.domain.sections import RETENTION
from app.validation.catalogue import check
from app.validation.context import Context
from app.validation.finding import Hit, Severity


def _rules_where(ctx: Context, field: str, test: Callable[[RetentionRule], bool],
                 message: Callable[[RetentionRule], str]) -> Iterator[Hit]:
    """One hit at ``field`` of every retention rule passing ``test``."""
    for index, rule in enumerate(ctx.policy.retention):
        if test(rule):
            yield Hit((RETENTION, index, field), message(rule))


@check("RET009", Severity.ERROR,
       QT_TRANSLATE_NOOP("checks/retention_terms", "Retention rule without a period or criteria"),
       reads=(RETENTION,),
       why=QT_TRANSLATE_NOOP(
           "checks/retention_terms",
           "The rule says neither how long the data is kept (a maximum period, or 'indefinite') "
           "nor by which criteria, so nobody can tell when the data goes (GDPR Art. 13(2)(a): "
           "the period, or the criteria used to determine it)."),
       fix=QT_TRANSLATE_NOOP(
           "checks/retention_terms",
           "Give the period (Kept for, e.g. P6Y) or the criteria (e.g. 'for the life of the "
           "account')."))
def no_period_nor_criteria(ctx: Context) -> Iterator[Hit]:
    """Hits of RET009, "Retention rule without a period or criteria"."""
    return _rules_where(
        ctx, "duration", lambda r: r.duration is None and not r.criteria.strip(),
        lambda r: translate("checks/retention_terms", "retention rule {rule} gives neither a "
                            "period nor criteria").format(rule=r.id))


@check("RET010", Severity.ERROR,
       QT_TRANSLATE_NOOP("checks/retention_terms", "Minimum retention longer than the maximum"),
       reads=(RETENTION,),
       why=QT_TRANSLATE_NOOP(
           "checks/retention_terms",
           "The data must be kept at least longer than it may be kept at most: no date satisfies "
           "both."),
       fix=QT_TRANSLATE_NOOP(
           "checks/retention_terms",
           "Correct the minimum (Kept at least) or the maximum (Kept for)."))
def minimum_above_maximum(ctx: Context) -> Iterator[Hit]:
    """Hits of RET010, "Minimum retention longer than the maximum"."""
    return _rules_where(
        ctx, "minimum", lambda r: r.minimum is not None and r.duration is not None
        and r.minimum.days > r.duration.days,
        lambda r: translate("checks/retention_terms", "retention rule {rule} keeps data at "
                            "least {minimum} but at most {maximum}").format(
            rule=r.id, minimum=r.minimum.words(), maximum=r.duration.words()))


@check("RET011", Severity.ERROR,
       QT_TRANSLATE_NOOP("checks/retention_terms", "Custom retention trigger without an event"),
       reads=(RETENTION,),
       why=QT_TRANSLATE_NOOP(
           "checks/retention_terms",
           "The period is counted from an event of the organisation's own, but the event is not "
           "named, so nobody knows when the period starts."),
       fix=QT_TRANSLATE_NOOP(
           "checks/retention_terms",
           "Name the event (Custom event, e.g. 'asset disposed of'), or pick one of the listed "
           "triggers."))
def custom_trigger_without_event(ctx: Context) -> Iterator[Hit]:
    """Hits of RET011, "Custom retention trigger without an event"."""
    return _rules_where(
        ctx, "custom_event", lambda r: r.trigger == Trigger.CUSTOM and not r.custom_event.strip(),
        lambda r: translate("checks/retention_terms", "retention rule {rule} counts from a "
                            "custom event it does not name").format(rule=r.id))


@check("RET012", Severity.WARNING,
       QT_TRANSLATE_NOOP("checks/retention_terms", "Financial year without its start"),
       reads=(RETENTION,),
       why=QT_TRANSLATE_NOOP(
           "checks/retention_terms",
           "The period starts at the end of the financial year, but the rule does not say when "
           "that year starts (1 April for UK councils, 6 April for UK income tax, 1 January in "
           "many countries). Nothing is assumed."),
       fix=QT_TRANSLATE_NOOP(
           "checks/retention_terms",
           "Fill in Financial year starts (MM-DD, e.g. 04-01)."))
def financial_year_without_start(ctx: Context) -> Iterator[Hit]:
    """Hits of RET012, "Financial year without its start"."""
    return _rules_where(
        ctx, "financial_year_start", lambda r: r.period_start == PeriodStart.END_OF_FINANCIAL_YEAR
        and not r.financial_year_start,
        lambda r: translate("checks/retention_terms", "retention rule {rule} counts from the "
                            "end of a financial year without saying when that year "
                            "starts").format(rule=r.id))


@check("RET013", Severity.WARNING,
       QT_TRANSLATE_NOOP("checks/retention_terms", "Legal hold without a reason"),
       reads=(RETENTION,),
       why=QT_TRANSLATE_NOOP(
           "checks/retention_terms",
           "A legal hold keeps data even against an erasure request (GDPR Art. 17(3)); without "
           "its reason (the statute or the litigation) nobody can tell when it ends."),
       fix=QT_TRANSLATE_NOOP("checks/retention_terms", "Fill in Legal hold reason."))
def legal_hold_without_reason(ctx: Context) -> Iterator[Hit]:
    """Hits of RET013, "Legal hold without a reason"."""
    return _rules_where(
        ctx, "legal_hold_reason", lambda r: r.legal_hold and not r.legal_hold_reason.strip(),
        lambda r: translate("checks/retention_terms", "retention rule {rule} is under legal "
                            "hold with no reason given").format(rule=r.id))


@check("RET014", Severity.INFO,
       QT_TRANSLATE_NOOP("checks/retention_terms", "Retention by criteria only"),
       reads=(RETENTION,),
       why=QT_TRANSLATE_NOOP(
           "checks/retention_terms",
           "The rule gives criteria ('for the life of the account') and no maximum period. That "
           "is lawful (GDPR Art. 13(2)(a)), but data kept by criteria is easily kept too long."),
       fix=QT_TRANSLATE_NOOP(
           "checks/retention_terms",
           "Review it from time to time (set the policy's next review date), or add a maximum "
           "period as a backstop."))
def criteria_only(ctx: Context) -> Iterator[Hit]:
    """Hits of RET014, "Retention by criteria only"."""
    return _rules_where(
        ctx, "criteria", lambda r: r.duration is None and bool(r.criteria.strip()),
        lambda r: translate("checks/retention_terms", "retention rule {rule} keeps data "
                            "{criteria} with no maximum period; plan a review date").format(
            rule=r.id, criteria=repr(r.criteria.strip()[:80])))
