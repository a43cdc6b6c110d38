"""Read a table (CSV) the way spreadsheet programs save it, for the imports (no Qt).

What comes back from a spreadsheet is not always what was exported:

- **encoding**: Excel's "CSV UTF-8" starts with a byte-order mark; its plain "CSV" is the
  Windows code page (Windows-1252 in Western Europe); "Unicode text" is UTF-16 with a BOM.
  LibreOffice writes UTF-8, with or without a BOM. UTF-8 is tried first, then Windows-1252
  (with a note saying so); UTF-16 without a BOM and binary files are refused clearly.
- **delimiter**: German, French and other locales use a semicolon, "Unicode text" a tab. The
  delimiter is the one of comma, semicolon and tab that splits the header line into the most
  known column titles.
- **line ends**: CRLF (Excel, LibreOffice on Windows), LF, or a lone CR (old Mac Excel).

:func:`read_table` returns the records with their line numbers; problems raise
:class:`~app.storage.errors.PolicyFileError` naming the file, line and column.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from app.domain.i18n import QT_TRANSLATE_NOOP, translate
from app.storage.errors import PolicyFileError
from app.storage.input_file import read_limited
from app.storage.spreadsheet import converted_by_spreadsheets

DELIMITERS = (",", ";", "\t")
_SHOWN = {",": "comma", ";": "semicolon", "\t": "tab", "|": "'|'", ":": "':'", " ": "space"}


@dataclass
class Table:
    """The records of a CSV file, each with the line it starts on (1-based)."""

    records: list[tuple[int, list[str]]]
    delimiter: str
    encoding: str
    notes: list[str] = field(default_factory=list)


_NAMES = {"utf-8-sig": "UTF-8", "utf-16": "UTF-16", "utf-8": "UTF-8",
          "cp1252": "Windows-1252"}


def decode(data: bytes, name: str) -> tuple[str, str]:
    """(text, encoding name) of a spreadsheet's CSV bytes; PolicyFileError if it is not text.

    A byte-order mark decides (UTF-8 or UTF-16); without one, UTF-8 is tried, then
    Windows-1252.
    """
    if data.startswith(codecs.BOM_UTF8):
        tries = ("utf-8-sig",)
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        tries = ("utf-16",)
    elif data.count(b"\x00") * 4 >= len(data) > 0:
        raise PolicyFileError.at(name, 1, 1, translate(
            "tables", "the file looks like UTF-16 text without a byte-order mark; save it as "
            "'CSV UTF-8'"))
    else:
        tries = ("utf-8", "cp1252")
    for encoding in tries:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as exc:
            if encoding == tries[-1]:
                start = exc.start + (len(codecs.BOM_UTF8) if encoding == "utf-8-sig" else 0)
                raise _undecodable(name, data, start,
                                   " or ".join(_NAMES[e] for e in tries)) from None
            continue
        break
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        raise PolicyFileError.at(name, line, 1, translate(
            "tables", "the file holds NUL characters; it is not a CSV text file (save it as "
            "'CSV UTF-8')"))
    return text, _NAMES[encoding]


def _undecodable(name: str, data: bytes, start: int, encoding: str) -> PolicyFileError:
    line = data[:start].count(b"\n") + 1
    column = start - (data.rfind(b"\n", 0, start) + 1) + 1
    return PolicyFileError.at(name, line, column, translate(
        "tables", "the file is not {encoding} text (save the spreadsheet as 'CSV UTF-8')")
        .format(encoding=encoding))


def sniff_delimiter(header_line: str, titles: Iterable[str]) -> str | None:
    """The delimiter of comma, semicolon and tab that splits the header into the most known cells.

    Cells are compared with ``titles`` without case and a leading quote; None if no delimiter finds
    any.
    """
    known = {title.casefold() for title in titles}
    best, best_count = None, 0
    for delimiter in DELIMITERS:
        cells = next(csv.reader([header_line], delimiter=delimiter), [])
        count = sum(cell.strip().lstrip("'").strip().casefold() in known for cell in cells)
        if count > best_count:
            best, best_count = delimiter, count
    return best


def likely_delimiter(line: str) -> str:
    """The separator a line seems to use, in words (``'|'``, ``semicolon``), for messages."""
    counts = Counter(char for char in line if char in _SHOWN)
    if not counts:
        return "none"
    return _SHOWN[counts.most_common(1)[0][0]]


def read_table(path: str | Path, titles: Iterable[str], max_bytes: int,
               skip_comment: bool = True) -> tuple[Table, str | None]:
    """Read ``path`` as a spreadsheet saved it: (table, first ``#`` line if skipped).

    A first line ``sep=;`` (which Excel honours) names the delimiter and is skipped.
    """
    name = str(path)
    titles = list(titles)
    text, encoding = decode(read_limited(path, max_bytes,
                                              QT_TRANSLATE_NOOP("file errors", "CSV file")), name)
    comment, first = None, 1
    if skip_comment and text.startswith("#"):
        comment, _, text = _split_first_line(text)
        first = 2
    header_line, _, rest = _split_first_line(text)
    delimiter: str | None
    if len(header_line) == 5 and header_line.casefold().startswith("sep="):
        delimiter, text, first = header_line[4], rest, first + 1
    else:
        delimiter = sniff_delimiter(header_line, titles)
    if delimiter is None:
        found = likely_delimiter(header_line)
        expected = translate("tables", "expected columns such as '{title}'").format(
            title=titles[0]) if titles else translate("tables", "expected columns")
        raise PolicyFileError.at(name, first, 1, (
            translate("tables", "the header names none of the {expected}; its cells are "
                      "separated by {found}")
            if found in ("comma", "semicolon", "tab") else
            translate("tables", "the header names none of the {expected}; its cells seem to be "
                      "separated by {found}, but the delimiter must be a comma, semicolon or "
                      "tab")).format(expected=expected, found=found))
    table = Table(_records(name, text, delimiter, first), delimiter, encoding)
    if encoding == "Windows-1252":
        table.notes.append(translate("tables", "the file is not UTF-8; it was read as "
                                     "Windows-1252 (what Excel's plain 'CSV' writes in Western "
                                     "Europe)"))
    return table, comment


def _split_first_line(text: str) -> tuple[str, str, str]:
    """(first line, its line end, the rest); a line ends with CRLF, LF or a lone CR."""
    ends = [i for i in (text.find("\r"), text.find("\n")) if i >= 0]
    if not ends:
        return text, "", ""
    cut = min(ends)
    size = 2 if text.startswith("\r\n", cut) else 1
    return text[:cut], text[cut:cut + size], text[cut + size:]


def _records(name: str, text: str, delimiter: str, first: int) -> list[tuple[int, list[str]]]:
    """Every record, numbered as a spreadsheet numbers its rows (from ``first``)."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    records: list[tuple[int, list[str]]] = []
    try:
        for number, record in enumerate(reader, start=first):
            records.append((number, record))
    except csv.Error as exc:
        raise PolicyFileError.at(name, first + len(records), 1,
                                 translate("tables", "malformed CSV: {reason}").format(
                                     reason=exc)) from None
    return records


def _number(text: str) -> float | None:
    try:
        return float(text.strip().replace(",", ""))
    except ValueError:
        return None


def reformatting_notes(changes: Iterable[tuple[str, str, str]], unknown_ids: Iterable[str],
                       known_ids: Iterable[str]) -> list[str]:
    """Warnings for what a spreadsheet may have reformatted in a file exported unprotected.

    That is, a file exported before cells were protected: changed cells whose old value it would
    convert ((id, field, old cell) triples), and unknown ids that equal a known id as numbers
    (``17`` for ``0017``).
    """
    notes = [translate("tables", "{id}: the {field} '{old}' is one a spreadsheet turns into a "
                       "number or date; check the change is an edit, not its reformatting")
             .format(id=rule_id, field=name.replace("_", " "), old=old)
             for rule_id, name, old in changes if converted_by_spreadsheets(old)]
    numeric = {}
    for known in known_ids:
        value = _number(known) if converted_by_spreadsheets(known) else None
        if value is not None:
            numeric.setdefault(value, known)
    for rule_id in unknown_ids:
        value = _number(rule_id)
        if value is not None and value in numeric:
            notes.append(translate("tables", "unknown rule id '{id}' may be '{meant}' after a "
                                   "spreadsheet turned it into a number; export the schedule "
                                   "again").format(id=rule_id, meant=numeric[value]))
    return notes
