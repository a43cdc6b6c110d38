"""What a document preview tab shows: its title, how its pages are built, what it exports.

The "Policy document" tab and the "Privacy notice" tab are the same view
(:class:`app.ui.views.document.view.DocumentView`) over two kinds of document.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from app.domain.models import Policy
from app.ui.views.document.build import Built, build


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
    def preview_name(self) -> str:
        """The accessible name of the page shown."""
        return f"{self.title} preview"


POLICY_DOCUMENT = Preview("Policy document", build, (("html", "html"), ("pdf", "pdf")))
"""The document legal reads and signs (:mod:`app.exporters.policy_document`)."""

FILE_KINDS = {"html": "HTML document (*.html)", "pdf": "PDF document (*.pdf)",
              "md": "Markdown text (*.md)"}
"""The save dialog's filter for each suffix a preview exports."""
