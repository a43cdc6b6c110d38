"""Reading domain changes from the editors' point of view (no Qt)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pydantic import BaseModel

from app.domain.edits import Change


def normalised(value: Any) -> Any:
    """A comparable form of a field value (durations by text, records by content)."""
    if isinstance(value, BaseModel):
        return value.model_dump()
    if isinstance(value, list | tuple):
        return [normalised(v) for v in value]
    if value is None or isinstance(value, bool | int | float):
        return value
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


def leaf_changes(change: Change) -> Iterator[Change]:
    """The single edits a (possibly nested) change is made of, in the order applied."""
    if change.parts:
        for part in change.parts:
            yield from leaf_changes(part)
    else:
        yield change


def follow_id(change: Change, section: str, item_id: str) -> str:
    """Where ``item_id`` of ``section`` is after ``change`` (renames, their undo included)."""
    current = item_id
    for leaf in leaf_changes(change):
        if leaf.section == section and leaf.field == ("id",) and leaf.item_id is not None:
            old = getattr(leaf.undo, "value", None)
            if old == current:
                current = leaf.item_id
    return current
