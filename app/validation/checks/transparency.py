"""Transparency: say what is collected, why, and about whom, in words people can read."""

from __future__ import annotations

from collections.abc import Iterator

from app.domain.i18n import QT_TRANSLATE_NOOP, translate
from app.domain.models import Item
from app.domain.sections import CATEGORIES, PURPOSES, RECIPIENTS, RULES, SUBJECTS
from app.domain.sections import section as section_info
from app.validation.catalogue import check
from app.validation.checks._common import named
from app.validation.context import Context
from app.validation.finding import Hit, Severity


def _blank(ctx: Context, section: str, field: str) -> Iterator[tuple[int, Item]]:
    """(position, item) of the items of ``section`` whose ``field`` is empty."""
    for index, item in enumerate(getattr(ctx.policy, section)):
        if not getattr(item, field).strip():
            yield index, item


def _undescribed(ctx: Context, section: str) -> Iterator[Hit]:
    for index, item in _blank(ctx, section, "description"):
        yield Hit((section, index, "description"), translate(
            "checks/transparency", "{kind} {item} has no description").format(
            kind=section_info(section).singular, item=item.id))


@check("TRN001", Severity.WARNING,
       QT_TRANSLATE_NOOP("checks/transparency", "Data category without a description"),
       why=QT_TRANSLATE_NOOP(
           "checks/transparency",
           "People have the right to know what data is collected about them (GDPR Art. 13 and "
           "14). The description is what the published policy shows for this category."),
       fix=QT_TRANSLATE_NOOP(
           "checks/transparency",
           "Describe in plain words what the category holds, e.g. 'the email address you sign up "
           "with'."))
def category_without_description(ctx: Context) -> Iterator[Hit]:
    """Hits of TRN001, "Data category without a description"."""
    return _undescribed(ctx, CATEGORIES)


@check("TRN002", Severity.WARNING,
       QT_TRANSLATE_NOOP("checks/transparency", "Purpose without a description"),
       why=QT_TRANSLATE_NOOP(
           "checks/transparency",
           "People must be told why their data is used. The description is what the published "
           "policy shows for this purpose."),
       fix=QT_TRANSLATE_NOOP(
           "checks/transparency",
           "Describe in plain words what the data is used for and what people get from it."))
def purpose_without_description(ctx: Context) -> Iterator[Hit]:
    """Hits of TRN002, "Purpose without a description"."""
    return _undescribed(ctx, PURPOSES)


@check("TRN003", Severity.INFO,
       QT_TRANSLATE_NOOP("checks/transparency", "Item without a name"),
       why=QT_TRANSLATE_NOOP(
           "checks/transparency",
           "Without a name, the published policy and the record of processing can only show the "
           "technical id."),
       fix=QT_TRANSLATE_NOOP("checks/transparency", "Give the item a short readable name."))
def item_without_name(ctx: Context) -> Iterator[Hit]:
    """Hits of TRN003, "Item without a name"."""
    for section in (CATEGORIES, PURPOSES, SUBJECTS, RECIPIENTS):
        for index, item in _blank(ctx, section, "name"):
            yield Hit((section, index, "name"), translate(
                "checks/transparency", "{kind} {item} has no name").format(
                kind=section_info(section).singular, item=item.id))


@check("TRN004", Severity.INFO,
       QT_TRANSLATE_NOOP("checks/transparency", "Rule without a description"),
       reads=(f"{RULES}.id", f"{RULES}.description"),
       why=QT_TRANSLATE_NOOP(
           "checks/transparency",
           "A short note on why a rule exists helps reviewers and the next editor; the published "
           "policy uses it to explain the use in words."),
       fix=QT_TRANSLATE_NOOP(
           "checks/transparency",
           "Say in one sentence what the rule allows or forbids, and why."))
def rule_without_description(ctx: Context) -> Iterator[Hit]:
    """Hits of TRN004, "Rule without a description"."""
    return _undescribed(ctx, RULES)


@check("TRN005", Severity.WARNING,
       QT_TRANSLATE_NOOP("checks/transparency", "Purpose that offers no rights"),
       why=QT_TRANSLATE_NOOP(
           "checks/transparency",
           "People can access, correct, erase or object to the use of their data; the policy "
           "should say which of these rights apply to each purpose."),
       fix=QT_TRANSLATE_NOOP(
           "checks/transparency",
           "List the rights the purpose offers (access, erasure, objection...)."))
def purpose_without_rights(ctx: Context) -> Iterator[Hit]:
    """Hits of TRN005, "Purpose that offers no rights"."""
    for index, purpose in enumerate(ctx.policy.purposes):
        if not purpose.rights:
            yield Hit((PURPOSES, index, "rights"), translate(
                "checks/transparency", "purpose {purpose} offers no data-subject "
                "rights").format(purpose=named(ctx, PURPOSES, purpose.id)))


@check("TRN006", Severity.INFO,
       QT_TRANSLATE_NOOP("checks/transparency", "Recipient without a description"),
       why=QT_TRANSLATE_NOOP(
           "checks/transparency",
           "People have the right to know who receives their data (GDPR Art. 13(1)(e)); a "
           "description says who the recipient is and what it does with the data."),
       fix=QT_TRANSLATE_NOOP(
           "checks/transparency",
           "Describe who the recipient is and what it does, e.g. 'our email delivery provider'."))
def recipient_without_description(ctx: Context) -> Iterator[Hit]:
    """Hits of TRN006, "Recipient without a description"."""
    return _undescribed(ctx, RECIPIENTS)
