"""Retention: every allowed use needs a period, and periods must be clear and justified."""

from __future__ import annotations

from collections.abc import Iterator

from app.domain.duration import longer_than_calendar
from app.domain.enums import Disposition
from app.domain.i18n import QT_TRANSLATE_NOOP, translate
from app.domain.ids import lineage
from app.domain.models import RetentionRule
from app.domain.retention import retention_terms
from app.domain.retention_words import retention_sentence
from app.domain.sections import CATEGORIES, PURPOSES, RETENTION
from app.domain.typography import labelled
from app.validation.catalogue import DECISIONS, check, facts
from app.validation.checks._common import category_path, named, named_list
from app.validation.checks._scopes import scopes
from app.validation.context import Context
from app.validation.finding import Hit, Severity

_ANY_PURPOSE = ""
"""A purpose id no retention rule names: what applies "whatever the purpose"."""


# -- RET001 ------------------------------------------------------------------------------------
def allowed_purposes_of(ctx: Context, category: str) -> list[str]:
    """Purposes ``category`` has an allowed use for (as ``decide`` allows), in rule order."""
    return list(ctx.allowed.row(category))


@check("RET001", Severity.WARNING,
       QT_TRANSLATE_NOOP("checks/retention", "Allowed data without a retention period"),
       reads=(*DECISIONS, RETENTION),
       why=QT_TRANSLATE_NOOP(
           "checks/retention",
           "Data may be kept no longer than its purpose needs (storage limitation, GDPR Art. "
           "5(1)(e)). For this use no retention rule says how long the data is kept or what "
           "happens to it afterwards."),
       fix=QT_TRANSLATE_NOOP(
           "checks/retention",
           "Add a retention rule for the category (for any purpose, or for the purposes listed), "
           "with a duration, a trigger and a disposition."))
def missing_retention(ctx: Context) -> Iterator[Hit]:
    """Hits of RET001, "Allowed data without a retention period"."""
    everywhere = {c for r in ctx.policy.retention if not r.purposes for c in r.categories}
    lookup = ctx.engine.retention.lookup
    for category in ctx.categories:
        if category not in ctx.allowed_categories:
            continue
        if any(name in everywhere for name in lineage(category)):
            continue
        missing = [p for p in allowed_purposes_of(ctx, category) if lookup(category, p) is None]
        if missing:
            text = translate("checks/retention", "category {category} has no retention period "
                             "when used for purpose {purposes}") if len(missing) == 1 else \
                translate("checks/retention", "category {category} has no retention period "
                          "when used for purposes {purposes}")
            yield Hit(category_path(ctx, category), text.format(
                category=named(ctx, CATEGORIES, category),
                purposes=named_list(ctx, PURPOSES, missing)),
                      translate("checks/retention", "add a retention rule for {category}").format(
                          category=category))


# -- RET002 / RET007 ---------------------------------------------------------------------------
def _justified(rule: RetentionRule) -> bool:
    """True for an indefinite period under legal hold, or archived with a citation."""
    return rule.legal_hold or (rule.disposition == Disposition.ARCHIVE
                               and bool(rule.citation.strip()))


def _indefinite(ctx: Context, justified: bool) -> Iterator[Hit]:
    for index, rule in enumerate(ctx.policy.retention):
        if rule.duration is not None and rule.duration.is_indefinite and \
                _justified(rule) == justified:
            if rule.legal_hold:
                text = translate("checks/retention", "retention rule {rule} keeps {categories} "
                                 "indefinitely (under legal hold)")
            elif justified:
                text = translate("checks/retention", "retention rule {rule} keeps {categories} "
                                 "indefinitely (archived, with a citation)")
            else:
                text = translate("checks/retention", "retention rule {rule} keeps {categories} "
                                 "indefinitely")
            yield Hit((RETENTION, index, "duration"), text.format(
                rule=rule.id, categories=named_list(ctx, CATEGORIES, rule.categories)))


@check("RET002", Severity.WARNING,
       QT_TRANSLATE_NOOP("checks/retention", "Data kept indefinitely"),
       reads=(*DECISIONS, RETENTION),
       why=QT_TRANSLATE_NOOP(
           "checks/retention",
           "Keeping personal data without an end date goes against storage limitation (GDPR Art. "
           "5(1)(e)); regulators expect a period or at least criteria to set one."),
       fix=QT_TRANSLATE_NOOP(
           "checks/retention",
           "Give a duration (e.g. P2Y), or, if the law requires keeping the data, set the legal "
           "hold or archive it with the citation of that law."))
def indefinite_retention(ctx: Context) -> Iterator[Hit]:
    """Hits of RET002, "Data kept indefinitely"."""
    return _indefinite(ctx, justified=False)


