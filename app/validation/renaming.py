"""Findings carried across a rename: the checks need not run again when only ids changed.

Renaming an item (with its sub-items) changes no decision when the family tree stays the
same shape: the decision engine, the scores and the screening depend on which items exist,
how they nest (dotted ids, :func:`app.domain.ids.covers`) and what they say, never on the
letters of an id. A check's findings after such a rename are then its findings before, with
the old id written as the new one. :func:`find_rename` recognises an edit of that kind and
:meth:`Rename.finding` rewrites a finding; anything it cannot prove safe is not a rename here,
and every check runs as usual. Safe means:

- one section's items changed ids, the renamed ones exactly a family (an item and all its
  sub-items: ``old`` -> ``new`` as a prefix) that keeps its parent, and no other item already
  sits under the new id;
- every other change is that id written in a reference (each changed item, with the old ids
  written as the new, equals its new version);
- neither id appears anywhere else: in a name, another section's id, a dangling reference (the
  new policy's texts never mention the old id, the old policy's never the new), or the words
  of a message (the message catalogues); no renamed item's name spells its id (a finding then
  names it without the id), and neither id is a number (messages write counts);
  where a description mentions one, the checks that quote descriptions run again;
- no other id sorts between the two, so every list of ids a message gives keeps its order.

A check that reads the letters of ids (:attr:`app.validation.catalogue.Check.id_text`) runs
again anyway, and so does one with a message that starts with the old id (a plain word there is
capitalised) (:meth:`Rename.carries`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from app.domain import ids
from app.domain.models import Model, Policy
from app.domain.path_words import name_slug
from app.domain.sections import METADATA, SECTION_KEYS
from app.storage.translations import TRANSLATIONS
from app.validation.catalogue import Check
from app.validation.changes import ANY_FIELD, Changes
from app.validation.finding import Finding
from app.validation.mentions import ID_CHARACTERS, PolicyMentions, mention_pattern, mentions_in

_TOP = "\U0010ffff"


@dataclass(frozen=True)
class Rename:
    """A family of one section renamed from ``old`` to ``new`` (see the module's rules)."""

    section: str
    old: str
    new: str

    in_prose: bool = False
    """True when free text (a description) mentions one of the ids."""

    def carries(self, check: Check, before: list[Finding]) -> bool:
        """True when ``check``'s findings are ``before`` (its last), with the ids rewritten.

        A check quoting prose that mentions the ids runs again, unless none of its findings
        mentions the old id at all (then no quoted text can be mistaken for it). So does a
        check with a message that starts with the old id: a message's first word is
        capitalised when it is a plain word (:func:`app.validation.finding.sentence`), so the
        new id might be written otherwise there.
        """
        if check.id_text:
            return False
        starts = (self.old, self.old[:1].upper() + self.old[1:])
        if any(_leads(self.old, f.message) for f in before if f.message.startswith(starts)):
            return False
        return not (self.in_prose and check.quotes_prose and any(
            self.old in f.message or self.old in f.hint for f in before))

    @property
    def pattern(self) -> re.Pattern[str]:
        """The old id, as a whole id or the start of a sub-item's."""
        return mention_pattern(self.old)

    def text(self, text: str) -> str:
        """``text`` with the old ids written as the new."""
        if self.old not in text:
            return text
        return self.pattern.sub(self.new.replace("\\", r"\\"), text)

    def finding(self, found: Finding) -> Finding:
        """``found`` as the same check reports it after the rename."""
        message, hint = self.text(found.message), self.text(found.hint)
        if message is found.message and hint is found.hint:
            return found
        return replace(found, message=message, hint=hint)


def _leads(item_id: str, text: str) -> bool:
    """True when ``text`` starts with ``item_id`` as a whole id (the case aside)."""
    return text[:len(item_id)].lower() == item_id and (
        len(text) == len(item_id) or text[len(item_id)] not in ID_CHARACTERS)


def find_rename(before: Policy, after: Policy, changed: Changes,
                texts: PolicyMentions | None = None) -> Rename | None:
    """The rename that turned ``before`` into ``after``, when it is safe to carry findings.

    ``texts`` keeps what the items' texts mention from one call to the next (the versions
    share most items).
    """
    if changed.everything or before.policy is not after.policy:
        return None
    reshaped = [section for section, name in changed.fields if name == ANY_FIELD]
    if len(set(reshaped)) != 1 or METADATA in changed.sections:
        return None
    section = reshaped[0]
    old_items, new_items = getattr(before, section), getattr(after, section)
    if len(old_items) != len(new_items):
        return None
    mapping = {a.id: b.id for a, b in zip(old_items, new_items, strict=True) if a.id != b.id}
    found = _family(mapping, [item.id for item in old_items])
    if found is None:
        return None
    rename = Rename(section, *found)
    if not _only_references(before, after, changed, mapping) or _named_alike(rename, after):
        return None
    words = catalogue_mentions()  # a message's words
    if rename.old in words or rename.new in words:
        return None
    # A fact (a name, another id, a reference that names no item) may mention neither id;
    # prose (descriptions, the policy's title) is quoted only by checks marked
    # Check.quotes_prose, which run again. Before, then after: where the index stands.
    texts = texts or PolicyMentions()
    if texts.at(before).in_facts(rename.new):
        return None
    new_in_prose = texts.in_prose(rename.new)
    if texts.at(after).in_facts(rename.old) or not _keeps_order(rename, texts,
                                                                mapping.values()):
        return None
    return replace(rename, in_prose=True) if new_in_prose or texts.in_prose(rename.old) \
        else rename


def _family(mapping: dict[str, str], existing: list[str]) -> tuple[str, str] | None:
    """(old, new) when ``mapping`` renames one whole family and keeps its parent."""
    if not mapping:
        return None
    old = min(mapping, key=len)
    new = mapping[old]
    if ids.parent(old) != ids.parent(new) or "\\" in new:
        return None
    for item_id in existing:
        if ids.covers(old, item_id):
            if mapping.get(item_id) != new + item_id[len(old):]:
                return None
        elif item_id in mapping or ids.covers(new, item_id):
            return None
    return old, new


def _only_references(before: Policy, after: Policy, changed: Changes,
                     mapping: dict[str, str]) -> bool:
    """True when every changed item is its old self with the old ids written as the new."""
    for section in changed.sections:
        if section not in SECTION_KEYS:
            return False
        for old, new in zip(getattr(before, section), getattr(after, section), strict=True):
            if old is not new and not _renamed_alike(old, new, mapping):
                return False
    return True


def _renamed_alike(old: Any, new: Any, mapping: dict[str, str]) -> bool:
    """True when ``new`` is ``old`` with each string ``mapping`` holds replaced by its value.

    A value both share (a field the edit left alone: copies share their values) passes
    without a look inside, as unchanged items do; an old id left in it is a mention that
    :func:`_unmentioned` finds.
    """
    if old is new:
        return not isinstance(old, str) or old not in mapping
    if isinstance(old, str):
        return isinstance(new, str) and mapping.get(old, old) == new
    if type(old) is not type(new):
        return False
    if isinstance(old, Model):
        before, after = old.__dict__, new.__dict__
        return before.keys() == after.keys() and all(
            _renamed_alike(value, after[name], mapping) for name, value in before.items())
    if isinstance(old, list | tuple):
        return len(old) == len(new) and all(
            _renamed_alike(a, b, mapping) for a, b in zip(old, new, strict=True))
    if isinstance(old, dict):
        return old.keys() == new.keys() and all(
            _renamed_alike(value, new[key], mapping) for key, value in old.items())
    return bool(old == new)


def _keeps_order(rename: Rename, after: PolicyMentions, renamed: Iterable[str]) -> bool:
    """True when no other id of any section sorts between the old and the new ids."""
    low = min(rename.old, rename.new)
    high = max(rename.old, rename.new) + _TOP
    mine = set(renamed)
    return all(section == rename.section and item_id in mine
               for section, item_id in after.ids_between(low, high))


def _named_alike(rename: Rename, after: Policy) -> bool:
    """True when a renamed item's name spells its id, or an id is a number.

    A finding shows a name that spells the id without the id
    (:func:`app.domain.path_words.name_and_id`), and messages write counts and dates
    ("meets 2 of the criteria").
    """
    if not any(map(str.isalpha, rename.old)) or not any(map(str.isalpha, rename.new)):
        return True
    for item in getattr(after, rename.section):
        if ids.covers(rename.new, item.id):
            old_id = rename.old + item.id[len(rename.new):]
            slug = name_slug(getattr(item, "name", "") or "")
            if slug and slug in (item.id, old_id, item.id.rsplit(".", 1)[-1],
                         old_id.rsplit(".", 1)[-1]):
                return True
    return False


@cache
def catalogue_mentions() -> frozenset[str]:
    """The ids the words of any message, in any language, would mention (the catalogues)."""
    return mentions_in(path.read_text(encoding="utf-8")
                       for path in sorted(TRANSLATIONS.glob("*.ts")))
