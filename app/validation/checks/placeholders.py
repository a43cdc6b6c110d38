"""Governance: text left over from a template, which must never reach a signed policy.

The templates under ``resources/templates`` ship with text to replace ("Your organisation
name", addresses on reserved example domains, "What this policy covers..."). A policy still
holding such text is not ready for review, and approval is refused while it remains.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from pydantic import BaseModel

from app.storage.source_map import format_path
from app.validation.catalogue import check
from app.validation.context import Context
from app.validation.finding import Hit, Severity

PLACEHOLDER_CODE = "GOV010"
PHRASES = (
    "your organisation name", "your organization name", "what this policy covers",
    "street, postcode, city, country", "name of the data protection officer",
    "replace with your", "lorem ipsum",
)
"""Phrases of the templates' placeholder text (compared without regard to case)."""
_PHRASE = re.compile("|".join(re.escape(p) for p in PHRASES), re.IGNORECASE)
_EXAMPLE_DOMAIN = re.compile(r"(?:@|//)(?:[a-z0-9-]+\.)*example(?:\.[a-z]{2,})*\b",
                             re.IGNORECASE)
"""An address or link on a domain reserved for examples (example.com, shop.example.de...)."""
_EXAMPLE_NAME = re.compile(r"\bExample\b")
"""An organisation or contact made up for a template ("Example Shop GmbH", "100 Example
Street")."""
_NAME_FIELDS = frozenset({"organisation", "name", "address"})
_SKIPPED = frozenset({"id", "version", "digest", "approvals", "categories", "purposes",
                      "subjects", "recipients", "regions", "jurisdictions", "establishment"})
"""Fields that hold identifiers, dates or workflow records rather than prose."""
_SNIPPET = 60


def placeholder_text(text: str, path: tuple[str | int, ...]) -> str | None:
    """The placeholder found in ``text`` (the value at ``path``), or None."""
    for pattern in (_PHRASE, _EXAMPLE_DOMAIN):
        found = pattern.search(text)
        if found:
            return found.group(0).lstrip("@/")
    if path[0] == "policy" and path[-1] in _NAME_FIELDS and _EXAMPLE_NAME.search(text):
        return text.strip()
    return None


def _texts(value: Any, path: tuple[str | int, ...]) -> Iterator[tuple[tuple[str | int, ...],
                                                                       str]]:
    """(path, text) of every prose string under ``value``."""
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, BaseModel):
        for name in type(value).model_fields:
            if name not in _SKIPPED:
                yield from _texts(getattr(value, name), (*path, name))
    elif isinstance(value, list):
        for index, element in enumerate(value):
            yield from _texts(element, (*path, index))


def _shorten(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _SNIPPET else text[:_SNIPPET - 1] + "…"


@check(PLACEHOLDER_CODE, Severity.WARNING, "Template placeholder text",
       why="The policy still holds text a template asked to replace (a made-up organisation, "
           "an address on an example domain, a sample description). Published or approved, "
           "it would tell people and regulators something untrue.",
       fix="Replace the text with the organisation's real details; approval is refused "
           "until no placeholder remains.")
def template_placeholder(ctx: Context) -> Iterator[Hit]:
    policy = ctx.policy
    sections: list[tuple[tuple[str | int, ...], Any]] = [(("policy",), policy.policy)]
    sections += [((section,), getattr(policy, section)) for section in policy.SECTIONS]
    for path, value in sections:
        for where, text in _texts(value, path):
            found = placeholder_text(text, where)
            if found is not None:
                shown = text.strip() if len(text.strip()) <= _SNIPPET else found
                yield Hit(where, f"{format_path(where)} still holds placeholder text "
                                 f"'{_shorten(shown)}'",
                          "replace it with the real text")

