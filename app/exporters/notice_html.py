"""The layered privacy notice as one self-contained, accessible HTML page (no Qt).

The words come from :mod:`app.exporters.notice_sections`; ``resources/documents/notice.html.j2``
lays them out with the notice's own stylesheet inline (``notice.css``: readable in a browser,
a dark scheme and print), escaping and isolating every value
(:mod:`app.exporters.documents_html`). Same policy, same bytes.
"""

from __future__ import annotations

from collections.abc import Callable

from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.models import Policy
from app.exporters.documents_html import notices, render
from app.exporters.notice_readability import readability
from app.exporters.notice_sections import Notice, build_notice
from app.exporters.registry import LEGAL, ExportResult, FunctionExporter, register
from app.exporters.standing import standing_of
from app.exporters.untranslated import in_words, shown_marks


def render_html(notice: Notice, policy: Policy, errors: int = 0, *,
                skip_link: bool = True) -> str:
    """``notice`` (made from ``policy``) as HTML, opening with its DRAFT and errors notices.

    ``skip_link``: the link to the notice itself that a browser keeps out of sight until it
    has the focus (a renderer without positioning, such as Qt's preview, shows it always).
    """
    standing = standing_of(policy, notice.digest, errors)
    return shown_marks(render("notice.html.j2", notice=notice, notices=notices(standing),
                              skip_link=skip_link))


def notice_exporter(renderer: Callable[[Notice, Policy, int], str], name: str, title: str,
                    suffix: str, description: str) -> FunctionExporter:
    """Register the notice in one format: ``renderer`` lays out the notice of a policy.

    The exporter states the policy's standing (DRAFT, known errors) and is for legal; its
    result notes the notice's reading ease (:mod:`app.exporters.notice_readability`), which
    the published notice itself does not show.
    """
    def export(policy: Policy, errors: int = 0) -> ExportResult:
        notice = in_words(build_notice, policy)
        return ExportResult(digest=notice.digest,
                            data=renderer(notice, policy, errors).encode("utf-8"),
                            notes=[readability(notice).line()])

    return register(FunctionExporter(name=name, title=title, suffix=suffix,
                                     description=description, function=export,
                                     states_errors=True, audience=LEGAL))


EXPORTER = notice_exporter(
    render_html, "notice-html", QT_TRANSLATE_NOOP("exporters", "Privacy notice (HTML)"),
    ".notice.html",
    QT_TRANSLATE_NOOP("exporters", "The layered privacy notice for the people whose data is "
                      "used: a short first layer and the full notice (GDPR Art. 13/14, CPRA "
                      "notice at collection)."))
