"""An item's name and description in a chosen language, and whether they fell back.

Items may carry ``translations`` (by language code) of their name and description; the policy's
own texts are in ``policy.language`` (English unless it says otherwise). :func:`shown_name` and
:func:`shown_description` give the text for a language with ``fell_back`` true when the original
text stands in for a missing translation, so documents can mark it. :func:`localised` is the
whole policy with every name and description in one language, for the readable documents; it
is a copy for their words only (its content digest is not the policy's).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from app.domain.ids import shown_name as name_or_id
from app.domain.models import Metadata, NamedItem, Policy

Shown = tuple[str, bool]
"""(text, fell_back): the text to show, and whether it is the original standing in."""
SECTIONS = ("categories", "subjects", "recipients", "purposes", "regions")
"""The policy's sections whose items have names and descriptions."""


def _translation(translations: Mapping[str, Any], language: str) -> Any:
    """The translation for ``language``, else for its base language (``de`` for ``de-CH``)."""
    return translations.get(language) or translations.get(language.split("-")[0])


def _shown(original: str, translated: str | None, language: str, source: str) -> Shown:
    if translated and translated.strip():
        return translated, False
    fell_back = bool(original.strip()) and language.split("-")[0] != source.split("-")[0]
    return original, fell_back


def shown_name(item: NamedItem, language: str, source: str = "en") -> Shown:
    """``item``'s name in ``language`` (its id when it has no name; an id never falls back).

    ``source`` is the language the policy is written in.
    """
    found = _translation(item.translations, language)
    text, fell_back = _shown(item.name, found.name if found else None, language, source)
    return (text, fell_back) if text.strip() else (name_or_id(text, item.id), False)


def shown_description(item: NamedItem, language: str, source: str = "en") -> Shown:
    """``item``'s description in ``language``; an empty one never falls back."""
    found = _translation(item.translations, language)
    return _shown(item.description, found.description if found else None, language, source)


def shown_title(meta: Metadata, language: str) -> Shown:
    """The policy's title in ``language`` (its id when untitled)."""
    found = _translation(meta.translations, language)
    text, fell_back = _shown(meta.title, found.title if found else None, language, meta.language)
    return (text, fell_back) if text.strip() else (name_or_id(text, meta.id), False)


def shown_policy_description(meta: Metadata, language: str) -> Shown:
    """The policy's description in ``language``."""
    found = _translation(meta.translations, language)
    return _shown(meta.description, found.description if found else None, language,
                  meta.language)


Mark = Callable[[str], str]
"""How a fallen-back text is marked in the copy (e.g. wrapped for a document to show)."""


def _item(item: NamedItem, language: str, source: str, mark: Mark) -> NamedItem:
    name, name_fell = shown_name(item, language, source)
    description, description_fell = shown_description(item, language, source)
    return item.model_copy(update={"name": mark(name) if name_fell else name,
                                   "description": mark(description) if description_fell
                                   else description})


def localised(policy: Policy, language: str, mark: Mark = str) -> tuple[Policy, bool]:
    """``policy`` with every name, description and its title in ``language``.

    A text with no translation keeps the original, passed through ``mark``. Returns the copy
    and whether anything fell back. The copy is not validated again (a marked text may exceed
    a field's length); use it only to word a document.
    """
    meta = policy.policy
    source = meta.language
    fell: list[bool] = []

    def marked(text: str, fell_back: bool) -> str:
        fell.append(fell_back)
        return mark(text) if fell_back else text

    def each(items: list[Any]) -> list[Any]:
        out = [_item(item, language, source, mark) for item in items]
        fell.extend(_fell(item, language, source) for item in items)
        return out

    update: dict[str, Any] = {name: each(getattr(policy, name)) for name in SECTIONS}
    update["policy"] = meta.model_copy(update={
        "title": marked(*shown_title(meta, language)),
        "description": marked(*shown_policy_description(meta, language)),
        "security_measures": each(meta.security_measures)})
    return policy.model_copy(update=update), any(fell)


def _fell(item: NamedItem, language: str, source: str) -> bool:
    return shown_name(item, language, source)[1] or shown_description(item, language, source)[1]

