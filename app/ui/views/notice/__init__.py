"""The privacy notice as a document the "Documents" view previews, with HTML/Markdown export.

The view (:class:`app.ui.views.document.view.DocumentView`) shows it when "Privacy notice" is
chosen in its bar (:data:`NOTICE`). The package imports no Qt by itself: :mod:`.build` also runs in
the builder process.
"""

from __future__ import annotations

from app.domain.i18n import QT_TRANSLATE_NOOP
from app.ui.views.document.kind import Preview
from app.ui.views.notice.build import build as build_preview

NOTICE = Preview(QT_TRANSLATE_NOOP("documents view", "Privacy notice"), build_preview,
                 (("html", "notice-html"), ("md", "notice-md")), ".notice")
"""The notice for the people whose data is used (:mod:`app.exporters.notice_sections`);
exported beside the policy as ``<policy>.notice.html`` and ``.notice.md``."""


__all__ = ["NOTICE"]
