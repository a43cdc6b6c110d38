"""Words several views show: the intrusiveness bands' names."""

from __future__ import annotations

from app.domain.i18n import QT_TRANSLATE_NOOP, language, translate

BAND_WORDS = {"low": QT_TRANSLATE_NOOP("intrusiveness", "low"),
              "medium": QT_TRANSLATE_NOOP("intrusiveness", "medium"),
              "high": QT_TRANSLATE_NOOP("intrusiveness", "high"),
              "critical": QT_TRANSLATE_NOOP("intrusiveness", "critical")}
"""Each intrusiveness band's name (app.domain.intrusiveness.BANDS), marked for translation."""


def band_label(band: str) -> str:
    """The band's name in the reader's language (an unknown band as it is)."""
    return translate("intrusiveness", BAND_WORDS[band]) if band in BAND_WORDS else band


def in_sentence(title: str) -> str:
    """A view's title inside a sentence: lower case, except in German (whose nouns keep theirs)."""
    return title if language() == "de" else title.lower()
