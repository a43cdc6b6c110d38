"""How each purpose treats consent and Global Privacy Control (``gpc-table-html``, ``-csv``).

One row per purpose (:mod:`app.domain.purpose_choices`): the consent mechanism and whether GPC
is honoured as ``decide`` applies them (only an opt-out purpose has a choice the signal can
make), sale and sharing, then one cell per consent state (granted, refused, not asked) without
and with a GPC signal, each the decision engine's answer for an allowed use of the purpose,
and a sentence read from those cells. The HTML document
(for legal) carries the DRAFT and known-errors notices and the content digest; the CSV repeats
the digest on every row and gives the example request as JSON, so every cell can be checked
against ``policy-studio decide``.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

from app.domain.canonical import digest
from app.domain.choice_words import CONSENT_STATE_WORDS, MECHANISM_WORDS, words
from app.domain.enums import ConsentMechanism, ConsentState, label
from app.domain.i18n import QT_TRANSLATE_NOOP, translate
from app.domain.ids import shown_name
from app.domain.models import NamedItem, Policy
from app.domain.purpose_choices import PurposeChoice, cell_words, gpc_words, purpose_choices
from app.exporters.documents_html import notices, render
from app.exporters.registry import LEGAL, ExportResult, FunctionExporter, register
from app.exporters.retention_csv import csv_bytes
from app.exporters.standing import standing_of
from app.storage.resources import region_catalogue

STATES = (ConsentState.GRANTED, ConsentState.DENIED, ConsentState.UNKNOWN)
"""The consent states, in column order (each without, then with, GPC)."""
WITH_GPC = QT_TRANSLATE_NOOP("gpc table", "{state} with GPC")
CELL_COLUMNS = tuple(WITH_GPC.format(state=CONSENT_STATE_WORDS[s.value]) if gpc
                     else CONSENT_STATE_WORDS[s.value] for s in STATES for gpc in (False, True))
"""The headings of the cell columns, in English (:func:`header` translates them)."""
BEFORE_CELLS = (QT_TRANSLATE_NOOP("gpc table", "Purpose id"),
                QT_TRANSLATE_NOOP("gpc table", "Purpose"),
                QT_TRANSLATE_NOOP("gpc table", "Consent mechanism"),
                QT_TRANSLATE_NOOP("gpc table", "Honours GPC"),
                QT_TRANSLATE_NOOP("gpc table", "Sold"), QT_TRANSLATE_NOOP("gpc table", "Shared"))
AFTER_CELLS = (QT_TRANSLATE_NOOP("gpc table", "What a GPC signal does"),
               QT_TRANSLATE_NOOP("gpc table", "Example request"),
               QT_TRANSLATE_NOOP("gpc table", "Digest"))
COLUMNS = (*BEFORE_CELLS, *CELL_COLUMNS, *AFTER_CELLS)
"""The CSV header row, in English (:func:`header` gives it in the chosen language)."""


def header() -> tuple[str, ...]:
    """The CSV header row in the chosen language (people read it; no import reads it)."""
    cells = (translate("gpc table", WITH_GPC).format(state=words(CONSENT_STATE_WORDS, s.value))
             if gpc else words(CONSENT_STATE_WORDS, s.value)
             for s in STATES for gpc in (False, True))
    return (*(translate("gpc table", c) for c in BEFORE_CELLS), *cells,
            *(translate("gpc table", c) for c in AFTER_CELLS))


@dataclass(frozen=True)
class Row:
    """One purpose of the table, in words."""

    choice: PurposeChoice
    cells: tuple[tuple[str, bool | None], ...]
    """(words, allowed) per column of :data:`CELL_COLUMNS`; allowed is None without a use."""
    words: str
    example: str
    """The example use in words ("" without one)."""
    warning: str = ""
    """Personal information is sold or shared, yet a GPC signal does not opt the person out."""


def sale_warning(choice: PurposeChoice) -> str:
    """The CPRA warning of a purpose that sells or shares without honouring GPC ("" if none)."""
    ignored = choice.cell(ConsentState.UNKNOWN, True)
    if not (choice.sale or choice.sharing) or ignored is None or not ignored.allowed:
        return ""
    return translate("gpc table", "Personal information is sold or shared, but a GPC signal "
                                  "does not opt the person out, although under the CPRA it "
                                  "must (11 CCR 7025).")


def example_words(policy: Policy, choice: PurposeChoice) -> str:
    """The allowed use the row's cells answer, in words."""
    request = choice.example
    if request is None:
        return ""
    def named(items: Sequence[NamedItem], item_id: str) -> str:
        """``Customers (customer)``: the name people read, the id ``decide`` takes."""
        name = shown_name(next((i.name for i in items if i.id == item_id), None), item_id)
        return item_id if name == item_id else f"{name} ({item_id})"

    said = [named(policy.categories, request.category)]
    if request.subject is not None:
        said.append(translate("gpc table", "about {subject}").format(
            subject=named(policy.subjects, request.subject)))
    if request.recipient is not None:
        said.append(translate("gpc table", "to {recipient}").format(
            recipient=named(policy.recipients, request.recipient)))
    if request.region is not None:
        said.append(translate("gpc table", "in {region}").format(region=request.region))
    return " ".join(said)


