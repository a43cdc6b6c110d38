"""A conflict of a three-way merge, and the words that report it."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from typing import Any

from app.domain.diff import SECURITY
from app.domain.i18n import translate
from app.domain.models import Metadata, SecurityMeasure
from app.domain.path_words import item_phrase
from app.domain.sections import METADATA, field_title, section, section_title

WHOLE_ITEM = ""
"""The field of a conflict about a whole item: deleted on one side, changed on the other."""


@dataclass(frozen=True)
class Conflict:
    """One place both sides changed differently; the merged policy holds ours' value."""

    section: str
    """A section key, ``security_measures``, or ``policy`` for the metadata."""
    item_id: str | None
    """The item's id in the merged policy (None for the metadata)."""
    field: str
    """Dotted field path; ``id`` for two renames; ``""`` for a whole item deleted on one side."""
    base: Any
    ours: Any
    theirs: Any
    """Values in JSON form; None where the item does not exist on that side."""

    def to_dict(self) -> dict[str, Any]:
        """The JSON form the conflict record stores."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Conflict:
        """A conflict from its JSON form; raises ValueError when the shape is wrong."""
        if not isinstance(data, dict) or not isinstance(data.get("section"), str) or \
                not isinstance(data.get("field"), str) or \
                not isinstance(data.get("item_id"), (str, type(None))):
            raise ValueError(translate("merge", "a conflict needs section, item_id and field"))
        return cls(data["section"], data["item_id"], data["field"], data.get("base"),
                   data.get("ours"), data.get("theirs"))


def describe(conflict: Conflict) -> str:
    """The conflict in one line of plain words (the conflict report prints these)."""
    where = _where(conflict)
    if conflict.field == WHOLE_ITEM:
        words = translate("merge words", "{where}: deleted in ours but changed in theirs") \
            if conflict.ours is None else \
            translate("merge words", "{where}: deleted in theirs but changed in ours")
        return words.format(where=where)
    if conflict.field == "id" and conflict.section != METADATA:
        return translate("merge words", "{where}: renamed differently: base '{base}', ours "
                                        "'{ours}', theirs '{theirs}'").format(
            where=where, base=conflict.base, ours=conflict.ours, theirs=conflict.theirs)
    return translate("merge words", "{where} · {field}: base {base}, ours {ours}, theirs "
                                    "{theirs}").format(
        where=where, field=field_words(conflict), base=shown(conflict.base),
        ours=shown(conflict.ours), theirs=shown(conflict.theirs))


def _where(conflict: Conflict) -> str:
    """``Purpose 'newsletter'``: the item of a conflict (or the metadata), capitalised."""
    if conflict.section == METADATA:
        where = section_title(METADATA)
    elif conflict.section == SECURITY:
        where = translate("merge words", "Security measure")
    elif conflict.item_id is not None:
        info = section(conflict.section)
        phrase = item_phrase(info.key, info.singular).format(item=f"'{conflict.item_id}'")
        return phrase[:1].upper() + phrase[1:]
    else:
        where = section(conflict.section).noun
    return where if conflict.item_id is None else f"{where} '{conflict.item_id}'"


def field_words(conflict: Conflict) -> str:
    """The conflict's field as people read it: ``Status``, ``Controller (controller.email)``."""
    head = conflict.field.partition(".")[0]
    model = {METADATA: Metadata, SECURITY: SecurityMeasure}.get(conflict.section)
    if model is None:
        model = section(conflict.section).model
    if head not in model.model_fields:
        return translate("merge words", "field {field}").format(field=conflict.field)
    title = field_title(model, head)
    return title if head == conflict.field else f"{title} ({conflict.field})"


SHOWN_LENGTH = 200
"""Longest value a conflict line shows (the record and the window keep the whole)."""


def shown(value: Any) -> str:
    """A value in a conflict line, cut to :data:`SHOWN_LENGTH` characters."""
    text = _shown(value)
    return text if len(text) <= SHOWN_LENGTH else text[:SHOWN_LENGTH - 1] + "…"


def _shown(value: Any) -> str:
    """Text as is, lists comma-separated, nothing as (none)."""
    if value is None or value == [] or value == "":
        return translate("merge words", "(none)")
    if isinstance(value, bool):
        return translate("merge words", "yes") if value else translate("merge words", "no")
    if isinstance(value, list) and all(not isinstance(v, (dict, list)) for v in value):
        return "[" + ", ".join(str(v) for v in value) + "]"
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)
