"""How the lines of a YAML block list fall into parts: what travels with each element.

The elements are the top-level keys of a policy file, or the items of one of its sections. Each
element has three runs of lines:

- its **gap**: blank lines and comments that stand apart from it (up to and including the last
  blank line before it), such as a heading comment over a group of items;
- its **own** comments: the comment lines directly above it (no blank line in between);
- its **body**: from its key or dash line to its last line, with the comments inside it (a
  comment indented deeper than the dashes is inside the item above it).

An element that moves takes its gap and own comments along; one that is deleted takes its own
comments with it and leaves its gap where it was. What follows the last element (before the next
top-level key, or the end of the file) stays at the end.
"""

from __future__ import annotations

from dataclasses import dataclass


class CannotSplice(Exception):
    """Rewriting only the changed parts cannot be sure of the result: rewrite the whole file."""


@dataclass(frozen=True)
class Part:
    """The runs of one element, as ``[start, end)`` line numbers (0-based)."""

    gap: range
    own: range
    body: range


def blank(line: str) -> bool:
    """True for a line holding only white space."""
    return not line.strip()


def comment(line: str, deepest: int | None = None) -> bool:
    """True for a comment line (indented at most ``deepest`` spaces, when given)."""
    text = line.lstrip(" ")
    return text.startswith("#") and (deepest is None or len(line) - len(text) <= deepest)


def parts(lines: list[str], head: int, starts: tuple[int, ...] | list[int], end: int,
          deepest: int) -> tuple[list[Part], int]:
    """The parts of the elements starting at ``starts`` between lines ``head`` and ``end``.

    Blank lines and comments indented at most ``deepest`` spaces that end an element's lines
    belong to the next element (before the first element: from ``head``). Returns the parts and
    the first line of what follows the last element's body.
    """
    leads = [head]
    for number in range(1, len(starts)):
        leads.append(_tail_start(lines, starts[number - 1], starts[number], deepest))
    after = _tail_start(lines, starts[-1], end, deepest)
    found = []
    for number, start in enumerate(starts):
        own = _own_start(lines, leads[number], start)
        body_end = leads[number + 1] if number + 1 < len(starts) else after
        found.append(Part(range(leads[number], own), range(own, start), range(start, body_end)))
    return found, after


def all_blank(lines: list[str], run: range) -> bool:
    """True when every line of ``run`` is blank."""
    return all(blank(lines[number]) for number in run)


def _tail_start(lines: list[str], first: int, end: int, deepest: int) -> int:
    at = end
    while at - 1 > first and (blank(lines[at - 1]) or comment(lines[at - 1], deepest)):
        at -= 1
    return at


def _own_start(lines: list[str], start: int, end: int) -> int:
    at = end
    while at > start and not blank(lines[at - 1]):
        at -= 1
    return at
