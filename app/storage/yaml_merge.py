"""Merging new values into ruamel.yaml round-trip trees: comments and layout of what stays.

Items of a list are matched by id so their comments travel with them, unchanged values keep
their exact text (quoting, dates), and values that alias a shared node get their own copy
before an edit reaches them (see :mod:`app.storage.aliases`). The whole-file save and the
save that rewrites only changed parts both merge through here.
"""

from __future__ import annotations

import datetime as dt
from contextvars import ContextVar
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import CommentMark
from ruamel.yaml.scalarstring import (
    DoubleQuotedScalarString,
    FoldedScalarString,
    LiteralScalarString,
    PlainScalarString,
    ScalarString,
    SingleQuotedScalarString,
)
from ruamel.yaml.tokens import CommentToken

from app.storage.aliases import shared_nodes, unshared_copy
from app.storage.item_match import matched
from app.storage.yaml_quoting import QuotingRepresenter, quote_style

WIDTH = 100
"""Lines longer than this are folded where YAML allows."""
DATE_KEYS = frozenset({"effective_date", "next_review", "date"})
_SHARED: ContextVar[frozenset[int]] = ContextVar("shared_yaml_nodes", default=frozenset())
"""Nodes that aliases make appear in several places of the tree being merged."""


def round_trip_yaml(mapping: int, sequence: int, offset: int, *,
                    preserve_quotes: bool = True) -> YAML:
    """A round-trip reader and writer with the given indentation and the project's quoting."""
    yaml = YAML(typ="rt")
    yaml.Representer = QuotingRepresenter
    yaml.indent(mapping=mapping, sequence=sequence, offset=offset)
    yaml.width = WIDTH
    yaml.preserve_quotes = preserve_quotes
    return yaml


def with_dates(value: Any, key: str = "") -> Any:
    """``value`` with the ISO dates of date fields as dates, so YAML writes them plain."""
    if isinstance(value, dict):
        return {k: with_dates(v, k) for k, v in value.items()}
    if isinstance(value, list):
        return [with_dates(v, key) for v in value]
    if key in DATE_KEYS and isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return value
    return value


def guess_indentation(text: str) -> tuple[int, int, int]:
    """(mapping indent, sequence indent, dash offset) the file uses; (2, 4, 2) by default."""
    mapping = sequence = offset = None
    after_top_key = False
    for line in text.splitlines():
        stripped = line.lstrip(" ")
        if not stripped or stripped.startswith("#"):
            continue
        indent = len(line) - len(stripped)
        if indent == 0 and not (after_top_key and stripped.startswith("- ")):
            after_top_key = stripped.rstrip().endswith(":")
            continue
        if after_top_key:
            if stripped.startswith("- ") and offset is None:
                offset = indent
                rest = stripped[2:]
                sequence = indent + 2 + (len(rest) - len(rest.lstrip(" ")))
            elif mapping is None and not stripped.startswith("- "):
                mapping = indent
        after_top_key = False
        if mapping is not None and offset is not None:
            break
    mapping = mapping or 2
    if offset is None:
        return mapping, mapping + 2, mapping
    return mapping, max(sequence or offset + 2, offset + 2), offset


def merge_tree(tree: CommentedMap, new: dict[str, Any], *, aliases: bool = True) -> None:
    """Merge ``new`` into ``tree`` in place (``aliases``: the tree may share nodes)."""
    token = _SHARED.set(frozenset(shared_nodes(tree)) if aliases else frozenset())
    try:
        _merge_map(tree, new)
    finally:
        _SHARED.reset(token)


def _merge_map(target: CommentedMap, new: dict[str, Any]) -> None:
    tail = _detach_tail(target)
    _merge_map_keys(target, new)
    _attach_tail(target, tail)


def _merge_map_keys(target: CommentedMap, new: dict[str, Any]) -> None:
    for key in [k for k in target if k not in new]:
        del target[key]
    order = list(new)
    for position, key in enumerate(order):
        value = new[key]
        if key in target:
            if value == [] and _block_list(target[key]):
                _empty(target, key)
            else:
                target[key] = _merged(target[key], value)
            continue
        index = _insert_index(target, order[:position])
        target.insert(index, key, to_commented(value))


