"""Requests from CSV and answers to CSV, read as ``policy-studio decide`` reads them.

A request file has a header row naming some of the columns ``category, purpose, subject,
recipient, region, consent`` (category and purpose are required); every other row is one
request. A file with any bad row is refused whole, each problem naming its row and column
(both counted from 1, the header being row 1).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable

from app.domain.decisions import Decision, Request
from app.domain.i18n import translate
from app.domain.requests import REQUEST_KEYS, REQUIRED_KEYS, parse_request, request_problems
from app.domain.typography import labelled, semicolons

MAX_ROWS = 1_000_000
RESULT_KEYS = (*REQUEST_KEYS, "decision", "reason", "rules", "obligations", "retention_rule",
               "retention_duration", "retention_trigger", "retention_disposition")
_RISKY = ("=", "+", "-", "@", "\t", "\r")


class CsvRequestError(ValueError):
    """A request file that cannot be loaded; ``problems`` lists every bad cell."""

    def __init__(self, name: str, problems: list[str]) -> None:
        super().__init__(labelled(name, semicolons(problems[:3])))
        self.name = name
        self.problems = problems


def parse_requests(text: str, name: str = "requests.csv") -> list[Request]:
    """The requests of a CSV text; raises :class:`CsvRequestError` naming rows and columns."""
    rows = csv.reader(io.StringIO(text.lstrip("\ufeff"), newline=""))
    problems: list[str] = []
    try:
        header = next(rows, None)
        if header is None or not any(cell.strip() for cell in header):
            raise CsvRequestError(name, [translate(
                "tester csv", "row 1: a header row is needed (columns: {columns})").format(
                columns=", ".join(REQUEST_KEYS))])
        columns = [cell.strip().lower() for cell in header]
        for number, column in enumerate(columns, start=1):
            if column not in REQUEST_KEYS:
                problems.append(translate(
                    "tester csv", "row 1, column {number}: unknown column '{column}' (columns: "
                    "{columns})").format(number=number, column=column,
                                         columns=", ".join(REQUEST_KEYS)))
            elif columns.index(column) != number - 1:
                problems.append(translate(
                    "tester csv", "row 1, column {number}: column '{column}' appears twice")
                    .format(number=number, column=column))
        for key in REQUIRED_KEYS:
            if key not in columns:
                problems.append(translate("tester csv", "row 1: the header needs a '{column}' "
                                          "column").format(column=key))
        if problems:
            raise CsvRequestError(name, problems)
        requests = []
        for number, cells in enumerate(rows, start=2):
            if not any(cell.strip() for cell in cells):
                continue
            if len(requests) >= MAX_ROWS:
                raise CsvRequestError(name, [translate(
                    "tester csv", "row {number}: more than {limit} requests").format(
                    number=number, limit=MAX_ROWS)])
            request = _row(cells, columns, number, problems)
            if request is not None:
                requests.append(request)
    except csv.Error as exc:
        problems.append(translate("tester csv", "row {number}: {problem}").format(
            number=rows.line_num, problem=exc))
    if problems:
        raise CsvRequestError(name, problems)
    return requests


def _row(cells: list[str], columns: list[str], number: int,
         problems: list[str]) -> Request | None:
    found = len(problems)
    if len(cells) > len(columns):
        problems.append(translate(
            "tester csv", "row {number}, column {column}: more cells than columns").format(
            number=number, column=len(columns) + 1))
    data: dict[str, str] = {}
    for position, column in enumerate(columns):
        value = cells[position].strip() if position < len(cells) else ""
        if value:
            data[column] = value
    wrong = sorted((columns.index(p.key), p.message) for p in request_problems(data))
    problems += [translate("tester csv", "row {number}, column {column} ({name}): {problem}")
                 .format(number=number, column=position + 1, name=columns[position],
                         problem=message) for position, message in wrong]
    if len(problems) > found:
        return None
    return parse_request(data)


def safe_cell(value: str) -> str:
    """``value`` made inert for spreadsheets: a leading = + - @ (formula) gets a quote."""
    return "'" + value if value.startswith(_RISKY) else value


def result_row(request: Request, decision: Decision) -> list[str]:
    """One output row (see :data:`RESULT_KEYS`)."""
    info = decision.retention
    cells = [request.category, request.purpose, request.subject or "", request.recipient or "",
             request.region or "", request.consent.value, "true" if request.gpc else "false",
             decision.decision, decision.reason,
             ";".join(decision.rules), ";".join(decision.obligations)]
    cells += [info.rule, info.duration or "", info.trigger, info.disposition] if info else \
        [""] * 4
    return [safe_cell(cell) for cell in cells]


def write_results(pairs: Iterable[tuple[Request, Decision]]) -> str:
    """The answers as CSV text (header first)."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(RESULT_KEYS)
    for request, decision in pairs:
        writer.writerow(result_row(request, decision))
    return out.getvalue()
