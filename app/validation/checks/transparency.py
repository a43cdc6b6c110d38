"""Transparency: say what is collected, why, and about whom, in words people can read."""

from __future__ import annotations

from collections.abc import Iterator

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
        yield Hit((section, index, "description"),
                  f"{section_info(section).singular} {item.id} has no description")


@check("TRN001", Severity.WARNING, "Data category without a description",
       why="People have the right to know what data is collected about them (GDPR Art. 13 "
           "and 14). The description is what the published policy shows for this category.",
       fix="Describe in plain words what the category holds, e.g. 'the email address you "
           "sign up with'.")
def category_without_description(ctx: Context) -> Iterator[Hit]:
    """Hits of TRN001, "Data category without a description"."""
    return _undescribed(ctx, CATEGORIES)


@check("TRN002", Severity.WARNING, "Purpose without a description",
       why="People must be told why their data is used. The description is what the "
           "published policy shows for this purpose.",
       fix="Describe in plain words what the data is used for and what people get from it.")
def purpose_without_description(ctx: Context) -> Iterator[Hit]:
    """Hits of TRN002, "Purpose without a description"."""
    return _undescribed(ctx, PURPOSES)


@check("TRN003", Severity.INFO, "Item without a name",
       why="Without a name, the published policy and the record of processing can only show "
           "the technical id.",
       fix="Give the item a short readable name.")
def item_without_name(ctx: Context) -> Iterator[Hit]:
    """Hits of TRN003, "Item without a name"."""
    for section in (CATEGORIES, PURPOSES, SUBJECTS, RECIPIENTS):
        for index, item in _blank(ctx, section, "name"):
            yield Hit((section, index, "name"),
                      f"{section_info(section).singular} {item.id} has no name")


@check("TRN004", Severity.INFO, "Rule without a description",
       reads=(f"{RULES}.id", f"{RULES}.description"),
       why="A short note on why a rule exists helps reviewers and the next editor; the "
           "published policy uses it to explain the use in words.",
       fix="Say in one sentence what the rule allows or forbids, and why.")
def rule_without_description(ctx: Context) -> Iterator[Hit]:
    """Hits of TRN004, "Rule without a description"."""
    return _undescribed(ctx, RULES)


@check("TRN005", Severity.WARNING, "Purpose that offers no rights",
       why="People can access, correct, erase or object to the use of their data; the policy "
           "should say which of these rights apply to each purpose.",
       fix="List the rights the purpose offers (access, erasure, objection...).")
def purpose_without_rights(ctx: Context) -> Iterator[Hit]:
    """Hits of TRN005, "Purpose that offers no rights"."""
    for index, purpose in enumerate(ctx.policy.purposes):
        if not purpose.rights:
            yield Hit((PURPOSES, index, "rights"),
                      f"purpose {named(ctx, PURPOSES, purpose.id)} offers no data-subject rights")


@check("TRN006", Severity.INFO, "Recipient without a description",
       why="People have the right to know who receives their data (GDPR Art. 13(1)(e)); a "
           "description says who the recipient is and what it does with the data.",
       fix="Describe who the recipient is and what it does, e.g. 'our email delivery "
           "provider'.")
def recipient_without_description(ctx: Context) -> Iterator[Hit]:
    """Hits of TRN006, "Recipient without a description"."""
    return _undescribed(ctx, RECIPIENTS)
