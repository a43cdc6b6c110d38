"""Field-by-field merging of one item (or the metadata): the rules of a three-way merge.

A field changed on one side takes that side; changed identically on both takes it; changed
differently on both is a conflict (ours' value kept). Nested records merge field by field.
Lists of scalars merge element by element, except that a result emptied from a non-empty list,
or one side emptying a list the other changed, is a conflict (empty means "any" in several
fields). Lists of records merge as one value, except those in :data:`UNION_RECORD_LISTS`.
"""

from __future__ import annotations

import json
from typing import Any

from pydantic import BaseModel

from app.domain.merge_conflict import Conflict

UNION_RECORD_LISTS = frozenset({"approvals"})
"""Lists of records that merge element by element rather than as one value."""


def merge_fields(section: str, item_id: str | None, base: dict[str, Any], ours: dict[str, Any],
                 theirs: dict[str, Any], target: BaseModel, source: BaseModel,
                 conflicts: list[Conflict], prefix: str = "") -> None:
    """Apply theirs' field changes (``source``) to ours' model ``target``, recording conflicts.

    ``base``, ``ours`` and ``theirs`` are the JSON forms of the three versions.
    """
    if theirs in (base, ours):
        return
    for key in type(target).model_fields:
        if key not in ours and key not in theirs:
            continue
        b, o, t = base.get(key), ours.get(key), theirs.get(key)
        if same(o, t) or same(t, b):
            continue
        if same(o, b):
            _take(target, key, getattr(source, key))
            continue
        path = prefix + key
        inner_t, inner_s = getattr(target, key), getattr(source, key)
        if isinstance(inner_t, BaseModel) and isinstance(inner_s, BaseModel):
            merge_fields(section, item_id, b if isinstance(b, dict) else {}, o, t, inner_t,
                         inner_s, conflicts, path + ".")
            target.model_fields_set.add(key)
            continue
        if isinstance(o, list) and isinstance(t, list) and isinstance(b, (list, type(None))):
            keys = merged_list(key, b or [], o, t)
            if keys is not None:
                objects = {_key(j): _own(v) for j, v in zip(t, inner_s, strict=True)}
                objects.update({_key(j): v for j, v in zip(o, inner_t, strict=True)})
                _take(target, key, [objects[k] for k in keys])
                continue
        conflicts.append(Conflict(section, item_id, path, b, o, t))


def merged_list(field: str, base: list[Any], ours: list[Any], theirs: list[Any]
                ) -> list[str] | None:
    """Element keys of the merge of a list both sides changed, or None when it conflicts."""
    if any(isinstance(v, dict) for v in (*base, *ours, *theirs)) and \
            field not in UNION_RECORD_LISTS:
        return None
    if base and (not ours or not theirs):
        return None  # one side emptied it ("any"), the other changed it otherwise
    b, o, t = ({_key(v) for v in side} for side in (base, ours, theirs))
    result = [k for k in (_key(v) for v in ours) if k in t or k not in b]
    result += [k for k in dict.fromkeys(_key(v) for v in theirs) if k not in b and k not in o]
    if base and not result:
        return None
    return list(dict.fromkeys(result))


def _take(target: BaseModel, key: str, value: Any) -> None:
    value = [_own(v) for v in value] if isinstance(value, list) else _own(value)
    setattr(target, key, value)
    target.model_fields_set.add(key)


def same(a: Any, b: Any) -> bool:
    """Equal in JSON form, lists compared as sets (order never matters in a policy list)."""
    return _normal(a) == _normal(b)


def _normal(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _normal(v) for k, v in value.items()}
    if isinstance(value, list):
        return sorted(_key(v) for v in value)
    return value


def _key(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def _own(value: Any) -> Any:
    """A model taken from theirs is copied, so the result shares nothing with the inputs."""
    return value.model_copy(deep=True) if isinstance(value, BaseModel) else value
