"""GDPR Art. 30(1) record of processing activities as one self-contained HTML file.

Exporter ``art30-html``: no scripts, no external resources, the shared stylesheet inline (it
also prints well). Point (a) (controller, DPO) comes first, then one section per purpose with
points (b) to (f) in a two-column table, then point (g) (security measures). The content
digest is in the header and the footer. The content comes from
:func:`app.exporters.art30.build_record`; ``resources/documents/art30.html.j2`` lays it out
and escapes it.
"""

from __future__ import annotations

from typing import Any

from app.domain.enums import label
from app.domain.models import Policy
from app.exporters.art30 import NO_SAFEGUARD, Art30Record, ProcessingActivity, build_record
from app.exporters.documents_html import notices, render
from app.exporters.registry import ExportResult, FunctionExporter, register
from app.exporters.standing import Standing, standing_of


def _activity(activity: ProcessingActivity) -> dict[str, Any]:
    """One purpose's points (b) to (f): (title, lines, words when there is none)."""
    purpose = activity.purpose
    return {"name": purpose.name or purpose.id, "id": purpose.id, "points": [
        ("(b) Purpose of the processing",
         [purpose.description] if purpose.description else [], "no description"),
        ("Kind of purpose", [label(purpose.kind)], ""),
        ("Legal basis", [activity.legal_basis], ""),
        ("Allowed by rules", activity.rules, "no rule allows a use for this purpose"),
        ("(c) Categories of data subjects", activity.subjects, "none"),
        ("(c) Categories of personal data", activity.categories, "none"),
        ("(c) Special categories (Art. 9, 10)", activity.special, "none"),
        ("(d) Categories of recipients", activity.recipients, "none named in the rules"),
        ("(e) Transfers to third countries and safeguards", activity.transfers, "none"),
        ("(f) Envisaged time limits for erasure", activity.retention, "none"),
        ("Automated decisions and profiling (Art. 22)",
         [activity.automated] if activity.automated else [], "none"),
        ("Sale and sharing (CPRA)", [activity.sale] if activity.sale else [], "none"),
    ]}


def render_html(record: Art30Record, standing: Standing | None = None) -> str:
    """The complete HTML document of ``record``.

    It opens with the DRAFT and known-errors notices of ``standing`` (when not given: worked
    out, with no known errors).
    """
    meta = record.policy.policy
    standing = standing or standing_of(record.policy, record.digest)
    return render(
        "art30.html.j2", notices=notices(standing), title=meta.title or meta.id,
        version=meta.version, status=label(meta.status), policy_id=meta.id,
        digest=record.digest, controller=record.controller, no_safeguard=NO_SAFEGUARD,
        activities=[_activity(a) for a in record.activities], measures=record.measures)


def export_html(policy: Policy, errors: int = 0) -> ExportResult:
    """The Art. 30 record as a self-contained HTML file (saying so if ``errors``)."""
    record = build_record(policy)
    standing = standing_of(policy, record.digest, errors)
    return ExportResult(digest=record.digest, data=render_html(record, standing).encode("utf-8"))


EXPORTER = register(FunctionExporter(
    name="art30-html",
    title="Art. 30 record of processing (HTML)",
    suffix=".art30.html",
    description="GDPR Art. 30(1) record of processing activities as a printable, "
                "self-contained HTML document carrying the content digest.",
    function=export_html,
    states_errors=True,
))
