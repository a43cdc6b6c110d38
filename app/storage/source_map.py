"""Line and column look-ups for paths inside a loaded YAML file.

The reader records, for every mapping and sequence, where each of its keys and values starts,
packed into one integer per position, so a large file's map costs a few bytes per value
instead of a node object per value.
"""

from __future__ import annotations

from array import array
from collections.abc import Sequence

PathPart = str | int
SourcePath = Sequence[PathPart]

_SHIFT = 26  # columns fit in 26 bits: no line is longer than the 32 MiB file limit
_MASK = (1 << _SHIFT) - 1


def pack(line: int, column: int) -> int:
    """One integer for a 1-based (line, column)."""
    return line << _SHIFT | min(column, _MASK)


def unpack(position: int) -> tuple[int, int]:
    """The 1-based (line, column) of a packed position."""
    return position >> _SHIFT, position & _MASK


class Spot:
    """Where a mapping or sequence stands, and where each of its children starts.

    A mapping has ``keys`` (in file order) and two ``marks`` per entry (key, then value); a
    sequence has ``keys`` None and one mark per item. ``kids`` holds the child's own Spot for
    a nested mapping or sequence and None for a scalar.
    """

    __slots__ = ("at", "keys", "kids", "marks")

    def __init__(self, at: int, keys: list[object] | None) -> None:
        self.at = at
        self.keys = keys
        self.marks = array("q")
        self.kids: list[Spot | None] = []


class SourceMap:
    """Finds where a document path (``("rules", 3, "purposes", 0)``) stands in the file."""

    def __init__(self, root: Spot | int | None) -> None:
        self._root = root

    @property
    def root(self) -> Spot | int | None:
        """The document's own Spot (an int: the position of a lone scalar; None: empty)."""
        return self._root

    def position(self, path: SourcePath, *, key: bool = False) -> tuple[int, int] | None:
        """1-based (line, column) of the value at ``path`` (or of its key with ``key=True``).

        When the path goes further than the file (a missing field), the nearest existing
        ancestor's position is returned.
        """
        spot = self._root
        if spot is None:
            return None
        if isinstance(spot, int):
            return unpack(spot)
        at = spot.at
        for part in path:
            if spot is None:
                break
            if spot.keys is not None:
                index = _key_index(spot.keys, part)
                if index is None:
                    break
                if key and part == path[-1]:
                    at = spot.marks[2 * index]
                    break
                at, spot = spot.marks[2 * index + 1], spot.kids[index]
            elif isinstance(part, int) and 0 <= part < len(spot.kids):
                at, spot = spot.marks[part], spot.kids[part]
            else:
                break
        return unpack(at)


def _key_index(keys: list[object], part: PathPart) -> int | None:
    for index, found in enumerate(keys):
        if found == part:
            return index
    return None


def format_path(path: SourcePath) -> str:
    """``("rules", 3, "purposes", 0)`` -> ``rules[3].purposes[0]``."""
    text = ""
    for part in path:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else str(part)
    return text
