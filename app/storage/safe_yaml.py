"""Fast, safe YAML reading with libyaml and the YAML 1.2 core schema.

libyaml parses in C; this module turns its events into plain Python data (dicts, lists, str,
int, float, bool, None) and a compact map of positions, without a node tree. It refuses every
tag that would construct an object, duplicate keys, excessive nesting, alias expansion and
value counts, and files that are too large or not text. Every refusal is a
:class:`~app.storage.errors.PolicyFileError` naming the line and column.

Plain scalars are resolved as YAML 1.2 does (``yes``/``no``/``on``/``off`` stay text), which is
also how the round-trip writer reads them, so both agree on what a file means.
"""

from __future__ import annotations

import codecs
import math
import re
from dataclasses import dataclass

import yaml
from yaml._yaml import CParser
from yaml.events import (
    AliasEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
    StreamEndEvent,
)
from yaml.nodes import Node, ScalarNode, SequenceNode

from app.domain.i18n import QT_TRANSLATE_NOOP, translate
from app.domain.typography import number as grouped
from app.storage.errors import PolicyFileError
from app.storage.source_map import SourceMap, Spot, pack, unpack

MAX_BYTES = 32 * 1024 * 1024
MAX_DEPTH = 64
MAX_ALIAS_NODES = 100_000
MAX_VALUES = 2_000_000
"""Keys, values and items in one file; the large benchmark policy holds about 230,000."""
MAX_ITEMS = 100_000
"""Entries of one list or mapping; the large benchmark's longest list has 10,000."""

_STR = "tag:yaml.org,2002:str"
_INT = "tag:yaml.org,2002:int"
_FLOAT = "tag:yaml.org,2002:float"
_BOOL = "tag:yaml.org,2002:bool"
_NULL = "tag:yaml.org,2002:null"
_SEQ = "tag:yaml.org,2002:seq"
_MAP = "tag:yaml.org,2002:map"
_WORDS = {
    "": _NULL, "~": _NULL, "null": _NULL, "Null": _NULL, "NULL": _NULL,
    "true": _BOOL, "True": _BOOL, "TRUE": _BOOL,
    "false": _BOOL, "False": _BOOL, "FALSE": _BOOL,
    ".inf": _FLOAT, ".Inf": _FLOAT, ".INF": _FLOAT, "+.inf": _FLOAT, "+.Inf": _FLOAT,
    "+.INF": _FLOAT, "-.inf": _FLOAT, "-.Inf": _FLOAT, "-.INF": _FLOAT,
    ".nan": _FLOAT, ".NaN": _FLOAT, ".NAN": _FLOAT,
}
_NUMBER_START = frozenset("0123456789+-.")
_INT_RE = re.compile(r"[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+")
_FLOAT_RE = re.compile(r"[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?")


@dataclass(frozen=True)
class YamlDocument:
    """Parsed data plus where each part of it stands in the file."""

    data: object
    source_map: SourceMap
    text: str
    anchored: bool = False
    """True when the file names a node (``&name``) that aliases may repeat."""


def plain_scalar_tag(value: str) -> str:
    """The tag this reader gives ``value`` written as a plain (unquoted) scalar."""
    tag = _WORDS.get(value)
    if tag is not None:
        return tag
    if value[0] in _NUMBER_START:
        if _INT_RE.fullmatch(value):
            return _INT
        if _FLOAT_RE.fullmatch(value):
            return _FLOAT
    return _STR


class _TreeComposer(CParser):  # type: ignore[misc]
    """libyaml's composer, resolving plain scalars as this reader does."""

    def resolve(self, kind: type, value: str | None, implicit: object) -> str:
        if kind is ScalarNode:
            plain = implicit[0]  # type: ignore[index]
            return plain_scalar_tag(value) if plain and value is not None else _STR
        return _SEQ if kind is SequenceNode else _MAP

    def descend_resolver(self, parent: object, index: object) -> None:
        return None

    def ascend_resolver(self) -> None:
        return None


def node_tree(data: bytes) -> Node:
    """Libyaml's node tree of ``data``, for the few tools that need scalar spans and styles.

    Call it only on data :func:`read_bytes` accepted: its limits (nesting, values, anchors)
    are what keep the tree small and the composer's recursion shallow.
    """
    parser = _TreeComposer(data)
    try:
        return parser.get_single_node()
    finally:
        parser.dispose()