def rows(policy: Policy, choices: list[PurposeChoice] | None = None) -> list[Row]:
    """The table's rows, one per purpose (choices worked out when not given)."""
    if choices is None:
        choices = purpose_choices(policy, region_catalogue(), with_recipients=False)
    found = []
    for choice in choices:
        cells = []
        for state in STATES:
            for gpc in (False, True):
                cell = choice.cell(state, gpc)
                cells.append((cell_words(cell), None if cell is None else cell.allowed))
        found.append(Row(choice, tuple(cells), gpc_words(choice), example_words(policy, choice),
                         sale_warning(choice)))
    return found


def _yes(flag: bool) -> str:
    return translate("gpc table", "yes") if flag else translate("gpc table", "no")


def csv_rows(policy: Policy) -> list[list[str]]:
    """The header and one row per purpose (cells not yet neutralised)."""
    content_digest = digest(policy)
    found = [list(header())]
    for row in rows(policy):
        choice = row.choice
        example = ""
        if choice.example is not None:
            request = choice.example.to_dict()
            del request["consent"]
            example = json.dumps(request, sort_keys=True, ensure_ascii=False)
        honoured = choice.honours_gpc and choice.mechanism is ConsentMechanism.OPT_OUT
        found.append([choice.purpose, choice.name, str(choice.mechanism),
                      _yes(honoured), _yes(choice.sale), _yes(choice.sharing),
                      *(words for words, _ in row.cells), " ".join(filter(None, (
                          row.words, row.warning))), example, content_digest])
    return found


def export_csv(policy: Policy) -> ExportResult:
    """The GPC table as CSV."""
    return ExportResult(digest=digest(policy), data=csv_bytes(csv_rows(policy)))


def render_html(policy: Policy, errors: int = 0) -> str:
    """The GPC table as a self-contained HTML document."""
    content_digest = digest(policy)
    meta = policy.policy
    return render(
        "gpc-table.html.j2", notices=notices(standing_of(policy, content_digest, errors)),
        title=shown_name(meta.title, meta.id), version=meta.version,
        status=label(meta.status), digest=content_digest, rows=rows(policy),
        states=[words(CONSENT_STATE_WORDS, s.value) for s in STATES],
        mechanisms={value: words(MECHANISM_WORDS, value) for value in MECHANISM_WORDS})


def export_html(policy: Policy, errors: int = 0) -> ExportResult:
    """The GPC table as HTML."""
    return ExportResult(digest=digest(policy),
                        data=render_html(policy, errors).encode("utf-8"))


EXPORTER = register(FunctionExporter(
    name="gpc-table-html",
    title=QT_TRANSLATE_NOOP("exporters", "Consent and Global Privacy Control table (HTML)"),
    suffix=".gpc.html",
    description=QT_TRANSLATE_NOOP(
        "exporters", "For each purpose, what the decision engine answers when consent is granted, "
                "refused or not asked, with and without a Global Privacy Control signal."),
    function=export_html,
    states_errors=True,
    audience=LEGAL,
))
register(FunctionExporter(
    name="gpc-table-csv",
    title=QT_TRANSLATE_NOOP("exporters", "Consent and Global Privacy Control table (CSV)"),
    suffix=".gpc.csv",
    description=QT_TRANSLATE_NOOP(
        "exporters", "The consent and GPC table for spreadsheets, with an example request per "
                "purpose so each cell can be checked with policy-studio decide."),
    function=export_csv,
    audience=LEGAL,
))
