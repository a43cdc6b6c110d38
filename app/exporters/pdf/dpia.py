"""The DPIA draft (GDPR Art. 35) as an A4 PDF with page numbers (Qt's text layout).

The draft's HTML (:mod:`app.exporters.dpia_html`) is laid out by the documents' PDF writer
(:mod:`app.exporters.pdf.writer`) with a header (title, version, DRAFT unless approved) and a
footer (content digest, ``Page n of m``) on every page.
"""

from __future__ import annotations

import datetime as dt

from app.domain.i18n import QT_TRANSLATE_NOOP, translate
from app.domain.models import Policy
from app.exporters.dpia import DpiaDraft, build_draft
from app.exporters.dpia_html import render_html
from app.exporters.pdf.record import titled_pdf
from app.exporters.registry import ExportResult, FunctionExporter, register
from app.exporters.untranslated import in_words


def render_pdf(draft: DpiaDraft, errors: int = 0,
               now: dt.datetime | None = None) -> tuple[bytes, int]:
    """The PDF of ``draft`` (whose policy has ``errors`` error findings) and its page count."""
    return titled_pdf(draft.policy, draft.digest, translate("dpia", "DPIA draft"),
                      lambda standing: render_html(draft, standing, footer=False), errors, now)


def export_pdf(policy: Policy, errors: int = 0) -> ExportResult:
    """The ``dpia-pdf`` export of ``policy``."""
    draft = in_words(build_draft, policy)
    return ExportResult(digest=draft.digest, data=render_pdf(draft, errors)[0])


EXPORTER = register(FunctionExporter(
    name="dpia-pdf",
    title=QT_TRANSLATE_NOOP("exporters", "Data protection impact assessment draft (PDF)"),
    suffix=".dpia.pdf",
    description=QT_TRANSLATE_NOOP(
        "exporters", "GDPR Art. 35 DPIA draft as an A4 PDF: screening, context and principles "
                "pre-filled, risks to assess, the content digest and page numbers on every "
                "page."),
    function=export_pdf,
    states_errors=True,
))
