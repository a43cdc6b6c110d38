"""Fast, safe YAML reading with libyaml and the YAML 1.2 core schema.

The parser builds a node tree in C; this module turns it into plain Python data (dicts, lists,
str, int, float, bool, None). It refuses every tag that would construct an object, duplicate
keys, excessive nesting and alias expansion, and files that are too large or not text. Every
refusal is a :class:`~app.storage.errors.PolicyFileError` naming the line and column.

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
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from app.storage.errors import PolicyFileError

MAX_BYTES = 32 * 1024 * 1024
MAX_DEPTH = 64
MAX_ALIAS_NODES = 100_000
_PRESCAN_DEPTH = 1000  # beyond this libyaml's recursive composer could overflow the C stack

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
_BRACKETS = re.compile(rb"[\[\]{}]")
_INNERMOST = re.compile(rb"\[[^\[\]{}]*\]|\{[^\[\]{}]*\}")
_DEEP_INDENT = re.compile(rb"^[ \t]{%d}" % _PRESCAN_DEPTH, re.MULTILINE)
_DEEP_COMPACT = re.compile(rb"(?:[-?][ \t]+){%d}" % _PRESCAN_DEPTH)


@dataclass(frozen=True)
class YamlDocument:
    """Parsed data plus the node tree it came from (kept for line/column look-ups)."""

    data: object
    root: Node
    text: str


class _Composer(CParser):  # type: ignore[misc]
    """libyaml's composer with a YAML 1.2 core-schema resolver."""

    def resolve(self, kind: type, value: str | None, implicit: object) -> str:
        if kind is ScalarNode:
            if implicit[0]:  # type: ignore[index]
                tag = _WORDS.get(value)  # type: ignore[arg-type]
                if tag is not None:
                    return tag
                if value[0] in _NUMBER_START:  # type: ignore[index]
                    if _INT_RE.fullmatch(value):  # type: ignore[arg-type]
                        return _INT
                    if _FLOAT_RE.fullmatch(value):  # type: ignore[arg-type]
                        return _FLOAT
            return _STR
        return _SEQ if kind is SequenceNode else _MAP

    def descend_resolver(self, parent: object, index: object) -> None:
        return None

    def ascend_resolver(self) -> None:
        return None


def plain_scalar_tag(value: str) -> str:
    """The tag this reader gives ``value`` written as a plain (unquoted) scalar."""
    return _Composer.resolve(None, ScalarNode, value, (True, False))  # type: ignore[arg-type]


def read_bytes(data: bytes, file: str) -> YamlDocument:
    """Parse ``data`` (the bytes of ``file``) into plain Python data, safely."""
    if len(data) > MAX_BYTES:
        raise PolicyFileError.at(
            file, 1, 1, f"file is {len(data) / 1e6:.1f} MB; the limit is {MAX_BYTES // 2**20} MiB"
        )
    text = _decode(data, file)
    if not text.strip():
        raise PolicyFileError.at(file, 1, 1, "file is empty")
    raw = text.encode("utf-8") if not _is_plain_utf8(data) else data
    _prescan_depth(raw, text, file)
    parser = _Composer(raw)
    try:
        root = parser.get_single_node()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        raise PolicyFileError.at(file, line, column, _yaml_message(exc)) from None
    except yaml.YAMLError as exc:
        position = getattr(exc, "position", 0) or 0
        line, column = _line_col(raw, position)
        raise PolicyFileError.at(file, line, column, _yaml_message(exc)) from None
    finally:
        parser.dispose()
    if root is None:
        raise PolicyFileError.at(file, 1, 1, "file holds no YAML document")
    builder = _Builder(file, track_aliases=b"*" in raw)
    return YamlDocument(builder.build(root, 0), root, text)


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
            file, line, column, f"file is not UTF-8 text (byte 0x{data[exc.start]:02x})"
        ) from None


def _is_plain_utf8(data: bytes) -> bool:
    return not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))


def _line_col(data: bytes, offset: int) -> tuple[int, int]:
    head = data[:offset]
    line = head.count(b"\n") + 1
    last = head.rfind(b"\n")
    column = len(head[last + 1:].decode("utf-8", "replace")) + 1
    return line, column


