"""Which sections of the privacy notice a change alters, for the redline and the impact (no Qt).

The notice's sections are always the same eight, numbered in the same order
(:data:`app.exporters.notice_sections.TOPICS`), so a change can be told as "it alters the
notice's sections 3 and 5": whoever publishes the notice knows what to re-read, re-translate
and re-announce. A section is altered when any of its words differ, in its first-layer summary
or in the full text (:func:`app.exporters.notice_sections.changed_sections`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.domain.i18n import translate
from app.domain.models import Policy
from app.exporters.notice_sections import TOPICS, Section, changed_sections
from app.exporters.policy_words import join


@dataclass(frozen=True)
class NoticeChange:
    """The notice's sections a change alters (empty: the sections read the same)."""

    sections: tuple[Section, ...]

    def sentence(self) -> str:
        """The change in words: ``This change alters the privacy notice's section 5 (...).``."""
        if not self.sections:
            return translate("notice", "This change alters none of the privacy notice's "
                                       "sections.")
        named = [f"{s.number} ({s.title})" for s in self.sections]
        if len(named) == 1:
            return translate("notice", "This change alters the privacy notice's section "
                                       "{section}.").format(section=named[0])
        return translate("notice", "This change alters the privacy notice's sections "
                                   "{sections}.").format(sections=join(named))

    def data(self) -> list[dict[str, Any]]:
        """``[{"number": 5, "id": "keep", "title": "How long we keep your data"}]``.

        Machine-readable: the titles are the English ones, whatever the language.
        """
        english = dict(TOPICS)
        return [{"number": s.number, "id": s.id, "title": english[s.id]} for s in self.sections]


def notice_change(old: Policy, new: Policy) -> NoticeChange:
    """The notice's sections that read differently from ``old`` to ``new``, in order."""
    return NoticeChange(tuple(changed_sections(old, new)))
