"""Where a document path points, in the words of the editor: section, item, field.

``("purposes", 3, "legal_basis")`` becomes the purpose's name (or id) and ``legal basis``, the
field's title. The path may run through the file's content as read (plain mappings and lists,
for load errors) or through a :class:`~app.domain.models.Policy` (for findings).
"""

from __future__ import annotations

import types
import typing
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from pydantic import BaseModel

from app.domain.i18n import QT_TRANSLATE_NOOP, language, translate
from app.domain.models import Policy
from app.domain.sections import (
    CATEGORIES,
    METADATA,
    PURPOSES,
    RECIPIENTS,
    REGIONS,
    RETENTION,
    RULES,
    SUBJECTS,
    TESTS,
    is_section,
    section,
)

_TAGS = {"str", "int", "float", "bool", "list", "dict", "none"}
_ITEM = {
    CATEGORIES: QT_TRANSLATE_NOOP("path words", "data category {item}"),
    SUBJECTS: QT_TRANSLATE_NOOP("path words", "data subject {item}"),
    RECIPIENTS: QT_TRANSLATE_NOOP("path words", "recipient {item}"),
    PURPOSES: QT_TRANSLATE_NOOP("path words", "purpose {item}"),
    RULES: QT_TRANSLATE_NOOP("path words", "use rule {item}"),
    RETENTION: QT_TRANSLATE_NOOP("path words", "retention rule {item}"),
    REGIONS: QT_TRANSLATE_NOOP("path words", "region group {item}"),
    TESTS: QT_TRANSLATE_NOOP("path words", "expectation {item}"),
}
"""An item of a section in running text, by the section's key (its singular noun and label)."""
_SECTION = {
    CATEGORIES: QT_TRANSLATE_NOOP("path words", "the data categories section"),
    SUBJECTS: QT_TRANSLATE_NOOP("path words", "the data subjects section"),
    RECIPIENTS: QT_TRANSLATE_NOOP("path words", "the recipients section"),
    PURPOSES: QT_TRANSLATE_NOOP("path words", "the purposes section"),
    RULES: QT_TRANSLATE_NOOP("path words", "the use rules section"),
    RETENTION: QT_TRANSLATE_NOOP("path words", "the retention rules section"),
    REGIONS: QT_TRANSLATE_NOOP("path words", "the region groups section"),
    TESTS: QT_TRANSLATE_NOOP("path words", "the expectations section"),
}
"""A whole section in running text, by its key."""


@dataclass(frozen=True)
class Place:
    """A path in words: the record it is in and the fields inside it."""

    record: str
    """``purpose 'newsletter'``, ``the policy details``, ``the use rules section`` or ``""``."""
    fields: tuple[str, ...]
    """Field titles in lower case, a list position as ``entry N``: ``("legal bases entry 1",
    "regions")``."""


def place(path: Sequence[object], data: object, *, names: bool = False) -> Place:
    """Where ``path`` points in ``data``; ``names`` labels an item by its name, id after it."""
    model: type[BaseModel] | None = Policy
    node: object = data
    steps = list(path)
    record = ""
    if steps and steps[0] == METADATA:
        record = translate("path words", "the policy details")
        model, node, steps = child_model(Policy, METADATA), _get(node, METADATA), steps[1:]
    elif steps and isinstance(steps[0], str) and is_section(steps[0]):
        info = section(steps[0])
        node, steps = _get(node, steps[0]), steps[1:]
        if steps and isinstance(steps[0], int):
            item = _get(node, steps[0])
            record = item_phrase(info.key, info.singular).format(
                item=item_label(item, steps[0], names=names))
            model, node, steps = info.model, item, steps[1:]
        else:
            record, model = _section_words(info.key, info.title), None
    fields: list[str] = []
    for step in steps:
        if isinstance(step, int):
            fields.append(translate("path words", "{field} entry {number}").format(
                field=fields.pop(), number=step + 1) if fields else translate(
                "path words", "entry {number}").format(number=step + 1))
            node = _get(node, step)
        elif model is None or step not in model.model_fields:
            if "[" not in str(step) and str(step) not in _TAGS:  # union and validator tags
                fields.append(str(step).replace("_", " "))
        else:
            title = model.model_fields[step].title
            fields.append(lower_title(translate("field", title)) if title else str(step))
            node, model = _get(node, step), child_model(model, str(step))
    return Place(record, tuple(fields))