def read_bytes(data: bytes, file: str) -> YamlDocument:
    """Parse ``data`` (the bytes of ``file``) into plain Python data, safely."""
    if len(data) > MAX_BYTES:
        raise PolicyFileError.at(file, 1, 1, too_large(len(data)))
    text = _decode(data, file)
    if not text.strip():
        raise PolicyFileError.at(file, 1, 1, translate("file errors", "file is empty"))
    raw = text.encode("utf-8") if not _is_plain_utf8(data) else data
    parser = CParser(raw)
    reader = _Reader(parser, file)
    try:
        found = reader.document()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        tab = _tab_indent(text, line)
        if tab is not None:
            raise PolicyFileError.at(file, *tab, translate(
                "file errors", "line {line} is indented with a tab; YAML indents with spaces "
                "only, so use spaces").format(line=tab[0])) from None
        raise PolicyFileError.at(file, line, column,
                                 _yaml_message(exc, text, line, column)) from None
    except yaml.YAMLError as exc:
        position = getattr(exc, "position", 0) or 0
        line, column = _line_col(raw, position)
        raise PolicyFileError.at(file, line, column, _yaml_message(exc)) from None
    finally:
        parser.dispose()
    if found is None:
        raise PolicyFileError.at(file, 1, 1,
                                 translate("file errors", "file holds no YAML document"))
    value, spot, at = found
    return YamlDocument(value, SourceMap(spot if spot is not None else at), text,
                        bool(reader.anchors or reader.open))


def too_large(size: int) -> str:
    """The message for a file of ``size`` bytes over the limit."""
    return translate("file errors", "file is {size} MiB; the limit is {limit} MiB").format(
        size=f"{size / 2**20:.1f}", limit=MAX_BYTES // 2**20)


def _decode(data: bytes, file: str) -> str:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    else:
        encoding = "utf-8-sig"
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        line, column = _line_col(data, exc.start)
        raise PolicyFileError.at(
            file, line, column, translate("file errors", "file is not UTF-8 text (byte {byte})")
            .format(byte=f"0x{data[exc.start]:02x}")
        ) from None


def _is_plain_utf8(data: bytes) -> bool:
    return not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))


def _line_col(data: bytes, offset: int) -> tuple[int, int]:
    head = data[:offset]
    line = head.count(b"\n") + 1
    last = head.rfind(b"\n")
    column = len(head[last + 1:].decode("utf-8", "replace")) + 1
    return line, column


def _too_deep(limit: int) -> str:
    return translate("file errors", "nesting is deeper than {limit} levels; a policy file "
                     "never needs that").format(limit=limit)


def _tab_indent(text: str, line: int) -> tuple[int, int] | None:
    """(line, column) of a tab in the indentation of ``line`` or the line before it, if any.

    A tab there is what stopped the parser: YAML indents with spaces only.
    """
    lines = text.split("\n", line)[:line]
    for number in (line, line - 1):
        if not 1 <= number <= len(lines):
            continue
        content = lines[number - 1]
        indent = content[:len(content) - len(content.lstrip(" \t"))]
        if "\t" in indent and content.strip():
            return number, indent.index("\t") + 1
    return None


_SYNTAX_WORDS = {
    "mapping values are not allowed": QT_TRANSLATE_NOOP(
        "file errors", "a ':' cannot start a value here; check the indentation of this line, "
                       "or put the value in quotes"),
    "did not find expected key": QT_TRANSLATE_NOOP(
        "file errors", "this line does not line up with the keys above it; check its "
                       "indentation"),
    "did not find expected ',' or ']'": QT_TRANSLATE_NOOP(
        "file errors", "a list opened with '[' is not closed with ']'"),
    "did not find expected ',' or '}'": QT_TRANSLATE_NOOP(
        "file errors", "a mapping opened with '{{' is not closed with '}}'"),
    "did not find expected '-' indicator": QT_TRANSLATE_NOOP(
        "file errors", "this line does not line up with the list items above it; check its "
                       "indentation"),
    "could not find expected ':'": QT_TRANSLATE_NOOP(
        "file errors", "a key has no ':' after it; write key: value"),
}
"""The parser's usual complaints (keyed by its English words) in words a user reads; the rest
are passed on as the parser says them."""