def _prescan_depth(raw: bytes, text: str, file: str) -> None:
    """Refuse absurd nesting before libyaml's recursive composer sees it."""
    # Deep block nesting needs a line of at least _PRESCAN_DEPTH characters (indentation or
    # compact "- - - ..." items), so only such lines are searched.
    if any(len(line) >= _PRESCAN_DEPTH for line in raw.split(b"\n")):
        for pattern in (_DEEP_INDENT, _DEEP_COMPACT):
            hit = pattern.search(raw)
            if hit:
                line, column = _line_col(raw, hit.start())
                raise PolicyFileError.at(file, line, column, _too_deep(_PRESCAN_DEPTH))
    if raw.count(b"[") + raw.count(b"{") < _PRESCAN_DEPTH:
        return
    # Strip innermost bracket pairs level by level at C speed; what survives is either deep
    # nesting or unbalanced brackets inside text, which the exact scan below sorts out.
    remainder = raw
    for _ in range(MAX_DEPTH):
        stripped = _INNERMOST.sub(b"", remainder)
        if stripped == remainder:
            break
        remainder = stripped
    if not _BRACKETS.search(remainder):
        return
    depth = 0
    for match in _BRACKETS.finditer(raw):
        if match.group() in (b"[", b"{"):
            depth += 1
            if depth >= _PRESCAN_DEPTH:
                line, column = _line_col(raw, match.start())
                raise PolicyFileError.at(file, line, column, _too_deep(_PRESCAN_DEPTH))
        elif depth:
            depth -= 1


def _too_deep(limit: int) -> str:
    return f"nesting is deeper than {limit} levels; a policy file never needs that"


def _yaml_message(exc: yaml.YAMLError) -> str:
    problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    context = getattr(exc, "context", None)
    message = f"{context}: {problem}" if context else str(problem)
    return f"YAML syntax: {message}"


class _Builder:
    """Turns nodes into Python data, enforcing the safety rules."""

    def __init__(self, file: str, *, track_aliases: bool) -> None:
        self.file = file
        self.seen: set[int] | None = set() if track_aliases else None
        self.alias_nodes = 0

    def fail(self, node: Node, message: str) -> PolicyFileError:
        mark = node.start_mark
        return PolicyFileError.at(self.file, mark.line + 1, mark.column + 1, message)

    def build(self, node: Node, depth: int) -> object:
        if depth > MAX_DEPTH:
            raise self.fail(node, _too_deep(MAX_DEPTH))
        if self.seen is not None:
            self._count_alias(node)
        tag = node.tag
        if tag == _STR and isinstance(node, ScalarNode):
            return node.value
        if tag == _MAP and isinstance(node, MappingNode):
            result: dict[object, object] = {}
            for key_node, value_node in node.value:
                key = self.build(key_node, depth + 1)
                if isinstance(key, (dict, list)):
                    raise self.fail(key_node, "a key must be plain text")
                if key in result:
                    raise self.fail(key_node, f"duplicate key '{key}'")
                result[key] = self.build(value_node, depth + 1)
            return result
        if tag == _SEQ and isinstance(node, SequenceNode):
            return [self.build(child, depth + 1) for child in node.value]
        return self._scalar(node)

    def _count_alias(self, node: Node) -> None:
        assert self.seen is not None
        if id(node) in self.seen:
            self.alias_nodes += 1
            if self.alias_nodes > MAX_ALIAS_NODES:
                raise self.fail(node, "aliases expand to too much data (possible alias bomb)")
        elif isinstance(node, (MappingNode, SequenceNode)):
            self.seen.add(id(node))

    def _scalar(self, node: Node) -> object:
        tag, value = node.tag, node.value
        if not isinstance(node, ScalarNode) or tag in (_MAP, _SEQ):
            raise self.fail(node, _tag_refused(tag))
        if tag == _NULL:
            return None
        if tag == _BOOL:
            if value.lower() not in ("true", "false"):
                raise self.fail(node, f"'{value}' is not true or false")
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
            raise self.fail(node, f"'{value[:40]}' is not a usable number") from None
        raise self.fail(node, _tag_refused(tag))


def _tag_refused(tag: str) -> str:
    shown = "!!" + tag.removeprefix("tag:yaml.org,2002:") if tag.startswith("tag:yaml") else tag
    return f"the tag '{shown}' is not allowed in a policy file (only plain data is)"
