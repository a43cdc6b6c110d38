"""Dotted identifiers and the hierarchy they express.

An identifier is a lowercase dotted slug such as ``contact.email``; each dot separates a level,
so ``contact.email`` is a child of ``contact``. A parent does not have to be declared for a
child to exist.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Protocol, TypeVar

from app.domain.i18n import translate
from app.domain.typography import number as grouped

ID_PATTERN = r"^[a-z0-9_]+(\.[a-z0-9_]+)*$"
MAX_ID_LENGTH = 200
MAX_ID_LEVELS = 16
_ID_RE = re.compile(ID_PATTERN)


class _Identified(Protocol):
    @property
    def id(self) -> str: ...


Item = TypeVar("Item", bound=_Identified)


def by_id(items: Iterable[Item]) -> dict[str, Item]:
    """``items`` by id, in order: the first of each id (duplicates are a finding of their own)."""
    found: dict[str, Item] = {}
    for item in items:
        found.setdefault(item.id, item)
    return found


def shown_name(name: str | None, item_id: str, *more: str | None) -> str:
    """The name people read for an item: ``name``, or ``item_id`` when it is blank.

    Names in ``more`` are tried in turn before ``item_id``.
    """
    return next((n for n in (name, *more) if n and n.strip()), item_id)


def is_valid_id(value: str) -> bool:
    """True when ``value`` is a well-formed dotted identifier within the length and depth limits."""
    return id_problem(value) is None


def id_problem(value: str) -> str | None:
    """Why ``value`` cannot be an identifier (a phrase to follow the value), or None."""
    if len(value) > MAX_ID_LENGTH:
        return translate("ids", "is {length} characters long; an id has at most {limit}").format(
            length=grouped(len(value)), limit=MAX_ID_LENGTH)
    if not _ID_RE.match(value):
        return translate("ids", "is not a valid id (lowercase letters, digits, _ and dots)")
    if value.count(".") >= MAX_ID_LEVELS:
        return translate("ids", "has {levels} levels; an id has at most {limit}").format(
            levels=value.count(".") + 1, limit=MAX_ID_LEVELS)
    return None


def parent(item_id: str) -> str | None:
    """The parent of ``item_id`` (``contact`` for ``contact.email``), or None at the top."""
    head, dot, _ = item_id.rpartition(".")
    return head if dot else None


@lru_cache(maxsize=8192)
def lineage(item_id: str) -> tuple[str, ...]:
    """``item_id`` and all its ancestors, most specific first."""
    found = [item_id]
    end = item_id.rfind(".")
    while end >= 0:
        found.append(item_id[:end])
        end = item_id.rfind(".", 0, end)
    return tuple(found)


def ancestors(item_id: str) -> tuple[str, ...]:
    """The ancestors of ``item_id``, nearest first (not including itself)."""
    return lineage(item_id)[1:]


def depth(item_id: str) -> int:
    """How many levels deep ``item_id`` is (``contact`` is 1, ``contact.email`` is 2)."""
    return item_id.count(".") + 1


def covers(general: str, specific: str) -> bool:
    """True when ``specific`` equals ``general`` or descends from it."""
    return specific == general or specific.startswith(general + ".")


def covers_any(generals: Iterable[str], specific: str) -> bool:
    """True when any of ``generals`` covers ``specific``."""
    return any(covers(g, specific) for g in generals)


def children(item_id: str, ids: Iterable[str]) -> Iterator[str]:
    """The direct children of ``item_id`` among ``ids``."""
    prefix = item_id + "."
    for other in ids:
        if other.startswith(prefix) and "." not in other[len(prefix):]:
            yield other


def descendants(item_id: str, ids: Iterable[str]) -> Iterator[str]:
    """Every id among ``ids`` that descends from ``item_id`` (not itself)."""
    prefix = item_id + "."
    return (other for other in ids if other.startswith(prefix))


def rebase(item_id: str, old_root: str, new_root: str) -> str:
    """Move ``item_id`` from under ``old_root`` to under ``new_root`` (rename of a subtree)."""
    if item_id == old_root:
        return new_root
    if item_id.startswith(old_root + "."):
        return new_root + item_id[len(old_root):]
    return item_id


class Hierarchy:
    """Declared ids of one kind, indexed for "what does this id cover?" questions."""

    def __init__(self, declared: Iterable[str]) -> None:
        self.declared: list[str] = list(dict.fromkeys(declared))
        covered: dict[str, list[str]] = {}
        for item_id in self.declared:
            for general in lineage(item_id):
                covered.setdefault(general, []).append(item_id)
        self._covered: dict[str, tuple[str, ...]] = {k: tuple(v) for k, v in covered.items()}

    def __contains__(self, item_id: object) -> bool:
        return item_id in self._covered and item_id in self.declared_set

    @property
    def declared_set(self) -> frozenset[str]:
        """The declared ids as a set."""
        found = self.__dict__.get("_set")
        if found is None:
            found = self.__dict__["_set"] = frozenset(self.declared)
        return found

    def covered(self, general: str) -> tuple[str, ...]:
        """Declared ids that ``general`` covers (itself, if declared, and its descendants)."""
        return self._covered.get(general, ())

    def covered_by_any(self, generals: Iterable[str]) -> tuple[str, ...]:
        """Declared ids covered by any of ``generals``, without repeats."""
        generals = list(generals)
        if len(generals) == 1:
            return self.covered(generals[0])
        return tuple(dict.fromkeys(i for g in generals for i in self.covered(g)))

    def nearest(self, item_id: str) -> str | None:
        """The nearest declared ancestor-or-self of ``item_id``."""
        declared = self.declared_set
        return next((i for i in lineage(item_id) if i in declared), None)


_SPELLED = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue",
                          "ß": "ss", "ẞ": "SS", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe",
                          "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D"})
"""Letters spelled out rather than stripped of a mark (German writes ``ü`` as ``ue``)."""


def ascii_letters(text: str) -> str:
    """``text`` in plain ASCII letters: ``Dürfen`` -> ``Duerfen``, ``Données`` -> ``Donnees``.

    German's umlauts and ß are spelled out, other marks dropped (NFKD); characters with no
    ASCII form are left out.
    """
    decomposed = unicodedata.normalize("NFKD", text.translate(_SPELLED))
    return decomposed.encode("ascii", "ignore").decode()


def from_name(name: str, *, parent: str | None = None, taken: Iterable[str] = (),
              fallback: str = "item") -> str:
    """An id derived from a display name: ``Email address`` -> ``email_address``.

    Letters are folded to plain lowercase ASCII (``Données`` -> ``donnees``), every other run
    of characters becomes one ``_``; the result goes under ``parent`` when given, is cut to fit
    :data:`MAX_ID_LENGTH`, and gets ``_2``, ``_3``... when it is among ``taken``.
    """
    folded = ascii_letters(name).lower()
    leaf = re.sub(r"[^a-z0-9]+", "_", folded).strip("_")[:60].strip("_") or fallback
    prefix = f"{parent}." if parent else ""
    base = (prefix + leaf)[:MAX_ID_LENGTH - 4]
    used = set(taken)
    candidate, number = base, 2
    while candidate in used:
        candidate, number = f"{base}_{number}", number + 1
    return candidate
