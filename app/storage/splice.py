"""Saving into a file's own text by rewriting only what changed.

The policy being saved is compared with what the file's text holds (:mod:`app.storage.text_index`)
top-level key by key and, in block-style sections, item by item (matched as
:mod:`app.storage.item_match` says: by id, renames kept, replaced items new). A section whose
items are all deleted becomes ``key: []``. Unchanged items keep their text byte for byte; a
changed item's lines are merged with its new value (:mod:`app.storage.splice_render`), its
unchanged fields keeping their own lines; new items are written after the item before them,
deleted ones are cut out with their own comments (:mod:`app.storage.splice_lines` says which
lines are an item's own), and reordered ones move with theirs.

The result is checked before it is returned. The text between two item dashes (or top-level
keys) reads the same wherever it stands, so every such window that is not byte-identical to a
window of the old text holding the same value is read again with the app's reader and must hold
exactly the value being saved. Whatever cannot be made sure of this way raises
:class:`~app.storage.splice_lines.CannotSplice`, and the caller rewrites the whole file.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Any

from app.domain.models import Policy
from app.storage.encoding import newline_of
from app.storage.errors import PolicyFileError
from app.storage.item_match import matched
from app.storage.safe_yaml import read_bytes
from app.storage.splice_emit import item_lines
from app.storage.splice_fields import with_old_fields
from app.storage.splice_lines import CannotSplice, Part, all_blank, blank, comment, parts
from app.storage.splice_render import Style, fresh_lines, merged_lines
from app.storage.text_index import Entry, TextIndex, index_of, remember_index
from app.storage.yaml_merge import guess_indentation

_ODD_BREAKS = ("\x85", "\u2028", "\u2029", "\ufeff")
"""Characters some YAML readers take as line breaks (or a mark) where line counts would differ."""


def policy_data(policy: Policy) -> dict[str, Any]:
    """What a save writes, as the reader reads it back (dates as ISO text)."""
    data = policy.model_dump(mode="json", exclude_unset=True)
    return {"format_version": policy.format_version, **data}


def spliced_text(policy: Policy, base_text: str) -> str:
    """``base_text`` with ``policy`` saved into it, rewriting only what changed.

    Raises:
        CannotSplice: when the result could not be made sure of (rewrite the whole file).
    """
    _check_characters(base_text)
    lines = base_text.split("\n")
    index = index_of(base_text, lines)
    if index is None or not index.entries:
        raise CannotSplice("the file's layout is not one whose parts can be rewritten alone")
    new = policy_data(policy)
    if new["format_version"] != index.data.get("format_version"):
        raise CannotSplice("the format version changes")
    if new == index.data:
        return base_text
    writer = _Writer(lines, index, new, _style(base_text))
    writer.write()
    writer.verify()
    text = "\n".join(writer.out)
    remember_index(text, TextIndex(new, tuple(writer.entries)))
    return text


def refused_reason(message: str) -> str:
    """Why the whole file was rewritten: the check refused the partial rewrite's text."""
    return f"the partial rewrite was refused: {message}"


def failed_reason(exc: Exception) -> str:
    """Why the whole file was rewritten: the partial rewrite raised ``exc``."""
    return f"the partial rewrite failed: {type(exc).__name__}: {exc}"


def _check_characters(text: str) -> None:
    if any(mark in text for mark in _ODD_BREAKS):
        raise CannotSplice("the file holds characters that some readers take as line breaks")
    if "\r" in text and text.count("\r") != text.count("\r\n"):
        raise CannotSplice("the file ends lines with a lone carriage return")


def _style(text: str) -> Style:
    mapping, sequence, offset = guess_indentation(text)
    return Style(mapping, sequence, offset, newline_of(text) == "\r\n")


@dataclass
class _Mark:
    """Where a top-level key or an item starts in the new text, and what it must hold there."""

    at: int
    key: str
    expected: Any
    old: int | None = None
    """Line of the same element, holding the same value, in the old text (None: changed)."""
    dash: int | None = None
    """For an item: the column of its dash."""
    section: bool = False
    """A section key whose items have their own marks."""


