"""The records of processing (GDPR Art. 30) as CSV that spreadsheets open without a dialog.

One header row, then **one row per processing activity**, so every row stands alone when a
records manager sorts or filters: the organisation's columns (controller or processor, contact,
joint controllers, representative, DPO, where established, laws, record created and last
updated) repeat on every row, then ``No.`` and ``Processing activity``, then the activity's
fields in the templates' order (:data:`app.exporters.art30_fields.TITLES`), then ``Digest``.
The processor's record adds the controller served and its contact, representative and contract
before the activity. A field of several lines keeps them as lines inside the cell (members of a
family or of a kind indented under it).

Spreadsheets open a CSV by double-click with their locale's list separator: a comma in English
locales, a semicolon in German ones (where the comma is the decimal mark). A ``sep=`` first line
would let Excel pick either, but Excel then ignores the byte order mark (mangling every
non-ASCII letter) and LibreOffice shows the line as data, so each record comes twice instead:
``art30-csv`` (comma) and ``art30-csv-semicolon``. (A tab-separated UTF-16 file would open in
both locales, but it is no longer the UTF-8 text that other tools and this product's own
imports read.) Both are UTF-8 with a byte order mark (which Excel needs to read UTF-8), quoted
as RFC 4180 says, rows ending in CR LF as Excel writes them and line breaks inside a cell as
LF (shown as lines in the cell), and every cell that would start a formula is neutralised
(:mod:`app.storage.spreadsheet`).

The headings are for people, in the document's language. The columns are the same whatever
the policy says: every party line, then every field of
:data:`~app.exporters.art30_fields.TITLES` (a field the record leaves out, sale and sharing
outside the CPRA, reads ``not applicable``), so sheets from different policies line up.
"""

from __future__ import annotations

from collections.abc import Callable

from app.domain.i18n import QT_TRANSLATE_NOOP, translate
from app.domain.models import Policy
from app.exporters.art30 import Activity, Art30Record, build_processor_record, build_record
from app.exporters.art30_fields import PROCESSOR_TITLES, TITLES, Line, title
from app.exporters.registry import ExportResult, FunctionExporter, register
from app.exporters.retention_csv import csv_bytes

INDENT = "    "
SERVED = (QT_TRANSLATE_NOOP("art30", "Controller served: contact details"),
          QT_TRANSLATE_NOOP("art30", "Controller served: representative (GDPR Art. 27)"),
          QT_TRANSLATE_NOOP("art30", "Controller served: processing contract (GDPR Art. 28)"))
"""The processor's record's columns about the controller served (its facts, in order)."""


def cell(lines: list[Line], empty: str = "") -> str:
    """Lines as one cell: one per line, members indented under their heading."""
    if not lines:
        return empty
    return "\n".join(f"{INDENT * line.depth}{line.text}" for line in lines)


NOT_APPLICABLE = QT_TRANSLATE_NOOP("art30", "not applicable (the CCPA/CPRA does not apply)")
"""A column the record leaves out for this policy (sale and sharing outside the CPRA)."""


def _row(activity: Activity, titles: tuple[str, ...]) -> list[str]:
    fields = {f.title: f for f in activity.fields}
    return [activity.number, activity.name,
            *(cell(fields[t].lines, fields[t].empty) if t in fields
              else translate("art30", NOT_APPLICABLE) for t in titles)]


def csv_rows(record: Art30Record) -> list[list[str]]:
    """The header and one row per activity (see the module docstring)."""
    labels = [name for name, _ in record.parties]
    values = [value for _, value in record.parties]
    number, activity, digest = (translate("art30", "No."),
                                translate("art30", "Processing activity"),
                                translate("art30", "Digest"))
    if record.kind == "controller":
        rows = [[*labels, number, activity, *map(title, TITLES), digest]]
        rows += [[*values, *_row(a, TITLES), record.digest] for a in record.activities]
        return rows
    served = [translate("art30", "Controller served"),
              *(translate("art30", heading) for heading in SERVED)]
    rows = [[*labels, *served, number, activity, *map(title, PROCESSOR_TITLES), digest]]
    for client in record.clients:
        party = [client.name, *(value for _, value in client.facts)]
        rows += [[*values, *party, *_row(a, PROCESSOR_TITLES), record.digest]
                 for a in client.activities]
    return rows


def _exporter(build: Callable[[Policy], Art30Record], delimiter: str
              ) -> Callable[[Policy], ExportResult]:
    def export(policy: Policy) -> ExportResult:
        record = build(policy)
        return ExportResult(digest=record.digest, data=csv_bytes(csv_rows(record), delimiter))
    return export


_FORMATS = (
    ("art30-csv", "controller", ",", build_record,
     QT_TRANSLATE_NOOP("exporters", "Art. 30 record of processing, controller (CSV, comma)"),
     QT_TRANSLATE_NOOP("exporters", "GDPR Art. 30(1) record for spreadsheets, one row per "
                       "processing activity; UTF-8 with a byte order mark, comma, for English "
                       "locales.")),
    ("art30-csv-semicolon", "controller", ";", build_record,
     QT_TRANSLATE_NOOP("exporters", "Art. 30 record of processing, controller (CSV, semicolon)"),
     QT_TRANSLATE_NOOP("exporters", "GDPR Art. 30(1) record for spreadsheets, one row per "
                       "processing activity; UTF-8 with a byte order mark, semicolon, for German "
                       "and other decimal-comma locales.")),
    ("art30-processor-csv", "processor", ",", build_processor_record,
     QT_TRANSLATE_NOOP("exporters", "Art. 30 record of processing, processor (CSV, comma)"),
     QT_TRANSLATE_NOOP("exporters", "GDPR Art. 30(2) record for spreadsheets, one row per "
                       "processing activity; UTF-8 with a byte order mark, comma, for English "
                       "locales.")),
    ("art30-processor-csv-semicolon", "processor", ";", build_processor_record,
     QT_TRANSLATE_NOOP("exporters", "Art. 30 record of processing, processor (CSV, semicolon)"),
     QT_TRANSLATE_NOOP("exporters", "GDPR Art. 30(2) record for spreadsheets, one row per "
                       "processing activity; UTF-8 with a byte order mark, semicolon, for German "
                       "and other decimal-comma locales.")),
)
"""Name, kind of record, delimiter, builder, title and description of each CSV format."""
for _name, _kind, _delimiter, _build, _title, _description in _FORMATS:
    register(FunctionExporter(
        name=_name,
        title=_title,
        suffix=f".{'art30' if _kind == 'controller' else 'art30-processor'}"
               f"{'' if _delimiter == ',' else '.de'}.csv",
        description=_description,
        function=_exporter(_build, _delimiter),
    ))