def _block_list(node: Any) -> bool:
    return isinstance(node, CommentedSeq) and bool(node) and not node.fa.flow_style()


def _empty(target: CommentedMap, key: str) -> None:
    """Give ``key`` an empty list (``key: []``), keeping the comments around its old items.

    ruamel keeps the comments between the key and the first item on the key itself, where they
    would be written between the key and ``[]`` (text that does not read); they move after it,
    with the comments that followed the last item.
    """
    tail = _detach_tail(target[key])
    slot = target.ca.items.pop(key, None) or [None, None, None, None]
    text = slot[2].value if slot[2] is not None else "\n"
    for token in slot[3] or ():
        text += " " * token.column + token.value
    text += tail
    target[key] = to_commented([])
    column = slot[2].column if slot[2] is not None else 0
    if text.strip():
        target.ca.items[key] = [None, None, CommentToken(text, CommentMark(column), None), None]


def _insert_index(target: CommentedMap, earlier_keys: list[str]) -> int:
    keys = list(target)
    for key in reversed(earlier_keys):
        if key in target:
            return keys.index(key) + 1
    return 0 if earlier_keys == [] else len(keys)


def _merged(old: Any, new: Any) -> Any:
    if isinstance(old, CommentedMap) and isinstance(new, dict):
        old = _own(old, new)
        _merge_map(old, new)
        return old
    if isinstance(old, CommentedSeq) and isinstance(new, list):
        old = _own(old, new)
        _merge_seq(old, new)
        return old
    if _same_scalar(old, new):
        return old
    if isinstance(new, str) and isinstance(old, ScalarString):
        return _restyled(old, new)
    return to_commented(new)


def _restyled(old: ScalarString, new: str) -> str:
    """``new`` in ``old``'s style where it reads back the same in it, else in a style that does.

    A mapping gives a new plain str the style of the value it replaces (folded, literal,
    quoted); text with a line separator needs double quotes, and a block style loses spaces at
    line ends and starts.
    """
    style = quote_style(new)
    if style == '"':
        return DoubleQuotedScalarString(new)
    if isinstance(old, (FoldedScalarString, LiteralScalarString)) and not _block_safe(new):
        return SingleQuotedScalarString(new) if style else PlainScalarString(new)
    return new


def _block_safe(text: str) -> bool:
    return bool(text) and "\r" not in text and all(
        line == line.strip(" \t") for line in text.split("\n"))


def _own(node: Any, new: Any) -> Any:
    """``node``, or its own copy when an alias shares it and ``new`` changes it.

    The copy keeps the edit from reaching the other places that share the node.
    """
    if id(node) in _SHARED.get() and _plain(node) != _plain(new):
        return unshared_copy(node)
    return node


def _same_scalar(old: Any, new: Any) -> bool:
    if isinstance(old, (CommentedMap, CommentedSeq)):
        return False
    if isinstance(old, dt.date) and isinstance(new, str):
        return old.isoformat() == new
    if isinstance(old, bool) or isinstance(new, bool):
        return type(old) is type(new) and old == new
    return (type(old) is type(new) and old == new) or (str(old) == new and isinstance(old, str))


def _merge_seq(old: CommentedSeq, new: list[Any]) -> None:
    tail = _detach_tail(old)
    _merge_seq_values(old, new)
    _attach_tail(old, tail)


def _merge_seq_values(old: CommentedSeq, new: list[Any]) -> None:
    if _is_item_list(old) and all(isinstance(v, dict) and "id" in v for v in new):
        _merge_items(old, new)
        return
    if len(old) == len(new) and all(_same_scalar(a, b) for a, b in zip(old, new, strict=True)):
        return
    if len(old) == len(new):
        for index, value in enumerate(new):
            old[index] = _merged(old[index], value)
        return
    while len(old) > len(new):
        del old[len(old) - 1]
    for index, value in enumerate(new):
        if index < len(old):
            old[index] = _merged(old[index], value)
        else:
            old.append(to_commented(value))


