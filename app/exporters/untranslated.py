"""Readable documents in the chosen language, with untranslated texts visibly marked.

:func:`worded` is the policy whose names and descriptions are in the current language
(:func:`app.domain.i18n.language`), using each item's ``translations``; a text with no
translation keeps the original, wrapped in private-use marks. After the document is rendered
(and escaped), :func:`shown_marks` turns each mark into ``<span lang="en"
class="untranslated">…</span>`` with a small "EN" tag and puts a one-line note at the top;
:func:`shown_marks_text` does the same for Markdown, as "(EN)". Inside a tag (an attribute) or
the page title the marks are dropped. A document in the policy's own language has no marks.
A policy with no translation into the language at all says so once, in the note, and its
names carry no tags (every one would have one); the spans still say their language.

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
from app.domain.item_texts import SECTIONS, localised
from app.domain.models import Policy

OPEN, MID, CLOSE, END = "\ue000", "\ue001", "\ue002", "\ue003"
_LANG = r"([a-z]{2,3}(?:-[A-Z]{2})?)"
WHOLE = "\ue004"
"""After a mark's language: the whole policy is untranslated (a private-use character too, so
no escaping touches it and no user text forges it)."""
_ANY_MARK = re.compile(f"[{OPEN}{MID}{CLOSE}{END}{WHOLE}]")
_START = re.compile(f"{OPEN}{_LANG}{WHOLE}?{MID}")
_STOP = re.compile(f"{CLOSE}{_LANG}({WHOLE}?){END}")
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
    whole = "" if translated_at_all(policy, here) else WHOLE
    mark = f"{OPEN}{source}{whole}{MID}", f"{CLOSE}{source}{whole}{END}"
    copy, _ = localised(policy, here, lambda text: f"{mark[0]}{_clean(text)}{mark[1]}")
    return copy


def translated_at_all(policy: Policy, here: str) -> bool:
    """Whether any text of ``policy`` is translated into ``here`` (or ``de`` for ``de-CH``).

    The title, the policy's description, a security measure or any item's name or description.
    """
    meta = policy.policy
    holders = [meta, *meta.security_measures,
               *(item for section in SECTIONS for item in getattr(policy, section))]
    codes = {here, here.split("-")[0]}
    return any(codes & set(holder.translations) for holder in holders)


def in_words(build: Callable[[Policy], Built], policy: Policy) -> Built:
    """``build`` (a dataclass with a ``digest``) of :func:`worded` ``policy``.

    The result carries the policy's own content digest, not the worded copy's.
    """
    shown = worded(policy)
    built: Any = build(shown)
    return built if shown is policy else dataclasses.replace(built, digest=digest(policy))


def note_text(whole: bool = False) -> str:
    """The one-line note a document with marked texts opens with.

    ``whole``: the policy has no translation into the language at all, so the note says it
    once and its texts are not marked one by one.
    """
    if whole:
        return translate("documents", "This policy has not been translated into this language: "
                                      "its names and descriptions are in the original language.")
    return translate("documents", "Texts not yet translated into this language are shown in "
                                  "the original language and marked as such.")


def _tag(found: re.Match[str], shown: Callable[[str], str]) -> str:
    """A mark's end as ``shown`` tags the language, or nothing for a wholly untranslated one."""
    return "" if found.group(2) else shown(found.group(1).upper())


def shown_marks(html: str, *, note: bool = True) -> str:
    """``html`` (a rendered document) with its marks as spans and the note at the top.

    Without ``note`` the note is left out (a part placed after one that has it).
    """
    if OPEN not in html:
        return html
    html = _TAG_OR_TITLE.sub(lambda m: unmarked(m.group()), html)
    if not _START.search(html):
        return _clean(html)
    stop = _STOP.search(html)
    whole = bool(stop and stop.group(2))
    html = _START.sub(r'<span lang="\1" class="untranslated">', html)
    html = _STOP.sub(lambda m: "</span>" + _tag(
        m, lambda code: f'<sup class="untranslated-tag">{code}</sup>'), html)
    head, body, rest = html.partition("<body>")
    if not (note and body):
        return _clean(html)
    shown = f'\n<p class="untranslated-note">{markupsafe.escape(note_text(whole))}</p>'
    return _clean(head + body + shown + rest)


def shown_marks_text(text: str) -> str:
    """``text`` (Markdown or plain) with each marked text followed by ``(EN)``, note on top."""
    if not _START.search(text):
        return _clean(text)
    stop = _STOP.search(text)
    note = note_text(bool(stop and stop.group(2)))
    text = _START.sub("", text)
    text = _STOP.sub(lambda m: _tag(m, lambda code: f" ({code})"), text)
    first, newline, rest = text.partition("\n")
    if first.startswith("#"):
        return _clean(f"{first}\n\n*{note}*\n{newline}{rest}")
    return _clean(f"*{note}*\n\n{text}")

