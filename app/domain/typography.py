"""Numbers and punctuation written the way the current language writes them.

Counts in translated text group their digits as the language does (``1,234`` in English,
``1.234`` in German, ``1 234`` with a narrow no-break space in French), and parts joined in code
take the space French puts before ``;`` and ``:`` (the same plain space its catalogue uses).
A small table rather than a locale library: three languages, and no Qt below the window.
"""

from __future__ import annotations

from collections.abc import Iterable

from app.domain.i18n import language

GROUPS = {"en": (",", "."), "de": (".", ","), "fr": ("\u202f", ",")}
"""The thousands separator and the decimal mark, by language."""
FRENCH_SPACE = " "
"""What French puts before ``;``, ``:``, ``!`` and ``?`` (as its catalogue does)."""


def number(value: int | float) -> str:
    """``value`` with its digits grouped in the current language: ``1,234`` / ``1.234``."""
    group, decimal = GROUPS.get(language(), GROUPS["en"])
    text = f"{value:,}"
    return text.translate({ord(","): group, ord("."): decimal}) if group != "," else text


def _space() -> str:
    return FRENCH_SPACE if language() == "fr" else ""


def semicolons(parts: Iterable[str]) -> str:
    """``a; b; c`` (``a ; b ; c`` in French)."""
    return f"{_space()}; ".join(parts)


def labelled(label: str, text: str) -> str:
    """``label: text`` (``label : text`` in French), for a label and words joined in code."""
    return f"{label}{_space()}: {text}"