def _last_slot(node: Any) -> tuple[CommentedMap | None, Any]:
    """The map and key whose comment slot holds what follows ``node``'s last line."""
    while True:
        if isinstance(node, CommentedSeq):
            if not node or node.fa.flow_style() or not isinstance(node[-1], CommentedMap):
                return None, None
            node = node[-1]
        elif isinstance(node, CommentedMap) and node:
            key = list(node)[-1]
            value = node[key]
            if (isinstance(value, CommentedMap) and value) or (
                isinstance(value, CommentedSeq) and _last_slot(value)[0] is not None
            ):
                node = value
            else:
                return node, key
        else:
            return None, None


def _detach_tail(node: Any) -> str:
    """Take the blank lines and comments that follow the last line of ``node``.

    ruamel keeps them on the last key; they belong after the whole block, so they move to
    whatever is last once the block has been merged (added items go before them).
    """
    holder, key = _last_slot(node)
    slot = holder.ca.items.get(key) if holder is not None else None
    if not slot or len(slot) < 3 or slot[2] is None:
        return ""
    token = slot[2]
    line_end, newline, rest = token.value.partition("\n")
    if not rest:
        return ""
    if line_end:
        token.value = line_end + newline
    else:
        slot[2] = None
    return rest


def _attach_tail(node: Any, tail: str) -> None:
    if not tail:
        return
    holder, key = _last_slot(node)
    if holder is None:
        return
    slot = holder.ca.items.setdefault(key, [None, None, None, None])
    if slot[2] is None:
        slot[2] = CommentToken("\n" + tail, CommentMark(0), None)
    else:
        slot[2].value += tail


def _is_item_list(seq: CommentedSeq) -> bool:
    return all(isinstance(v, CommentedMap) and "id" in v for v in seq)


def _merge_items(old: CommentedSeq, new: list[dict[str, Any]]) -> None:
    """Match items (:mod:`app.storage.item_match`): keep, drop, add and reorder them.

    A kept item keeps its comments; each old item is used once, so duplicate ids never make
    two places share one node (which would be written as an anchor and an alias).
    """
    match = matched([_plain(item) for item in old], [_plain(value) for value in new])
    kept = {number for number in match if number is not None}
    for index in reversed(range(len(old))):
        if index not in kept:
            _drop(old, index)
    objects = dict(zip(sorted(kept), list(old), strict=True))
    order = [number for number in match if number is not None]
    if order != sorted(kept):
        for index, number in enumerate(order):
            old[index] = objects[number]
    for position, (value, number) in enumerate(zip(new, match, strict=True)):
        if number is None:
            old.insert(position, to_commented(value))
            continue
        item = objects[number]
        owned = _own(item, value)
        if owned is not item and old[position] is item:
            old[position] = item = owned
        _merge_map(item, value)


def _drop(seq: CommentedSeq, index: int) -> None:
    """Delete item ``index`` with its own comments (those directly above it).

    The comments after it (the next item's own, headings) stay in place. ruamel keeps the
    comments above the first item on the section's key, where they stay.
    """
    tail = _detach_tail(seq[index]) if index + 1 < len(seq) else ""
    before = _without_own(_detach_tail(seq[index - 1])) if index > 0 else ""
    del seq[index]
    if index > 0:
        _attach_tail(seq[index - 1], before + tail)


def _without_own(text: str) -> str:
    """``text`` (comment lines) without its last run of comments that no blank line ends."""
    lines = text.splitlines(keepends=True)
    while lines and lines[-1].strip():
        lines.pop()
    return "".join(lines)


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def to_commented(value: Any) -> Any:
    """Plain data as ruamel.yaml nodes; lists of scalars are written in flow style."""
    if isinstance(value, dict):
        result = CommentedMap()
        for key, item in value.items():
            result[key] = to_commented(item)
        return result
    if isinstance(value, list):
        seq = CommentedSeq(to_commented(v) for v in value)
        if all(not isinstance(v, (dict, list)) for v in value):
            seq.fa.set_flow_style()
        return seq
    return value
