"""The policy document as an A4 PDF (the HTML of :mod:`app.exporters.policy_document`).

The cover and contents are laid out after the sections, so the contents list the page each
section starts on; pages are cut and painted by :mod:`app.exporters.pdf.writer` (no table row
split, no heading at a page foot, bookmarks for every section, title, version, DRAFT unless
approved, content digest and page number on every page). Qt is imported only when a PDF is made,
so listing the export formats never loads it.

**Dates.** A draft's PDF is dated when it is exported. An approved policy's PDF is dated by the
approval of exactly its content (the day it was signed), so rendering an approved version again
gives the same bytes (:mod:`app.exporters.approved`). The cover says which date it is.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from app.domain.approval import is_approved
from app.domain.canonical import digest
from app.domain.enums import ApprovalDecision
from app.domain.i18n import QT_TRANSLATE_NOOP, translate
from app.domain.ids import shown_name
from app.domain.models import Policy
from app.exporters.pdf.writer import Furniture, Rendered, html_pdf
from app.exporters.policy_document import body_html, document_parts, front_html
from app.exporters.registry import ExportResult, FunctionExporter, register
from app.exporters.standing import standing_of


def document_date(policy: Policy, content_digest: str | None = None,
                  now: dt.datetime | None = None) -> dt.datetime:
    """When the PDF says it was made: the approval day of an approved policy, else ``now``.

    ``now`` defaults to the clock (UTC).
    """
    content_digest = content_digest or digest(policy)
    if is_approved(policy, content_digest):
        day = max(a.date for a in policy.policy.approvals
                  if a.decision == ApprovalDecision.APPROVED and a.digest == content_digest)
        return dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC)
    return now or dt.datetime.now(dt.UTC).replace(microsecond=0)


def render(policy: Policy, errors: int = 0, now: dt.datetime | None = None) -> Rendered:
    """The PDF of ``policy`` (which has ``errors`` error findings) and what it holds."""
    content_digest = digest(policy)
    standing = standing_of(policy, content_digest, errors)
    parts = document_parts(policy, standing)
    meta = policy.policy
    created = document_date(policy, content_digest, now)
    furniture = Furniture(title=shown_name(meta.title, meta.id), version=meta.version,
                          digest=content_digest, draft=not standing.approved, created=created)
    dated = (translate("pdf", "{date} (approved)").format(date=f"{created:%Y-%m-%d}")
             if standing.approved else translate("pdf", "{time} UTC (exported)").format(
                 time=f"{created.astimezone(dt.UTC):%Y-%m-%d %H:%M}"))

    def front(pages: Mapping[str, int]) -> str:
        return front_html(parts, pages, dated)

    return html_pdf(body_html(parts), furniture, front)


def render_pdf(policy: Policy, errors: int = 0,
               now: dt.datetime | None = None) -> tuple[bytes, int]:
    """The PDF of ``policy`` (which has ``errors`` error findings) and its number of pages."""
    done = render(policy, errors, now)
    return done.data, done.pages


def pdf_bytes(policy: Policy, errors: int = 0, now: dt.datetime | None = None) -> bytes:
    """The PDF of ``policy`` (which has ``errors`` error findings) as bytes."""
    return render(policy, errors, now).data


def export(policy: Policy, errors: int = 0) -> ExportResult:
    """The PDF document (saying so if ``errors``) and the policy's digest."""
    return ExportResult(digest=digest(policy), data=pdf_bytes(policy, errors))


EXPORTER = register(FunctionExporter(
    name="pdf",
    title=QT_TRANSLATE_NOOP("exporters", "Policy document (PDF)"),
    suffix=".pdf",
    description=QT_TRANSLATE_NOOP(
        "exporters", "The printable policy for legal review (A4): the HTML document's content with "
                "the title, version, content digest and page number on every page."),
    function=export,
    states_errors=True,
))
