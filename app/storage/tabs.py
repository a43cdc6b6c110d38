r"""Tabs the round-trip writer cannot read, rewritten so that any readable file stays savable.

YAML allows a tab as white space in many places (after a ``key:``, before a comment, inside a
plain scalar such as ``title: Shop<TAB>policy``) where ruamel.yaml's round-trip reader stops
with "found character '\t' that cannot start any token", although our reader (libyaml) reads
the file. Before a round-trip save such a file is rewritten without changing what it says:
a plain scalar holding a tab becomes a double-quoted scalar with the same text, and a tab that
only separates tokens becomes a space. Tabs inside quoted or block scalars and comments stay.
"""

from __future__ import annotations

import bisect
import re

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from app.storage.errors import PolicyFileError
from app.storage.safe_yaml import node_tree, read_bytes

_ESCAPES = {'"': '\\"', "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"}


def ruamel_readable(text: str) -> str:
    """``text`` with the tabs ruamel.yaml cannot read rewritten (``text`` itself if none)."""
    if "\t" not in text:
        return text
    data = text.encode("utf-8")
    try:
        read_bytes(data, "<text>")  # within the reader's limits, or not at all
    except PolicyFileError:
        return text  # not readable at all: let the writer report it
    root = node_tree(data)
    spans = _scalar_spans(root)
    starts = [start for start, _, _ in spans]
    edits: dict[int, tuple[int, str]] = {}
    for match in re.finditer("\t", text):
        at = match.start()
        span = _span_at(spans, starts, at)
        if span is not None:
            start, end, node = span
            if not node.style:  # plain: the tab is part of the text
                edits[start] = (end, _double_quoted(node.value))
        elif not _in_comment(text, at, spans, starts):
            edits[at] = (at + 1, " ")
    pieces, position = [], 0
    for start in sorted(edits):
        end, replacement = edits[start]
        pieces += [text[position:start], replacement]
        position = end
    pieces.append(text[position:])
    return "".join(pieces)


def _scalar_spans(root: Node) -> list[tuple[int, int, ScalarNode]]:
    spans: dict[int, tuple[int, int, ScalarNode]] = {}
    seen: set[int] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, ScalarNode):
            spans[node.start_mark.index] = (node.start_mark.index, node.end_mark.index, node)
        elif isinstance(node, SequenceNode):
            stack.extend(node.value)
        elif isinstance(node, MappingNode):
            for key, value in node.value:
                stack += [key, value]
    return sorted(spans.values(), key=lambda span: span[0])


def _span_at(spans: list[tuple[int, int, ScalarNode]], starts: list[int],
             at: int) -> tuple[int, int, ScalarNode] | None:
    index = bisect.bisect_right(starts, at) - 1
    if index >= 0 and spans[index][0] <= at < spans[index][1]:
        return spans[index]
    return None


def _in_comment(text: str, at: int, spans: list[tuple[int, int, ScalarNode]],
                starts: list[int]) -> bool:
    line_start = text.rfind("\n", 0, at) + 1
    for hash_at in (m.start() + line_start for m in re.finditer("#", text[line_start:at])):
        before = text[hash_at - 1] if hash_at > line_start else " "
        if before in " \t" and _span_at(spans, starts, hash_at) is None:
            return True
    return False


def _double_quoted(value: str) -> str:
    body = "".join(_ESCAPES.get(ch, ch) if ch in _ESCAPES or ch >= " " else f"\\x{ord(ch):02x}"
                   for ch in value)
    return f'"{body}"'
