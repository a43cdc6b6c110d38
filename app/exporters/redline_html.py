"""The HTML redline: what changed between two versions, readable without knowing YAML.

Plain-word field labels, item names beside their ids, additions in green, removals in red (struck
through), changes in amber, both content digests at the top. Every text that comes from a policy
is escaped. The CSS stays within what Qt's rich-text engine understands, so the same document
shows in the window's text browser.
"""

from __future__ import annotations

from html import escape
from typing import Any

from app.domain.diff import SECTIONS, FieldChange, ItemChange, PolicyDiff
from app.domain.enums import Status, label
from app.exporters.redline import (
    REFERENCE_FIELDS,
    SECTION_TITLES,
    field_label,
    plain_value,
)
from app.exporters.standing import notice_html

STYLE = """
body { font-family: sans-serif; color: #1f2328; }
h1 { font-size: 20pt; margin-bottom: 4px; }
h2 { font-size: 14pt; margin-top: 18px; border-bottom: 1px solid #d0d7de; }
h3 { font-size: 11pt; margin-top: 12px; margin-bottom: 4px; }
table { border-collapse: collapse; }
th { background-color: #f6f8fa; text-align: left; }
td, th { padding: 4px 8px; vertical-align: top; }
code { font-family: monospace; color: #57606a; }
.digest { font-family: monospace; font-size: 9pt; }
.add { background-color: #dafbe1; color: #116329; }
.del { background-color: #ffebe9; color: #82071e; text-decoration: line-through; }
.chg { background-color: #fff8c5; color: #7d4e00; }

.badge-add { font-weight: bold; background-color: #1a7f37; color: #ffffff; }
.badge-del { font-weight: bold; background-color: #cf222e; color: #ffffff; }
.badge-chg { font-weight: bold; background-color: #bf8700; color: #ffffff; }
.note { color: #57606a; }
"""
_BADGES = {"added": ("add", "Added"), "removed": ("del", "Removed"),
           "renamed": ("chg", "Renamed"), "changed": ("chg", "Changed")}


def render_html(diff: PolicyDiff, old_name: str = "old", new_name: str = "new") -> str:
    """A standalone HTML document for ``diff``."""
    title = escape(diff.new_title)
    parts = ["<!DOCTYPE html>", '<html><head><meta charset="utf-8">',
             f"<title>Changes to {title}</title>", f"<style>{STYLE}</style></head><body>",
             _draft(diff), f"<h1>Changes to {title}</h1>", _header(diff, old_name, new_name),
             _summary(diff)]
    if diff.metadata:
        parts.append("<h2>Policy details</h2>")
        parts.append(_field_table(diff, "policy", diff.metadata))
    for section in SECTIONS:
        changes = diff.section(section)
        if changes:
            parts.append(f"<h2>{escape(SECTION_TITLES[section])}</h2>")
            parts += [_item(diff, change) for change in changes]
    if diff.reordered:
        names = ", ".join(SECTION_TITLES[s].lower() for s in diff.reordered)
        parts.append(f'<p class="note">The order of the {escape(names)} changed; order does not '
                     "change what the policy says.</p>")
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def _draft(diff: PolicyDiff) -> str:
    """The DRAFT notice when the new version has a status and is not approved."""
    if not diff.new_status or diff.new_approved:
        return ""
    why = (f"its status is {label(Status(diff.new_status))}" if diff.new_status != Status.APPROVED
           else "no approval of its content is recorded")
    return notice_html(f"DRAFT: the new version is not approved ({why}).")


def _header(diff: PolicyDiff, old_name: str, new_name: str) -> str:
    rows = []
    for caption, name, policy_title, digest in (
            ("Before", old_name, diff.old_title, diff.old_digest),
            ("After", new_name, diff.new_title, diff.new_digest)):
        rows.append(f"<tr><th>{caption}</th><td>{escape(policy_title)}<br>"
                    f'<span class="note">{escape(name)}</span><br>'
                    f'<span class="digest">{escape(digest)}</span></td></tr>')
    return '<table border="1" cellspacing="0" cellpadding="4">' + "".join(rows) + "</table>"


