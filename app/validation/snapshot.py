"""Copy-on-write snapshots of the document for validation off the GUI thread.

The validation worker must never read an object the GUI thread may change while it runs. A
deep copy of a large policy takes over a second, far too long to do on every edit, so
:class:`SnapshotCache` keeps a private copy of every item and renews only what an edit
touched (the document's :class:`~app.domain.edits.Change` names every touched item).

Why a shallow copy of an item is enough: edits replace an item's field values (pydantic
validates the new value on assignment and stores a new object); they never change a list or
a nested model inside an item in place. The metadata does hold nested models that edits change
in place (``controller.email``), so it is always copied deeply. Copies are never written to
after they are made, so successive snapshots share them freely.
"""

from __future__ import annotations

import operator
from typing import Any

from app.domain.edits import Change
from app.domain.models import Metadata, Policy
from app.domain.sections import METADATA, SECTION_KEYS
from app.storage.collector import collector_paused


class SnapshotCache:
    """Builds private, read-only copies of a policy, copying only what changed since the last.

    Use it from one thread only (the GUI thread): call :meth:`invalidate` for every change the
    document reports and :meth:`snapshot` when a validation is due.
    """

    def __init__(self) -> None:
        self._copies: dict[int, tuple[Any, Any]] = {}
        """``id(live item)`` -> (live item, its copy); the live item is kept so ids stay unique."""
        self._sections: dict[str, list[Any]] = {}
        self._live: dict[str, list[Any]] = {}
        """Each section's live items as of the last snapshot (to spot a list that only had
        some items changed, not added, removed or moved)."""
        self._where: dict[str, dict[str, list[int]]] = {}
        """Positions of each id in each section, as of the last snapshot."""
        self._metadata: Metadata | None = None
        self._stale: dict[str, set[str]] = {}
        self._dirty: set[str] = set(SECTION_KEYS)
        self._reshaped: set[str] = set()
        """Sections where items were added, removed, moved or renamed since the last snapshot."""
        self.copied = 0
        """How many items the last :meth:`snapshot` had to copy (for tests and measurements)."""
        self.rescanned: set[str] = set()
        """The sections the last :meth:`snapshot` went through item by item, rather than
        copying just the edited items (for tests and measurements)."""

    def clear(self) -> None:
        """Forget every copy (a new document was opened)."""
        self._copies.clear()
        self._sections.clear()
        self._live.clear()
        self._where.clear()
        self._metadata = None
        self._stale.clear()
        self._dirty = set(SECTION_KEYS)
        self._reshaped.clear()

    def invalidate(self, change: Change) -> None:
        """Note what ``change`` touched so the next snapshot copies it afresh."""
        if not change.touched and not change.section:
            self.clear()  # a change that does not say what it touched (a reload)
            return
        if change.parts:
            # A batch (a rename and its references): only the sections where a part added,
            # removed, moved or renamed items are reshaped; in the others (hundreds of rules
            # naming a renamed purpose) just the edited items are copied again.
            for part in change.parts:
                self.invalidate(part)
            return
        touched = list(change.touched)
        if change.section:
            touched.append((change.section, change.item_id or ""))
        reshaped = change.kind != "update" or "id" in change.field
        for section, item_id in touched:
            if section == METADATA:
                self._metadata = None
            elif section in SECTION_KEYS:
                self._dirty.add(section)
                self._stale.setdefault(section, set()).add(item_id)
                if reshaped:
                    self._reshaped.add(section)

    def snapshot(self, policy: Policy) -> Policy:
        """A policy equal to ``policy`` whose objects the caller's edits will never change."""
        self.copied = 0
        self.rescanned = set()
        if self._metadata is None:
            self._metadata = policy.policy.model_copy(deep=True)
            self.copied += 1
        # Copies all stay alive: the collector would only rescan them (a whole large policy is
        # copied after an open).
        with collector_paused(collect=False):
            for section in self._dirty:
                self._sections[section] = self._copy_section(section, getattr(policy, section))
        self._dirty.clear()
        self._stale.clear()
        self._reshaped.clear()
        if len(self._copies) > 2 * sum(len(items) for items in self._sections.values()) + 64:
            self._prune()
        return Policy.model_construct(
            _fields_set=set(policy.model_fields_set),
            format_version=policy.format_version,
            policy=self._metadata,
            **{section: self._sections[section] for section in SECTION_KEYS},
        )

    def _copy_section(self, section: str, items: list[Any]) -> list[Any]:
        stale = self._stale.get(section, set())
        if section not in self._reshaped:
            patched = self._patch(section, items, stale)
            if patched is not None:
                return patched
        self.rescanned.add(section)
        copies = self._copies
        result = []
        where: dict[str, list[int]] = {}
        for index, item in enumerate(items):
            entry = copies.get(id(item))
            if entry is None or entry[0] is not item or item.id in stale:
                entry = copies[id(item)] = (item, item.model_copy())
                self.copied += 1
            result.append(entry[1])
            where.setdefault(item.id, []).append(index)
        self._live[section] = list(items)
        self._where[section] = where
        return result

    def _patch(self, section: str, items: list[Any], stale: set[str]) -> list[Any] | None:
        """The fast path: the same items in the same order, some fields edited (no id).

        Copy just those items, found by id; None when that cannot be done safely.
        """
        live, where = self._live.get(section), self._where.get(section)
        if live is None or where is None or len(live) != len(items) or not all(
                map(operator.is_, live, items)):
            return None
        positions = [where.get(item_id) for item_id in stale]
        if any(p is None for p in positions):
            return None  # a renamed item: rebuild the section (and its id index)
        result = list(self._sections[section])
        for index in (i for found in positions if found for i in found):
            item = items[index]
            if item.id not in stale:
                return None
            copy = item.model_copy()
            self._copies[id(item)] = (item, copy)
            result[index] = copy
            self.copied += 1
        return result

    def _prune(self) -> None:
        """Drop copies of items that are no longer in the document (deleted long ago)."""
        kept = {id(copy) for items in self._sections.values() for copy in items}
        self._copies = {key: entry for key, entry in self._copies.items() if id(entry[1]) in kept}
