"""YAML anchors and aliases in round-trip saves.

An edit to one use of a node never reaches another.

An alias (``*name``) makes two places of a file one and the same node. A save that merged an
edit into that node would change every place using it, silently changing other items, so the
round-trip writer first gives the edited place its own copy (the alias is expanded there)
while the other places keep the shared node.
"""

from __future__ import annotations

import copy
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq


def shared_nodes(tree: Any) -> set[int]:
    """The ``id`` of every mapping or list reached from ``tree`` by more than one path."""
    seen: set[int] = set()
    shared: set[int] = set()
    stack = [tree]
    while stack:
        node = stack.pop()
        if not isinstance(node, (CommentedMap, CommentedSeq)):
            continue
        if id(node) in seen:
            shared.add(id(node))
            continue
        seen.add(id(node))
        stack.extend(node.values() if isinstance(node, CommentedMap) else node)
    return shared


def unshared_copy(node: Any) -> Any:
    """A deep copy of ``node`` without anchors (so it never clashes with the original's)."""
    duplicate = copy.deepcopy(node)
    stack = [duplicate]
    while stack:
        item = stack.pop()
        if hasattr(item, "yaml_set_anchor"):
            item.yaml_set_anchor(None)
        if isinstance(item, CommentedMap):
            stack.extend(item.values())
        elif isinstance(item, CommentedSeq):
            stack.extend(item)
    return duplicate