def _yaml_message(exc: yaml.YAMLError, text: str = "", line: int = 0, column: int = 0) -> str:
    problem = str(getattr(exc, "problem", None) or str(exc).splitlines()[0])
    context = str(getattr(exc, "context", None) or "")
    words = next((translate("file errors", said).format()
                  for known, said in _SYNTAX_WORDS.items() if known in problem), None)
    if words is None and "end of stream" in problem and "quoted scalar" in context:
        words = translate("file errors", "a quoted text is not closed: the file ends before "
                                         "its closing quote")
    if words is None and "cannot start any token" in problem:
        lines = text.split("\n", line)
        found = lines[line - 1][column - 1:column] if 0 < line <= len(lines) else ""
        if found.strip():
            words = translate("file errors", "'{character}' cannot start a value; put the "
                                             "value in quotes").format(character=found)
    if words is None:
        words = f"{context}: {problem}" if context else problem
    return translate("file errors", "YAML syntax: {words}").format(words=words)


Built = tuple[object, Spot | None, int]
"""A value, its Spot (mappings and sequences only) and its packed position."""


class _Reader:
    """Builds plain data from libyaml's events, enforcing the safety rules as it goes.

    No node tree is kept: memory grows with the data itself, and every limit (nesting, values,
    list length, alias expansion) stops the parse at the first value past it.
    """

    def __init__(self, parser: CParser, file: str) -> None:
        self.next = parser.get_event
        self.file = file
        self.values = 0
        self.expanded = 0
        self.deepest = 0
        self.anchors: dict[str, tuple[Built, int, int]] = {}
        self.open: dict[str, int] = {}

    def fail(self, at: int, message: str) -> PolicyFileError:
        line, column = unpack(at)
        return PolicyFileError.at(self.file, line, column, message)

    def document(self) -> Built | None:
        self.next()  # stream start
        event = self.next()
        if isinstance(event, StreamEndEvent):
            return None
        found = self.node(self.next(), 0)
        self.next()  # document end
        event = self.next()
        if not isinstance(event, StreamEndEvent):
            mark = event.start_mark
            raise PolicyFileError.at(self.file, mark.line + 1, mark.column + 1, translate(
                "file errors", "a policy file holds one YAML document; found another"))
        return found

    def node(self, event: object, depth: int) -> Built:
        mark = event.start_mark  # type: ignore[attr-defined]
        at = pack(mark.line + 1, mark.column + 1)
        if depth > MAX_DEPTH:
            raise self.fail(at, _too_deep(MAX_DEPTH))
        kind = event.__class__
        if kind is AliasEvent:
            return self.alias(event.anchor, at, depth)  # type: ignore[attr-defined]
        self.values += 1
        if self.values > MAX_VALUES:
            raise self.fail(at, translate("file errors", "the file holds more than {count} "
                                          "values; a policy file never needs that")
                            .format(count=grouped(MAX_VALUES)))
        anchor = event.anchor  # type: ignore[attr-defined]
        if anchor is not None:
            return self.anchored(event, anchor, at, depth)
        if kind is ScalarEvent:
            return self.scalar(event, at), None, at
        if kind is MappingStartEvent:
            self.check_tag(event.tag, _MAP, at)  # type: ignore[attr-defined]
            return self.mapping(at, depth)
        if kind is SequenceStartEvent:
            self.check_tag(event.tag, _SEQ, at)  # type: ignore[attr-defined]
            return self.sequence(at, depth)
        raise self.fail(at, translate("file errors", "YAML syntax: unexpected {event}")
                        .format(event=kind.__name__))

    def anchored(self, event: object, anchor: str, at: int, depth: int) -> Built:
        if anchor in self.anchors or anchor in self.open:
            first = self.anchors[anchor][0][2] if anchor in self.anchors else self.open[anchor]
            raise self.fail(at, translate(
                "file errors", "YAML syntax: the anchor '&{anchor}' is defined twice (first on "
                "line {line}); give each anchor its own name").format(
                    anchor=anchor, line=unpack(first)[0]))
        before, deepest = self.values + self.expanded, self.deepest
        self.deepest = depth
        self.open[anchor] = at
        event.anchor = None  # type: ignore[attr-defined]
        self.values -= 1
        found = self.node(event, depth)
        del self.open[anchor]
        size = self.values + self.expanded - before + 1
        self.anchors[anchor] = (found, size, self.deepest - depth)
        self.deepest = max(deepest, self.deepest)
        return found

    def alias(self, anchor: str, at: int, depth: int) -> Built:
        if anchor in self.open:
            raise self.fail(at, translate("file errors", "{too_deep} (the alias '*{anchor}' "
                                          "is inside the value it names)").format(
                too_deep=_too_deep(MAX_DEPTH), anchor=anchor))
        known = self.anchors.get(anchor)
        if known is None:
            raise self.fail(at, translate("file errors", "YAML syntax: found undefined alias "
                                          "'*{anchor}'").format(anchor=anchor))
        (value, spot, _), size, height = known
        if depth + height > MAX_DEPTH:
            raise self.fail(at, _too_deep(MAX_DEPTH))
        self.expanded += size
        if self.expanded > MAX_ALIAS_NODES:
            raise self.fail(at, translate("file errors", "aliases expand to too much data "
                                          "(possible alias bomb)"))
        self.deepest = max(self.deepest, depth + height)
        return value, spot, at

    def check_tag(self, tag: str | None, wanted: str, at: int) -> None:
        if tag is not None and tag != "!" and tag != wanted:
            raise self.fail(at, _tag_refused(tag))

    def mapping(self, at: int, depth: int) -> Built:
        result: dict[object, object] = {}
        keys: list[object] = []
        spot = Spot(at, keys)
        marks, kids, node, get = spot.marks, spot.kids, self.node, self.next
        depth += 1
        self.deepest = max(self.deepest, depth)
        while (event := get()).__class__ is not MappingEndEvent:
            key, key_spot, key_at = node(event, depth)
            if key_spot is not None:
                raise self.fail(key_at, translate("file errors", "a key must be plain text"))
            if key in result:
                raise self.fail(key_at, translate("file errors", "duplicate key '{key}'")
                                .format(key=key))
            if len(keys) >= MAX_ITEMS:
                raise self.fail(key_at, _too_many(translate(
                    "file errors", "more than {count} keys in one place; a policy file never "
                                   "needs that")))
            value, value_spot, value_at = node(get(), depth)
            result[key] = value
            keys.append(key)
            marks.append(key_at)
            marks.append(value_at)
            kids.append(value_spot)
        return result, spot, at

    def sequence(self, at: int, depth: int) -> Built:
        result: list[object] = []
        spot = Spot(at, None)
        marks, kids, node, get = spot.marks, spot.kids, self.node, self.next
        depth += 1
        self.deepest = max(self.deepest, depth)
        while (event := get()).__class__ is not SequenceEndEvent:
            value, value_spot, value_at = node(event, depth)
            if len(result) >= MAX_ITEMS:
                raise self.fail(value_at, _too_many(translate(
                    "file errors", "more than {count} items in one place; a policy file never "
                                   "needs that")))
            result.append(value)
            marks.append(value_at)
            kids.append(value_spot)
        return result, spot, at

    def scalar(self, event: ScalarEvent, at: int) -> object:
        tag, value = event.tag, event.value
        if tag is None or tag == "!":
            if not event.implicit[0]:
                return value
            tag = plain_scalar_tag(value)
            if tag is _STR:
                return value
        elif tag == _STR:
            return value
        return self.typed(tag, value, at)

    def typed(self, tag: str, value: str, at: int) -> object:
        if tag == _NULL:
            return None
        if tag == _BOOL:
            if value.lower() not in ("true", "false"):
                raise self.fail(at, translate("file errors", "'{value}' is not true or false")
                                .format(value=value))
            return value.lower() == "true"
        try:
            if tag == _INT:
                if value.startswith("0o"):
                    return int(value[2:], 8)
                return int(value, 16) if value.startswith("0x") else int(value)
            if tag == _FLOAT:
                lowered = value.lower()
                if lowered.endswith(".inf"):
                    return -math.inf if lowered.startswith("-") else math.inf
                return math.nan if lowered == ".nan" else float(value)
        except ValueError:
            raise self.fail(at, translate("file errors", "'{value}' is not a usable number")
                            .format(value=value[:40])) from None
        raise self.fail(at, _tag_refused(tag))


def _too_many(sentence: str) -> str:
    return sentence.format(count=grouped(MAX_ITEMS))


def _tag_refused(tag: str) -> str:
    shown = "!!" + tag.removeprefix("tag:yaml.org,2002:") if tag.startswith("tag:yaml") else tag
    return translate("file errors", "the tag '{tag}' is not allowed in a policy file (only "
                                    "plain data is)").format(tag=shown)