@check("RET007", Severity.INFO,
       QT_TRANSLATE_NOOP("checks/retention", "Data kept indefinitely, with a reason"),
       reads=(*DECISIONS, RETENTION),
       why=QT_TRANSLATE_NOOP(
           "checks/retention",
           "The data is kept without an end date, but under legal hold or archived with a cited "
           "reason. That can be lawful; it should still be reviewed from time to time."),
       fix=QT_TRANSLATE_NOOP(
           "checks/retention",
           "Check that the hold or the cited law still applies; set a duration once it ends."))
def justified_indefinite_retention(ctx: Context) -> Iterator[Hit]:
    """Hits of RET007, "Data kept indefinitely, with a reason"."""
    return _indefinite(ctx, justified=True)


# -- RET003 ------------------------------------------------------------------------------------
def _describe(rule: RetentionRule) -> str:
    return labelled(rule.id, retention_sentence(rule))


def _named(ctx: Context) -> dict[str, list[int]]:
    """Retention rules (positions) by the category ids they name."""
    named: dict[str, list[int]] = {}
    for index, rule in enumerate(ctx.policy.retention):
        for category in dict.fromkeys(rule.categories):
            named.setdefault(category, []).append(index)
    return named


def _situations(ctx: Context, named: dict[str, list[int]]) -> Iterator[tuple[str, str]]:
    """(category, purpose) pairs where two retention rules naming the same id may tie.

    Categories whose lineage names the same retention ids, and purposes whose lineage names
    the same purposes of those rules, rank the rules alike; one of each is enough.
    """
    shared = {name for name, rules in named.items() if len(rules) > 1}
    seen: set[tuple[str, ...]] = set()
    for category in ctx.categories if shared else ():
        key = tuple(name for name in lineage(category) if name in named)
        if key in seen or not shared.intersection(key):
            continue
        seen.add(key)
        listed = {p for name in key for i in named[name]
                  for p in ctx.policy.retention[i].purposes}
        tried: set[tuple[str, ...]] = set()
        for purpose in [_ANY_PURPOSE, *sorted(listed), *ctx.purpose_tree.covered_by_any(listed)]:
            signature = tuple(p for p in lineage(purpose) if p in listed) if purpose else ()
            if signature not in tried:
                tried.add(signature)
                yield category, purpose


@check("RET003", Severity.WARNING,
       QT_TRANSLATE_NOOP("checks/retention", "Ambiguous retention periods"),
       reads=(*facts(CATEGORIES, PURPOSES), RETENTION),  # not the use rules
       why=QT_TRANSLATE_NOOP(
           "checks/retention",
           "Two retention rules apply equally well to the same data and purpose but say "
           "different things. The shortest period wins (a fixed period before criteria, criteria "
           "before indefinite), so the other rule never applies there, which is rarely what its "
           "author meant."),
       fix=QT_TRANSLATE_NOOP(
           "checks/retention",
           "Make one rule more specific (a narrower category or a purpose), give both the same "
           "terms, or delete one of them."))
def ambiguous_retention(ctx: Context) -> Iterator[Hit]:
    """Hits of RET003, "Ambiguous retention periods"."""
    rules = ctx.policy.retention
    declared = _named(ctx)
    reported: set[tuple[int, int]] = set()
    for category, purpose in _situations(ctx, declared):
        ranked = ctx.engine.retention.candidates(category, purpose)
        if len(ranked) < 2:
            continue
        top = ranked[0][0][:2]
        winner = rules[ranked[0][1]]
        for order, other in ranked[1:]:
            if order[:2] != top:
                break
            pair = (ranked[0][1], other)
            if pair in reported or retention_terms(rules[other]) == retention_terms(winner):
                continue
            reported.add(pair)
            text = translate("checks/retention", "retention rules {winner} and {other} apply "
                             "equally to category {category} for purpose {purpose}: {terms}; "
                             "{other_terms}. Only {winner} takes effect there") if purpose else \
                translate("checks/retention", "retention rules {winner} and {other} apply "
                          "equally to category {category}: {terms}; {other_terms}. Only "
                          "{winner} takes effect there")
            yield Hit((RETENTION, other), text.format(
                winner=winner.id, other=rules[other].id,
                category=named(ctx, CATEGORIES, category),
                purpose=named(ctx, PURPOSES, purpose) if purpose else "",
                terms=_describe(winner), other_terms=_describe(rules[other])),
                      translate("checks/retention", "make one of the rules more specific or give "
                                "them the same terms"))


# -- RET004 ------------------------------------------------------------------------------------
@check("RET004", Severity.WARNING,
       QT_TRANSLATE_NOOP("checks/retention", "Retention period without a reason"),
       reads=(*DECISIONS, RETENTION),
       why=QT_TRANSLATE_NOOP(
           "checks/retention",
           "A retention period should be justified: by a law (e.g. a tax code's ten-year rule), "
           "a contract, or a stated business need. Without one, reviewers cannot tell whether "
           "the period is too long."),
       fix=QT_TRANSLATE_NOOP(
           "checks/retention",
           "Fill in the citation: the law, contract clause or reason behind the period."))
