"""What differs between two versions of a policy, section by section and field by field.

Cheap when the versions share what was not edited (the copy-on-write snapshots of
:mod:`app.validation.snapshot` do): a section held in the same list is skipped, and items are
compared by identity before any field is.
"""

from __future__ import annotations

import operator
from dataclasses import dataclass, field

from app.domain.models import Policy
from app.domain.sections import METADATA, SECTION_KEYS

ANY_FIELD = "*"
"""The field name of a change that added, removed, moved or renamed items of a section."""


@dataclass(frozen=True)
class Changes:
    """The (section, field) pairs an edit changed; ``"policy"`` stands for the metadata."""

    fields: frozenset[tuple[str, str]] = field(default_factory=frozenset)
    everything: bool = False
    """True when the versions cannot be compared piecewise (another format version)."""

    @property
    def sections(self) -> set[str]:
        """The sections (and ``"policy"``) with any change."""
        return {section for section, _ in self.fields}

    def reshaped(self, section: str) -> bool:
        """True when items of ``section`` were added, removed, moved or renamed."""
        return self.everything or (section, ANY_FIELD) in self.fields

    def __bool__(self) -> bool:
        return self.everything or bool(self.fields)


EVERYTHING = Changes(everything=True)


def changes(old: Policy, new: Policy) -> Changes:
    """What differs between ``old`` and ``new``."""
    if old.format_version != new.format_version:
        return EVERYTHING
    found: set[tuple[str, str]] = set()
    if old.policy is not new.policy:
        found.update((METADATA, name) for name in _differing(old.policy, new.policy))
    for section in SECTION_KEYS:
        before, after = getattr(old, section), getattr(new, section)
        if before is not after:
            found.update((section, name) for name in _section_changes(before, after))
    return Changes(frozenset(found))


def _section_changes(before: list, after: list) -> set[str]:
    if len(before) != len(after):
        return {ANY_FIELD}
    names: set[str] = set()
    for old, new in zip(before, after, strict=True):
        if old is new:
            continue
        if old.id != new.id:
            return {ANY_FIELD}
        names.update(_differing(old, new))
    return names


def _differing(old: object, new: object) -> set[str]:
    """Names of the fields whose values differ (every field when the models differ)."""
    if type(old) is not type(new):
        return {ANY_FIELD}
    before, after = old.__dict__, new.__dict__
    return {name for name, value in after.items()
            if name not in before or not operator.eq(before[name], value)} | (
        {ANY_FIELD} if before.keys() - after.keys() else set())
