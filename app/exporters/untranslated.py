"""Readable documents in the chosen language, with untranslated texts visibly marked.

:func:`worded` is the policy whose names and descriptions are in the current language
(:func:`app.domain.i18n.language`), using each item's ``translations``; a text with no
translation keeps the original, wrapped in private-use marks. After the document is rendered
(and escaped), :func:`shown_marks` turns each mark into ``<span lang="en"
class="untranslated">…</span>`` with a small "EN" tag and puts a one-line note at the top;
:func:`shown_marks_text` does the same for Markdown, as "(EN)". Inside a tag (an attribute) or
the page title the marks are dropped. A document in the policy's own language has no marks.

The marks are private-use characters; any the user's own text holds are dropped from the
policy's words first, so a name cannot forge or break one.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from typing import Any, TypeVar

import markupsafe

from app.domain.canonical import digest
from app.domain.i18n import language, translate
from app.domain.item_texts import localised
from app.domain.models import Policy

OPEN, MID, CLOSE, END = "\ue000", "\ue001", "\ue002", "\ue003"
_ANY_MARK = re.compile(f"[{OPEN}{MID}{CLOSE}{END}]")
_LANG = r"([a-z]{2,3}(?:-[A-Z]{2})?)"
_START = re.compile(f"{OPEN}{_LANG}{MID}")
_STOP = re.compile(f"{CLOSE}{_LANG}{END}")
_TAG_OR_TITLE = re.compile(r"<title>.*?</title>|<[^>]*>", re.DOTALL)
Built = TypeVar("Built")


def unmarked(text: str) -> str:
    """``text`` without marks (for a PDF's running header and other plain places)."""
    return _clean(_STOP.sub("", _START.sub("", text)))


def _clean(text: str) -> str:
    """``text`` without any stray mark character."""
    return _ANY_MARK.sub("", text)


def worded(policy: Policy) -> Policy:
    """``policy`` with its names and descriptions in the current language, fallbacks marked.

    The policy itself when the current language is the policy's own. Use the result only for
    the words: its content digest is not the policy's.
    """
    here, source = language(), policy.policy.language
    if here.split("-")[0] == source.split("-")[0]:
        return policy
    mark = f"{OPEN}{source}{MID}", f"{CLOSE}{source}{END}"
    copy, _ = localised(policy, here, lambda text: f"{mark[0]}{_clean(text)}{mark[1]}")
    return copy


def in_words(build: Callable[[Policy], Built], policy: Policy) -> Built:
    """``build`` (a dataclass with a ``digest``) of :func:`worded` ``policy``.

    The result carries the policy's own content digest, not the worded copy's.
    """
    shown = worded(policy)
    built: Any = build(shown)
    return built if shown is policy else dataclasses.replace(built, digest=digest(policy))


def note_text() -> str:
    """The one-line note a document with marked texts opens with."""
    return translate("documents", "Texts not yet translated into this language are shown in "
                                  "the original language and marked as such.")


def shown_marks(html: str, *, note: bool = True) -> str:
    """``html`` (a rendered document) with its marks as spans and the note at the top.

    Without ``note`` the note is left out (a part placed after one that has it).
    """
    if OPEN not in html:
        return html
    html = _TAG_OR_TITLE.sub(lambda m: unmarked(m.group()), html)
    if not _START.search(html):
        return _clean(html)
    html = _START.sub(r'<span lang="\1" class="untranslated">', html)
    html = _STOP.sub(lambda m: f'</span><sup class="untranslated-tag">'
                               f'{m.group(1).upper()}</sup>', html)
    head, body, rest = html.partition("<body>")
    if not (note and body):
        return _clean(html)
    shown = f'\n<p class="untranslated-note">{markupsafe.escape(note_text())}</p>'
    return _clean(head + body + shown + rest)


def shown_marks_text(text: str) -> str:
    """``text`` (Markdown or plain) with each marked text followed by ``(EN)``, note on top."""
    if not _START.search(text):
        return _clean(text)
    text = _START.sub("", text)
    text = _STOP.sub(lambda m: f" ({m.group(1).upper()})", text)
    first, newline, rest = text.partition("\n")
    if first.startswith("#"):
        return _clean(f"{first}\n\n*{note_text()}*\n{newline}{rest}")
    return _clean(f"*{note_text()}*\n\n{text}")

