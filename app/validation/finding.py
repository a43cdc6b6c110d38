"""Findings: what a check says about a policy, and where."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from enum import StrEnum

from app.domain.i18n import translate
from app.storage.source_map import SourcePath, format_path


class Severity(StrEnum):
    """How serious a finding is."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        """0 for errors, 1 for warnings, 2 for info."""
        return RANK[self]


RANK = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}


def severity_count(severity: Severity, count: int) -> str:
    """``1 error``, ``5 warnings``, ``0 notes``: a count of findings, in the current language.

    English picks its message by the count; each translation holds both plural forms in both
    messages, so French says ``0 erreur`` as its grammar wants.
    """
    if severity is Severity.ERROR:
        text = translate("findings", "%n error", None, count) if count == 1 else \
            translate("findings", "%n errors", None, count)
    elif severity is Severity.WARNING:
        text = translate("findings", "%n warning", None, count) if count == 1 else \
            translate("findings", "%n warnings", None, count)
    else:
        text = translate("findings", "%n note", None, count) if count == 1 else \
            translate("findings", "%n notes", None, count)
    return text


_ELISION = re.compile("['\u2019-]")
"""An apostrophe (straight or typographic) or a hyphen inside a word."""


def sentence(text: str) -> str:
    """``text`` as a sentence: a leading word capitalised, a full stop at the end.

    A leading id or code (``contact.email``, ``'DE'``) keeps its case; a leading word with an
    elision or a hyphen (French ``l'adresse``, ``d'un``) is a word. Translations are written as
    whole sentences, capitalised where their language wants it (German nouns already are), so
    only a lower-case first word (a filled-in field) changes.
    """
    text = text.strip()
    if not text:
        return text
    first = text.split(" ", 1)[0]
    if first.islower() and _ELISION.sub("", first).isalpha():
        text = text[0].upper() + text[1:]
    return text if text[-1] in ".!?" else text + "."


@dataclass(frozen=True, slots=True)
class Hit:
    """What a check function reports: a path in the document and a message (a sentence)."""

    path: tuple[str | int, ...]
    message: str
    hint: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "message", sentence(self.message))


@dataclass(frozen=True, slots=True)
class Finding:
    """A coded finding at a document path (and, for loaded files, a line and column)."""

    code: str
    severity: Severity
    message: str
    path: tuple[str | int, ...] = ()
    hint: str = ""
    file: str | None = None
    line: int | None = None
    column: int | None = None

    @property
    def where(self) -> str:
        """The document path in text form, e.g. ``rules[3].purposes[0]``."""
        return format_path(self.path)

    def at(self, file: str | None, line: int | None, column: int | None) -> Finding:
        """A copy placed at a file position."""
        return replace(self, file=file, line=line, column=column)


def path_key(path: SourcePath) -> tuple:
    """A sort key that orders paths as they appear in a document.

    Flat, each step three values (an index before a name) and -1 at the end (a path before
    the paths below it): one tuple compares several times faster than a tuple of tuples, and
    thousands of findings are sorted after every edit.
    """
    found: list[int | str] = []
    for p in path:
        found += (0, p, "") if isinstance(p, int) else (1, 0, p)
    found.append(-1)
    return tuple(found)


def finding_key(finding: Finding) -> tuple:
    """The sort key of findings: their path (:func:`path_key`), severity and code, flat."""
    return (*path_key(finding.path), finding.severity.rank, finding.code)
