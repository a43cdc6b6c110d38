"""Where things happen: ISO 3166 countries and subdivisions, named groups, and containment.

A region *contains* another when it is the same code, an ISO 3166-2 parent of it (``FR-IDF``
contains ``FR-75C``), its country (``US`` contains ``US-CA``), or a group listing any of those,
directly or through other groups (``eea`` contains ``eu`` contains ``DE``). Every engine uses
:meth:`RegionCatalogue.ancestors` for this one meaning.

The ISO codes and the subdivision hierarchy come from ``pycountry`` (Debian's iso-codes). The
named groups are facts shipped in ``resources/regions.yaml`` (read by the storage layer and
passed in) plus the groups a policy defines in its ``regions`` section.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from app.domain.i18n import SOURCE_LANGUAGE, language
from app.domain.models import Policy
from app.domain.region_codes import canonical_region, country_of, is_iso_shaped


@dataclass(frozen=True)
class GroupInfo:
    """A named group of regions."""

    id: str
    name: str
    members: frozenset[str]
    notes: str = ""
    conditions: Mapping[str, str] = field(default_factory=dict)
    """Code -> the condition under which it would belong (partial adequacy decisions).

    Such codes are *not* members: containment never assumes a condition holds."""
    source: str = "shipped"
    """``shipped`` (``resources/regions.yaml``) or ``policy`` (the policy's own section)."""


@cache
def _iso() -> tuple[dict[str, str], dict[str, str | None]]:
    """(code -> name for countries and subdivisions, subdivision -> parent subdivision)."""
    import pycountry  # imported late: only region work needs the ISO database

    names = {c.alpha_2: c.name for c in pycountry.countries}
    parents: dict[str, str | None] = {}
    for sub in pycountry.subdivisions:
        names[sub.code] = sub.name
        parents[sub.code] = getattr(sub, "parent_code", None)
    return names, parents


@cache
def _parent_codes() -> frozenset[str]:
    return frozenset(p for p in _iso()[1].values() if p)


@cache
def _children() -> dict[str, tuple[str, ...]]:
    found: dict[str, list[str]] = {}
    for code, up in _iso()[1].items():
        found.setdefault(up or code.split("-")[0], []).append(code)
    return {code: tuple(sorted(subs)) for code, subs in found.items()}


def iso_children(code: str) -> tuple[str, ...]:
    """The ISO 3166-2 subdivisions directly inside ``code`` (a country or subdivision)."""
    return _children().get(code, ())


def iso_name(code: str) -> str | None:
    """The name of an ISO 3166-1 country or 3166-2 subdivision in the current language, else None.

    The names are ISO's English ones, translated by the ISO catalogues ``pycountry`` ships
    (English when a language has no catalogue or no translation of the name).
    """
    name = _iso()[0].get(code)
    if name is None or language() == SOURCE_LANGUAGE:
        return name
    return _iso_words(language(), "iso3166-2" if "-" in code else "iso3166-1")(name)


@cache
def _iso_words(lang: str, domain: str) -> Callable[[str], str]:
    """The translation of ISO's English names into ``lang`` (one catalogue per domain)."""
    import gettext

    import pycountry

    return gettext.translation(domain, pycountry.LOCALES_DIR, languages=[lang],
                               fallback=True).gettext


def is_iso_code(code: str) -> bool:
    """Whether ``code`` is an assigned ISO 3166-1 alpha-2 or ISO 3166-2 code."""
    return code in _iso()[0]


class RegionCatalogue:
    """The named groups known to a policy, answering containment questions quickly."""

    def __init__(self, groups: Iterable[GroupInfo] = ()) -> None:
        self.groups: dict[str, GroupInfo] = {}
        for group in groups:
            self.groups.setdefault(group.id, group)
        self._within: dict[str, set[str]] = {}
        for group in self.groups.values():
            for member in group.members:
                self._within.setdefault(member, set()).add(group.id)
        self._cache: dict[str, frozenset[str]] = {}

    def with_policy(self, policy: Policy) -> RegionCatalogue:
        """This catalogue plus the groups ``policy`` defines (a shipped id keeps its meaning)."""
        if not policy.regions:
            return self
        own = [GroupInfo(g.id, g.name or g.id, frozenset(g.members), g.description,
                         source="policy") for g in policy.regions]
        return RegionCatalogue([*self.groups.values(), *own])

    def is_known(self, code: str) -> bool:
        """Whether ``code`` is an ISO code or a group of this catalogue."""
        return code in self.groups or is_iso_code(code)

    def name(self, code: str) -> str:
        """The name people read for ``code`` (the code itself when unknown)."""
        group = self.groups.get(code)
        return group.name if group else (iso_name(code) or code)

    def label(self, code: str) -> str:
        """``Germany (DE)``, ``European Economic Area (eea)``; an unknown code as it is."""
        name = self.name(code)
        return code if name == code else f"{name} ({code})"

    def ancestors(self, code: str) -> frozenset[str]:
        """Every region that contains ``code``, ``code`` itself included."""
        found = self._cache.get(code)
        if found is not None:
            return found
        seen = {code}
        todo = [code]
        parents = _iso()[1]
        if is_iso_shaped(code):
            parent = parents.get(code)
            while parent and parent not in seen:
                seen.add(parent)
                todo.append(parent)
                parent = parents.get(parent)
            country = country_of(code)
            if country and country not in seen:
                seen.add(country)
                todo.append(country)
        while todo:
            for group in self._within.get(todo.pop(), ()):
                if group not in seen:
                    seen.add(group)
                    todo.append(group)
        result = frozenset(seen)
        if len(self._cache) < 50_000:
            self._cache[code] = result
        return result

    def contains(self, outer: str, inner: str) -> bool:
        """Whether region ``outer`` contains region ``inner`` (or is it)."""
        return canonical_region(outer) in self.ancestors(str(canonical_region(inner)))

    def has_members(self, code: str) -> bool:
        """Whether ``code`` contains places other than itself (a group, country or parent)."""
        if code in self.groups or (is_iso_shaped(code) and "-" not in code):
            return True
        return code in _parent_codes()

    def members(self, code: str) -> frozenset[str]:
        """The codes a group lists, expanded through nested groups (ISO codes only)."""
        group = self.groups.get(code)
        if group is None:
            return frozenset({code})
        found: set[str] = set()
        seen = {code}
        todo = list(group.members)
        while todo:
            member = todo.pop()
            if member in seen:
                continue
            seen.add(member)
            if member in self.groups:
                todo.extend(self.groups[member].members)
            else:
                found.add(member)
        return frozenset(found)


def catalogue_from_data(data: Mapping[str, Any]) -> RegionCatalogue:
    """The shipped groups described by ``data`` (the shape of ``resources/regions.yaml``)."""
    entries = data.get("groups", {})
    groups = []
    for key, entry in entries.items():
        if not isinstance(entry, dict):
            continue
        conditions = {str(canonical_region(k)): str(v)
                      for k, v in (entry.get("conditions") or {}).items()}
        members = {str(canonical_region(m)) for m in entry.get("members") or ()}
        groups.append(GroupInfo(str(canonical_region(key)), str(entry.get("name", key)),
                                frozenset(members),
                                str(entry.get("notes", "")), conditions))
    return RegionCatalogue(groups)


NO_GROUPS = RegionCatalogue()
"""A catalogue with ISO containment only; engines add the policy's own groups to it."""
