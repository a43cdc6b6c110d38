"""Governance: text left over from a template, which must never reach a signed policy.

The templates under ``resources/templates`` ship with text to replace ("Your organisation
name", addresses on reserved example domains, "What this policy covers..."). A policy still
holding such text is not ready for review, and approval is refused while it remains.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import Any, get_args

from pydantic import BaseModel

from app.domain.i18n import QT_TRANSLATE_NOOP, translate
from app.domain.path_words import field_phrase
from app.domain.sections import METADATA, SECTIONS
from app.validation.catalogue import check
from app.validation.context import Context
from app.validation.finding import Hit, Severity

PLACEHOLDER_CODE = "GOV010"
_PHRASES = re.compile(
    r"your organisation name|your organization name|what this policy covers|"
    r"street, postcode, city, country|name of the data protection officer|replace with your|"
    r"lorem ipsum")
"""Phrases of the (English) templates' placeholder text, compared without regard to case:
patterns that read the policy, never shown."""
_DOMAIN = r"(?:@|//)(?:[a-z0-9-]+\.)*example(?:\.[a-z]{2,})*\b"
_PLACEHOLDER = re.compile(f"{_PHRASES.pattern}|{_DOMAIN}", re.IGNORECASE)
"""Placeholder phrases, and addresses or links on a domain reserved for examples
(example.com, shop.example.de...)."""
_SIEVE = re.compile(f"example|{_PHRASES.pattern}")
"""What any placeholder contains, in lower case: one quick search before the exact one."""
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
    if _SIEVE.search(text.lower()):
        found = _PLACEHOLDER.search(text)
        if found:
            return found.group(0).lstrip("@/")
    if path[0] == "policy" and path[-1] in _NAME_FIELDS and _EXAMPLE_NAME.search(text):
        return text.strip()
    return None


@cache
def _text_fields(model: type[BaseModel]) -> tuple[str, ...]:
    """The fields of ``model`` that hold one piece of prose."""
    return tuple(name for name, info in model.model_fields.items()
                 if info.annotation is str and name not in _SKIPPED)


@cache
def _nested_fields(model: type[BaseModel]) -> tuple[str, ...]:
    """The fields of ``model`` that hold other models (alone, optional or in a list)."""
    def holds_model(annotation: Any) -> bool:
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            return True
        return any(holds_model(arg) for arg in get_args(annotation))

    return tuple(name for name, info in model.model_fields.items()
                 if name not in _SKIPPED and holds_model(info.annotation))


def _texts(value: Any, path: tuple[str | int, ...]) -> Iterator[tuple[tuple[str | int, ...],
                                                                       str]]:
    """(path, text) of every prose string under ``value``.

    ``value`` is a model, or a list or mapping of models (an item's translations).
    """
    if isinstance(value, list | dict):
        pairs = value.items() if isinstance(value, dict) else enumerate(value)
        for key, element in pairs:
            yield from _texts(element, (*path, key))
        return
    for name in _text_fields(type(value)):
        text = getattr(value, name)
        if text:
            yield (*path, name), text
    for name in _nested_fields(type(value)):
        inner = getattr(value, name)
        if inner is not None:
            yield from _texts(inner, (*path, name))


def _shorten(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _SNIPPET else text[:_SNIPPET - 1] + "…"


@check(PLACEHOLDER_CODE, Severity.WARNING,
       QT_TRANSLATE_NOOP("checks/placeholders", "Template placeholder text"),
       reads=(METADATA, *(f"{info.key}.{name}" for info in SECTIONS
                          for name in _text_fields(info.model))),
       why=QT_TRANSLATE_NOOP(
           "checks/placeholders",
           "The policy still holds text a template asked to replace (a made-up organisation, an "
           "address on an example domain, a sample description). Published or approved, it would "
           "tell people and regulators something untrue."),
       fix=QT_TRANSLATE_NOOP(
           "checks/placeholders",
           "Replace the text with the organisation's real details; approval is refused until no "
           "placeholder remains."),
       quotes_prose=True)
def template_placeholder(ctx: Context) -> Iterator[Hit]:
    """Hits of the check "Template placeholder text"."""
    policy = ctx.policy
    found = [(where, text, placeholder) for where, text in _texts(policy.policy, ("policy",))
             if (placeholder := placeholder_text(text, where)) is not None]
    mine, before = ctx.memo(PLACEHOLDER_CODE)
    for info in SECTIONS:
        section = info.key
        fields = _text_fields(info.model)  # items hold no nested models
        for index, item in enumerate(getattr(policy, section)):
            entry = mine.get(id(item)) or before.get(id(item))
            if entry is None or entry[0] is not item:
                entry = (item, [(name, text, placeholder) for name in fields
                                if (text := getattr(item, name)) and (placeholder := (
                                    placeholder_text(text, (section, index, name))))])
            mine[id(item)] = entry
            found += [((section, index, name), text, placeholder)
                      for name, text, placeholder in entry[1]]
    for where, text, placeholder in found:
        shown = text.strip() if len(text.strip()) <= _SNIPPET else placeholder
        yield Hit(where, translate("checks/placeholders", "{field} still holds placeholder text "
                                   "'{text}'").format(field=field_phrase(where, policy),
                                                      text=_shorten(shown)),
                  translate("checks/placeholders", "replace it with the real text"))
