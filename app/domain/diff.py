"""A semantic diff of two policies: what was added, removed, renamed and changed.

Items are matched by id within their section, so reordering a section is not a change (the
sections whose order alone changed are listed in :attr:`PolicyDiff.reordered`, for
information). An item removed while another is added whose content apart from the id is equal
or nearly equal is reported as a rename (with any field changes). Values are compared in their
JSON form; lists of ids or enum values are compared as sets and reported as elements added and
removed. The order of everything in a :class:`PolicyDiff` is stable: metadata first, then the
security measures and the sections in file order, each sorted by id.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Literal

from app.domain.approval import is_approved
from app.domain.canonical import digest
from app.domain.ids import shown_name
from app.domain.models import Policy
from app.domain.sections import SECTION_KEYS

ChangeKind = Literal["added", "removed", "renamed", "changed"]
SECURITY = "security_measures"
"""Pseudo-section for the metadata's security measures (items with ids, diffed like one)."""
COMPARED_SECTIONS: tuple[str, ...] = (SECURITY, *SECTION_KEYS)
"""What a diff compares, in order: the security measures, then every section."""
RENAME_THRESHOLD = 0.6
"""Share of meaningful fields that must be equal for a removed + added pair to be a rename."""
_KIND_ORDER = {"removed": 0, "renamed": 1, "changed": 2, "added": 3}


@dataclass(frozen=True)
class FieldChange:
    """One field that differs: a value replaced, or list elements added and removed."""

    field: str
    """Dotted path inside the item or metadata, e.g. ``legal_basis`` or ``controller.email``."""
    old: Any = None
    new: Any = None
    added: tuple[Any, ...] = ()
    removed: tuple[Any, ...] = ()
    is_list: bool = False


@dataclass(frozen=True)
class ItemChange:
    """An item of a section that was added, removed, renamed or changed."""

    section: str
    kind: ChangeKind
    item_id: str
    """The id in the new policy (the old one for a removed item)."""
    old_id: str | None = None
    """The id before a rename."""
    name: str = ""
    fields: tuple[FieldChange, ...] = ()
    content: dict[str, Any] = field(default_factory=dict, compare=False)
    """The whole item (JSON form) for added and removed items, for readers that show it."""


@dataclass(frozen=True)
class PolicyDiff:
    """Everything that differs between an old and a new policy."""

    old_digest: str
    new_digest: str
    metadata: tuple[FieldChange, ...] = ()
    items: tuple[ItemChange, ...] = ()
    reordered: tuple[str, ...] = ()
    names: dict[tuple[str, str], str] = field(default_factory=dict, compare=False)
    """Display names of every item of both policies, by (section, id), new names winning (an
    item without a name, such as a rule, by its description)."""
    old_title: str = ""
    new_title: str = ""
    new_status: str = ""
    """The new version's status ("" when not known)."""
    new_approved: bool = False
    """True when the new version is approved with an approval of exactly its content."""

    @property
    def equal(self) -> bool:
        """True when the policies say the same thing (order aside)."""
        return not self.metadata and not self.items

    def section(self, section: str) -> list[ItemChange]:
        """The item changes of one section, in order."""
        return [change for change in self.items if change.section == section]

    def count(self) -> int:
        """Number of differences: metadata fields plus changed items."""
        return len(self.metadata) + len(self.items)


def diff_policies(old: Policy, new: Policy) -> PolicyDiff:
    """The semantic difference from ``old`` to ``new``."""
    old_meta = old.policy.model_dump(mode="json", exclude={"security_measures"})
    new_meta = new.policy.model_dump(mode="json", exclude={"security_measures"})
    metadata = tuple(compare_values(old_meta, new_meta))
    if old.format_version != new.format_version:  # the same words can mean something else
        metadata = (FieldChange("format_version", old.format_version, new.format_version),
                    *metadata)
    items: list[ItemChange] = []
    reordered: list[str] = []
    for section in COMPARED_SECTIONS:
        old_items = _dumps(old, section)
        new_items = _dumps(new, section)
        items += diff_section(section, old_items, new_items)
        common = [i for i in old_items if i in new_items]
        if common != [i for i in new_items if i in old_items]:
            reordered.append(section)
    names = {**_names(old), **_names(new)}
    new_digest = digest(new)
    return PolicyDiff(digest(old), new_digest, metadata, tuple(items), tuple(reordered), names,
                      shown_name(old.policy.title, old.policy.id),
                      shown_name(new.policy.title, new.policy.id),
                      str(new.policy.status), is_approved(new, new_digest))


