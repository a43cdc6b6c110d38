"""The bundled translation catalogues: which languages there are, reading one, choosing one.

The catalogues are Qt Linguist ``.ts`` files (``resources/translations/policy_studio_<code>.ts``),
read here with the standard XML parser into a :class:`app.domain.i18n.Catalogue`; the window also
loads their compiled ``.qm`` twins into Qt (for Qt's own words, such as the standard buttons).
A message still marked unfinished, vanished or obsolete is not used: its source text shows.
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path

from app.domain import i18n
from app.paths import RESOURCES

TRANSLATIONS = RESOURCES / "translations"
LANGUAGES: dict[str, str] = {"en": "English", "de": "Deutsch", "fr": "Français"}
"""The languages the application speaks, by code, each named in itself."""
LANGUAGE_VARIABLE = "POLICY_STUDIO_LANGUAGE"
"""An environment variable naming the language for every run (before the system's)."""
_NOT_IN_USE = {"unfinished", "vanished", "obsolete"}


def catalogue_file(language: str, suffix: str = ".ts") -> Path:
    """Where the catalogue of ``language`` is (``.ts`` source or compiled ``.qm``)."""
    return TRANSLATIONS / f"policy_studio_{language}{suffix}"


def read_catalogue(path: Path, language: str) -> i18n.Catalogue:
    """The finished translations of the ``.ts`` file at ``path``."""
    texts: dict[i18n.Key, str] = {}
    plurals: dict[i18n.Key, tuple[str, ...]] = {}
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in _NOT_IN_USE:
                continue
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            if message.get("numerus") == "yes":
                plurals[key] = tuple(f.text or "" for f in translation.iter("numerusform"))
            elif translation.text:
                texts[key] = translation.text
    return i18n.Catalogue(language, texts, plurals)


@lru_cache(maxsize=4)
def catalogue(language: str) -> i18n.Catalogue:
    """The bundled catalogue of ``language`` (English: the plural messages' singular forms)."""
    if language not in LANGUAGES:
        return i18n.ENGLISH
    return read_catalogue(catalogue_file(language), language)


def language_code(name: str | None) -> str | None:
    """The code of a language we speak from a locale name (``de_DE.UTF-8`` -> ``de``), or None."""
    if not name:
        return None
    code = name.replace("-", "_").split(".")[0].split("@")[0].split("_")[0].lower()
    return code if code in LANGUAGES else None


def choose(requested: str | None = None,
           environ: Mapping[str, str] | None = None) -> str:
    """The language to use: ``requested`` if we speak it, else the system's, else English.

    ``POLICY_STUDIO_LANGUAGE`` names one for every run; otherwise the system's language is the
    first of ``LC_ALL``, ``LC_MESSAGES``, ``LANGUAGE`` (its first entry) and ``LANG`` that is
    set, as POSIX programs read them.
    """
    environ = os.environ if environ is None else environ
    found = language_code(requested) or language_code(environ.get(LANGUAGE_VARIABLE))
    if found:
        return found
    for variable in ("LC_ALL", "LC_MESSAGES", "LANGUAGE", "LANG"):
        value = environ.get(variable)
        if value:
            return language_code(value.split(":")[0]) or i18n.SOURCE_LANGUAGE
    return i18n.SOURCE_LANGUAGE


def activate(language: str) -> str:
    """Translate into ``language`` from now on (an unknown code: English); the code used."""
    code = language_code(language) or i18n.SOURCE_LANGUAGE
    i18n.use(catalogue(code))
    return code
