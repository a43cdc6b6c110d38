"""Line and column look-ups for paths inside a loaded YAML file."""

from __future__ import annotations

from collections.abc import Sequence

from yaml.nodes import MappingNode, Node, SequenceNode

PathPart = str | int
Path = Sequence[PathPart]


class SourceMap:
    """Finds where a document path (``("rules", 3, "purposes", 0)``) stands in the file."""

    def __init__(self, root: Node | None) -> None:
        self._root = root

    def position(self, path: Path, *, key: bool = False) -> tuple[int, int] | None:
        """1-based (line, column) of the value at ``path`` (or of its key with ``key=True``).

        When the path goes further than the file (a missing field), the nearest existing
        ancestor's position is returned.
        """
        node = self._root
        if node is None:
            return None
        found = node
        for part in path:
            child, key_node = _child(found, part)
            if child is None:
                break
            found = key_node if (key and key_node is not None and part == path[-1]) else child
            if found is key_node:
                break
        mark = found.start_mark
        return mark.line + 1, mark.column + 1


def _child(node: Node, part: PathPart) -> tuple[Node | None, Node | None]:
    if isinstance(node, MappingNode):
        for key_node, value_node in node.value:
            if key_node.value == part:
                return value_node, key_node
        return None, None
    if isinstance(node, SequenceNode) and isinstance(part, int) and 0 <= part < len(node.value):
        return node.value[part], None
    return None, None


def format_path(path: Path) -> str:
    """``("rules", 3, "purposes", 0)`` -> ``rules[3].purposes[0]``."""
    text = ""
    for part in path:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else str(part)
    return text
