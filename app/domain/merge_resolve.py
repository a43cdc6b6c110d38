"""Resolving a merge conflict: the one edit that puts a chosen value in its place.

Each choice (ours, theirs, or a value typed by the user) is a single edit, so the window applies
it as one undo step. Choosing the value the policy already holds is an edit too (it changes
nothing, and undoing it marks the conflict open again).
"""

from __future__ import annotations

from typing import Any

from app.domain.diff import SECURITY
from app.domain.document import PolicyDocument
from app.domain.edits import AddItem, Batch, Edit, EditError, RemoveItem, SetField
from app.domain.i18n import translate
from app.domain.merge_conflict import WHOLE_ITEM, Conflict
from app.domain.models import Policy, SecurityMeasure
from app.domain.sections import METADATA, is_section
from app.domain.sections import section as section_info


def resolution_edit(policy: Policy, conflict: Conflict, value: Any, summary: str) -> Edit:
    """The edit that gives ``conflict``'s place ``value`` (JSON form; None: no item).

    Raises:
        EditError: the place no longer exists or the value does not fit it.
    """
    if conflict.section == SECURITY:
        return _security_edit(policy, conflict, value, summary)
    if conflict.section != METADATA and not is_section(conflict.section):
        raise EditError(translate("merge", "there is no section called '{section}'").format(
            section=conflict.section))
    if conflict.field == WHOLE_ITEM:
        return _whole_item_edit(policy, conflict, value, summary)
    if conflict.field == "id" and conflict.section != METADATA:
        current = _present_id(policy, conflict)
        if current == value:
            return Batch((), summary)
        if current is None or not isinstance(value, str):
            raise EditError(translate("merge", "'{id}' is no longer in {section}").format(
                id=conflict.item_id, section=conflict.section))
        return Batch((PolicyDocument(policy).rename_edit(conflict.section, current, value),),
                     summary)
    item_id = None if conflict.section == METADATA else conflict.item_id
    return Batch((SetField(conflict.section, item_id, tuple(conflict.field.split(".")),
                           value),), summary)


def _present_id(policy: Policy, conflict: Conflict) -> str | None:
    present = {item.id for item in getattr(policy, conflict.section)}
    for candidate in (conflict.item_id, conflict.ours, conflict.theirs):
        if isinstance(candidate, str) and candidate in present:
            return candidate
    return None


def _whole_item_edit(policy: Policy, conflict: Conflict, value: Any, summary: str) -> Edit:
    items = getattr(policy, conflict.section)
    exists = any(item.id == conflict.item_id for item in items)
    if value is None:
        edits: tuple[Edit, ...] = (RemoveItem(conflict.section, conflict.item_id or ""),) \
            if exists else ()
        return Batch(edits, summary)
    if not isinstance(value, dict):
        raise EditError(translate("merge", "an item is a mapping of its fields"))
    model = section_info(conflict.section).model
    try:
        item = model.model_validate({**value, "id": conflict.item_id})
    except ValueError as exc:
        raise EditError(str(exc).splitlines()[0]) from None
    if exists:
        return Batch((RemoveItem(conflict.section, item.id),
                      AddItem(conflict.section, item, _index(items, item.id))), summary)
    return Batch((AddItem(conflict.section, item),), summary)


def _index(items: list[Any], item_id: str) -> int:
    return next(i for i, item in enumerate(items) if item.id == item_id)


def _security_edit(policy: Policy, conflict: Conflict, value: Any, summary: str) -> Edit:
    measures = [m.model_copy(deep=True) for m in policy.policy.security_measures]
    ids = [m.id for m in measures]
    try:
        if conflict.field == WHOLE_ITEM:
            if conflict.item_id in ids:
                measures.pop(ids.index(conflict.item_id))
            if value is not None:
                measures.append(SecurityMeasure.model_validate({**value,
                                                                "id": conflict.item_id}))
        else:
            target = conflict.ours if conflict.field == "id" else conflict.item_id
            if target not in ids:
                raise EditError(translate(
                    "merge", "'{id}' is no longer among the security measures").format(id=target))
            measure = measures[ids.index(target)]
            data = measure.model_dump(mode="json", exclude_unset=True)
            data[conflict.field] = value
            measures[ids.index(target)] = SecurityMeasure.model_validate(data)
    except ValueError as exc:
        raise EditError(str(exc).splitlines()[0]) from None
    return Batch((SetField(METADATA, None, ("security_measures",), measures),), summary)
