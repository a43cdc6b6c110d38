"""Unchanged fields of a changed item keep their own text, byte for byte.

Merging a changed item through ruamel.yaml writes all of its fields again: a long plain text is
folded at the writer's width and a hand-wrapped one is joined, although its value did not
change. Here the merged lines are cut into one run per field (a key at the mapping's column and
what follows it up to the next key), and the run of every field whose value is unchanged is
replaced by the field's old run. The caller reads the result back; when the runs cannot be told
apart safely (keys not written plainly, other columns), the merged lines are kept as they are.
"""

from __future__ import annotations

import re
from typing import Any

_KEY = re.compile(r"([A-Za-z_][A-Za-z0-9_]*):(?:[ \t]|\r?$)")


def with_old_fields(old_body: list[str], new_body: list[str], old: Any, new: Any, *,
                    item: bool) -> list[str]:
    """``new_body`` with the runs of unchanged fields taken from ``old_body``.

    The bodies are the lines of one list item, or of one top-level key holding a mapping.
    """
    if not (isinstance(old, dict) and isinstance(new, dict)):
        return new_body
    old_runs, new_runs = _runs(old_body, item), _runs(new_body, item)
    if old_runs is None or new_runs is None or old_runs[0] != new_runs[0]:
        return new_body
    old_fields = old_runs[2]
    kept = False
    out = new_body[:new_runs[1]]
    for key, (start, end) in new_runs[2].items():
        if key in old_fields and key in old and key in new and old[key] == new[key]:
            first, last = old_fields[key]
            out += old_body[first:last]
            kept = kept or old_body[first:last] != new_body[start:end]
        else:
            out += new_body[start:end]
    return out if kept else new_body


def _runs(body: list[str], item: bool
          ) -> tuple[str, int, dict[str, tuple[int, int]]] | None:
    """(prefix of the first field, the line the fields start at, key -> [start, end) lines)."""
    if not body:
        return None
    if item:
        line = body[0]
        dash = len(line) - len(line.lstrip(" "))
        if line[dash:dash + 2] != "- ":
            return None
        column = len(line) - len(line[dash + 1:].lstrip(" "))
        first = 0
    else:
        first = 1
        column = next((len(text) - len(text.lstrip(" ")) for text in body[1:]
                       if text.strip() and not text.lstrip(" ").startswith("#")), -1)
        if column <= 0:
            return None
    starts: list[tuple[str, int]] = []
    for number in range(first, len(body)):
        line = body[number]
        text = line.lstrip(" ")
        indent = len(line) - len(text)
        if number == 0:
            indent, text = column, line[column:]
        if not text.strip() or (text.startswith("#") and indent <= column):
            continue
        if indent < column:
            return None
        if indent == column:
            found = _KEY.match(text)
            if found is None:
                return None
            starts.append((found[1], number))
    if not starts or len({key for key, _ in starts}) != len(starts):
        return None
    runs = {key: (start, starts[n + 1][1] if n + 1 < len(starts) else len(body))
            for n, (key, start) in enumerate(starts)}
    prefix = body[0][:column] if item else ""
    return prefix, first, runs
