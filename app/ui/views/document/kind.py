"""What the document preview shows: a document's title, how its pages are built, its exports.

The "Documents" tab (:class:`app.ui.views.document.view.DocumentView`) previews one kind at a
time, chosen in the list at the start of its bar: the policy document, the privacy notice, the
record of processing, the DPIA draft, the consent and GPC table.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from app.domain.i18n import QT_TRANSLATE_NOOP, translate
from app.domain.models import Policy
from app.ui.views.document.build import Built, build, build_exported


@dataclass(frozen=True)
class Preview:
    """One kind of readable document the window previews live."""

    title: str
    """The tab's title, e.g. "Policy document"."""
    build: Callable[[Policy, int | None], Built]
    """Its pages and one-line summary from a snapshot and the error count (off the GUI
    thread; a module-level function, so the builder process can run it)."""
    formats: tuple[tuple[str, str], ...]
    """(file suffix, exporter name) of each export button, in order."""
    stem: str = ""
    """Added to the policy file's stem in a suggested export name, e.g. "-notice"."""

    @property
    def shown_title(self) -> str:
        """The title in the reader's language."""
        return translate("documents view", self.title)

    @property
    def preview_name(self) -> str:
        """The accessible name of the page shown."""
        return translate("documents view", "{title} preview").format(title=self.shown_title)


POLICY_DOCUMENT = Preview(QT_TRANSLATE_NOOP("documents view", "Policy document"), build,
                          (("html", "html"), ("pdf", "pdf")))
"""The document legal reads and signs (:mod:`app.exporters.policy_document`)."""

RECORD = Preview(QT_TRANSLATE_NOOP("documents view", "Record of processing (Art. 30)"),
                 partial(build_exported, "art30-html"),
                 (("html", "art30-html"), ("pdf", "art30-pdf"), ("csv", "art30-csv")), ".art30")
"""The controller's record of processing activities (:mod:`app.exporters.art30_html`)."""
DPIA = Preview(QT_TRANSLATE_NOOP("documents view", "DPIA draft"),
               partial(build_exported, "dpia-html"),
               (("html", "dpia-html"), ("pdf", "dpia-pdf"), ("json", "dpia-pia-json")), ".dpia")
"""The impact assessment draft with each purpose's screening (:mod:`app.exporters.dpia`)."""
CONSENT = Preview(QT_TRANSLATE_NOOP("documents view", "Consent and GPC table"),
                  partial(build_exported, "gpc-table-html"),
                  (("html", "gpc-table-html"), ("csv", "gpc-table-csv")), ".gpc")
"""What each purpose does with consent and a GPC signal (:mod:`app.exporters.gpc_table`)."""

FILE_KINDS = {"html": QT_TRANSLATE_NOOP("documents view", "HTML document (*.html)"),
              "pdf": QT_TRANSLATE_NOOP("documents view", "PDF document (*.pdf)"),
              "md": QT_TRANSLATE_NOOP("documents view", "Markdown text (*.md)"),
              "csv": QT_TRANSLATE_NOOP("documents view", "CSV spreadsheet (*.csv)"),
              "json": QT_TRANSLATE_NOOP("documents view", "JSON file (*.json)")}
"""The save dialog's filter for each suffix a preview exports."""