def location_words(path: Sequence[object], policy: Policy, record: str | None = None) -> str:
    """A finding's place for people: ``Purpose 'Newsletter' (newsletter), legal basis``.

    ``record``, when given, names the item instead (a caller's own label for items that have
    no name, such as the navigator's ``Allow: …`` for a use rule).
    """
    found = place(path, policy, names=True)
    text = ", ".join(part for part in (record or found.record, *found.fields) if part)
    return text[:1].upper() + text[1:] if text else translate("path words", "The whole policy")


def item_label(item: object, index: int, *, names: bool = False) -> str:
    """``'newsletter'``, or with ``names`` ``“Newsletter” (newsletter)``; by position if no id."""
    item_id = _get(item, "id")
    if not isinstance(item_id, str) or not item_id:
        return translate("path words", "number {number}").format(number=index + 1)
    name = _get(item, "name") if names else None
    if isinstance(name, str) and name.strip():
        return name_and_id(clip(" ".join(name.split())), item_id)
    return f"'{clip(item_id)}'"


def name_and_id(name: str, item_id: str) -> str:
    """``“Email service provider” (email_service)``: the name first, the id after it.

    The name alone when the id only repeats it (``“Newsletter”`` for ``newsletter``).
    """
    slug = name_slug(name)
    shown = f"“{name}”"
    return shown if slug in (item_id, item_id.rsplit(".", 1)[-1]) else f"{shown} ({item_id})"


def name_slug(name: str) -> str:
    """``email_service_provider`` for ``Email service provider``: a name as an id would say it."""
    return "_".join("".join(c if c.isalnum() else " " for c in name.lower()).split())


def field_phrase(path: Sequence[object], policy: Policy) -> str:
    """``the legitimate interests assessment of purpose “Security” (security)``: for sentences."""
    found = place(path, policy, names=True)
    fields = " ".join(found.fields)
    if not fields:
        return found.record or translate("path words", "the policy")
    if not found.record:
        return translate("path words", "the {field}").format(field=fields)
    if path and path[0] == METADATA:
        return translate("path words", "the {field} in {record}").format(
            field=fields, record=found.record)
    return translate("path words", "the {field} of {record}").format(
        field=fields, record=found.record)


def item_phrase(key: str, singular: str) -> str:
    """``purpose {item}``, translated (a section without words of its own: its noun)."""
    words = _ITEM.get(key)
    return translate("path words", words) if words else singular + " {item}"


def _section_words(key: str, title: str) -> str:
    """``the purposes section``, translated."""
    words = _SECTION.get(key)
    return translate("path words", words) if words else translate(
        "path words", "the {title} section").format(title=title.lower())


def child_model(model: type[BaseModel], name: str) -> type[BaseModel] | None:
    """The model nested in field ``name`` of ``model`` (inside lists and optionals), if any."""
    field = model.model_fields.get(name)
    stack = [field.annotation] if field is not None else []
    while stack:
        kind = stack.pop()
        if isinstance(kind, type) and issubclass(kind, BaseModel):
            return kind
        if typing.get_origin(kind) in (list, typing.Union, types.UnionType, typing.Annotated):
            stack.extend(typing.get_args(kind))
    return None


def lower_title(title: str) -> str:
    """``Legal basis`` -> ``legal basis``; keeps abbreviations (``Art. 9 condition``).

    German keeps the capital: its titles are nouns, capitalised in running text too.
    """
    if language() == "de":
        return title
    return title[:1].lower() + title[1:] if title[1:2].islower() else title


def clip(text: str, limit: int = 60) -> str:
    """``text`` cut to ``limit`` characters with an ellipsis."""
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _get(node: object, step: object) -> object:
    if isinstance(node, BaseModel):
        return getattr(node, step, None) if isinstance(step, str) else None
    if isinstance(node, Mapping):
        return node.get(step)
    if isinstance(node, (list, tuple)) and isinstance(step, int) and 0 <= step < len(node):
        return node[step]
    return None
