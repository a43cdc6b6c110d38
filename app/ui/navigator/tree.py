"""Plain (Qt-free) tree nodes the navigator model shows."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from app.domain import ids
from app.domain.models import Policy
from app.domain.sections import HIERARCHICAL, METADATA, SECTION_KEYS

SECTION = "section"
ITEM = "item"
GROUP = "group"


@dataclass(eq=False)
class Node:
    """One row of the navigator."""

    kind: str
    section: str
    item_id: str | None = None
    parent: Node | None = None
    children: list[Node] = field(default_factory=list)
    row: int = 0

    def add(self, child: Node) -> Node:
        """Append ``child`` and return it."""
        child.parent = self
        child.row = len(self.children)
        self.children.append(child)
        return child


def build_root(policy: Policy) -> Node:
    """The whole tree: the metadata row, then one node per section with its items."""
    root = Node(SECTION, "")
    root.add(Node(ITEM, METADATA))
    for section in SECTION_KEYS:
        node = root.add(Node(SECTION, section))
        fill_section(node, getattr(policy, section))
    return root


def fill_section(node: Node, items: list[Any]) -> None:
    """Put a section's items under ``node``: nested by dotted id where the section has it."""
    node.children = []
    if node.section not in HIERARCHICAL:
        for item in items:
            node.add(Node(ITEM, node.section, item.id))
        return
    by_id: dict[str, Node] = {}
    for item in items:
        if item.id in by_id and by_id[item.id].kind == ITEM:
            node.add(Node(ITEM, node.section, item.id))  # a duplicate id: shown, flagged by checks
            continue
        parent = _parent_node(node, by_id, item.id)
        existing = by_id.get(item.id)
        if existing is not None:  # a group created for descendants becomes the item itself
            existing.kind = ITEM
            continue
        by_id[item.id] = parent.add(Node(ITEM, node.section, item.id))


def _parent_node(section: Node, by_id: dict[str, Node], item_id: str) -> Node:
    parent_id = ids.parent(item_id)
    if parent_id is None:
        return section
    found = by_id.get(parent_id)
    if found is None:
        grand = _parent_node(section, by_id, parent_id)
        found = by_id[parent_id] = grand.add(Node(GROUP, section.section, parent_id))
    return found


def walk(node: Node):  # type: ignore[no-untyped-def]
    """Every node below ``node`` (depth first)."""
    for child in node.children:
        yield child
        yield from walk(child)


def count_items(node: Node) -> int:
    """How many item rows are below ``node``."""
    return sum(1 for n in walk(node) if n.kind == ITEM)