def retention_without_citation(ctx: Context) -> Iterator[Hit]:
    """Hits of RET004, "Retention period without a reason"."""
    for index, rule in enumerate(ctx.policy.retention):
        if not rule.citation.strip():
            yield Hit((RETENTION, index, "citation"), translate(
                "checks/retention", "retention rule {rule} gives no reason for its "
                "period").format(rule=rule.id))


# -- RET005 / RET006 ---------------------------------------------------------------------------
def _allowed_mask(ctx: Context, field: str, value: str) -> int:
    """Allow rules naming ``value``, an ancestor or a descendant of it in ``field``."""
    return scopes(ctx).related(field, value) & ctx.allow_mask


@check("RET005", Severity.INFO,
       QT_TRANSLATE_NOOP("checks/retention", "Retention for data no rule allows"),
       reads=(*DECISIONS, RETENTION),
       why=QT_TRANSLATE_NOOP(
           "checks/retention",
           "The retention rule is about a category that no allow rule uses, so it governs "
           "nothing. It may be left over, or an allow rule may be missing."),
       fix=QT_TRANSLATE_NOOP(
           "checks/retention",
           "Delete the category from the retention rule, or add the allow rule it was written "
           "for."))
def retention_for_unused(ctx: Context) -> Iterator[Hit]:
    """Hits of RET005, "Retention for data no rule allows"."""
    allowed, tree = ctx.allowed_categories, ctx.category_tree
    for index, rule in enumerate(ctx.policy.retention):
        for position, category in enumerate(rule.categories):
            if any(c in allowed for c in tree.covered(category)):
                continue  # quick answer for declared categories
            if not _allowed_mask(ctx, "categories", category):
                yield Hit((RETENTION, index, "categories", position), translate(
                    "checks/retention", "retention rule {rule} is about category {category}, "
                    "which no allow rule uses").format(
                    rule=rule.id, category=named(ctx, CATEGORIES, category)))


@check("RET006", Severity.WARNING,
       QT_TRANSLATE_NOOP("checks/retention", "Retention for a purpose the data is not used for"),
       reads=(*DECISIONS, RETENTION),
       why=QT_TRANSLATE_NOOP(
           "checks/retention",
           "The retention rule is limited to a purpose, but no allow rule allows its categories "
           "for that purpose, so that part of the rule never applies. Usually the purpose is "
           "misspelt or the wrong one."),
       fix=QT_TRANSLATE_NOOP(
           "checks/retention",
           "Name the purpose the data is really used for, or remove the purpose so the rule "
           "applies whatever the purpose."))
def retention_for_unused_purpose(ctx: Context) -> Iterator[Hit]:
    """Hits of RET006, "Retention for a purpose the data is not used for"."""
    for index, rule in enumerate(ctx.policy.retention):
        if not rule.purposes:
            continue
        used = 0
        for category in rule.categories:
            used |= _allowed_mask(ctx, "categories", category)
        if not used:
            continue  # RET005 already says the categories are unused
        for position, purpose in enumerate(rule.purposes):
            if not used & _allowed_mask(ctx, "purposes", purpose):
                yield Hit((RETENTION, index, "purposes", position), translate(
                    "checks/retention", "retention rule {rule} is for purpose {purpose}, but no "
                    "allow rule allows {categories} for it").format(
                    rule=rule.id, purpose=named(ctx, PURPOSES, purpose),
                    categories=named_list(ctx, CATEGORIES, rule.categories)))


# -- RET008 ------------------------------------------------------------------------------------
@check("RET008", Severity.ERROR,
       QT_TRANSLATE_NOOP("checks/retention", "Retention period longer than any calendar"),
       reads=(*DECISIONS, RETENTION),
       why=QT_TRANSLATE_NOOP(
           "checks/retention",
           "The period runs past the year 9999, so no date can be given for the end of the "
           "retention: schedules, exports and people cannot say when the data goes."),
       fix=QT_TRANSLATE_NOOP(
           "checks/retention",
           "Give the real period (e.g. P10Y), or 'indefinite' with a legal hold or a cited "
           "reason if the data is kept without an end."))
def period_beyond_calendar(ctx: Context) -> Iterator[Hit]:
    """Hits of RET008, "Retention period longer than any calendar"."""
    for index, rule in enumerate(ctx.policy.retention):
        for name in ("duration", "minimum"):
            period = getattr(rule, name)
            if period is not None and longer_than_calendar(period):
                yield Hit((RETENTION, index, name), translate(
                    "checks/retention", "retention rule {rule} keeps data for {period}, longer "
                    "than any calendar date can count").format(rule=rule.id,
                                                               period=str(period)[:40]))
