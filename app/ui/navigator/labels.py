"""The words the navigator shows for each node: names first, ids in the tooltip.

Use rules and retention rules have no name of their own; they are labelled by what they say
(the description, or the names of what they cover and the period in words).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from app.domain.document import PolicyDocument
from app.domain.i18n import translate
from app.domain.models import Policy
from app.domain.retention_words import brief_words
from app.domain.sections import (
    CATEGORIES,
    METADATA,
    PURPOSES,
    RETENTION,
    RULES,
    SECTION_KEYS,
    TESTS,
)
from app.domain.typography import labelled

LABEL_LENGTH = 70
"""Characters of a sentence-like label (a question, a rule's description) the tree shows."""
NAMES_SHOWN = 2
"""Names listed before "+N more" in a composed label."""


def one_line(text: str, length: int = LABEL_LENGTH) -> str:
    """``text`` on one line, cut to ``length`` characters with an ellipsis."""
    flat = " ".join(text.split())
    return flat if len(flat) <= length else flat[:length - 1] + "…"


def question_label(note: str) -> str:
    """An expectation's question on one line, cut to :data:`LABEL_LENGTH` characters."""
    return one_line(note)


def names_of(policy: Policy, section: str, item_ids: Iterable[str]) -> str:
    """``Email address, Name +2 more``: declared names (ids of undeclared items)."""
    declared = {item.id: getattr(item, "name", "") for item in getattr(policy, section)}
    words = [declared.get(i) or i for i in item_ids]
    shown = ", ".join(words[:NAMES_SHOWN])
    if len(words) <= NAMES_SHOWN:
        return shown
    return translate("navigator", "{names} +{count} more").format(
        names=shown, count=len(words) - NAMES_SHOWN)


def rule_words(policy: Policy, rule: Any, length: int = LABEL_LENGTH) -> str:
    """What a use rule says: its description, or the names of what it covers."""
    words = rule.description.strip()
    if not words:
        words = translate("navigator", "{categories} for {purposes}").format(
            categories=names_of(policy, CATEGORIES, rule.categories)
            or translate("navigator", "any data"),
            purposes=names_of(policy, PURPOSES, rule.purposes)
            or translate("navigator", "any purpose"))
    return one_line(words, length)


def rule_label(policy: Policy, rule: Any) -> str:
    """``Allow: Email addresses may be used…`` or, without a description, what it covers."""
    template = translate("navigator", "Allow: {words}") if rule.effect == "allow" \
        else translate("navigator", "Deny: {words}")
    return template.format(words=rule_words(policy, rule))


def retention_label(policy: Policy, rule: Any) -> str:
    """``Email address: 2 years from consent withdrawal`` (the categories and the period)."""
    covered = names_of(policy, CATEGORIES, rule.categories) or translate("navigator", "All data")
    return labelled(covered, brief_words(rule))


def item_label(policy: Policy, section: str, item: Any, item_id: str) -> str:
    """The label of a declared item (``item`` None: an id the tree shows without an item)."""
    if section == METADATA:
        return translate("navigator", "Policy: {title}").format(
            title=policy.policy.title or policy.policy.id)
    if item is None:
        return item_id
    if section == RULES:
        return rule_label(policy, item)
    if section == RETENTION:
        return retention_label(policy, item)
    if section == TESTS and item.note.strip():
        return question_label(item.note)
    return getattr(item, "name", "") or item_id


def item_name(document: PolicyDocument, section: str, item_id: str) -> str | None:
    """What the navigator calls an item of ``document`` (None when there is no such item)."""
    if section not in SECTION_KEYS:
        return None
    item = document.find(section, item_id)
    return None if item is None else item_label(document.policy, section, item, item_id)


def item_tooltip(item: Any, item_id: str | None, failing: str = "") -> str:
    """The id first (so it can be copied or searched), then the description and problems."""
    if not item_id:
        return translate("navigator", "Policy metadata")
    description = getattr(item, "description", "") if item is not None else ""
    description = description or getattr(item, "note", "") or ""
    if failing:
        description = f"{description}\n{failing}".strip()
    return f"{item_id}\n{description}".strip()
