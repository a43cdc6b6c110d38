"""PDF bookmarks (the outline) added to a finished PDF as an incremental update (no Qt).

Qt's PDF writer has no outline API, but it writes a named destination for every anchor it
draws. This module appends, after the writer's ``%%EOF``, the outline items pointing at those
names, a new catalog that refers to them (opening with the bookmarks shown), and a cross-reference
section for just these objects, as the PDF format's incremental updates do: no byte Qt wrote
changes, so every offset in it stays valid. Titles are written as UTF-16 hex strings, so no
text can end a string early.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.domain.i18n import translate


@dataclass(frozen=True)
class Bookmark:
    """One outline entry: its title, the named destination it opens, its heading level."""

    title: str
    anchor: str
    level: int


@dataclass(eq=False)
class _Node:
    mark: Bookmark | None
    children: list[_Node]
    number: int = 0
    parent: _Node | None = None


class OutlineError(ValueError):
    """The PDF does not have the shape this module expects of Qt's output."""


def _hex(text: str) -> bytes:
    """A PDF text string: UTF-16BE with its byte-order mark, in hex."""
    return b"<FEFF" + text.encode("utf-16-be").hex().upper().encode() + b">"


def _tree(marks: tuple[Bookmark, ...] | list[Bookmark]) -> _Node:
    """Nest ``marks`` by level: a mark belongs under the nearest earlier one of lower level."""
    root = _Node(None, [])
    stack: list[_Node] = [root]
    for mark in marks:
        while len(stack) > 1 and stack[-1].mark is not None and stack[-1].mark.level >= mark.level:
            stack.pop()
        node = _Node(mark, [], parent=stack[-1])
        stack[-1].children.append(node)
        stack.append(node)
    return root


def _last_trailer(data: bytes) -> tuple[int, int, bytes, int]:
    """(root object number, /Size, /ID entry or b"", offset of the last xref)."""
    start = data.rfind(b"startxref")
    trailer = data.rfind(b"trailer", 0, start)
    if start < 0 or trailer < 0:
        raise OutlineError(translate("pdf", "no trailer"))
    text = data[trailer:]
    root = re.search(rb"/Root\s+(\d+)\s+0\s+R", text)
    size = re.search(rb"/Size\s+(\d+)", text)
    xref = re.search(rb"startxref\s+(\d+)", text)
    ident = re.search(rb"/ID\s*\[[^\]]*\]", text)
    if not (root and size and xref):
        raise OutlineError(translate("pdf", "incomplete trailer"))
    return int(root.group(1)), int(size.group(1)), ident.group(0) if ident else b"", \
        int(xref.group(1))


def _catalog(data: bytes, number: int) -> bytes:
    """The body of the catalog dictionary (between ``<<`` and ``>>``), without any outline."""
    found = re.search(rb"(?:^|\n)%d 0 obj\s*<<(.*?)>>\s*endobj" % number, data, re.DOTALL)
    if not found:
        raise OutlineError(translate("pdf", "no catalog"))
    body = found.group(1)
    return re.sub(rb"/(?:Outlines\s+\d+\s+0\s+R|PageMode\s*/\w+)", b"", body)


def add_outline(data: bytes, marks: tuple[Bookmark, ...] | list[Bookmark]) -> bytes:
    """``data`` (a PDF from Qt) with ``marks`` as its bookmarks; unchanged when there are none."""
    if not marks:
        return data
    root_number, size, ident, previous = _last_trailer(data)
    catalog = _catalog(data, root_number)
    tree = _tree(marks)
    next_number = size
    order: list[_Node] = []

    def number(node: _Node) -> None:
        nonlocal next_number
        node.number = next_number
        next_number += 1
        order.append(node)
        for child in node.children:
            number(child)

    number(tree)
    objects: dict[int, bytes] = {}
    for node in order:
        objects[node.number] = _item(node)
    objects[root_number] = (b"<<" + catalog.rstrip()
                            + b" /Outlines %d 0 R /PageMode /UseOutlines >>" % tree.number)
    out = bytearray(data if data.endswith(b"\n") else data + b"\n")
    offsets: dict[int, int] = {}
    for key in sorted(objects):
        offsets[key] = len(out)
        out += b"%d 0 obj\n" % key + objects[key] + b"\nendobj\n"
    xref_at = len(out)
    out += b"xref\n"
    for key in sorted(offsets):
        out += b"%d 1\n%010d 00000 n \n" % (key, offsets[key])
    out += (b"trailer\n<< /Size %d /Root %d 0 R /Prev %d " % (next_number, root_number, previous)
            + _info(data) + ident + b" >>\nstartxref\n%d\n%%%%EOF\n" % xref_at)
    return bytes(out)


def _info(data: bytes) -> bytes:
    """The trailer's ``/Info`` entry, carried over."""
    trailer = data.rfind(b"trailer")
    found = re.search(rb"/Info\s+\d+\s+0\s+R", data[trailer:])
    return found.group(0) + b" " if found else b""


def _item(node: _Node) -> bytes:
    """The dictionary of one outline node (the root is the /Outlines dictionary).

    The top level is shown; an entry's own entries are folded (a negative count).
    """
    parts: list[bytes] = []
    if node.mark is None or node.parent is None:
        parts.append(b"/Type /Outlines")
    else:
        parent = node.parent
        siblings = parent.children
        at = next(i for i, sibling in enumerate(siblings) if sibling is node)
        parts += [b"/Title " + _hex(node.mark.title), b"/Parent %d 0 R" % parent.number,
                  b"/Dest " + b"<" + node.mark.anchor.encode("latin-1").hex().encode() + b">"]
        if at:
            parts.append(b"/Prev %d 0 R" % siblings[at - 1].number)
        if at + 1 < len(siblings):
            parts.append(b"/Next %d 0 R" % siblings[at + 1].number)
    if node.children:
        parts += [b"/First %d 0 R" % node.children[0].number,
                  b"/Last %d 0 R" % node.children[-1].number]
        count = len(node.children)
        parts.append(b"/Count %d" % (count if node.parent is None else -count))
    return b"<< " + b" ".join(parts) + b" >>"
