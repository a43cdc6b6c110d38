"""The libraries the application runs on, with their versions and licences, as installed.

Read with :mod:`importlib.metadata`: the requirements of ``policy-studio`` and, recursively,
theirs (extras left out: they are not installed for the application). A requirement behind an
environment marker (``; python_version < "3.9"``) that is not installed is not needed here and
is left out; one without a marker that is missing is listed as not installed.
"""

from __future__ import annotations

import re
from importlib import metadata
from typing import NamedTuple

from app.domain.i18n import QT_TRANSLATE_NOOP, translate
from app.domain.typography import semicolons

APPLICATION = "policy-studio"
NOT_STATED = QT_TRANSLATE_NOOP("About", "not stated in its metadata")
NOT_INSTALLED = QT_TRANSLATE_NOOP("About", "not installed")
_NAME = re.compile(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)")
_EXTRA = re.compile(r"\bextra\b")
LONG_LICENCE = 80
"""A License field longer than this (or of several lines) is the licence's text, not its name."""


class Library(NamedTuple):
    """One installed distribution (``version`` empty when it is not installed)."""

    name: str
    version: str
    licence: str


def canonical(name: str) -> str:
    """A distribution name as the package index compares them (PEP 503)."""
    return re.sub(r"[-_.]+", "-", name).lower()


def licence_of(meta: metadata.PackageMetadata) -> str:
    """The licence a distribution declares: its expression, its name, or its classifiers."""
    expression = (meta.get("License-Expression") or "").strip()
    if expression:
        return expression
    declared = (meta.get("License") or "").strip()
    if declared and "\n" not in declared and len(declared) <= LONG_LICENCE:
        return declared
    classifiers = [c.split("::")[-1].strip() for c in meta.get_all("Classifier") or []
                   if c.startswith("License ::")]
    return semicolons(classifiers) or translate("About", NOT_STATED)


def _needed(requirement: str) -> tuple[str, bool] | None:
    """The name a requirement asks for and whether it has a marker; None for an extra's."""
    name_part, _, marker = requirement.partition(";")
    if _EXTRA.search(marker):
        return None
    match = _NAME.match(name_part)
    return (match.group(1), bool(marker.strip())) if match else None


def libraries(root: str = APPLICATION) -> list[Library]:
    """Every distribution ``root`` needs, directly or not, sorted by name.

    Raises :class:`importlib.metadata.PackageNotFoundError` when ``root`` is not installed.
    """
    pending = [(root, False)]
    seen: set[str] = {canonical(root)}
    found: list[Library] = []
    first = True
    while pending:
        name, conditional = pending.pop()
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            if first:
                raise
            if not conditional:
                found.append(Library(name, "", translate("About", NOT_INSTALLED)))
            continue
        if not first:
            found.append(Library(dist.metadata["Name"] or name, dist.version,
                                 licence_of(dist.metadata)))
        first = False
        for requirement in dist.requires or []:
            needed = _needed(requirement)
            if needed is not None and canonical(needed[0]) not in seen:
                seen.add(canonical(needed[0]))
                pending.append(needed)
    return sorted(found, key=lambda library: canonical(library.name))
