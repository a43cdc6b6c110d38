"""The documents of an approved version, rendered again exactly as they were approved.

What a document's bytes depend on besides the policy's content, and how an approved version's
re-rendering holds each of them still:

- **Known errors**: the policy document, its PDF and the Art. 30 record state how many error
  findings validation reported. Today's checks may find errors the checks of the approval day
  did not, but an approval is refused while any error stands (:mod:`app.validation.approval`),
  so an approved version was rendered with none: :func:`render_approved` renders with none.
- **Dates**: no document of an approved version reads the clock; the PDF's creation and
  modification dates are the day of the approval of exactly its content
  (:mod:`app.exporters.pdf.document`), part of the content.
- **Locale**: nothing is formatted by locale (dates are ISO 8601, numbers plain).
- **The program that renders**: the wording and layout come from this version of Policy
  Studio (templates, region and jurisdiction tables), and the PDF's bytes also from the Qt
  library and the fonts installed. A re-rendering is byte-for-byte the approved one when the
  same version renders it on the same installation; another version may word things
  differently, and that is not something the policy file can hold still.
"""

from __future__ import annotations

from app.domain.approval import is_approved
from app.domain.canonical import digest
from app.domain.i18n import translate
from app.domain.models import Policy
from app.exporters.registry import ExportResult, get, run_export

DOCUMENTS: tuple[str, ...] = ("html", "pdf", "art30-html", "art30-csv", "retention-csv")
"""The readable documents legal signs: the policy document (HTML, PDF), the Art. 30 record
(HTML, CSV) and the retention schedule (CSV)."""


class NotApprovedError(ValueError):
    """The version carries no approval of exactly its content."""


def render_approved(policy: Policy, name: str) -> ExportResult:
    """The document ``name`` (one of :data:`DOCUMENTS`) of an approved ``policy``.

    Raises :class:`NotApprovedError` when no approval of exactly this content is recorded.
    """
    if not is_approved(policy, digest(policy)):
        raise NotApprovedError(translate("approved", "this version carries no approval of "
                                         "exactly its content, so there is no approved "
                                         "rendering of it"))
    return run_export(get(name), policy, errors=0)


def render_all_approved(policy: Policy) -> dict[str, ExportResult]:
    """Every document of :data:`DOCUMENTS` for an approved ``policy``, by format name."""
    return {name: render_approved(policy, name) for name in DOCUMENTS}
