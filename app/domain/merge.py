"""A semantic three-way merge of policies: BASE, and OURS and THEIRS made from it.

The rules (the README's "Merging in git" says the same for readers):

- Items are matched by section and id, so an order change is never a conflict. An item renamed
  on one side (detected as :func:`app.domain.diff.match_renames` detects it) keeps that side's
  id, the other side's edits to it follow, and references to the old id in either side follow
  too; a renamed parent in a hierarchical section carries its descendants along, including ones
  the other side added. Both sides renaming one item differently is a conflict (ours' id kept).
- Fields merge one by one: changed on one side takes that side, changed identically on both
  takes it, changed differently on both is a conflict (ours' value kept). Nested records
  (``controller``, ``automated_decisions``) merge field by field the same way.
- Lists of ids and values (categories, purposes, regions, tags, rights...) merge element by
  element: an element one side added is added, one side removed is removed, so both sides'
  additions and removals all land. As an empty list means "any" or "everywhere" in several
  fields (a rule's subjects and regions, an expectation's rules), a merge that would produce
  an empty list from a non-empty one, or that combines one side emptying the list with other
  changes, is a conflict rather than a silent widening.
- Lists of records merge as whole values, except approvals, which merge element by element (two
  sides recording different approvals keep both).
- An item deleted on one side and changed (or renamed) on the other is a conflict: ours' state
  is kept (the item stays deleted when ours deleted it, stays when theirs did).
- Sides in different format versions are first migrated to the newest (decisions unchanged),
  so a branch that migrated the file merges with one that did not.
- A section's order is ours', unless only theirs reordered it; items one side added go after
  the item they follow on that side.

The result is ours' :class:`~app.domain.models.Policy` with theirs' changes applied, so the
fields ours left implicit stay implicit when the file is written.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel

from app.domain import ids
from app.domain.diff import COMPARED_SECTIONS, SECURITY, match_renames
from app.domain.document import rewritten
from app.domain.merge_conflict import WHOLE_ITEM, Conflict
from app.domain.merge_fields import merge_fields, same
from app.domain.migration import migration
from app.domain.models import Policy
from app.domain.sections import METADATA
from app.domain.sections import section as section_info

MAX_RENAME_PAIRS = 250_000
"""Past this many (removed x added) pairs in one section, renames are not looked for (a removed
and an added item then stay a removal and an addition), so a merge takes bounded time."""
_Dumps = tuple[dict[str, dict[str, Any]], dict[str, dict[str, Any]], dict[str, dict[str, Any]]]
"""Base, ours and theirs of one section as ``{id: JSON form without the id}``."""


@dataclass(frozen=True)
class MergeResult:
    """The merged policy and the conflicts left in it."""

    policy: Policy
    conflicts: tuple[Conflict, ...]
    same_as_ours: bool = False
    """True when the merge changed nothing in ours (its file can stay byte for byte)."""

    @property
    def clean(self) -> bool:
        """True when nothing conflicted."""
        return not self.conflicts


def merge_policies(base: Policy, ours: Policy, theirs: Policy) -> MergeResult:
    """Merge the changes from ``base`` to ``theirs`` into ``ours`` (none is modified)."""
    ours_data = ours.model_dump(exclude_unset=True)
    ours = Policy.model_validate(ours_data)
    newest = max(base.format_version, ours.format_version, theirs.format_version)
    given = (base, theirs)
    base, ours, theirs = (_at_format(p, newest) for p in (base, ours, theirs))
    conflicts: list[Conflict] = []
    dumps = _all_dumps(base, ours, theirs)
    plans = {section: _plan(section, dumps[section], conflicts) for section in COMPARED_SECTIONS}
    if any(plan[2] for plan in plans.values()):
        # Renames change base and theirs: work on copies (unless migration made them already).
        base, theirs = (_copy(p) if p is g else p for p, g in zip((base, theirs), given,
                                                                    strict=True))
        for section, plan in plans.items():
            _apply_plan(section, plan, base, ours, theirs)
        dumps = _all_dumps(base, ours, theirs)
    exclude = {"security_measures"}
    merge_fields(METADATA, None, _dump(base.policy, exclude), _dump(ours.policy, exclude),
                 _dump(theirs.policy, exclude), ours.policy, theirs.policy, conflicts)
    for section in COMPARED_SECTIONS:
        by_ours, by_theirs, final = plans[section]
        renamed = set(by_ours.values()), {final[old] for old in by_theirs}
        _merge_section(section, dumps[section], ours, theirs, renamed, conflicts)
    return MergeResult(ours, tuple(conflicts), ours.model_dump(exclude_unset=True) == ours_data)


def _at_format(policy: Policy, version: int) -> Policy:
    """``policy`` in format ``version``: migrated on a copy (same decisions), or itself."""
    if policy.format_version >= version:
        return policy
    policy = _copy(policy)
    found = migration(policy)
    if found.edit is not None:
        found.edit.apply(policy)
    return policy


# -- renames -------------------------------------------------------------------------------

_Plan = tuple[dict[str, str], dict[str, str], dict[str, str]]
"""Renames of one section: (ours' old -> new, theirs' old -> new, the merged old -> new)."""


def _plan(section: str, dumps: _Dumps, conflicts: list[Conflict]) -> _Plan:
    """The renames each side made in ``section`` and the ids the merge gives.

    Items both sides renamed differently are recorded as conflicts (ours' id wins).
    """
    b, o, t = dumps
    by_ours, by_theirs = _renames(b, o), _renames(b, t)
    final = dict(by_ours)
    for old, new in by_theirs.items():
        if old not in by_ours:
            final[old] = new
        elif by_ours[old] != new:
            conflicts.append(Conflict(section, by_ours[old], "id", old, by_ours[old], new))
    return by_ours, by_theirs, final


def _apply_plan(section: str, plan: _Plan, base: Policy, ours: Policy, theirs: Policy) -> None:
    """Bring the three policies to the merged ids of ``section`` (references follow)."""
    by_ours, by_theirs, final = plan
    if not final:
        return
    hierarchical = section != SECURITY and section_info(section).hierarchical
    everywhere = _rewriter(final, hierarchical)
    _apply_renames(base, section, everywhere, everywhere)
    _apply_renames(ours, section, _rewriter(
        {old: new for old, new in final.items() if old not in by_ours}, hierarchical),
        everywhere)
    # Where both renamed differently ours' id wins: theirs' references to its own new id
    # follow to the merged one too.
    theirs_moves = {by_theirs.get(old, old): new for old, new in final.items()
                    if by_theirs.get(old) != new}
    _apply_renames(theirs, section, _rewriter(theirs_moves, hierarchical),
                   _rewriter({**final, **theirs_moves}, hierarchical))


def _renames(base: dict[str, dict[str, Any]], side: dict[str, dict[str, Any]]) -> dict[str, str]:
    gone = {i: base[i] for i in base if i not in side}
    came = {i: side[i] for i in side if i not in base}
    if not gone or not came or len(gone) * len(came) > MAX_RENAME_PAIRS:
        return {}
    return match_renames(gone, came)


def _rewriter(mapping: dict[str, str], hierarchical: bool) -> Callable[[str], str]:
    def rewrite(value: str) -> str:
        if value in mapping:
            return mapping[value]
        if hierarchical:
            for ancestor in reversed(ids.ancestors(value)):
                if ancestor in mapping:
                    return ids.rebase(value, ancestor, mapping[ancestor])
        return value

    return rewrite


def _apply_renames(policy: Policy, section: str, rewrite: Callable[[str], str],
                   references: Callable[[str], str]) -> None:
    """Rename items by ``rewrite`` (none onto an id that stays), references by ``references``.

    References follow every rename, the side's own included, so a side whose references still
    name an old id agrees with the others.
    """
    items = _items(policy, section)
    moves = {item.id: rewrite(item.id) for item in items if rewrite(item.id) != item.id}
    staying = {item.id for item in items} - set(moves)
    for item in items:
        new = moves.get(item.id)
        if new is not None and new not in staying:
            item.id = new
    if section == SECURITY:
        return
    for ref_section, field in section_info(section).references:
        for item in getattr(policy, ref_section):
            changed, value = rewritten(item, field, references)
            if changed:
                setattr(item, field.partition(".")[0], value)


# -- items ---------------------------------------------------------------------------------


def _merge_section(section: str, dumps: _Dumps, ours: Policy, theirs: Policy,
                   renamed: tuple[set[str], set[str]], conflicts: list[Conflict]) -> None:
    b, o, t = dumps
    ours_items = {item.id: item for item in _items(ours, section)}
    theirs_items = {item.id: item for item in _items(theirs, section)}
    kept = dict(ours_items)
    for item_id in list(dict.fromkeys([*b, *o, *t])):
        in_b, in_o, in_t = item_id in b, item_id in o, item_id in t
        if in_o and in_t and not in_b:  # added on both sides
            _added_twice(section, item_id, o[item_id], t[item_id], conflicts)
        elif in_o and in_t:
            merge_fields(section, item_id, b[item_id], o[item_id], t[item_id],
                         ours_items[item_id], theirs_items[item_id], conflicts)
        elif in_b and in_o:  # theirs deleted it
            if not same(b[item_id], o[item_id]) or item_id in renamed[0]:
                conflicts.append(Conflict(section, item_id, WHOLE_ITEM, b[item_id], o[item_id],
                                          None))
            else:
                del kept[item_id]
        elif in_b and in_t:  # ours deleted it
            if not same(b[item_id], t[item_id]) or item_id in renamed[1]:
                conflicts.append(Conflict(section, item_id, WHOLE_ITEM, b[item_id], None,
                                          t[item_id]))
        elif in_t:
            kept[item_id] = theirs_items[item_id].model_copy(deep=True)
    order = merged_order(list(b), list(o), list(t), set(kept))
    items = _items(ours, section)
    if [i.id for i in items] != order:
        items[:] = [kept[item_id] for item_id in order]
        owner = ours.policy if section == SECURITY else ours
        owner.model_fields_set.add("security_measures" if section == SECURITY else section)


def _added_twice(section: str, item_id: str, ours: dict[str, Any], theirs: dict[str, Any],
                 conflicts: list[Conflict]) -> None:
    """An id both sides added: every field they wrote differently conflicts (ours' kept).

    Without a base there is no change to merge: joining the two lists of an allow rule would
    allow what neither side wrote.
    """
    for field in dict.fromkeys([*ours, *theirs]):
        if not same(ours.get(field), theirs.get(field)):
            conflicts.append(Conflict(section, item_id, field, None, ours.get(field),
                                      theirs.get(field)))


def merged_order(base: list[str], ours: list[str], theirs: list[str], keep: set[str]) -> list[str]:
    """The merged order of ``keep``: ours', or theirs' when only theirs reordered.

    Ids only the other side has go after the id they follow there (first when none does).
    """
    base_set, ours_set, theirs_set = set(base), set(ours), set(theirs)
    ours_moved = [i for i in ours if i in base_set and i in theirs_set] != \
        [i for i in base if i in ours_set and i in theirs_set]
    skeleton, other = (ours, theirs) if ours_moved else (theirs, ours)
    result = [i for i in skeleton if i in keep]
    placed = set(result)
    for index, item_id in enumerate(other):
        if item_id in placed or item_id not in keep:
            continue
        before = next((p for p in reversed(other[:index]) if p in placed), None)
        result.insert(0 if before is None else result.index(before) + 1, item_id)
        placed.add(item_id)
    result += [i for i in sorted(keep) if i not in placed]
    return result


def _copy(policy: Policy) -> Policy:
    """A deep copy that keeps which fields are set (much faster than ``deepcopy``)."""
    return Policy.model_validate(policy.model_dump(exclude_unset=True))


def _all_dumps(base: Policy, ours: Policy, theirs: Policy) -> dict[str, _Dumps]:
    """Every compared section's three versions, from one dump of each policy (fast)."""
    sides = [_section_dumps(p) for p in (base, ours, theirs)]
    return {section: (sides[0][section], sides[1][section], sides[2][section])
            for section in COMPARED_SECTIONS}


def _section_dumps(policy: Policy) -> dict[str, dict[str, dict[str, Any]]]:
    data = policy.model_dump(mode="json")
    found: dict[str, dict[str, dict[str, Any]]] = {}
    for section in COMPARED_SECTIONS:
        items = data["policy"][section] if section == SECURITY else data[section]
        dumps: dict[str, dict[str, Any]] = {}
        for item in items:
            dumps.setdefault(item.pop("id"), item)
        found[section] = dumps
    return found


def _items(policy: Policy, section: str) -> list[Any]:
    return policy.policy.security_measures if section == SECURITY else getattr(policy, section)


def _dump(model: BaseModel, exclude: set[str] | None = None) -> dict[str, Any]:
    return model.model_dump(mode="json", exclude=exclude)
