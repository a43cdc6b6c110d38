"""Where the top-level keys and the section items of a policy file's text stand, and what they hold.

A save that rewrites only what changed compares the policy with this index of the file's text:
the data each top-level key holds (as the reader reads it) and the line of each key and of the
dash of each item of a block-style section. Reading a large file costs about half a second, so
the last few indexes are kept, keyed by the text itself: the loader hands over what it read
(:func:`remember_read`) and a save hands over the index of the text it wrote
(:func:`remember_index`), so saving right after opening a file or after the previous save does
not read the whole file again. A text that is not in the cache is read again (:func:`index_of`).
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

from app.storage.errors import PolicyFileError
from app.storage.safe_yaml import read_bytes
from app.storage.source_map import SourceMap, Spot, unpack

KEEP = 8
"""Indexes kept at most (one per recently opened or saved text)."""
KEEP_CHARS = 8_000_000
"""Older indexes are dropped once the texts kept hold more characters than this (an index of
the large benchmark policy, 2.8 million characters, holds about 35 MB); the newest stays."""


@dataclass(frozen=True)
class Entry:
    """One top-level key: its 0-based line and, for a block list of items, its items' lines."""

    key: str
    line: int
    items: tuple[int, ...] | None = None
    """0-based line of each item's dash (None: not a block list of items with ids)."""
    dash: int = 0
    """The column of the items' dashes."""
    content: int = 0
    """The column where the first item's first key starts."""


@dataclass(frozen=True)
class TextIndex:
    """What a text holds (``data``: the top-level mapping as read) and where (``entries``)."""

    data: dict[str, Any]
    entries: tuple[Entry, ...]


_BARE_KEY = re.compile(r":[ \t]*(#.*)?\r?")
"""What may follow the key of a block list on its line: a comment at most."""
_lock = threading.Lock()
_cache: OrderedDict[str, TextIndex | tuple[dict[str, Any], SourceMap]] = OrderedDict()


def remember_read(text: str, data: dict[str, Any], source_map: SourceMap, anchored: bool) -> None:
    """Keep what the reader read from ``text`` (``data`` must not change afterwards)."""
    if anchored:
        return
    _store(text, (data, source_map))


def remember_index(text: str, index: TextIndex) -> None:
    """Keep the index of a text a save has just written."""
    _store(text, index)


def forget_all() -> None:
    """Drop every kept index (tests use it to measure a save that reads the file again)."""
    with _lock:
        _cache.clear()


def _store(text: str, value: TextIndex | tuple[dict[str, Any], SourceMap]) -> None:
    with _lock:
        _cache[text] = value
        _cache.move_to_end(text)
        while len(_cache) > 1 and (len(_cache) > KEEP
                                   or sum(map(len, _cache)) > KEEP_CHARS):
            _cache.popitem(last=False)


def kept_data(text: str) -> dict[str, Any] | None:
    """What ``text`` holds, when a save wrote it or its index was built (else None)."""
    with _lock:
        found = _cache.get(text)
    return found.data if isinstance(found, TextIndex) else None


def index_of(text: str, lines: list[str]) -> TextIndex | None:
    """The index of ``text`` (split into ``lines`` at line feeds), or None when it has none.

    None: the text is not readable, uses anchors, or is not a block mapping of keys that start
    at the first column.
    """
    with _lock:
        found = _cache.get(text)
    if isinstance(found, TextIndex):
        return found
    if found is None:
        try:
            document = read_bytes(text.encode("utf-8"), "<text>")
        except PolicyFileError:
            return None
        if document.anchored or not isinstance(document.data, dict):
            return None
        found = (document.data, document.source_map)
    index = _built(found[0], found[1].root, lines)
    if index is not None:
        remember_index(text, index)
    return index


def _built(data: dict[str, Any], root: Spot | int | None, lines: list[str]) -> TextIndex | None:
    if not isinstance(root, Spot) or root.keys is None:
        return None
    entries = []
    for number, key in enumerate(root.keys):
        line, column = unpack(root.marks[2 * number])
        if not isinstance(key, str) or column != 1:
            return None
        entries.append(_entry(key, line - 1, root.kids[number], data.get(key), lines))
    return TextIndex(data, tuple(entries))


def _entry(key: str, line: int, spot: Spot | None, value: Any, lines: list[str]) -> Entry:
    plain = Entry(key, line)
    if spot is None or spot.keys is not None or not spot.marks or not _items(value):
        return plain
    starts: list[int] = []
    dash = content = -1
    for at in spot.marks:
        item_line, item_column = unpack(at)
        text = lines[item_line - 1]
        body = text.lstrip(" ")
        indent = len(text) - len(body)
        if not body.startswith("- ") or item_column - 1 <= indent or dash not in (-1, indent):
            return plain
        if dash == -1:
            dash, content = indent, item_column - 1
        starts.append(item_line - 1)
    if starts[0] <= line or not _BARE_KEY.fullmatch(lines[line], len(key)):
        return plain
    return Entry(key, line, tuple(starts), dash, content)


def _items(value: Any) -> bool:
    if not isinstance(value, list) or not value:
        return False
    return all(isinstance(item, dict) and isinstance(item.get("id"), str) for item in value)
