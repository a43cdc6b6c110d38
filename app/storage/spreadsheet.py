"""Cells of CSV files meant for spreadsheets: the convention exports write and imports read.

Spreadsheet safety: a cell that begins with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
return would be run as a formula by spreadsheet programs, so it is written with a leading single
quote (``'=HYPERLINK(...)``; ``'+44 20 7946 0000``, which unquoted would be read as a sum).
So is a cell a spreadsheet would turn into a number, date, time,
percentage or truth value when it opens the file (``0017`` into 17, ``1E3`` into 1000,
``2026-01-01`` into a date shown in the local format, ``1/2`` into the 1st of February): Excel
keeps the quoted cell as text, shows it without the quote and saves it without the quote;
LibreOffice shows and saves the quote. A cell that already begins with a single quote gets one
more, so a reader can always remove exactly one leading quote (:func:`restore`) and a round
trip is exact. A cell that is only ``-`` or ``+`` (a dash for "none") is no formula in any
spreadsheet and is written as it is.

Lists are joined with ``"; "`` (:func:`joined`). :data:`RETENTION_COLUMNS` is the header row of
the retention schedule, which the ``retention-csv`` export writes and the retention schedule
import reads back.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""Leading characters that make spreadsheet programs treat a cell as a formula."""
PLAIN_SIGNS = frozenset({"-", "+"})
"""Cells of one sign alone, which no spreadsheet reads as a formula ("-" for "none"): kept."""
QUOTE = "'"
LIST_SEPARATOR = "; "

RETENTION_COLUMNS: tuple[str, ...] = (
    "Rule id", "Description", "Category ids", "Categories", "Purpose ids", "Purposes",
    "Duration (ISO 8601)", "Minimum (ISO 8601)", "Criteria", "Duration", "Trigger",
    "Custom event", "Period starts", "Financial year starts", "Disposition",
    "Other dispositions", "Citation", "Legal hold", "Legal hold reason", "Digest",
)
"""The header row of the retention schedule."""
RETENTION_EDITABLE: dict[str, str] = {
    "description": "Description",
    "categories": "Category ids",
    "purposes": "Purpose ids",
    "duration": "Duration (ISO 8601)",
    "minimum": "Minimum (ISO 8601)",
    "criteria": "Criteria",
    "trigger": "Trigger",
    "custom_event": "Custom event",
    "period_start": "Period starts",
    "financial_year_start": "Financial year starts",
    "disposition": "Disposition",
    "dispositions": "Other dispositions",
    "citation": "Citation",
    "legal_hold": "Legal hold",
    "legal_hold_reason": "Legal hold reason",
}
"""Rule field -> the column the retention schedule import reads it from."""

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
    """True when a spreadsheet opening a CSV would read ``text`` as something other than text.

    That is, as a number, date, time, percentage or truth value (so it would save it changed).
    """
    if len(text) > 64:  # no number or date is this long (and the pattern stays cheap)
        return False
    if text.strip().casefold() in _TRUTH:
        return True
    return any(char.isdigit() for char in text) and bool(_CONVERTED.fullmatch(text))


def neutralise(text: str) -> str:
    """``text`` made safe for a spreadsheet cell.

    A leading quote before formula starts and before values a spreadsheet would convert.
    """
    if text in PLAIN_SIGNS:
        return text
    if text.startswith(FORMULA_STARTS) or text.startswith(QUOTE) or \
            converted_by_spreadsheets(text):
        return QUOTE + text
    return text


def restore(text: str) -> str:
    """The reverse of :func:`neutralise`: drop one leading single quote, if any."""
    return text[1:] if text.startswith(QUOTE) else text


def joined(values: Iterable[str]) -> str:
    """Values joined with ``"; "``."""
    return LIST_SEPARATOR.join(values)