@dataclass
class _Writer:
    lines: list[str]
    index: TextIndex
    new: dict[str, Any]
    style: Style
    out: list[str] = field(default_factory=list)
    marks: list[_Mark] = field(default_factory=list)
    entries: list[Entry] = field(default_factory=list)

    def write(self) -> None:
        """Write the new text into ``out``: top-level keys in the file's order."""
        lines, entries = self.lines, self.index.entries
        starts = [entry.line for entry in entries]
        prefix = lines[:starts[0]]
        if not all(blank(line) or comment(line) or line.rstrip() == "---" for line in prefix):
            raise CannotSplice("the file starts with directives")
        top, after = parts(lines, starts[0], starts, len(lines), 0)
        self.out.extend(prefix)
        added = self._added_keys()
        separator = self._separator(top)
        for key in added.pop(None, []):
            self._fresh_key(key, separator)
        pending: list[str] = []
        for entry, part in zip(entries, top, strict=True):
            if entry.key not in self.new:
                pending += lines[part.gap.start:part.gap.stop]
                continue
            self.out += pending + lines[part.gap.start:part.own.stop]
            pending = []
            self._key(entry, part)
            for key in added.get(entry.key, []):
                self._fresh_key(key, separator)
        self.out += pending + lines[after:]

    def _added_keys(self) -> dict[str | None, list[str]]:
        """Keys new to the file, by the key they follow (None: before every key)."""
        old = {entry.key for entry in self.index.entries}
        found: dict[str | None, list[str]] = {}
        before: str | None = None
        for key in self.new:
            if key in old:
                before = key
            else:
                found.setdefault(before, []).append(key)
        return found

    def _separator(self, found: list[Part]) -> list[str]:
        gap = found[1].gap if len(found) > 1 else range(0)
        return self.lines[gap.start:gap.stop] if gap and all_blank(self.lines, gap) else []

    def _fresh_key(self, key: str, separator: list[str]) -> None:
        self.out += separator
        self._mark(key, self.new[key])
        self.out += fresh_lines(key, self.new[key], self.style, item=False)

    def _mark(self, key: str, expected: Any, **how: Any) -> _Mark:
        mark = _Mark(len(self.out), key, expected, **how)
        self.marks.append(mark)
        if mark.dash is None:
            self.entries.append(Entry(key, mark.at))
        return mark

    def _key(self, entry: Entry, part: Part) -> None:
        value, old = self.new[entry.key], self.index.data.get(entry.key)
        body = self.lines[part.body.start:part.body.stop]
        if entry.items is not None and _item_list(value):
            self._section(entry, part, value)
        elif entry.items is not None and value == []:
            self._emptied(entry, part)
        elif value == old:
            self._mark(entry.key, value, old=entry.line)
            self.out += body
        else:
            self._mark(entry.key, value)
            self.out += _merged(entry.key, body, old, value, self.style, item=False)

    def _section(self, entry: Entry, part: Part, value: list[dict[str, Any]]) -> None:
        lines, starts, old = self.lines, entry.items or (), self.index.data[entry.key]
        items, after = parts(lines, entry.line + 1, starts, part.body.stop, entry.dash)
        self._mark(entry.key, value, section=True)
        self.out += lines[entry.line:items[0].own.start]
        style = Style(self.style.mapping, max(entry.content, entry.dash + 2), entry.dash,
                      self.style.crlf)
        match = matched(old, value)
        kept = set(match) - {None}
        carried: dict[int, list[str]] = {}
        pending: list[str] = []
        for number, item in enumerate(items[1:], start=1):
            if number not in kept:
                pending += lines[item.gap.start:item.gap.stop]
            elif pending:
                carried[number], pending = pending, []
        separator = self._separator(items)
        first_at = len(self.out)
        for position, (item, was) in enumerate(zip(value, match, strict=True)):
            if was is None:
                self.out += separator if position else []
                self._mark(entry.key, item, dash=entry.dash)
                self.out += fresh_lines(entry.key, item, style, item=True)
                continue
            piece = items[was]
            self.out += carried.get(was, [])
            if was:
                self.out += lines[piece.gap.start:piece.gap.stop]
            elif position:
                self.out += separator
            self.out += lines[piece.own.start:piece.own.stop]
            body = lines[piece.body.start:piece.body.stop]
            if old[was] == item:
                self._mark(entry.key, item, old=starts[was], dash=entry.dash)
                self.out += body
            else:
                self._mark(entry.key, item, dash=entry.dash)
                self.out += _quick(old[was], item, body, style) or _merged(
                    entry.key, body, old[was], item, style, item=True)
        self.out += pending + lines[after:part.body.stop]
        dashes = tuple(mark.at for mark in self.marks if mark.dash is not None
                       and mark.at >= first_at and mark.key == entry.key)
        self.entries[-1] = Entry(entry.key, self.entries[-1].line, dashes, entry.dash,
                                 style.sequence)

    def _emptied(self, entry: Entry, part: Part) -> None:
        """``key: []`` for a section whose items were all deleted, with its other comments.

        The items take their own comments along; headings between them and the comments after
        the last one stay, after the key.
        """
        lines = self.lines
        items, after = parts(lines, entry.line + 1, entry.items or (), part.body.stop, entry.dash)
        key_line = lines[entry.line]
        rest = key_line[len(entry.key) + 1:].removesuffix("\r")
        self._mark(entry.key, [])
        self.out.append(f"{entry.key}: []{rest if rest.strip() else ''}"
                        + ("\r" if key_line.endswith("\r") else ""))
        for item in items:
            self.out += lines[item.gap.start:item.gap.stop]
        self.out += lines[after:part.body.stop]

    def verify(self) -> None:
        """Read again every window of the new text that is not an old window holding the same."""
        old_starts = sorted([e.line for e in self.index.entries]
                            + [line for e in self.index.entries for line in e.items or ()])
        ends = [mark.at for mark in self.marks[1:]] + [len(self.out)]
        for mark, end in zip(self.marks, ends, strict=True):
            window = self.out[mark.at:end]
            if mark.section:
                if not all(blank(line) or comment(line) for line in window[1:]):
                    raise CannotSplice(f"the lines before the first item of '{mark.key}' changed")
                continue
            if mark.old is not None:
                old_end = _next(old_starts, mark.old, len(self.lines))
                if self.lines[mark.old:old_end] == window:
                    continue
            _check_window(mark, window)


