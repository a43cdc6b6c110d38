"""A quick writer for items in the plain block layout the project writes, for bulk changes.

Merging through ruamel.yaml costs a few milliseconds per item, which adds up to seconds when a
rename touches a thousand rules. When an item's old lines are exactly what this writer makes of
its old value (no comments, the same indentation, plain or quoted text, flow lists of scalars),
its new value is written the same way instead. Anything outside that simple layout (long or
multi-line text, numbers with fractions, nested lists of mappings) returns None and the item is
merged through ruamel.yaml. Either way the result is read back by the caller's check.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from app.storage.yaml_merge import DATE_KEYS, WIDTH
from app.storage.yaml_quoting import quote_style

_PLAIN = re.compile(r"[A-Za-z0-9_./()+][A-Za-z0-9_ ./()+@,;'-]*")
"""Text written plain: no indicator first, no ': ' or ' #' inside."""
_QUOTABLE = re.compile(r"[!-&(-~]([ !-&(-~]*[!-&(-~])?")
"""Text written at all: printable ASCII without a quote to double or spaces at either end."""


def item_lines(item: dict[str, Any], dash: int, content: int, mapping: int) -> list[str] | None:
    """Lines for ``item`` as a block list item with its dash at column ``dash`` (or None)."""
    lines: list[str] = []
    if not _mapping(item, content, mapping, lines):
        return None
    first = lines[0][content:]
    lines[0] = " " * dash + "-" + " " * (content - dash - 1) + first
    return lines


def _mapping(value: dict[str, Any], indent: int, step: int, lines: list[str]) -> bool:
    pad = " " * indent
    for key, item in value.items():
        if not isinstance(key, str) or not _PLAIN.fullmatch(key) or quote_style(key):
            return False
        if isinstance(item, dict):
            if not item:
                lines.append(f"{pad}{key}: {{}}")
                continue
            lines.append(f"{pad}{key}:")
            if not _mapping(item, indent + step, step, lines):
                return False
            continue
        text = _flow(item) if isinstance(item, list) else _scalar(item, key)
        if text is None:
            return False
        line = f"{pad}{key}: {text}"
        if len(line) > WIDTH:
            return False
        lines.append(line)
    return True


def _flow(values: list[Any]) -> str | None:
    parts = []
    for value in values:
        text = _scalar(value, "", flow=True)
        if text is None:
            return None
        parts.append(text)
    return "[" + ", ".join(parts) + "]"


def _scalar(value: Any, key: str, *, flow: bool = False) -> str | None:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if not isinstance(value, str) or not _QUOTABLE.fullmatch(value.replace("'", "x")):
        return None
    if key in DATE_KEYS and _iso_date(value):
        return value
    plain = (_PLAIN.fullmatch(value) and not value.endswith(" ") and quote_style(value) is None
             and not (flow and "," in value))
    if plain:
        return value
    return None if "'" in value else f"'{value}'"


def _iso_date(text: str) -> bool:
    try:
        dt.date.fromisoformat(text)
    except ValueError:
        return False
    return len(text) == 10
