"""The rule annex: every use rule and retention rule of a policy in words, as one HTML file.

A large policy's document summarises its rules (:mod:`app.exporters.policy_summary`) and names
this annex; both carry the policy's content digest, which ties them together. Any policy can be
exported this way. No Qt; same policy, same bytes.
"""

from __future__ import annotations

from app.domain.canonical import digest
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.models import Policy
from app.exporters import policy_words as words
from app.exporters.documents_html import notices, render
from app.exporters.policy_document import cover, retention, rules
from app.exporters.registry import ExportResult, FunctionExporter, register
from app.exporters.standing import standing_of


def annex_html(policy: Policy, errors: int = 0) -> str:
    """The annex of ``policy`` (which has ``errors`` error findings)."""
    content_digest = digest(policy)
    names = words.Names(policy)
    return render("rule-annex.html.j2", cover=cover(policy, content_digest),
                  notices=notices(standing_of(policy, content_digest, errors)),
                  rules=rules(policy, names), retention=retention(policy, names),
                  retention_headings=words.retention_headings())


def export(policy: Policy, errors: int = 0) -> ExportResult:
    """The annex's HTML bytes and the policy's digest."""
    return ExportResult(digest=digest(policy), data=annex_html(policy, errors).encode("utf-8"))


EXPORTER = register(FunctionExporter(
    name="rule-annex",
    title=QT_TRANSLATE_NOOP("exporters", "Rule annex (HTML)"),
    suffix=".html",
    description=QT_TRANSLATE_NOOP(
        "exporters", "Every use rule and retention rule in words, with the content digest: the "
                "annex a large policy's document refers to."),
    function=export,
    states_errors=True,
))
