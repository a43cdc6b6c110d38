"""The HTML redline: what changed between two versions, readable without knowing YAML.

Plain-word field labels, item names beside their ids, additions in green, removals in red (struck
through), changes in amber, both content digests at the top. The words are worked out here as
plain text; ``resources/documents/redline.html.j2`` lays them out and escapes them. The shared
stylesheet stays within what Qt's rich-text engine understands, so the same document shows in
the window's text browser.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.domain.diff import COMPARED_SECTIONS, FieldChange, ItemChange, PolicyDiff, diff_policies
from app.domain.enums import Status, label
from app.domain.i18n import QT_TRANSLATE_NOOP, translate
from app.domain.impact import Impact, policy_impact
from app.domain.models import Policy
from app.domain.sections import METADATA, REGIONS
from app.domain.sections import section as section_info
from app.exporters.documents_html import Notice, render
from app.exporters.impact_report import ImpactView, impact_view
from app.exporters.notice_changes import NoticeChange, notice_change
from app.exporters.redline import (
    REFERENCE_FIELDS,
    field_label,
    plain_value,
    section_titles,
)
from app.storage.resources import region_catalogue

_BADGES = {"added": ("add", QT_TRANSLATE_NOOP("redline", "Added")),
           "removed": ("del", QT_TRANSLATE_NOOP("redline", "Removed")),
           "renamed": ("chg", QT_TRANSLATE_NOOP("redline", "Renamed")),
           "changed": ("chg", QT_TRANSLATE_NOOP("redline", "Changed"))}
"""The css class and badge word of each kind of change (English; translated where shown)."""


@dataclass(frozen=True)
class Piece:
    """A piece of a shown value: plain words, or an item's id (``code``) with its name."""

    text: str = ""
    code: str = ""


Value = tuple[Piece, ...]
"""A shown value: pieces joined by commas."""


@dataclass(frozen=True)
class FieldRow:
    """One changed field: its label and the values before and after (None: nothing shown)."""

    label: str
    old: Value | None
    new: Value | None
    is_list: bool = False


@dataclass(frozen=True)
class ItemView:
    """One added, removed, renamed or changed item, with its badge and values in words."""

    change: ItemChange
    css: str
    word: str
    fields: list[FieldRow]
    content: list[tuple[str, Value]]
    """(label, value) of an added or removed item's content, in the colour of ``css``."""
    label: str = ""
    """What the heading calls the item before its id: its name, or what a rule says."""


def render_html(diff: PolicyDiff, old_name: str = "old", new_name: str = "new",
                impact: ImpactView | None = None, notice: NoticeChange | None = None) -> str:
    """A standalone HTML document for ``diff``.

    With ``impact`` (when both policies are at hand) the document opens with what the change
    does to decisions and, when the view holds them, ends with every group of changed uses;
    with ``notice``, it says which sections of the privacy notice the change alters.
    """
    sections = []
    for section in COMPARED_SECTIONS:
        changes = diff.section(section)
        if changes:
            sections.append((section_titles()[section], [_item(diff, c) for c in changes]))
    reordered = ", ".join(section_titles()[s].lower() for s in diff.reordered)
    return render(
        "redline.html.j2", notices=_draft(diff), title=diff.new_title,
        versions=[(translate("redline", "Before"), diff.old_title, old_name, diff.old_digest),
                  (translate("redline", "After"), diff.new_title, new_name, diff.new_digest)],
        summary=_summary(diff),
        metadata=[_field(diff, METADATA, f) for f in diff.metadata],
        sections=sections, reordered=reordered, impact=impact,
        notice=None if notice is None else notice.sentence())


def redline_with_impact(old: Policy, new: Policy, old_name: str, new_name: str,
                        ) -> tuple[str, Impact]:
    """The redline from ``old`` to ``new`` opening with the impact, every changed use listed.

    It also says which sections of the privacy notice the change alters. Returns the HTML and
    the impact (:func:`app.domain.impact.policy_impact`) it shows.
    """
    impact = policy_impact(old, new, region_catalogue())
    html = render_html(diff_policies(old, new), old_name, new_name,
                       impact=impact_view(impact, old, new), notice=notice_change(old, new))
    return html, impact


