"""The spelling of region codes: ISO 3166 codes in capitals, named groups as lowercase ids.

A region is written as an ISO 3166-1 alpha-2 country (``DE``), an ISO 3166-2 subdivision
(``US-CA``, ``FR-75C``) or the id of a named group (``eea``, ``eu_adequate``, or a group the
policy defines). ``EU`` is the one two-letter group: ISO reserves that code for the European
Union. Input may use any case; :func:`canonical_region` gives the form that is stored and
compared. What the codes *contain* is :mod:`app.domain.regions`' business.
"""

from __future__ import annotations

import re

from app.domain.i18n import translate

ANY_RECIPIENT = "*"
"""In a format 2 use rule's recipients: any recipient at all (disclosure must be named)."""

REGION_PATTERN = r"^([A-Z]{2}(-[A-Z0-9]{1,3})?|[a-z0-9_]+(\.[a-z0-9_]+)*)$"
"""A canonical region code: an ISO code in capitals or a lowercase group id."""
_ISO_SHAPE = re.compile(r"^[A-Za-z]{2}(-[A-Za-z0-9]{1,3})?$")


def canonical_region(value: object) -> object:
    """The stored form of a region code: ISO-shaped codes in capitals, group ids in lowercase.

    Anything that is not a string is returned unchanged for the model to refuse.
    """
    if not isinstance(value, str):
        return value
    text = value.strip()
    return text.upper() if _ISO_SHAPE.match(text) else text.lower()


def is_iso_shaped(code: str) -> bool:
    """Whether ``code`` has the shape of an ISO 3166-1 or 3166-2 code (``DE``, ``US-CA``)."""
    return bool(_ISO_SHAPE.match(code))


def country_of(code: str) -> str | None:
    """The ISO country part of an ISO-shaped code (``US`` for ``US-CA``), else None."""
    return code[:2].upper() if is_iso_shaped(code) else None


def recipient_shown(value: str | None, none: str | None = None) -> str:
    """A request's or use's recipient for people: ``any recipient`` for ``*``, ``none`` for None.

    ``none`` replaces the word for no recipient; both words are translated.
    """
    if value == ANY_RECIPIENT:
        return translate("request", "any recipient")
    if value is None:
        return translate("request", "none") if none is None else none
    return value
