"""An edit in plain words for the undo history: the field by its title, the item by its name.

``Change description of purpose 'Newsletter'`` rather than ``Change description of
newsletter``; the policy's own fields read ``Change title of the policy``.
"""

from __future__ import annotations

from pydantic import BaseModel

from app.domain.edits import Change
from app.domain.i18n import language, translate
from app.domain.models import Policy
from app.domain.path_words import item_phrase
from app.domain.sections import METADATA, field_title, is_section, section

NAME_WORDS = 60
"""Characters of an item's name (or description) quoted before it is cut short."""


def item_words(item: BaseModel) -> str:
    """What running text calls ``item``: its name, else its description's first line, else id."""
    for field in ("name", "description", "note"):
        text = (getattr(item, field, "") or "").strip()
        if text:
            line = text.splitlines()[0]
            return line if len(line) <= NAME_WORDS else line[:NAME_WORDS - 1] + "…"
    return str(getattr(item, "id", ""))


def field_words(model: type[BaseModel], path: tuple[str, ...]) -> str:
    """A field path by its titles in lower case, e.g. ``controller email``."""
    words = []
    for part in path:
        fields = getattr(model, "model_fields", {})
        if part not in fields:
            words.append(part.replace("_", " "))
            continue
        title = field_title(model, part)
        words.append(title if language() == "de" else title.lower())  # German nouns keep capitals
        annotation = fields[part].annotation
        model = annotation if isinstance(annotation, type) else BaseModel
    return " ".join(words)


def change_words(policy: Policy, change: Change) -> str:
    """``change`` (one field set, as applied to ``policy``) in words; else its summary."""
    if change.kind != "update" or not change.field:
        return change.summary
    if change.section == METADATA:
        return translate("change words", "Change {field} of the policy").format(
            field=field_words(type(policy.policy), change.field))
    if not is_section(change.section) or change.item_id is None:
        return change.summary
    kind = section(change.section)
    item = next((i for i in getattr(policy, change.section) if i.id == change.item_id), None)
    if item is None:
        return change.summary
    return translate("change words", "Change {field} of {item}").format(
        field=field_words(kind.model, change.field),
        item=item_phrase(kind.key, kind.singular).format(item=f"'{item_words(item)}'"))