def _quick(old: dict[str, Any], new: dict[str, Any], body: list[str], style: Style
           ) -> list[str] | None:
    """``new``'s lines by the quick writer, when it writes ``old`` exactly as ``body`` has it."""
    before = item_lines(old, style.offset, style.sequence, style.mapping)
    if before is None or len(before) != len(body):
        return None
    if before != [line.removesuffix("\r") for line in body] if style.crlf else before != body:
        return None
    after = item_lines(new, style.offset, style.sequence, style.mapping)
    if after is not None and style.crlf:
        return [line + "\r" for line in after]
    return after


def _next(starts: list[int], line: int, last: int) -> int:
    found = bisect.bisect_right(starts, line)
    return starts[found] if found < len(starts) else last


def _merged(key: str, body: list[str], old: Any, new: Any, style: Style, *, item: bool
            ) -> list[str]:
    """``body`` merged with ``new``, the fields ``old`` and ``new`` share keeping their lines."""
    lines = merged_lines(key, body, new, style, item=item)
    kept = with_old_fields(body, lines, old, new, item=item)
    if kept is lines:
        return lines
    try:
        data = _read(kept)
    except PolicyFileError:
        return lines
    return kept if data == ([new] if item else {key: new}) else lines


def _read(window: list[str]) -> Any:
    return read_bytes(("\n".join(window) + "\n").encode("utf-8"), "<window>").data


def _check_window(mark: _Mark, window: list[str]) -> None:
    try:
        data = _read(window)
    except PolicyFileError as exc:
        raise CannotSplice(f"rewritten '{mark.key}' text does not read: {exc}") from None
    if mark.dash is not None:
        good = (window[0].startswith(" " * mark.dash + "-") and isinstance(data, list)
                and len(data) == 1 and data[0] == mark.expected)
    else:
        good = isinstance(data, dict) and data == {mark.key: mark.expected}
    if not good:
        raise CannotSplice(f"rewritten '{mark.key}' text does not read back as saved")


def _item_list(value: Any) -> bool:
    return (isinstance(value, list) and bool(value)
            and all(isinstance(item, dict) and isinstance(item.get("id"), str) for item in value))

