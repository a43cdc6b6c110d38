"""The records of processing (GDPR Art. 30) as A4 PDFs with page numbers (Qt's text layout).

The record's HTML (:mod:`app.exporters.art30_html`) is laid out by the policy document's PDF
writer (:mod:`app.exporters.pdf.writer`: table rows never split, headings kept with what follows,
bookmarks) with a header (record, title, version, DRAFT unless approved) and a footer (content
digest, ``Page n of m``) on every page.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from app.domain.i18n import QT_TRANSLATE_NOOP, translate
from app.domain.ids import shown_name
from app.domain.models import Policy
from app.exporters.art30 import Art30Record, build_processor_record, build_record
from app.exporters.art30_html import render_html
from app.exporters.pdf.document import document_date
from app.exporters.pdf.writer import Furniture, html_pdf
from app.exporters.registry import ExportResult, FunctionExporter, register
from app.exporters.standing import Standing, standing_of
from app.exporters.untranslated import in_words, unmarked

HEADINGS = {"controller": QT_TRANSLATE_NOOP("art30", "Record of processing activities"),
            "processor": QT_TRANSLATE_NOOP("art30", "Record of processing activities (processor)")}
"""The running header's words (translated where used)."""


def titled_pdf(policy: Policy, content_digest: str, heading: str,
               html: Callable[[Standing], str], errors: int = 0,
               now: dt.datetime | None = None) -> tuple[bytes, int]:
    """A document about ``policy`` as a PDF, and its page count.

    ``html`` gives the document's HTML (without its footer) for the policy's standing. Laid out
    by the policy document's writer: rows kept whole, bookmarks for every heading, the header
    ``heading: title``, dated like the policy document (an approved policy by its approval, a
    draft when made).
    """
    meta = policy.policy
    standing = standing_of(policy, content_digest, errors)
    furniture = Furniture(title=translate("pdf", "{heading}: {title}").format(
                              heading=heading, title=unmarked(shown_name(meta.title, meta.id))),
                          version=meta.version, digest=content_digest,
                          draft=not standing.approved,
                          created=document_date(policy, content_digest, now))
    done = html_pdf(html(standing), furniture)
    return done.data, done.pages


def render_pdf(record: Art30Record, errors: int = 0,
               now: dt.datetime | None = None) -> tuple[bytes, int]:
    """The PDF of ``record`` (whose policy has ``errors`` error findings) and its page count."""
    return titled_pdf(record.policy, record.digest, translate("art30", HEADINGS[record.kind]),
                      lambda standing: render_html(record, standing, footer=False), errors, now)


def _exporter(build: Callable[[Policy], Art30Record]) -> Callable[[Policy, int], ExportResult]:
    def export(policy: Policy, errors: int = 0) -> ExportResult:
        record = in_words(build, policy)
        return ExportResult(digest=record.digest, data=render_pdf(record, errors)[0])
    return export


_FORMATS = (
    ("controller", ".art30.pdf",
     QT_TRANSLATE_NOOP("exporters", "Art. 30 record of processing, controller (PDF)"),
     QT_TRANSLATE_NOOP("exporters", "GDPR Art. 30(1) record of processing activities "
                       "(controller's record) as an A4 PDF with the content digest and page "
                       "numbers on every page.")),
    ("processor", ".art30-processor.pdf",
     QT_TRANSLATE_NOOP("exporters", "Art. 30 record of processing, processor (PDF)"),
     QT_TRANSLATE_NOOP("exporters", "GDPR Art. 30(2) record of processing activities "
                       "(processor's record) as an A4 PDF with the content digest and page "
                       "numbers on every page.")),
)
"""Kind of record, suffix, title and description of each PDF format."""
for _kind, _suffix, _title, _description in _FORMATS:
    register(FunctionExporter(
        name="art30-pdf" if _kind == "controller" else "art30-processor-pdf",
        title=_title,
        suffix=_suffix,
        description=_description,
        function=_exporter(build_record if _kind == "controller" else build_processor_record),
        states_errors=True,
    ))
