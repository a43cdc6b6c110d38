"""Which item of a section in the file each item being saved is: comments belong to their item.

A save keeps an item's text, and the comments written for it, only for the item they were written
for. Both the save that rewrites only what changed and the whole-file rewrite decide by this rule:

- **Same id, same item**, whatever else of it was edited, unless nothing but the id is left of
  it: when the file's item has two or more fields besides its id and the saved item shares none
  of their values, the file's item was deleted and a different one added under its id.
- **A renamed item** (its id edited) keeps its comments: a new id is a vanished id renamed when
  the item's other fields are exactly the vanished item's, or when it stands where the vanished
  item stood and keeps at least half of its fields (at least one) unchanged.
- **Anything else is new**: written without comments. An item whose id vanished without a
  rename was deleted, and its own comments go with it.
- **Duplicate ids** (a file with finding STR001): an unchanged twin is the file's item that
  holds exactly its value; the others with that id are the file's others in order, so an edit of
  one never lands on its twin.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

Item = Mapping[str, Any]


def matched(old: Sequence[Item], new: Sequence[Item]) -> list[int | None]:
    """For each item of ``new``, the position of the same item in ``old`` (None: a new item).

    Items are plain data (``id`` first-class); no position of ``old`` is given twice.
    """
    where: dict[Any, list[int]] = {}
    for number, item in enumerate(old):
        where.setdefault(item.get("id"), []).append(number)
    match: list[int | None] = [None] * len(new)
    taken: set[int] = set()
    twins = [position for position, item in enumerate(new)
             if len(where.get(item.get("id"), ())) > 1]
    for position in twins:  # duplicate ids: an unchanged twin is itself
        for number in where[new[position].get("id")]:
            if number not in taken and old[number] == new[position]:
                match[position] = number
                taken.add(number)
                break
    for position, item in enumerate(new):  # then the n-th of an id is the n-th left
        if match[position] is not None:
            continue
        number = next((n for n in where.get(item.get("id"), ()) if n not in taken), None)
        if number is not None and (old[number] == item or not _replaced(old[number], item)):
            match[position] = number
            taken.add(number)
    if None not in match:
        return match
    gone = [number for number in range(len(old)) if number not in taken]
    for number in gone:  # renamed: the same fields under a new id
        body = _fields(old[number])
        for position, item in enumerate(new):
            if match[position] is None and _fields(item) == body:
                match[position] = number
                taken.add(number)
                break
    for number in gone:  # renamed and edited: at the same place, mostly the same fields
        if number not in taken and number < len(new) and match[number] is None \
                and _kin(old[number], new[number]):
            match[number] = number
    return match


def _fields(item: Item) -> dict[str, Any]:
    return {key: value for key, value in item.items() if key != "id"}


def _shared(old: Item, new: Item) -> tuple[int, int]:
    """(fields of ``old`` besides the id, how many of them ``new`` holds unchanged)."""
    fields = _fields(old)
    same = sum(1 for key, value in fields.items() if key in new and new[key] == value)
    return len(fields), same


def _replaced(old: Item, new: Item) -> bool:
    count, same = _shared(old, new)
    return count >= 2 and same == 0


def _kin(old: Item, new: Item) -> bool:
    count, same = _shared(old, new)
    return same >= 1 and 2 * same >= count