def _summary(diff: PolicyDiff) -> str:
    if diff.equal:
        return "<p><b>No differences:</b> both versions say the same thing.</p>"
    counts = []
    for kind in ("added", "removed", "renamed", "changed"):
        number = sum(c.kind == kind for c in diff.items)
        if number:
            css, word = _BADGES[kind]
            counts.append(f'<span class="{css}">{number} {word.lower()}</span>')
    if diff.metadata:
        counts.append(f'<span class="chg">{len(diff.metadata)} policy detail'
                      f'{"" if len(diff.metadata) == 1 else "s"} changed</span>')
    total = diff.count()
    return (f"<p><b>{total} difference{'' if total == 1 else 's'}:</b> "
            + ", ".join(counts) + ".</p>")


def _item(diff: PolicyDiff, change: ItemChange) -> str:
    css, word = _BADGES[change.kind]
    name = f"{escape(change.name)} " if change.name else ""
    head = (f'<h3><span class="badge-{css}">&nbsp;{word}&nbsp;</span> {name}'
            f"<code>{escape(change.item_id)}</code></h3>")
    body = ""
    if change.kind == "renamed":
        body = (f"<p>Identifier changed from <code>{escape(change.old_id or '')}</code> to "
                f"<code>{escape(change.item_id)}</code>.</p>")
        if not change.fields:
            body += '<p class="note">Nothing else changed.</p>'
    if change.fields:
        body += _field_table(diff, change.section, change.fields)
    if change.kind in ("added", "removed"):
        body += _content_table(diff, change)
    return head + body


def _field_table(diff: PolicyDiff, section: str, fields: tuple[FieldChange, ...]) -> str:
    rows = ["<tr><th>What</th><th>Before</th><th>After</th></tr>"]
    for change in fields:
        what = escape(field_label(change.field))
        if change.is_list:
            before = _values(diff, section, change.field, change.removed)
            after = _values(diff, section, change.field, change.added)
            old = f'<span class="del">no longer: {before}</span>' if change.removed else ""
            new = f'<span class="add">now also: {after}</span>' if change.added else ""
        else:
            old = f'<span class="del">{_value(diff, section, change.field, change.old)}</span>'
            new = f'<span class="add">{_value(diff, section, change.field, change.new)}</span>'
        rows.append(f'<tr><td class="chg">{what}</td><td>{old}</td><td>{new}</td></tr>')
    return '<table border="1" cellspacing="0" cellpadding="4">' + "".join(rows) + "</table>"


def _content_table(diff: PolicyDiff, change: ItemChange) -> str:
    css = "add" if change.kind == "added" else "del"
    rows = []
    for key, value in sorted(change.content.items()):
        if key == "name" or value in (None, "", [], False):
            continue
        shown = _value(diff, change.section, key, value)
        rows.append(f'<tr><td>{escape(field_label(key))}</td>'
                    f'<td><span class="{css}">{shown}</span></td></tr>')
    if not rows:
        return ""
    return '<table border="1" cellspacing="0" cellpadding="4">' + "".join(rows) + "</table>"


def _values(diff: PolicyDiff, section: str, path: str, values: tuple[Any, ...]) -> str:
    return ", ".join(_value(diff, section, path, v) for v in values)


def _value(diff: PolicyDiff, section: str, path: str, value: Any) -> str:
    """One value, escaped; ids of other items get their names beside them."""
    target = REFERENCE_FIELDS.get(path) if section in ("rules", "retention") else None
    if target and isinstance(value, list):
        return ", ".join(_value(diff, section, path, v) for v in value) or "none"
    if target and isinstance(value, str):
        name = diff.names.get((target, value))
        return (f"{escape(name)} <code>{escape(value)}</code>" if name
                else f"<code>{escape(value)}</code>")
    return escape(plain_value(path, value))
