"""The DPIA draft (GDPR Art. 35) as a self-contained HTML file.

Exporter ``dpia-html``: no scripts, no external resources, the shared stylesheet inline. Part 1
screens every purpose; then one part per purpose assessed with its context and fundamental
principles pre-filled from the policy; the last part lists the measures recorded and leaves the
three risks for the assessors. Gaps to fill are highlighted. The content digest is in the header
and the footer. The content comes from :mod:`app.exporters.dpia`;
``resources/documents/dpia.html.j2`` lays it out and escapes it.
"""

from __future__ import annotations

from typing import Any

from app.domain.enums import label
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.ids import shown_name
from app.domain.models import Policy
from app.exporters.art30_html import facts, pieces, tree
from app.exporters.art30_words import marks
from app.exporters.documents_html import notices, render
from app.exporters.dpia import (
    RISK_QUESTIONS,
    RISKS,
    Assessment,
    DpiaDraft,
    build_draft,
    title,
    to_fill,
)
from app.exporters.registry import ExportResult, FunctionExporter, register
from app.exporters.standing import Standing, standing_of
from app.exporters.untranslated import in_words, shown_marks


def gaps() -> tuple[str, ...]:
    """Words highlighted as gaps: the record's, and what the assessors must complete."""
    return (*marks(), to_fill())


def _assessment(item: Assessment) -> dict[str, Any]:
    found = gaps()
    return {"number": item.number, "name": item.name,
            "conclusion": pieces(item.screened.conclusion, found),
            "context": [(title(f.title), tree(f.lines, found), f.empty) for f in item.context],
            "principles": [(title(f.title), tree(f.lines, found), f.empty)
                           for f in item.principles]}


def render_html(draft: DpiaDraft, standing: Standing | None = None, *,
                footer: bool = True) -> str:
    """The complete HTML document of ``draft``.

    ``standing`` and ``footer`` as for :func:`app.exporters.art30_html.render_html`.
    """
    meta = draft.policy.policy
    standing = standing or standing_of(draft.policy, draft.digest)
    found = gaps()
    screening = [{"name": s.name, "criteria": [(c.title, c.reason) for c in s.criteria],
                  "conclusion": pieces(s.conclusion, found)} for s in draft.screening]
    return shown_marks(render(
        "dpia.html.j2", notices=notices(standing), title=shown_name(meta.title, meta.id),
        version=meta.version, status=label(meta.status), policy_id=meta.id,
        digest=draft.digest, parties=facts(draft.parties), screening=screening,
        assessments=[_assessment(a) for a in draft.assessments], all_drafted=draft.all_drafted,
        measures=draft.measures, risks=[title(risk) for _, risk in RISKS],
        questions=[title(question) for question in RISK_QUESTIONS],
        footer=footer))


def export_html(policy: Policy, errors: int = 0) -> ExportResult:
    """The ``dpia-html`` export of ``policy``."""
    draft = in_words(build_draft, policy)
    standing = standing_of(policy, draft.digest, errors)
    return ExportResult(digest=draft.digest, data=render_html(draft, standing).encode("utf-8"))


EXPORTER = register(FunctionExporter(
    name="dpia-html",
    title=QT_TRANSLATE_NOOP("exporters", "Data protection impact assessment draft (HTML)"),
    suffix=".dpia.html",
    description=QT_TRANSLATE_NOOP(
        "exporters", "GDPR Art. 35 DPIA draft: each purpose screened against the EDPB criteria, "
                "the context and principles pre-filled, the risks left to assess; printable, "
                "self-contained HTML carrying the content digest."),
    function=export_html,
    states_errors=True,
))
