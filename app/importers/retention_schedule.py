"""Import an edited retention schedule CSV back into a policy (no Qt).

The file is the one :mod:`app.exporters.retention_csv` writes, after a records manager edited it
in a spreadsheet. Rows are matched to retention rules by ``Rule id``; for each known rule the
editable columns are compared with the policy:

``Description``, ``Category ids``, ``Purpose ids``, ``Duration (ISO 8601)``, ``Minimum (ISO
8601)``, ``Criteria``, ``Trigger``, ``Custom event``, ``Period starts``, ``Financial year
starts``, ``Disposition``, ``Other dispositions``, ``Citation``, ``Legal hold`` and ``Legal
hold reason``.

The period cells also read what schedules write (:mod:`app.importers.retention_phrases`):
``Current year plus 6``, ``6 complete financial years``, ``40 years from the date of
commencement``, ``Indefinite``, and criteria such as ``Life of building`` or ``Until
superseded`` (no period). What such a phrase implies (a year-end start, a named event, the
criteria) fills those fields when their own cells are empty or absent. ``Disposition`` reads
``delete or anonymise`` (the others become the other dispositions when that cell is empty).
``Financial year starts`` takes ``04-01`` or ``1 April``.

The columns for people (``Categories``, ``Purposes``, ``Duration`` in words) and unknown extra
columns are ignored. Only ``Rule id`` and ``Duration (ISO 8601)`` are required; a missing
optional column leaves its field alone. Rows with ids the policy does not have are reported
and ignored (the import changes rules, it does not create or delete them); rules missing from
the file are left unchanged. One leading single quote of every cell is removed (the exporter
adds it before formula characters and values a spreadsheet would turn into numbers or dates),
so a round trip is exact; Excel drops that quote itself when it saves, so a cell that equals the
rule's exported value with its quote removed is read as unchanged.

The file may be saved by Excel or LibreOffice in any of their usual forms (UTF-8 with or
without BOM, Windows-1252, UTF-16 "Unicode text"; comma, semicolon or tab; CRLF or LF): see
:mod:`app.importers.tables`.

Any bad row (a malformed duration, an unknown trigger, a bad id, a short row...) makes the whole
import fail with ``file:row:col: error: ...`` lines (rows and columns numbered from 1 as a
spreadsheet shows them); nothing is applied. :func:`plan_retention_import` returns a
:class:`RetentionImportPlan` with a preview and one :class:`~app.domain.edits.SetField` per
changed field, applied together as one :class:`~app.domain.edits.Batch` (one undo step).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from app.domain.canonical import digest
from app.domain.edits import Batch, Edit, SetField
from app.domain.error_words import field_reason
from app.domain.i18n import translate
from app.domain.models import Policy, RetentionRule
from app.domain.retention_words import period_words
from app.domain.sections import RETENTION, referring_fields
from app.domain.sections import section as section_info
from app.domain.typography import semicolons
from app.importers.retention_phrases import parse_dispositions, parse_period
from app.importers.tables import read_table, reformatting_notes
from app.storage.errors import PolicyFileError, Problem
from app.storage.spreadsheet import QUOTE, RETENTION_COLUMNS, RETENTION_EDITABLE, joined, restore

MAX_BYTES = 20 * 1024 * 1024
EDITABLE = RETENTION_EDITABLE
ID_COLUMN, WORDS_COLUMN, DIGEST_COLUMN = RETENTION_COLUMNS[0], "Duration", "Digest"
_REQUIRED = (ID_COLUMN, EDITABLE["duration"])
_LISTS = ("categories", "purposes")
_CHOICES = ("trigger", "period_start")
_PERIODS = ("duration", "minimum")
_BOOLEANS = {"yes": True, "y": True, "true": True, "1": True,
             "no": False, "n": False, "false": False, "0": False, "": False}
_DIGEST_RE = re.compile(r"sha256:[0-9a-f]{64}")


@dataclass(frozen=True)
class FieldChange:
    """One field of one retention rule that the schedule changes."""

    rule_id: str
    field: str
    old: Any
    new: Any

    def preview(self) -> str:
        """``keep_email: duration P2Y → P3Y``."""
        return f"{self.rule_id}: {self.field.replace('_', ' ')} {_show(self.old)} → " \
               f"{_show(self.new)}"


@dataclass
class RetentionImportPlan:
    """What importing a retention schedule into a policy would change."""

    file: str
    changes: list[FieldChange] = field(default_factory=list)
    unknown: list[tuple[int, str]] = field(default_factory=list)
    """(row, rule id) of rows whose id the policy does not have (ignored)."""
    missing: list[str] = field(default_factory=list)
    """Rules of the policy that the schedule does not list (left unchanged)."""
    notes: list[str] = field(default_factory=list)

    def edits(self) -> list[Edit]:
        """One :class:`SetField` per changed field, in file order."""
        return [SetField(RETENTION, c.rule_id, (c.field,), c.new) for c in self.changes]

    def batch(self) -> Batch:
        """Every change as one edit (one undo step)."""
        count = len(self.changes)
        return Batch(tuple(self.edits()), (
            translate("retention import", "Import retention schedule (%n change)", None, count)
            if count == 1 else
            translate("retention import", "Import retention schedule (%n changes)", None, count)))

    def tally(self) -> str:
        """``1 field to change, 0 unknown rule ids``."""
        count, unknown = len(self.changes), len(self.unknown)
        fields = translate("retention import", "%n field to change", None, count) \
            if count == 1 else translate("retention import", "%n fields to change", None, count)
        ids = translate("retention import", "%n unknown rule id", None, unknown) \
            if unknown == 1 else translate("retention import", "%n unknown rule ids", None, unknown)
        return translate("retention import", "{fields}, {ids}").format(fields=fields, ids=ids)

    def preview_lines(self) -> list[str]:
        """One line per change, then unknown ids, rules not listed and notes."""
        lines = [change.preview() for change in self.changes]
        lines += [translate("retention import", "? row {row}: unknown rule id '{id}' (not in "
                            "the policy; ignored)").format(row=row, id=rule_id)
                  for row, rule_id in self.unknown]
        lines += [translate("retention import", "= {id}: not in the schedule (unchanged)")
                  .format(id=rule_id) for rule_id in self.missing]
        lines += [translate("retention import", "note: {note}").format(note=note)
                  for note in self.notes]
        return lines


def _show(value: Any) -> str:
    if value is None:
        return translate("retention import", "(none)")
    if isinstance(value, bool):
        return translate("retention import", "yes") if value else \
            translate("retention import", "no")
    if isinstance(value, list):
        return semicolons(value) if value else translate("retention import", "(none)")
    text = str(value)
    if type(value) is str:  # free text (enums and durations are shown plain)
        text = text if len(text) <= 70 else text[:67] + "..."
        return repr(text) if text else translate("retention import", "(empty)")
    return text


def plan_retention_import(policy: Policy, path: str | Path) -> RetentionImportPlan:
    """Compare the schedule at ``path`` with ``policy``; raises PolicyFileError on bad rows."""
    name = str(path)
    table, comment = read_table(path, RETENTION_COLUMNS, MAX_BYTES)
    records = table.records
    found = _DIGEST_RE.search(comment) if comment else None
    if not records:
        raise PolicyFileError.at(name, 1, 1, translate("retention import",
                                                       "the schedule is empty (no header row)"))
    header_row, header = records[0]
    columns = _columns(name, header_row, header)
    plan = RetentionImportPlan(name, notes=list(table.notes))
    problems: list[Problem] = []
    digests = {found.group(0)} if found else set()
    rules = {rule.id: rule for rule in policy.retention}
    seen: dict[str, int] = {}
    for row, raw in records[1:]:
        if not any(cell.strip() for cell in raw):
            continue
        cells = [restore(cell) for cell in raw]
        row_problems = _shape(row, cells, header)
        if row_problems:
            problems += row_problems
            continue
        rule_id = cells[columns[ID_COLUMN]].strip()
        if rule_id in seen:
            problems.append(Problem(row, columns[ID_COLUMN] + 1, translate(
                "retention import", "rule id '{id}' repeats row {row}").format(
                    id=rule_id, row=seen[rule_id])))
            continue
        seen[rule_id] = row
        if DIGEST_COLUMN in columns and cells[columns[DIGEST_COLUMN]].strip():
            digests.add(cells[columns[DIGEST_COLUMN]].strip())
        current = rules.get(rule_id)
        if current is not None:
            _keep_unchanged_quotes(cells, raw, columns, current)
        updated = _validated(row, cells, columns, rule_id, current, problems)
        if updated is None:
            continue
        if current is None:
            plan.unknown.append((row, rule_id))
            continue
        _compare(plan, row, cells, columns, current, updated)
    if problems:
        raise PolicyFileError(name, problems)
    plan.missing = [rule_id for rule_id in rules if rule_id not in seen]
    _digest_notes(plan, policy, digests)
    _reference_notes(plan, policy)
    plan.notes += reformatting_notes(
        [(change.rule_id, change.field, _exported_value(change.field, change.old))
         for change in plan.changes], [rule_id for _row, rule_id in plan.unknown], rules)
    return plan


def _exported(rule: RetentionRule, name: str) -> str:
    """The cell the exporter writes for field ``name`` of ``rule`` (before neutralising)."""
    return _exported_value(name, getattr(rule, name))


def _exported_value(name: str, value: Any) -> str:
    if value is None:
        return ""
    if name in _LISTS or name == "dispositions":
        return joined(str(v) for v in value)
    if name == "legal_hold":
        return "yes" if value else "no"
    return str(value)


def _keep_unchanged_quotes(cells: list[str], raw: list[str], columns: dict[str, int],
                           rule: RetentionRule) -> None:
    """Keep a quoted cell equal to the rule's value as that value.

    Where Excel already dropped the exporter's leading quote, a cell that still begins with a quote
    and equals the rule's value as it is is that value, not one quote less.
    """
    for name, title in EDITABLE.items():
        index = columns.get(title)
        if index is not None and raw[index].startswith(QUOTE) and \
                raw[index] == _exported(rule, name):
            cells[index] = raw[index]


def _columns(name: str, row: int, header: list[str]) -> dict[str, int]:
    wanted = {column.casefold(): column for column in RETENTION_COLUMNS}
    columns: dict[str, int] = {}
    problems = []
    for index, cell in enumerate(header):
        title = wanted.get(restore(cell).strip().casefold())
        if title is None:
            continue  # extra columns (a records manager's notes) are ignored
        if title in columns:
            problems.append(Problem(row, index + 1, translate(
                "retention import", "column '{column}' appears twice").format(column=title)))
        columns[title] = index
    for title in _REQUIRED:
        if title not in columns:
            problems.append(Problem(row, len(header) + 1, translate(
                "retention import", "the header has no '{column}' column").format(column=title)))
    if problems:
        raise PolicyFileError(name, problems)
    return columns


def _shape(row: int, cells: list[str], header: list[str]) -> list[Problem]:
    if len(cells) < len(header):
        missing = restore(header[len(cells)]).strip() or translate(
            "retention import", "column {number}").format(number=len(cells) + 1)
        return [Problem(row, len(cells) + 1, translate(
            "retention import", "the row has {cells} cells but the header has {columns} "
            "('{missing}' is missing)").format(cells=len(cells), columns=len(header),
                                               missing=missing))]
    extra = [i for i in range(len(header), len(cells)) if cells[i].strip()]
    if extra:
        return [Problem(row, extra[0] + 1, translate(
            "retention import", "a value outside the columns of the header"))]
    return []


def _validated(row: int, cells: list[str], columns: dict[str, int], rule_id: str,
               current: RetentionRule | None, problems: list[Problem]) -> RetentionRule | None:
    data: dict[str, Any] = current.model_dump() if current is not None else {}
    data["id"] = rule_id
    present = {name: cells[columns[title]] for name, title in EDITABLE.items()
               if title in columns}
    implied: dict[str, Any] = {}
    for name, value in present.items():
        try:
            data[name] = _cell_value(name, value, implied)
        except ValueError as exc:
            problems.append(Problem(row, columns[EDITABLE[name]] + 1, _in_column(
                EDITABLE[name], str(exc))))
            return None
    for name, value in implied.items():  # what a phrase implies fills empty or absent cells
        if not present.get(name, "").strip():
            data[name] = value
    try:
        return RetentionRule.model_validate(data)
    except ValidationError as exc:
        for error in exc.errors():
            name = str(error["loc"][0]) if error["loc"] else "id"
            title = EDITABLE.get(name, ID_COLUMN) if name != "id" else ID_COLUMN
            column = columns.get(title, columns[ID_COLUMN])
            message = field_reason(error, RetentionRule)
            problems.append(Problem(row, column + 1, _in_column(title, message)))
        return None


def _in_column(title: str, reason: str) -> str:
    return translate("retention import", "column '{column}': {reason}").format(
        column=title, reason=reason)


def _cell_value(name: str, value: str, implied: dict[str, Any]) -> Any:
    """The field value of one cell; phrases add what they imply to ``implied``."""
    if name in _LISTS:
        return [part.strip() for part in value.split(";") if part.strip()]
    if name in _CHOICES:
        text = value.strip().casefold().replace(" ", "_").replace("-", "_")
        return text or ("event" if name == "period_start" else text)
    if name in _PERIODS:
        period = parse_period(value)
        if name == "duration":
            if period.criteria:
                implied["criteria"] = period.criteria
            if period.period_start is not None:
                implied["period_start"] = str(period.period_start)
            if period.custom_event:
                implied.update(trigger="custom", custom_event=period.custom_event)
        elif period.duration is None and period.criteria:
            raise ValueError(translate("retention import", "'{value}' is not a period (e.g. "
                                       "P6Y or 6 years)").format(value=value.strip()[:40]))
        return period.duration
    if name == "disposition":
        found = parse_dispositions(value)
        if not found:
            raise ValueError(translate("retention import", "no disposition given"))
        if len(found) > 1:
            implied["dispositions"] = [str(d) for d in found[1:]]
        return str(found[0])
    if name == "dispositions":
        return [str(d) for d in parse_dispositions(value)]
    if name == "financial_year_start":
        return _month_day(value)
    if name == "legal_hold":
        flag = _BOOLEANS.get(value.strip().casefold())
        if flag is None:
            raise ValueError(translate("retention import", "'{value}' is not yes or no")
                             .format(value=value[:40]))
        return flag
    return value


def _month_day(value: str) -> str | None:
    """``04-01`` from ``04-01``, ``1 April`` or ``1 Apr``; None when empty."""
    text = value.strip()
    if not text or re.fullmatch(r"\d\d-\d\d", text):
        return text or None
    for month in "Bb":  # the month's full name, then its abbreviation
        try:
            parsed = dt.datetime.strptime(f"2000 {text}", f"%Y %d %{month}")
        except ValueError:
            continue
        return f"{parsed:%m-%d}"
    raise ValueError(translate("retention import", "'{value}' is not a month and day (MM-DD, "
                               "e.g. 04-01, or 1 April)").format(value=text[:40]))


def _compare(plan: RetentionImportPlan, row: int, cells: list[str], columns: dict[str, int],
             current: RetentionRule, updated: RetentionRule) -> None:
    for name in EDITABLE:  # absent columns are unchanged unless a phrase implied a value
        old, new = getattr(current, name), getattr(updated, name)
        if (str(old) != str(new)) if name in _PERIODS else old != new:
            plan.changes.append(FieldChange(current.id, name, old, new))
    if WORDS_COLUMN in columns:
        words = cells[columns[WORDS_COLUMN]].strip()
        if words and words != period_words(current) and period_words(current) == \
                period_words(updated):
            plan.notes.append(translate(
                "retention import", "row {row}: '{words}' (in words) is not imported; change "
                "'{column}' to change the period of {id}").format(
                    row=row, words=WORDS_COLUMN, column=EDITABLE["duration"], id=current.id))


def _digest_notes(plan: RetentionImportPlan, policy: Policy, digests: set[str]) -> None:
    now = digest(policy)
    if not digests:
        plan.notes.append(translate("retention import", "the schedule carries no digest; it "
                                    "may not come from this policy"))
    elif digests != {now}:
        plan.notes.append(translate(
            "retention import", "the schedule was exported from another version of the policy "
            "({digests}; the policy now is {now})").format(digests=", ".join(sorted(digests)),
                                                          now=now))


def _reference_notes(plan: RetentionImportPlan, policy: Policy) -> None:
    known = {key: (section_info(key).singular, {item.id for item in getattr(policy, key)})
             for key in referring_fields(RETENTION)}
    for change in plan.changes:
        if change.field not in known:
            continue
        word, declared = known[change.field]
        for value in change.new:
            if value not in declared and value not in change.old:
                plan.notes.append(translate(
                    "retention import", "{id}: '{value}' is not a declared {kind}").format(
                        id=change.rule_id, value=value, kind=translate("section", word)))
