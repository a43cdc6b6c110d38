"""One axis of the use matrix: dotted ids as a collapsible tree, flattened to visible entries.

Every id in the hierarchy gets a node, including ancestors nobody declared (``location`` for a
declared ``location.precise``). A visible entry stands for the declared ids it covers: an
expanded declared node for itself alone, a collapsed node (or an undeclared group) for itself
and every declared descendant, so a cell can summarise a whole subtree.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from app.domain import ids


@dataclass(frozen=True, slots=True)
class Entry:
    """One visible row or column."""

    id: str
    depth: int
    declared: bool
    has_children: bool
    collapsed: bool
    members: tuple[str, ...]
    """The declared ids this entry stands for (empty for a group with nothing declared)."""

    @property
    def summary(self) -> bool:
        """True when the entry stands for more than its own id."""
        return self.members != (self.id,)


class Axis:
    """The ids of one kind (categories or purposes) in tree order, with a collapsed set."""

    def __init__(self, declared: Iterable[str], names: dict[str, str] | None = None,
                 collapsed: Iterable[str] = ()) -> None:
        self.hierarchy = ids.Hierarchy(declared)
        self.names = names or {}
        self._children: dict[str | None, list[str]] = {None: []}
        for item_id in self.hierarchy.declared:
            for node in reversed(ids.lineage(item_id)):
                if node not in self._children:
                    self._children[node] = []
                    self._children[ids.parent(node)].append(node)
        self.collapsed: set[str] = {c for c in collapsed if self._children.get(c)}
        self.entries: list[Entry] = []
        self._position: dict[str, int] = {}
        self.refresh()

    # -- structure ---------------------------------------------------------------------------
    def refresh(self) -> None:
        """Recompute the visible entries after the collapsed set changed."""
        entries: list[Entry] = []
        declared = self.hierarchy.declared_set
        stack = list(reversed(self._children[None]))
        while stack:
            node = stack.pop()
            kids = self._children[node]
            folded = node in self.collapsed
            whole = folded or node not in declared
            members = self.hierarchy.covered(node) if whole else (node,)
            entries.append(Entry(node, ids.depth(node) - 1, node in declared, bool(kids),
                                 folded, members))
            if not folded:
                stack.extend(reversed(kids))
        self.entries = entries
        self._position = {entry.id: i for i, entry in enumerate(entries)}

    def __len__(self) -> int:
        return len(self.entries)

    def position(self, item_id: str) -> int | None:
        """Where ``item_id`` (or its nearest visible ancestor) is shown, or None."""
        for node in ids.lineage(item_id):
            found = self._position.get(node)
            if found is not None:
                return found
        return None

    def label(self, item_id: str) -> str:
        """The name of ``item_id``, or its last id part when it has no name."""
        return self.names.get(item_id) or item_id.rpartition(".")[2].replace("_", " ")

    # -- collapsing --------------------------------------------------------------------------
    def group_of(self, item_id: str) -> str | None:
        """The node that collapsing at ``item_id`` folds.

        Itself if it has children, else its nearest ancestor.
        """
        if self._children.get(item_id):
            return item_id
        return ids.parent(item_id)

    def is_group(self, item_id: str) -> bool:
        """True when ``item_id`` has children on this axis."""
        return bool(self._children.get(item_id))

    def set_collapsed(self, item_id: str, collapsed: bool) -> bool:
        """Fold or unfold ``item_id``; True when something changed."""
        if not self._children.get(item_id) or (item_id in self.collapsed) == collapsed:
            return False
        if collapsed:
            self.collapsed.add(item_id)
        else:
            self.collapsed.discard(item_id)
        self.refresh()
        return True

    def set_all(self, collapsed: bool) -> None:
        """Fold every top-level node, or unfold everything."""
        self.collapsed = {n for n in self._children[None] if self._children[n]} if collapsed \
            else set()
        self.refresh()
