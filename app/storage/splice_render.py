"""YAML text for one changed part of a policy file, written as the round-trip save writes it.

A changed item (or top-level value) is merged into its own old text with ruamel.yaml, exactly as
the whole-file save merges into the whole tree: comments inside it, key order, quoting and list
styles survive. A new one is written fresh, with the indentation of its neighbours and the
quoting rules of :mod:`app.storage.yaml_quoting`.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Any

from ruamel.yaml.comments import CommentedMap

from app.storage.splice_lines import CannotSplice
from app.storage.tabs import ruamel_readable
from app.storage.yaml_merge import merge_tree, round_trip_yaml, to_commented, with_dates


@dataclass(frozen=True)
class Style:
    """Indentation (as ruamel.yaml counts it) and line ending of the text being written."""

    mapping: int
    sequence: int
    offset: int
    crlf: bool = False


def merged_lines(key: str, body: list[str], value: Any, style: Style, *, item: bool) -> list[str]:
    """``body`` (the lines of key ``key``, or of one item of section ``key``) with ``value``."""
    head = [f"{key}:"] if item else []
    text = "\n".join(line.removesuffix("\r") for line in head + body) + "\n"
    yaml = _yaml(style)
    tree = yaml.load(ruamel_readable(text))
    if not isinstance(tree, CommentedMap) or list(tree) != [key]:
        raise CannotSplice(f"the old text of '{key}' does not read as one key")
    merge_tree(tree, with_dates({key: [value] if item else value}), aliases=False)
    return _dumped(yaml, tree, key, style, item)


def fresh_lines(key: str, value: Any, style: Style, *, item: bool) -> list[str]:
    """New lines for key ``key`` holding ``value`` (``item``: one new item of section ``key``)."""
    tree = CommentedMap()
    tree[key] = to_commented(with_dates({key: [value] if item else value})[key])
    return _dumped(_yaml(style), tree, key, style, item)


def _yaml(style: Style) -> Any:
    return round_trip_yaml(style.mapping, style.sequence, style.offset)


def _dumped(yaml: Any, tree: CommentedMap, key: str, style: Style, item: bool) -> list[str]:
    out = io.StringIO()
    yaml.dump(tree, out)
    lines = out.getvalue().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if item:
        if not lines or lines.pop(0) != f"{key}:":
            raise CannotSplice(f"an item of '{key}' was not written as a block list item")
        dash = " " * style.offset + "- "
        if not lines or not lines[0].startswith(dash):
            raise CannotSplice(f"an item of '{key}' was not written at its neighbours' indent")
    elif not lines or not lines[0].startswith(f"{key}:"):
        raise CannotSplice(f"'{key}' was not written as a top-level key")
    return [line + "\r" for line in lines] if style.crlf else lines
