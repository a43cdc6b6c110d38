"""Retention terms as schedules state them (format 2 fields).

A period or criteria, minimum and maximum, named events, financial years, legal holds.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from app.domain.enums import PeriodStart, Trigger
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


@check("RET009", Severity.ERROR, "Retention rule without a period or criteria",
       reads=(RETENTION,),
       why="The rule says neither how long the data is kept (a maximum period, or "
           "'indefinite') nor by which criteria, so nobody can tell when the data goes "
           "(GDPR Art. 13(2)(a): the period, or the criteria used to determine it).",
       fix="Give the period (Kept for, e.g. P6Y) or the criteria (e.g. 'for the life of the "
           "account').")
def no_period_nor_criteria(ctx: Context) -> Iterator[Hit]:
    """Hits of RET009, "Retention rule without a period or criteria"."""
    return _rules_where(
        ctx, "duration", lambda r: r.duration is None and not r.criteria.strip(),
        lambda r: f"retention rule {r.id} gives neither a period nor criteria")


@check("RET010", Severity.ERROR, "Minimum retention longer than the maximum",
       reads=(RETENTION,),
       why="The data must be kept at least longer than it may be kept at most: no date "
           "satisfies both.",
       fix="Correct the minimum (Kept at least) or the maximum (Kept for).")
def minimum_above_maximum(ctx: Context) -> Iterator[Hit]:
    """Hits of RET010, "Minimum retention longer than the maximum"."""
    return _rules_where(
        ctx, "minimum", lambda r: r.minimum is not None and r.duration is not None
        and r.minimum.days > r.duration.days,
        lambda r: f"retention rule {r.id} keeps data at least {r.minimum.words()} but at most "
                  f"{r.duration.words()}")


@check("RET011", Severity.ERROR, "Custom retention trigger without an event",
       reads=(RETENTION,),
       why="The period is counted from an event of the organisation's own, but the event is "
           "not named, so nobody knows when the period starts.",
       fix="Name the event (Custom event, e.g. 'asset disposed of'), or pick one of the "
           "listed triggers.")
def custom_trigger_without_event(ctx: Context) -> Iterator[Hit]:
    """Hits of RET011, "Custom retention trigger without an event"."""
    return _rules_where(
        ctx, "custom_event", lambda r: r.trigger == Trigger.CUSTOM and not r.custom_event.strip(),
        lambda r: f"retention rule {r.id} counts from a custom event it does not name")


@check("RET012", Severity.WARNING, "Financial year without its start",
       reads=(RETENTION,),
       why="The period starts at the end of the financial year, but the rule does not say "
           "when that year starts (1 April for UK councils, 6 April for UK income tax, "
           "1 January in many countries). Nothing is assumed.",
       fix="Fill in Financial year starts (MM-DD, e.g. 04-01).")
def financial_year_without_start(ctx: Context) -> Iterator[Hit]:
    """Hits of RET012, "Financial year without its start"."""
    return _rules_where(
        ctx, "financial_year_start", lambda r: r.period_start == PeriodStart.END_OF_FINANCIAL_YEAR
        and not r.financial_year_start,
        lambda r: f"retention rule {r.id} counts from the end of a financial year without "
                  "saying when that year starts")


@check("RET013", Severity.WARNING, "Legal hold without a reason",
       reads=(RETENTION,),
       why="A legal hold keeps data even against an erasure request (GDPR Art. 17(3)); "
           "without its reason (the statute or the litigation) nobody can tell when it ends.",
       fix="Fill in Legal hold reason.")
def legal_hold_without_reason(ctx: Context) -> Iterator[Hit]:
    """Hits of RET013, "Legal hold without a reason"."""
    return _rules_where(
        ctx, "legal_hold_reason", lambda r: r.legal_hold and not r.legal_hold_reason.strip(),
        lambda r: f"retention rule {r.id} is under legal hold with no reason given")


@check("RET014", Severity.INFO, "Retention by criteria only",
       reads=(RETENTION,),
       why="The rule gives criteria ('for the life of the account') and no maximum period. "
           "That is lawful (GDPR Art. 13(2)(a)), but data kept by criteria is easily kept "
           "too long.",
       fix="Review it from time to time (set the policy's next review date), or add a "
           "maximum period as a backstop.")
def criteria_only(ctx: Context) -> Iterator[Hit]:
    """Hits of RET014, "Retention by criteria only"."""
    return _rules_where(
        ctx, "criteria", lambda r: r.duration is None and bool(r.criteria.strip()),
        lambda r: f"retention rule {r.id} keeps data {r.criteria.strip()[:80]!r} with no maximum "
                  "period; plan a review date")
