"""Translated words: one function, :func:`translate`, for every user-visible string.

Its signature is Qt's ``QCoreApplication.translate(context, source, disambiguation, n)``, so
Qt's ``lupdate`` finds every call in the sources and writes them to the ``.ts`` catalogues
(``resources/translations/``) that translators edit with Qt Linguist; but it imports no Qt, so
the checks, the exporters and the command line translate too. The catalogue of the chosen
language is read by :mod:`app.storage.translations` and made current with :func:`use`; without
one (and for English, the language of the sources) the source text is the text.

Sources use ``str.format`` fields (``"{name} is not declared"``) filled after translation, so
a translation may put them in another order; ``%n`` in a text with ``n`` given is the number,
as in Qt, and chooses the plural form.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

SOURCE_LANGUAGE = "en"
"""The language the sources are written in."""

Key = tuple[str, str, str]
"""(context, source, disambiguation) as in a ``.ts`` file's message."""


def _one_other(n: int) -> int:
    return 0 if n == 1 else 1


def _zero_one_other(n: int) -> int:
    return 0 if n in (0, 1) else 1


PLURAL_RULES: dict[str, Callable[[int], int]] = {
    "en": _one_other,
    "de": _one_other,
    "fr": _zero_one_other,
}
"""Which plural form a count takes, by language (the forms of Qt's catalogues)."""


@dataclass(frozen=True)
class Catalogue:
    """The translations of one language: a text, or plural forms, per message."""

    language: str
    texts: Mapping[Key, str] = field(default_factory=dict)
    plurals: Mapping[Key, tuple[str, ...]] = field(default_factory=dict)

    def find(self, key: Key, n: int) -> str | None:
        """The translation of ``key`` (for count ``n`` when not negative), None when missing."""
        if n >= 0 and key in self.plurals:
            forms = self.plurals[key]
            rule = PLURAL_RULES.get(self.language, _one_other)
            return forms[min(rule(n), len(forms) - 1)] or None
        return self.texts.get(key) or None


ENGLISH = Catalogue(SOURCE_LANGUAGE)
_current: Catalogue = ENGLISH


def use(catalogue: Catalogue) -> None:
    """Make ``catalogue`` the one :func:`translate` reads (for the whole process)."""
    global _current
    _current = catalogue


def current() -> Catalogue:
    """The catalogue :func:`translate` reads."""
    return _current


def language() -> str:
    """The code of the current language (``en``, ``de``, ``fr``)."""
    return _current.language


def translate(context: str, source: str, disambiguation: str | None = None,
              n: int = -1) -> str:
    """``source`` in the current language (the source itself when there is no translation).

    ``context`` groups the messages of one place (a view, a check, a document); ``n``, when
    not negative, picks the plural form and replaces ``%n``.
    """
    found = _current.find((context, source, disambiguation or ""), n)
    text = source if found is None else found
    return text.replace("%n", str(n)) if n >= 0 else text


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # Qt's name, for lupdate
    """Mark ``source`` for the catalogues without translating it (translate it where shown)."""
    return source
