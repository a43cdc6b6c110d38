"""Which ids the texts of a policy mention, kept current from one version to the next.

A rename may carry findings over only when neither id is written anywhere but as an id
(:mod:`app.validation.renaming`). Searching megabytes of text after every rename costs tens of
milliseconds on a large policy, so :class:`PolicyMentions` keeps a count of every possible
mention instead, and moves it from one version to the next by recounting only the fields that
changed (a rename's references: one list in each of a few hundred rules).

A text *mentions* an id where the id stands whole, or as the start of a sub-item's dotted id:
no id character or dot just before it, no id character just after. In a run of id characters
and dots, those are the whole run and each part of it before a dot, so a text's mentions are
found in one pass and an id's mention is one dictionary look-up. Mentions are counted as often
as they occur, so the first version's texts are read in one pass over all of them, and each
later change adds and takes away exactly what one field held.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable
from operator import attrgetter
from typing import Any

from app.domain.models import Metadata, Model, Policy
from app.domain.sections import METADATA, SECTION_KEYS
from app.validation.catalogue import METADATA_PROSE, PROSE

_ID_CLASS = "a-z0-9_"
ID_CHARACTERS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789_")
"""The characters of an id apart from its dots (:data:`app.domain.ids.ID_PATTERN`)."""
_RUN = re.compile(rf"[{_ID_CLASS}.]+")
_Counts = dict[str, int]
_NOTHING: _Counts = {}


def _counted(text: str) -> _Counts:
    """How often ``text`` mentions each id (see the module's definition)."""
    counts: _Counts = Counter(_RUN.findall(text))
    for run, times in [(run, times) for run, times in counts.items() if "." in run]:
        dot = run.find(".")
        while dot >= 0:
            if dot:
                counts[run[:dot]] = counts.get(run[:dot], 0) + times
            dot = run.find(".", dot + 1)
    return counts


def mentions_in(texts: Iterable[str]) -> frozenset[str]:
    """Every id ``texts`` mention, whole or as the start of a sub-item's id."""
    return frozenset(_counted("\n".join(texts)))


def mention_pattern(item_id: str) -> re.Pattern[str]:
    """Where running text mentions ``item_id`` (to rewrite it; see the module's definition)."""
    return re.compile(rf"(?<![{_ID_CLASS}.]){re.escape(item_id)}(?![{_ID_CLASS}])")


def _strings(value: Any, found: list[str], prose: list[str]) -> None:
    """Collect the strings of ``value``: prose fields of models (descriptions) into ``prose``."""
    kind = type(value)
    if kind is str:
        found.append(value)
    elif kind is list or kind is tuple:
        if all(type(item) is str for item in value):  # the usual: a list of ids
            found.extend(value)
        else:
            for item in value:
                _strings(item, found, prose)
    elif isinstance(value, Model):
        quoted = METADATA_PROSE if isinstance(value, Metadata) else PROSE
        for name, item in value.__dict__.items():
            if item is None or item is True or item is False or type(item) in _NUMBERS:
                continue
            _strings(item, prose if name in quoted else found, prose)
    elif isinstance(value, str):
        found.append(value)
    elif isinstance(value, dict):
        for key, item in value.items():
            _strings(key, found, prose)
            _strings(item, found, prose)
    elif value is not None and not isinstance(value, bool | int | float):
        found.append(str(value))


_NUMBERS = frozenset({int, float})


def _field(owner: type, name: str, value: Any) -> tuple[_Counts, _Counts]:
    """(facts, prose): how often one field of an item of type ``owner`` mentions each id."""
    quoted = METADATA_PROSE if issubclass(owner, Metadata) else PROSE
    found: list[str] = []
    prose: list[str] = []
    _strings(value, prose if name in quoted else found, prose)
    return (_counted("\n".join(found)) if found else _NOTHING,
            _counted("\n".join(prose)) if prose else _NOTHING)


class PolicyMentions:
    """The ids a policy's facts and its prose mention, and its ids in order, for one version.

    :meth:`at` moves it to another version (usually the next): only items that are not the
    very objects of the version before are looked at, and in those only the fields whose
    values are not the very values before (copies share what an edit left alone).
    """

    def __init__(self) -> None:
        self._policy: Policy | None = None
        self._held: dict[str, list[Any]] = {}
        self._facts: _Counts = {}
        self._prose: _Counts = {}
        self._sorted: dict[str, list[str]] = {}
        """Each section's ids in order, while they are the ids the section holds."""

    def at(self, policy: Policy) -> PolicyMentions:
        """Describe ``policy`` from now on; returns itself."""
        if policy is self._policy:
            return self
        sections = {METADATA: [policy.policy],
                    **{key: getattr(policy, key) for key in SECTION_KEYS}}
        for key, items in sections.items():
            held = self._held.get(key)
            if held is None:  # the first version: every text read in one pass
                self._add_all(items)
            else:
                for old, new in _pairs(held, items):
                    self._recount(old, new)
                    if old is None or new is None or old.id != new.id:
                        self._sorted.pop(key, None)
            self._held[key] = list(items)
        self._policy = policy
        return self

    def in_facts(self, item_id: str) -> bool:
        """True when a fact (a name, an id, a reference, any field but prose) mentions it."""
        return item_id in self._facts

    def in_prose(self, item_id: str) -> bool:
        """True when prose (descriptions, the policy's title) mentions ``item_id``."""
        return item_id in self._prose

    def ids_between(self, low: str, high: str) -> list[tuple[str, str]]:
        """(section, id) of the items whose ids sort from ``low`` to ``high``, both included."""
        found: list[tuple[str, str]] = []
        for key in SECTION_KEYS:
            ordered = self._sorted.get(key)
            if ordered is None:
                ordered = self._sorted[key] = sorted(map(attrgetter("id"), self._held[key]))
            found += ((key, item_id) for item_id in
                      ordered[bisect_left(ordered, low):bisect_right(ordered, high)])
        return found

    def _recount(self, old: Any, new: Any) -> None:
        if old is not None and new is not None and type(old) is type(new):
            before, owner = old.__dict__, type(old)
            for name, now in new.__dict__.items():
                was = before.get(name)
                if was is not now:
                    self._count(owner, name, was, -1)
                    self._count(owner, name, now, 1)
            return
        for item, step in ((old, -1), (new, 1)):
            if item is not None:
                for name, value in item.__dict__.items():
                    self._count(type(item), name, value, step)

    def _count(self, owner: type, name: str, value: Any, step: int) -> None:
        if value is None or isinstance(value, bool | int | float):
            return
        facts, prose = _field(owner, name, value)
        _add(self._facts, facts, step)
        _add(self._prose, prose, step)

    def _add_all(self, items: list[Any]) -> None:
        found: list[str] = []
        prose: list[str] = []
        for item in items:
            _strings(item, found, prose)
        _add(self._facts, _counted("\n".join(found)), 1)
        _add(self._prose, _counted("\n".join(prose)), 1)


def _add(counts: _Counts, mentioned: _Counts, step: int) -> None:
    """Add (``step`` 1) or take away (-1) ``mentioned`` from ``counts``; no zero is kept."""
    for key, times in mentioned.items():
        left = counts.get(key, 0) + step * times
        if left:
            counts[key] = left
        else:
            del counts[key]


def _pairs(held: list[Any], items: list[Any]) -> list[tuple[Any, Any]]:
    """(before, after) for every item that is not the same object in both lists.

    Any pairing gives the right counts (each item before is taken away once, each after is
    added once); items at the same place or with the same id are paired so that only the
    fields that differ are recounted.
    """
    if len(held) == len(items):
        return [(a, b) for a, b in zip(held, items, strict=True) if a is not b]
    kept_after = set(map(id, items))
    kept_before = set(map(id, held))
    gone: dict[str, list[Any]] = {}
    for item in held:
        if id(item) not in kept_after:
            gone.setdefault(getattr(item, "id", ""), []).append(item)
    pairs: list[tuple[Any, Any]] = []
    for item in items:
        if id(item) not in kept_before:
            alike = gone.get(getattr(item, "id", ""))
            pairs.append((alike.pop() if alike else None, item))
    pairs.extend((item, None) for alike in gone.values() for item in alike)
    return pairs
