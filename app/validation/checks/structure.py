"""Structure and references: ids that clash, and references to nothing."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

from app.domain import ids
from app.domain.canonical import digest
from app.domain.document import reference_values
from app.domain.i18n import QT_TRANSLATE_NOOP, translate
from app.domain.models import Item
from app.domain.region_codes import ANY_RECIPIENT
from app.domain.sections import (
    CATEGORIES,
    PURPOSES,
    RECIPIENTS,
    RETENTION,
    RULES,
    SECTION_KEYS,
    SECTIONS,
    SUBJECTS,
    referring_fields,
)
from app.domain.sections import section as section_info
from app.validation.catalogue import check
from app.validation.checks._common import in_sentence
from app.validation.context import Context
from app.validation.finding import Hit, Severity

_IDS = tuple(f"{key}.id" for key in SECTION_KEYS)


def _references_to(target: str) -> tuple[str, ...]:
    """What a check of the references to ``target`` reads.

    The ids of ``target``, the fields referring to it and the ids of the items holding them.
    """
    found = {f"{target}.id"}
    for section, field in section_info(target).references:
        found |= {f"{section}.id", f"{section}.{field.partition('.')[0]}"}
    return tuple(sorted(found))


@check("STR001", Severity.ERROR,
       QT_TRANSLATE_NOOP("checks/structure", "Duplicate id"),
       reads=_IDS,
       why=QT_TRANSLATE_NOOP(
           "checks/structure",
           "Ids must be unique within their section: rules, exports and decisions refer to items "
           "by id, so two items with one id make the policy ambiguous."),
       fix=QT_TRANSLATE_NOOP(
           "checks/structure",
           "Rename one of the items (references follow the rename in the editor), or merge them "
           "into one."))
def duplicate_ids(ctx: Context) -> Iterator[Hit]:
    """Hits of STR001, "Duplicate id"."""
    for section in SECTION_KEYS:
        seen: dict[str, int] = {}
        for index, item in enumerate(getattr(ctx.policy, section)):
            if item.id in seen:
                yield Hit((section, index, "id"), translate(
                    "checks/structure", "two {items} have the id '{id}' (the first is {item} "
                    "{position} in the list)").format(
                    items=in_sentence(section_info(section).title), id=item.id,
                    item=section_info(section).singular, position=seen[item.id] + 1))
            else:
                seen[item.id] = index


def _kind(section: str) -> str:
    """``Use rule``: what an item of ``section`` is called, to open a sentence."""
    return section_info(section).singular.capitalize()


def _unknown_references(ctx: Context, target: str) -> Iterator[Hit]:
    declared: dict[str, object] = getattr(ctx, target)  # the context names them like sections
    word = section_info(target).singular
    # '*' (any recipient) names no recipient; in a format 1 file FMT002 reports it.
    known = declared.keys() | {ANY_RECIPIENT} if target == RECIPIENTS else declared.keys()
    for section, field in section_info(target).references:
        items = getattr(ctx.policy, section)
        if {value for item in items for value in reference_values(item, field)} <= known:
            continue  # quick answer for the usual case: every reference is known
        for index, item in enumerate(items):
            single = isinstance(getattr(item, field), str | None)
            for position, value in enumerate(reference_values(item, field)):
                if value not in known:
                    nearest = _suggest(value, declared)
                    where = (section, index, field) if single else (section, index, field,
                                                                      position)
                    yield Hit(where, translate(
                        "checks/structure", "{kind} {item} refers to the unknown {word} "
                        "'{value}'").format(kind=_kind(section), item=item.id, word=word,
                                            value=value),
                              translate("checks/structure", "did you mean '{nearest}'?").format(
                                  nearest=nearest) if nearest else
                              translate("checks/structure", "declare '{value}' under "
                                        "{section}").format(value=value, section=target))


def _suggest(value: str, declared: dict[str, object]) -> str | None:
    import difflib

    close = difflib.get_close_matches(value, list(declared), n=1, cutoff=0.75)
    return close[0] if close else None


@check("STR002", Severity.ERROR,
       QT_TRANSLATE_NOOP("checks/structure", "Unknown data category"),
       reads=_references_to(CATEGORIES),
       why=QT_TRANSLATE_NOOP(
           "checks/structure",
           "A rule or retention rule names a data category the policy does not declare, so "
           "nobody can tell what data it is about; usually a typo."),
       fix=QT_TRANSLATE_NOOP(
           "checks/structure",
           "Pick a declared category, or declare the missing one."))
def unknown_categories(ctx: Context) -> Iterator[Hit]:
    """Hits of STR002, "Unknown data category"."""
    return _unknown_references(ctx, CATEGORIES)


@check("STR003", Severity.ERROR,
       QT_TRANSLATE_NOOP("checks/structure", "Unknown purpose"),
       reads=_references_to(PURPOSES),
       why=QT_TRANSLATE_NOOP(
           "checks/structure",
           "A rule names a purpose the policy does not declare: it has no legal basis or consent "
           "mechanism, so decisions about it cannot be justified."),
       fix=QT_TRANSLATE_NOOP(
           "checks/structure",
           "Pick a declared purpose, or declare the missing one with its legal basis."))
def unknown_purposes(ctx: Context) -> Iterator[Hit]:
    """Hits of STR003, "Unknown purpose"."""
    return _unknown_references(ctx, PURPOSES)


@check("STR004", Severity.ERROR,
       QT_TRANSLATE_NOOP("checks/structure", "Unknown data subject"),
       reads=_references_to(SUBJECTS),
       why=QT_TRANSLATE_NOOP(
           "checks/structure",
           "A rule is limited to a group of people the policy does not declare."),
       fix=QT_TRANSLATE_NOOP(
           "checks/structure",
           "Pick a declared data subject, or declare the missing one."))
def unknown_subjects(ctx: Context) -> Iterator[Hit]:
    """Hits of STR004, "Unknown data subject"."""
    return _unknown_references(ctx, SUBJECTS)


@check("STR005", Severity.ERROR,
       QT_TRANSLATE_NOOP("checks/structure", "Unknown recipient"),
       reads=_references_to(RECIPIENTS),
       why=QT_TRANSLATE_NOOP(
           "checks/structure",
           "A rule shares data with a recipient the policy does not declare, so its country and "
           "transfer safeguards are unknown."),
       fix=QT_TRANSLATE_NOOP(
           "checks/structure",
           "Pick a declared recipient, or declare the missing one with its country."))
def unknown_recipients(ctx: Context) -> Iterator[Hit]:
    """Hits of STR005, "Unknown recipient"."""
    return _unknown_references(ctx, RECIPIENTS)


@check("STR006", Severity.ERROR,
       QT_TRANSLATE_NOOP("checks/structure", "Rule without categories or purposes"),
       reads=(f"{RULES}.id", f"{RULES}.categories", f"{RULES}.purposes"),
       why=QT_TRANSLATE_NOOP(
           "checks/structure",
           "A use rule with no categories or no purposes covers nothing and never takes effect."),
       fix=QT_TRANSLATE_NOOP(
           "checks/structure",
           "Add the data categories and purposes the rule is about, or delete the rule."))
def empty_rules(ctx: Context) -> Iterator[Hit]:
    """Hits of STR006, "Rule without categories or purposes"."""
    for index, rule in enumerate(ctx.policy.rules):
        if not rule.categories:
            yield Hit((RULES, index), translate(
                "checks/structure", "rule {rule} lists no categories").format(rule=rule.id))
        if not rule.purposes:
            yield Hit((RULES, index), translate(
                "checks/structure", "rule {rule} lists no purposes").format(rule=rule.id))


@check("STR007", Severity.ERROR,
       QT_TRANSLATE_NOOP("checks/structure", "Retention rule without categories"),
       reads=(f"{RETENTION}.id", f"{RETENTION}.categories"),
       why=QT_TRANSLATE_NOOP(
           "checks/structure",
           "A retention rule that names no data category says how long nothing is kept."),
       fix=QT_TRANSLATE_NOOP(
           "checks/structure",
           "Add the data categories the retention period applies to, or delete the rule."))
def empty_retention(ctx: Context) -> Iterator[Hit]:
    """Hits of STR007, "Retention rule without categories"."""
    for index, rule in enumerate(ctx.policy.retention):
        if not rule.categories:
            yield Hit((RETENTION, index), translate(
                "checks/structure", "retention rule {rule} lists no categories").format(
                rule=rule.id))


_ID_LISTS = {(owner, field) for s in SECTIONS if s.hierarchical for owner, field in s.references}
_REFERENCE_LISTS = {s.key: fields for s in SECTIONS
                    if (fields := tuple(f for f in referring_fields(s.key)
                                        if (s.key, f) in _ID_LISTS))}
"""Lists of dotted ids by section (region lists are REG005's: regions nest by containment)."""


def _distinct(values: list[str]) -> bool:
    """True when no id repeats or descends from another.

    In sorted order an id is directly followed by its repeats and descendants (``.`` sorts
    before every other character an id may hold), so comparing neighbours is enough.
    """
    if len(values) == 2:
        a, b = values
        return a != b and not b.startswith(a + ".") and not a.startswith(b + ".")
    ordered = sorted(values)
    return all(b != a and not b.startswith(a + ".") for a, b in pairwise(ordered))


@check("STR008", Severity.INFO,
       QT_TRANSLATE_NOOP("checks/structure", "Redundant reference"),
       reads=(*(f"{key}.id" for key in _REFERENCE_LISTS),
              *(f"{key}.{field}" for key, fields in _REFERENCE_LISTS.items() for field in fields)),
       why=QT_TRANSLATE_NOOP(
           "checks/structure",
           "A list names the same id twice, or names both an item and one of its ancestors; the "
           "ancestor already covers its descendants."),
       fix=QT_TRANSLATE_NOOP("checks/structure", "Remove the repeated or already covered id."))
def redundant_references(ctx: Context) -> Iterator[Hit]:
    """Hits of STR008, "Redundant reference"."""
    mine, before = ctx.memo("STR008")  # each item's findings come from that item alone
    for section, fields in _REFERENCE_LISTS.items():
        for index, item in enumerate(getattr(ctx.policy, section)):
            entry = mine.get(id(item)) or before.get(id(item))
            if entry is None or entry[0] is not item:
                entry = (item, list(_redundant(section, item, fields)))
            mine[id(item)] = entry
            for field, position, message in entry[1]:
                yield Hit((section, index, field, position), message)


def _redundant(section: str, item: Item, fields: tuple[str, ...]
               ) -> Iterator[tuple[str, int, str]]:
    """(field, position, message) of each redundant reference of ``item``."""
    for field in fields:
        values = getattr(item, field)
        if not isinstance(values, list) or len(values) < 2 or _distinct(values):
            continue
        for position, value in enumerate(values):
            if value in values[:position]:
                yield field, position, translate(
                    "checks/structure", "{kind} {item} lists '{value}' twice").format(
                    kind=_kind(section), item=item.id, value=value)
                continue
            cover = next((o for o in values if o != value and ids.covers(o, value)), None)
            if cover:
                yield field, position, translate(
                    "checks/structure", "{kind} {item} lists '{value}', already covered by "
                    "'{cover}'").format(kind=_kind(section), item=item.id, value=value,
                                        cover=cover)


@check("STR009", Severity.WARNING,
       QT_TRANSLATE_NOOP("checks/structure", "Digest does not match content"),
       why=QT_TRANSLATE_NOOP(
           "checks/structure",
           "A canonical JSON file states the digest of its content; a different digest means the "
           "file was changed after it was exported, so it may not be what was approved."),
       fix=QT_TRANSLATE_NOOP(
           "checks/structure",
           "Export the canonical JSON again from the approved policy, or review the change."))
def digest_mismatch(ctx: Context) -> Iterator[Hit]:
    """Hits of STR009, "Digest does not match content"."""
    if ctx.declared_digest is None:
        return
    actual = digest(ctx.policy)
    if ctx.declared_digest != actual:
        yield Hit((), translate("checks/structure", "the file says its digest is {declared}, "
                                "but its content has {actual}").format(
            declared=ctx.declared_digest, actual=actual))
