"""The records of processing (GDPR Art. 30) as self-contained HTML files.

Exporters ``art30-html`` (the controller's record, Art. 30(1)) and ``art30-processor-html``
(the processor's record, Art. 30(2)): no scripts, no external resources, the shared stylesheet
inline (it also prints well, and the PDF is laid out from it). Part 1 names the organisation
(parties, record dates); part 2 has one table per processing activity, numbered by purpose
family (``3``, ``3.1``), in the processor's record grouped by the controller served; part 3
lists the security measures. The content digest is in the header and the footer. The content
comes from :mod:`app.exporters.art30`; ``resources/documents/art30.html.j2`` lays it out and
escapes it.
"""

from __future__ import annotations

from typing import Any

from app.domain.enums import label
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.ids import shown_name
from app.domain.models import Policy
from app.exporters.art30 import Activity, Art30Record, build_processor_record, build_record
from app.exporters.art30_fields import title
from app.exporters.art30_lines import Line
from app.exporters.art30_words import marks as gap_words
from app.exporters.documents_html import notices, render
from app.exporters.registry import ExportResult, FunctionExporter, register
from app.exporters.standing import Standing, standing_of
from app.exporters.untranslated import in_words, shown_marks

Pieces = list[tuple[str, bool]]
"""A text cut into (part, whether to highlight it)."""
Tree = list[tuple[Pieces, "Tree"]]
"""Lines as (text, the lines below it)."""


def pieces(text: str, marks: tuple[str, ...] | None = None) -> Pieces:
    """``text`` cut around the gap words ``marks``, highlighted.

    By default the record's gap words in the current language
    (:func:`app.exporters.art30_words.marks`).
    """
    found: Pieces = [(text, False)]
    for mark in gap_words() if marks is None else marks:
        cut: Pieces = []
        for part, hot in found:
            if hot or mark not in part:
                cut.append((part, hot))
                continue
            for position, piece in enumerate(part.split(mark)):
                if position:
                    cut.append((mark, True))
                if piece:
                    cut.append((piece, False))
        found = cut
    return found


def tree(lines: list[Line], marks: tuple[str, ...] | None = None) -> Tree:
    """Nest ``lines`` by depth: each deeper line belongs to the nearest shallower one above.

    The gap words ``marks`` are highlighted (see :func:`pieces`).
    """
    root: Tree = []
    stack: list[tuple[int, Tree]] = [(-1, root)]
    for line in lines:
        while stack[-1][0] >= line.depth:
            stack.pop()
        children: Tree = []
        stack[-1][1].append((pieces(line.text, marks), children))
        stack.append((line.depth, children))
    return root


def _activity(activity: Activity) -> dict[str, Any]:
    return {"number": activity.number, "name": activity.name,
            "fields": [(title(f.title), tree(f.lines), f.empty) for f in activity.fields]}


def facts(rows: list[tuple[str, str]]) -> list[tuple[str, Pieces]]:
    """(label, value) rows with the value's gaps highlighted."""
    return [(name, pieces(value)) for name, value in rows]


def render_html(record: Art30Record, standing: Standing | None = None, *,
                footer: bool = True) -> str:
    """The complete HTML document of ``record``.

    It opens with the DRAFT and known-errors notices of ``standing`` (when not given: worked
    out, with no known errors). Without ``footer`` the closing line naming the digest is left
    out (the PDF carries the digest on every page).
    """
    meta = record.policy.policy
    standing = standing or standing_of(record.policy, record.digest)
    return shown_marks(render(
        "art30.html.j2", notices=notices(standing), title=shown_name(meta.title, meta.id),
        version=meta.version, status=label(meta.status), policy_id=meta.id,
        digest=record.digest, kind=record.kind, parties=facts(record.parties),
        activities=[_activity(a) for a in record.activities],
        clients=[{"name": c.name, "facts": facts(c.facts),
                  "activities": [_activity(a) for a in c.activities]} for c in record.clients],
        measures=record.measures, footer=footer))


def _export(build: Any) -> Any:
    def export(policy: Policy, errors: int = 0) -> ExportResult:
        record = in_words(build, policy)
        standing = standing_of(policy, record.digest, errors)
        return ExportResult(digest=record.digest,
                            data=render_html(record, standing).encode("utf-8"))
    return export


export_html = _export(build_record)
export_processor_html = _export(build_processor_record)

EXPORTER = register(FunctionExporter(
    name="art30-html",
    title=QT_TRANSLATE_NOOP("exporters", "Art. 30 record of processing, controller (HTML)"),
    suffix=".art30.html",
    description=QT_TRANSLATE_NOOP(
        "exporters", "GDPR Art. 30(1) record of processing activities as a printable, "
                "self-contained HTML document carrying the content digest."),
    function=export_html,
    states_errors=True,
))
register(FunctionExporter(
    name="art30-processor-html",
    title=QT_TRANSLATE_NOOP("exporters", "Art. 30 record of processing, processor (HTML)"),
    suffix=".art30-processor.html",
    description=QT_TRANSLATE_NOOP(
        "exporters", "GDPR Art. 30(2) record of the processing done on behalf of other "
                "controllers, as a printable, self-contained HTML document."),
    function=export_processor_html,
    states_errors=True,
))