def _draft(diff: PolicyDiff) -> list[Notice]:
    """The DRAFT notice when the new version has a status and is not approved."""
    if not diff.new_status or diff.new_approved:
        return []
    why = (translate("redline", "its status is {status}").format(
               status=label(Status(diff.new_status))) if diff.new_status != Status.APPROVED
           else translate("redline", "no approval of its content is recorded"))
    return [Notice(translate("redline", "DRAFT: the new version is not approved ({why}).")
                   .format(why=why))]


def _summary(diff: PolicyDiff) -> dict[str, Any]:
    """The count of differences, and (css, words) of each kind that occurs."""
    counts = []
    for kind, counted in (
            ("added", lambda n: translate("redline", "%n added", None, n)),
            ("removed", lambda n: translate("redline", "%n removed", None, n)),
            ("renamed", lambda n: translate("redline", "%n renamed", None, n)),
            ("changed", lambda n: translate("redline", "%n changed", None, n))):
        number = sum(c.kind == kind for c in diff.items)
        if number:
            counts.append((_BADGES[kind][0], counted(number)))
    details = len(diff.metadata)
    if details:
        counts.append(("chg", translate("redline", "%n policy detail changed", None, details)
                       if details == 1 else
                       translate("redline", "%n policy details changed", None, details)))
    total = diff.count()
    said = translate("redline", "%n difference:", None, total) if total == 1 else \
        translate("redline", "%n differences:", None, total)
    return {"equal": diff.equal, "total": total, "total_words": said, "counts": counts}


def _item(diff: PolicyDiff, change: ItemChange) -> ItemView:
    css, word = _BADGES[change.kind][0], translate("redline", _BADGES[change.kind][1])
    content = []
    if change.kind in ("added", "removed"):
        content = [(field_label(key), _value(diff, change.section, key, value))
                   for key, value in sorted(change.content.items())
                   if key != "name" and value not in (None, "", [], False)]
    label = change.name or diff.names.get((change.section, change.item_id), "")
    return ItemView(change, css, word, [_field(diff, change.section, f) for f in change.fields],
                    content, label)


def _field(diff: PolicyDiff, section: str, change: FieldChange) -> FieldRow:
    what = field_label(change.field)
    if change.is_list:
        return FieldRow(what, _values(diff, section, change.field, change.removed)
                        if change.removed else None,
                        _values(diff, section, change.field, change.added)
                        if change.added else None, is_list=True)
    return FieldRow(what, _value(diff, section, change.field, change.old),
                    _value(diff, section, change.field, change.new))


def _values(diff: PolicyDiff, section: str, path: str, values: tuple[Any, ...]) -> Value:
    return tuple(piece for v in values for piece in _value(diff, section, path, v))


REGION_FIELDS = {*section_info(REGIONS).references, (METADATA, "establishment")}
"""(section, field) of every value that is a region code: shown with the region's name."""


def _region(diff: PolicyDiff, code: str) -> Piece:
    name = diff.names.get((REGIONS, code)) or region_catalogue().name(code)
    return Piece("" if name == code else name, code)


def _value(diff: PolicyDiff, section: str, path: str, value: Any) -> Value:
    """One value; ids of other items and region codes get their names beside them."""
    if (section, path) in REGION_FIELDS and value:
        codes = value if isinstance(value, list) else [value]
        if all(isinstance(code, str) for code in codes):
            return tuple(_region(diff, code) for code in codes)
    target = REFERENCE_FIELDS.get(path) if section in ("rules", "retention") else None
    if target and isinstance(value, list):
        return _values(diff, section, path, tuple(value)) or (Piece("none"),)
    if target and isinstance(value, str):
        return (Piece(diff.names.get((target, value), ""), value),)
    return (Piece(plain_value(path, value)),)
