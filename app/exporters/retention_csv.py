"""Retention schedule as CSV (exporter ``retention-csv``), and the CSV safety helpers.

One row per retention rule, under one header row, in the policy's order::

    Rule id, Description, Category ids, Categories, Purpose ids, Purposes,
    Duration (ISO 8601), Duration, Trigger, Disposition, Citation, Legal hold, Digest

- Lists (``Category ids``, ``Purpose ids`` and the matching names) are joined with ``"; "``.
  An empty ``Purpose ids`` cell means the rule applies whatever the purpose.
- ``Trigger`` and ``Disposition`` hold the machine values (``account_closure``, ``delete``);
  ``Legal hold`` is ``yes`` or ``no``.
- ``Categories``, ``Purposes`` and ``Duration`` (in words) are for people: the importer
  (:mod:`app.exporters.retention_import`) ignores them and reads the id and ISO columns.
- The content digest of the policy is the last column, repeated on every row, so sorting or
  filtering in a spreadsheet never separates a row from it. (The importer also accepts an
  older layout with a first line ``# digest: sha256:...``.)

Spreadsheet safety: a cell that begins with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
return would be run as a formula by spreadsheet programs, so it is written with a leading single
quote (``'=HYPERLINK(...)``). So is a cell a spreadsheet would turn into a number, date, time,
percentage or truth value when it opens the file (``0017`` into 17, ``1E3`` into 1000,
``2026-01-01`` into a date shown in the local format, ``1/2`` into the 1st of February): Excel
keeps the quoted cell as text, shows it without the quote and saves it without the quote;
LibreOffice shows and saves the quote. A cell that already begins with a single quote gets one
more, so the importer can always remove exactly one leading quote and a round trip is exact
(the importer also recognises an unchanged cell whose quote Excel dropped).

The file is UTF-8 with a byte-order mark (so Excel reads accents correctly), CRLF line ends
(RFC 4180), and byte-identical for the same policy.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence

from app.domain.enums import label
from app.domain.models import Policy, RetentionRule
from app.exporters.registry import ExportResult, FunctionExporter, register
from app.storage.canonical import digest

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""Leading characters that make spreadsheet programs treat a cell as a formula."""
QUOTE = "'"
LIST_SEPARATOR = "; "
BOM = "\ufeff"

COLUMNS: tuple[str, ...] = (
    "Rule id", "Description", "Category ids", "Categories", "Purpose ids", "Purposes",
    "Duration (ISO 8601)", "Duration", "Trigger", "Disposition", "Citation", "Legal hold",
    "Digest",
)
"""The header row of the retention schedule."""


_CONVERTED = re.compile(
    r"""\s*(?:
        [-+]?[$€£¥]?\s*\(?[-+]?(?:\d[\d,.' ]*|[.,]\d+)(?:e[-+]?\d+)?\)?\s*[%$€£¥]?  # numbers
      | \d+(?:\s*[-/.:]\s*\d+)+\.?(?:\s*[ap]m)?(?:[t ]\d+(?::\d+)+)?    # dates, times
      | \d+\s+\d+/\d+                                                  # fractions
      | (?:\d{1,2}[-/. ]*)?(?:jan(?:uary?)?|feb(?:ruary?)?|m(?:ar(?:ch)?|ärz)|apr(?:il)?
          |ma[iy]|june?|juni|july?|juli|aug(?:ust)?|sept?(?:ember)?|o[ck]t(?:ober)?
          |nov(?:ember)?|de[cz](?:ember)?)\.?(?:[-/., ]+\d{1,4})*         # 1-Jan, March 2026
    )\s*""", re.IGNORECASE | re.VERBOSE)
_TRUTH = {"true", "false", "wahr", "falsch", "vrai", "faux"}


def converted_by_spreadsheets(text: str) -> bool:
    """True when a spreadsheet opening a CSV would read ``text`` as a number, date, time,
    percentage or truth value instead of as text (so it would save it changed)."""
    if len(text) > 64:  # no number or date is this long (and the pattern stays cheap)
        return False
    if text.strip().casefold() in _TRUTH:
        return True
    return any(char.isdigit() for char in text) and bool(_CONVERTED.fullmatch(text))


def neutralise(text: str) -> str:
    """``text`` made safe for a spreadsheet cell: a leading quote before formula starts and
    before values a spreadsheet would convert."""
    if text.startswith(FORMULA_STARTS) or text.startswith(QUOTE) or \
            converted_by_spreadsheets(text):
        return QUOTE + text
    return text


def restore(text: str) -> str:
    """The reverse of :func:`neutralise`: drop one leading single quote, if any."""
    return text[1:] if text.startswith(QUOTE) else text


def csv_bytes(rows: Iterable[Sequence[str]]) -> bytes:
    """UTF-8 (with BOM) CSV bytes of ``rows``; every cell is neutralised."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    for row in rows:
        writer.writerow([neutralise(cell) for cell in row])
    return (BOM + buffer.getvalue()).encode("utf-8")


def joined(values: Iterable[str]) -> str:
    """Values joined with ``"; "``."""
    return LIST_SEPARATOR.join(values)


def _names(policy: Policy, section: str, ids: list[str]) -> str:
    known = {item.id: item.name for item in getattr(policy, section)}
    return joined(known.get(item_id) or item_id for item_id in ids)


def rule_row(policy: Policy, rule: RetentionRule, content_digest: str) -> list[str]:
    """The cells of one retention rule."""
    return [
        rule.id,
        rule.description,
        joined(rule.categories),
        _names(policy, "categories", rule.categories),
        joined(rule.purposes),
        _names(policy, "purposes", rule.purposes) if rule.purposes else "any purpose",
        str(rule.duration),
        rule.duration.words(),
        str(rule.trigger),
        str(rule.disposition),
        rule.citation,
        "yes" if rule.legal_hold else "no",
        content_digest,
    ]


def schedule_rows(policy: Policy) -> list[list[str]]:
    """The header and one row per retention rule (cells not yet neutralised)."""
    content_digest = digest(policy)
    return [list(COLUMNS)] + [rule_row(policy, rule, content_digest)
                              for rule in policy.retention]


def export(policy: Policy) -> ExportResult:
    """The retention schedule CSV of ``policy``."""
    summary = [] if policy.retention else ["the policy has no retention rules"]
    return ExportResult(digest=digest(policy), data=csv_bytes(schedule_rows(policy)),
                        summary=summary)


def describe(rule: RetentionRule) -> str:
    """``2 years from collection, then delete`` for previews and documents."""
    return (f"{rule.duration.words()} from {label(rule.trigger)}, then "
            f"{label(rule.disposition)}")


EXPORTER = register(FunctionExporter(
    name="retention-csv",
    title="Retention schedule (CSV)",
    suffix=".retention.csv",
    description="One row per retention rule (categories, purposes, period, trigger, "
                "disposition, citation, legal hold) for spreadsheets; edit it and import it "
                "back with File > Import retention schedule.",
    function=export,
))
