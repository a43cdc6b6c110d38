"""Retention schedule as CSV (exporter ``retention-csv``), and the CSV writer of the exports.

One row per retention rule, under one header row, in the policy's order::

    Rule id, Description, Category ids, Categories, Purpose ids, Purposes,
    Duration (ISO 8601), Minimum (ISO 8601), Criteria, Duration, Trigger, Custom event,
    Period starts, Financial year starts, Disposition, Other dispositions, Citation,
    Legal hold, Legal hold reason, Digest

- Lists (``Category ids``, ``Purpose ids``, ``Other dispositions`` and the names) are joined
  with ``"; "``. An empty ``Purpose ids`` cell means the rule applies whatever the purpose.
- ``Duration (ISO 8601)`` is the maximum (empty when the rule gives criteria instead),
  ``Minimum (ISO 8601)`` the minimum (empty when none).
- ``Trigger``, ``Period starts`` and the dispositions hold the machine values
  (``account_closure``, ``end_of_financial_year``, ``delete``); ``Financial year starts`` is
  ``MM-DD``; ``Legal hold`` is ``yes`` or ``no``.
- ``Categories``, ``Purposes`` and ``Duration`` (the period in words, as every document says
  it) are for people: the importer (:mod:`app.importers.retention_schedule`) ignores them and
  reads the id and value columns.
- The content digest of the policy is the last column, repeated on every row, so sorting or
  filtering in a spreadsheet never separates a row from it. (The importer also accepts an
  older layout with a first line ``# digest: sha256:...``.)

Cells are written with the spreadsheet-safety convention of :mod:`app.storage.spreadsheet`
(a leading single quote before formulas and values a spreadsheet would convert), which the
import removes again, so a round trip is exact.

The file is UTF-8 with a byte-order mark (so Excel reads accents correctly), CRLF line ends
(RFC 4180), and byte-identical for the same policy.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence

from app.domain.canonical import digest
from app.domain.i18n import QT_TRANSLATE_NOOP, translate
from app.domain.ids import shown_name
from app.domain.models import Policy, RetentionRule
from app.domain.retention_words import disposition_words, period_words
from app.domain.sections import CATEGORIES, PURPOSES
from app.exporters.registry import ExportResult, FunctionExporter, register
from app.exporters.safe_text import isolated
from app.storage.spreadsheet import RETENTION_COLUMNS, joined, neutralise

BOM = "\ufeff"


def csv_bytes(rows: Iterable[Sequence[str]], delimiter: str = ",") -> bytes:
    """UTF-8 (with BOM) CSV bytes of ``rows``; every cell is neutralised.

    ``delimiter`` is ``,`` for spreadsheets in English locales, ``;`` for German (and other
    decimal-comma) locales.
    """
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    for row in rows:
        writer.writerow([neutralise(cell) for cell in row])
    return (BOM + buffer.getvalue()).encode("utf-8")


def _names(policy: Policy, section: str, ids: list[str]) -> str:
    """The items' names (the id when blank), each isolated (:mod:`app.exporters.safe_text`)."""
    known = {item.id: item.name for item in getattr(policy, section)}
    return joined(isolated(shown_name(known.get(item_id), item_id)) for item_id in ids)


def rule_row(policy: Policy, rule: RetentionRule, content_digest: str) -> list[str]:
    """The cells of one retention rule."""
    return [
        rule.id,
        rule.description,
        joined(rule.categories),
        _names(policy, CATEGORIES, rule.categories),
        joined(rule.purposes),
        _names(policy, PURPOSES, rule.purposes) if rule.purposes
        else translate("retention csv", "any purpose"),  # words only: the import reads the ids
        "" if rule.duration is None else str(rule.duration),
        "" if rule.minimum is None else str(rule.minimum),
        rule.criteria,
        period_words(rule),
        str(rule.trigger),
        rule.custom_event,
        str(rule.period_start),
        rule.financial_year_start or "",
        str(rule.disposition),
        joined(str(d) for d in rule.dispositions),
        rule.citation,
        "yes" if rule.legal_hold else "no",
        rule.legal_hold_reason,
        content_digest,
    ]


def schedule_rows(policy: Policy) -> list[list[str]]:
    """The header and one row per retention rule (cells not yet neutralised)."""
    content_digest = digest(policy)
    return [list(RETENTION_COLUMNS)] + [rule_row(policy, rule, content_digest)
                              for rule in policy.retention]


def export(policy: Policy) -> ExportResult:
    """The retention schedule CSV of ``policy``."""
    summary = [] if policy.retention else [
        translate("retention csv", "the policy has no retention rules")]
    return ExportResult(digest=digest(policy), data=csv_bytes(schedule_rows(policy)),
                        summary=summary)


def describe(rule: RetentionRule) -> str:
    """``2 years after collection, then delete or anonymise`` for previews and documents."""
    if rule.duration is not None and rule.duration.is_indefinite:
        return period_words(rule)
    return translate("document words", "{period}, then {disposition}").format(
        period=period_words(rule), disposition=disposition_words(rule))


EXPORTER = register(FunctionExporter(
    name="retention-csv",
    title=QT_TRANSLATE_NOOP("exporters", "Retention schedule (CSV)"),
    suffix=".retention.csv",
    description=QT_TRANSLATE_NOOP(
        "exporters", "One row per retention rule (categories, purposes, period, trigger, "
                "disposition, citation, legal hold) for spreadsheets; edit it and import it "
                "back with File > Import retention schedule."),
    function=export,
))
