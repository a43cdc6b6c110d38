"""Plain words for the privacy notice, written to the person the data is about (no Qt).

The notice speaks to the reader ("you", "we") in short sentences. Legal terms keep their
article in the full notice (taken from :mod:`app.exporters.policy_words`); the words here are
the everyday ones around them. Everything returns plain text; the notice's renderers escape it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from app.domain.i18n import QT_TRANSLATE_NOOP, translate
from app.domain.models import DataCategory
from app.domain.typography import semicolons
from app.exporters.policy_words import join
from app.exporters.safe_text import isolated

RIGHTS = {
    "access": QT_TRANSLATE_NOOP("notice", "see the data we hold about you and get a copy"),
    "rectification": QT_TRANSLATE_NOOP("notice", "have wrong data corrected"),
    "erasure": QT_TRANSLATE_NOOP("notice", "have your data deleted"),
    "restriction": QT_TRANSLATE_NOOP("notice", "ask us to limit how we use your data"),
    "portability": QT_TRANSLATE_NOOP(
        "notice", "get your data in a common file format to take elsewhere"),
    "objection": QT_TRANSLATE_NOOP("notice", "object to how we use your data"),
    "withdraw_consent": QT_TRANSLATE_NOOP("notice", "withdraw your consent at any time"),
    "opt_out_of_sale": QT_TRANSLATE_NOOP("notice", "tell us not to sell or share your data"),
    "limit_sensitive_use": QT_TRANSLATE_NOOP("notice", "limit how we use sensitive data about you"),
    "human_review": QT_TRANSLATE_NOOP(
        "notice", "ask a person to review a decision made by a computer"),
}
"""What each right lets the reader do, in words that follow "you can"."""
RIGHTS_SHORT = {"access": QT_TRANSLATE_NOOP("notice", "show you"),
                "rectification": QT_TRANSLATE_NOOP("notice", "correct"),
                "erasure": QT_TRANSLATE_NOOP("notice", "delete")}
"""The rights the first layer names when a purpose offers them, as verbs before "your data"."""
BASIS = {
    "consent": QT_TRANSLATE_NOOP("notice", "you agreed"),
    "contract": QT_TRANSLATE_NOOP("notice", "we need it for our contract with you"),
    "legal_obligation": QT_TRANSLATE_NOOP("notice", "the law requires it"),
    "vital_interests": QT_TRANSLATE_NOOP("notice", "it protects someone's life or health"),
    "public_task": QT_TRANSLATE_NOOP("notice", "it is a task in the public interest"),
    "legitimate_interests": QT_TRANSLATE_NOOP(
        "notice", "we have a legitimate interest, weighed against yours"),
}
"""Why a use is lawful, in words that follow "we may do this because"."""
SOURCE = {
    "data_subject": QT_TRANSLATE_NOOP("notice", "you"),
    "observed": QT_TRANSLATE_NOOP("notice", "how you use our services"),
    "inferred": QT_TRANSLATE_NOOP("notice", "what we work out from other data"),
    "third_party": QT_TRANSLATE_NOOP("notice", "other organisations"),
    "public_source": QT_TRANSLATE_NOOP("notice", "public sources"),
}
"""Where data comes from, in words that follow "it comes from"."""


def sources(category: DataCategory) -> str:
    """Where a category's data comes from, to the reader: ``you; other organisations: Acme``."""
    return semicolons(translate("notice", "{source}: {name}").format(
        source=translate("notice", SOURCE[str(s.kind)]), name=clean(s.name)) if clean(s.name)
        else translate("notice", SOURCE[str(s.kind)]) for s in category.sources)


RECIPIENT_KIND = {
    "internal": QT_TRANSLATE_NOOP("notice", "It is part of our own organisation."),
    "processor": QT_TRANSLATE_NOOP("notice", "It works for us, under our instructions."),
    "third_party": QT_TRANSLATE_NOOP("notice", "It uses the data for its own purposes."),
    "public_authority": QT_TRANSLATE_NOOP("notice", "It is a public authority."),
    "public": QT_TRANSLATE_NOOP("notice", "The data is published, so anyone can see it."),
}
"""What a recipient is, as the first sentence under its name."""
NONE_YET = QT_TRANSLATE_NOOP("notice", "None.")
"""A list with nothing to say."""

_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_SPACES = re.compile(r"\s+")


def clean(text: str) -> str:
    """``text`` on one line: control characters dropped, runs of white space made one space.

    Direction controls are kept (the renderers isolate them, see
    :mod:`app.exporters.safe_text`); a line break in a name cannot start a new block of the
    Markdown notice.
    """
    return _SPACES.sub(" ", _CONTROLS.sub("", text)).strip()


def plain(text: str) -> str:
    """User text as it goes inside a sentence: :func:`clean`, then isolated.

    Isolated (:func:`app.exporters.safe_text.isolated`), right-to-left letters or direction
    controls in it cannot reorder the words around it.
    """
    return isolated(clean(text))


def sentence(text: str) -> str:
    """``text`` cleaned, capitalised, ending with one full stop (or ?, !)."""
    text = clean(text)
    if not text:
        return ""
    text = text[:1].upper() + text[1:]
    return text if text[-1] in ".?!" else text + "."


def ended(text: str) -> str:
    """``text`` with a full stop unless it already ends with one (``Acme Inc.``), ? or !.

    Looks past a closing direction isolate, which :func:`plain` may have put at the end.
    """
    return text if text.rstrip("\u2069").endswith((".", "?", "!")) else text + "."


def few(names: Iterable[str], most: int = 3, total: int | None = None) -> str:
    """``a, b and c``; with more than ``most``: ``a, b, c and 4 more``."""
    items = list(names)
    count = len(items) if total is None else total
    if count <= most and len(items) == count:
        return join(items)
    return join([*items[:most], translate("notice", "%n more", None, count - most)])


def said(table: dict[str, str], key: str) -> str:
    """The words of ``key`` in one of this module's tables, in the current language."""
    return translate("notice", table[key])


def printable(text: str) -> bool:
    """Whether ``text`` has a visible character (not only spaces and format controls)."""
    return any(unicodedata.category(c)[0] not in "CZ" for c in text)