def diff_section(section: str, old: dict[str, dict[str, Any]],
                 new: dict[str, dict[str, Any]]) -> list[ItemChange]:
    """Changes between two sections given as ``{id: item data}`` (data without the id)."""
    removed = sorted(set(old) - set(new))
    added = sorted(set(new) - set(old))
    renames = match_renames({i: old[i] for i in removed}, {i: new[i] for i in added})
    changes: list[ItemChange] = []
    for old_id, new_id in renames.items():
        fields = tuple(compare_values(old[old_id], new[new_id]))
        changes.append(ItemChange(section, "renamed", new_id, old_id,
                                  _name(new[new_id]), fields))
    for item_id in removed:
        if item_id not in renames:
            changes.append(ItemChange(section, "removed", item_id, None, _name(old[item_id]),
                                      content=old[item_id]))
    renamed_to = set(renames.values())
    for item_id in added:
        if item_id not in renamed_to:
            changes.append(ItemChange(section, "added", item_id, None, _name(new[item_id]),
                                      content=new[item_id]))
    for item_id in sorted(set(old) & set(new)):
        fields = tuple(compare_values(old[item_id], new[item_id]))
        if fields:
            changes.append(ItemChange(section, "changed", item_id, None, _name(new[item_id]),
                                      fields))
    changes.sort(key=lambda c: (c.item_id, _KIND_ORDER[c.kind]))
    return changes


def match_renames(removed: dict[str, dict[str, Any]],
                  added: dict[str, dict[str, Any]]) -> dict[str, str]:
    """Pairs ``{old id: new id}`` of removed and added items that are the same item renamed.

    Pairs are taken best similarity first (ties broken by ids), each item at most once.
    """
    scored = []
    for old_id, old_data in removed.items():
        for new_id, new_data in added.items():
            score = similarity(old_data, new_data)
            if score >= RENAME_THRESHOLD:
                scored.append((-score, old_id, new_id))
    pairs: dict[str, str] = {}
    for _score, old_id, new_id in sorted(scored):
        if old_id not in pairs and new_id not in pairs.values():
            pairs[old_id] = new_id
    return pairs


def similarity(old: dict[str, Any], new: dict[str, Any]) -> float:
    """Share of meaningful fields (set on either side) that are equal; 1.0 when identical."""
    keys = [k for k in sorted(set(old) | set(new)) if _meaningful(old.get(k)) or
            _meaningful(new.get(k))]
    if not keys:
        return 1.0
    same = sum(_normal(old.get(k)) == _normal(new.get(k)) for k in keys)
    return same / len(keys) if same else 0.0


def compare_values(old: dict[str, Any], new: dict[str, Any],
                   prefix: str = "") -> list[FieldChange]:
    """Field-by-field changes between two JSON objects (nested objects flattened to paths)."""
    changes: list[FieldChange] = []
    for key in sorted(set(old) | set(new)):
        path = f"{prefix}{key}"
        before, after = old.get(key), new.get(key)
        if isinstance(before, dict) or isinstance(after, dict):
            changes += compare_values(before or {}, after or {}, path + ".")
        elif isinstance(before, list) or isinstance(after, list):
            gone, came = _list_delta(before or [], after or [])
            if gone or came:
                changes.append(FieldChange(path, before, after, came, gone, True))
        elif before != after:
            changes.append(FieldChange(path, before, after))
    return changes


def _list_delta(old: list[Any], new: list[Any]) -> tuple[tuple[Any, ...], tuple[Any, ...]]:
    old_keys = [_key(v) for v in old]
    new_keys = [_key(v) for v in new]
    gone = tuple(v for v, k in zip(old, old_keys, strict=True) if k not in new_keys)
    came = tuple(v for v, k in zip(new, new_keys, strict=True) if k not in old_keys)
    return gone, came


def _key(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def _normal(value: Any) -> Any:
    if isinstance(value, list):
        return sorted(_key(v) for v in value)
    return _key(value)


def _meaningful(value: Any) -> bool:
    return value not in (None, "", [], {}, False)


def _dumps(policy: Policy, section: str) -> dict[str, dict[str, Any]]:
    items = policy.policy.security_measures if section == SECURITY else getattr(policy, section)
    dumps: dict[str, dict[str, Any]] = {}
    for item in items:
        data = item.model_dump(mode="json")
        dumps.setdefault(data.pop("id"), data)
    return dumps


def _name(data: dict[str, Any]) -> str:
    """The item's name, or ``""`` when it has none or only blanks."""
    name = str(data.get("name") or "")
    return name if name.strip() else ""


LABEL_LENGTH = 80
"""Characters of a description that stands in for the name of an item without one."""


def _label(data: dict[str, Any]) -> str:
    """The item's name, else (a rule has none) its description on one line, cut short."""
    if _name(data):
        return _name(data)
    words = " ".join(str(data.get("description") or "").split())
    return words if len(words) <= LABEL_LENGTH else words[:LABEL_LENGTH - 1] + "…"


def _names(policy: Policy) -> dict[tuple[str, str], str]:
    names: dict[tuple[str, str], str] = {}
    for section in COMPARED_SECTIONS:
        for item_id, data in _dumps(policy, section).items():
            if _label(data):
                names[(section, item_id)] = _label(data)
    return names
