"""Render a :class:`~app.domain.diff.PolicyDiff` as text, JSON or HTML (a redline).

Text is compiler-like, one line per difference::

    --- old sha256:...
    +++ new sha256:...
    ~ policy: status draft -> approved
    + categories contact.phone (Phone number)
    - rules old_rule
    > purposes ads -> advertising (renamed)
    ~ rules newsletter_email: purposes + marketing.newsletter - marketing
    notice: This change alters the privacy notice's sections 2 (...) and 3 (...).
    3 differences

The ``notice:`` line, and the JSON's ``notice_sections``, come when both policies are at hand
(:mod:`app.exporters.notice_changes`): which sections of the privacy notice read differently.

JSON (``diff_format`` 1) is one object::

    {"diff_format": 1, "equal": false,
     "old": {"title": str, "digest": str}, "new": {"title": str, "digest": str},
     "metadata": [FIELD...],
     "items": [{"section": str, "change": "added"|"removed"|"renamed"|"changed",
                "id": str, "old_id": str (renamed only), "name": str,
                "fields": [FIELD...], "content": {...} (added/removed only)}],
     "reordered": [section...],
     "notice_sections": [{"number": int, "id": str, "title": str}] (with both policies)}

where FIELD is ``{"field": "dotted.path", "old": value, "new": value}`` for a replaced value and
``{"field": "dotted.path", "added": [...], "removed": [...]}`` for a list. HTML is rendered by
:mod:`app.exporters.redline_html`. All output is deterministic.
"""

from __future__ import annotations

import json
import re
from typing import Any

from pydantic import BaseModel

from app.domain.diff import SECURITY, FieldChange, ItemChange, PolicyDiff
from app.domain.duration import Duration
from app.domain.enums import label
from app.domain.i18n import translate
from app.domain.models import (
    Approval,
    AutomatedDecisions,
    Contact,
    DpiaScreening,
    DpiaStatus,
    Metadata,
    SecurityMeasure,
)
from app.domain.retention_words import year_start_words
from app.domain.sections import METADATA, SECTIONS, field_title
from app.domain.terminal_text import terminal_safe
from app.exporters.notice_changes import NoticeChange

FORMATS = ("text", "json", "html")
_BARE = re.compile(r"[\w.:+@/-]+")
def section_titles() -> dict[str, str]:
    """The heading of each section a diff names, in the current language."""
    return {SECURITY: field_title(Metadata, SECURITY), **{s.key: s.title for s in SECTIONS}}



LABELLED_MODELS: tuple[type[BaseModel], ...] = (Metadata, SecurityMeasure, Approval,
                                                *(s.model for s in SECTIONS))
"""Models whose fields a diff names; a field name means the same in each of them."""
REFERENCE_FIELDS = {field: s.key for s in SECTIONS for _, field in s.references}
"""Fields of rules whose values are ids of another section."""
_ENUM_FIELDS = {"status", "sensitivity", "kind", "legal_basis", "art9_condition", "consent",
                "effect", "trigger", "disposition", "safeguard", "decision", "jurisdictions",
                "tags", "rights", "obligations", "basis", "safeguards", "period_start",
                "dispositions"}
_NESTED_MODELS: dict[str, type[BaseModel]] = {"automated_decisions": AutomatedDecisions,
                                               "dpia": DpiaStatus, "screening": DpiaScreening}
"""Fields holding a model other than a contact, by name (their parts are titled from it)."""


def field_label(path: str) -> str:
    """The title of the field at a diff path.

    For example ``legal_basis`` -> ``Legal basis``, ``dpo.email`` -> ``Data protection officer
    email``.
    """
    head, _, rest = path.partition(".")
    owner = next((m for m in LABELLED_MODELS if head in m.model_fields), None)
    if owner is None:
        return path.replace(".", " ").replace("_", " ").capitalize()
    title = field_title(owner, head)
    if not rest or rest == "name":  # a contact is named by its role: "Controller"
        return title
    return f"{title} {_title_in(_NESTED_MODELS.get(head, Contact), rest).lower()}"


def _title_in(model: type[BaseModel], name: str) -> str:
    """The title of field ``name`` of ``model`` (its name in words when it has none)."""
    if name in model.model_fields:
        return field_title(model, name)
    return name.replace("_", " ").capitalize()


def plain_value(path: str, value: Any) -> str:
    """A value in plain words (enum labels, durations, yes/no, approvals)."""
    name = path.rsplit(".", 1)[-1]
    if value is None or value == "":
        return translate("redline", "not set")
    if isinstance(value, bool):
        return translate("redline", "yes") if value else translate("redline", "no")
    if isinstance(value, dict) and "date" in value and "name" in value:
        role = f" ({value['role']})" if value.get("role") else ""
        text = translate("redline", "{name}{role}, {decision} on {date}").format(
            name=value["name"], role=role, decision=label(value.get("decision", "")),
            date=value["date"])
        return text + (translate("redline", ", digest {digest}").format(digest=value["digest"])
                       if value.get("digest") else "")
    if isinstance(value, dict):
        return ", ".join(f"{k}: {plain_value(k, v)}" for k, v in sorted(value.items())
                         if v not in ("", None, []))
    if isinstance(value, list):
        return ", ".join(plain_value(path, v) for v in value) or "none"
    if name in ("duration", "minimum"):
        try:
            return Duration(str(value)).words()
        except ValueError:
            return str(value)
    if name == "financial_year_start":
        try:
            return year_start_words(str(value))
        except ValueError:
            return str(value)
    if name in _ENUM_FIELDS:
        return label(str(value))
    return str(value)


def raw_value(value: Any) -> str:
    """A value as it is written in the file (for the text format), safe for a terminal.

    Text other than a bare word is quoted, with controls and bidi characters escaped.
    """
    if isinstance(value, dict) and "date" in value and "name" in value:
        return terminal_safe(plain_value("approvals", value))
    if isinstance(value, str):
        if _BARE.fullmatch(value):
            return value
        return '"' + terminal_safe(value.replace("\\", "\\\\").replace('"', '\\"')) + '"'
    return terminal_safe(json.dumps(value, ensure_ascii=False, sort_keys=True))


# -- text ---------------------------------------------------------------------------------
def _field_text(change: FieldChange) -> str:
    if change.is_list:
        parts = [f"+ {raw_value(v)}" for v in change.added]
        parts += [f"- {raw_value(v)}" for v in change.removed]
        return f"{change.field} " + " ".join(parts)
    return f"{change.field} {raw_value(change.old)} -> {raw_value(change.new)}"


def _item_text(change: ItemChange) -> list[str]:
    named = f" ({terminal_safe(change.name)})" if change.name else ""
    if change.kind == "added":
        return [f"+ {change.section} {change.item_id}{named}"]
    if change.kind == "removed":
        return [f"- {change.section} {change.item_id}{named}"]
    lines = []
    if change.kind == "renamed":
        lines.append(translate("redline", "> {section} {old} -> {new} (renamed)").format(
            section=change.section, old=change.old_id, new=change.item_id))
    lines += [f"~ {change.section} {change.item_id}: {_field_text(f)}" for f in change.fields]
    return lines


def render_text(diff: PolicyDiff, old_name: str = "old", new_name: str = "new",
                notice: NoticeChange | None = None) -> str:
    """The compiler-like text form, ending with the notice's sections altered and a count line.

    User text and file names are escaped for the terminal, so each difference is one line.
    """
    lines = [f"--- {terminal_safe(old_name)} {diff.old_digest}",
             f"+++ {terminal_safe(new_name)} {diff.new_digest}"]
    lines += [f"~ {METADATA}: {_field_text(f)}" for f in diff.metadata]  # the file's key
    for change in diff.items:
        lines += _item_text(change)
    if notice is not None:
        lines.append(translate("redline", "notice: {sentence}").format(
            sentence=notice.sentence()))
    count = diff.count()
    lines.append(translate("redline", "no differences") if diff.equal else
                 translate("redline", "%n difference", None, count) if count == 1 else
                 translate("redline", "%n differences", None, count))
    return "\n".join(lines) + "\n"


# -- JSON ---------------------------------------------------------------------------------
def _field_json(change: FieldChange) -> dict[str, Any]:
    if change.is_list:
        return {"field": change.field, "added": list(change.added),
                "removed": list(change.removed)}
    return {"field": change.field, "old": change.old, "new": change.new}


def _item_json(change: ItemChange) -> dict[str, Any]:
    data: dict[str, Any] = {"section": change.section, "change": change.kind,
                            "id": change.item_id}
    if change.old_id is not None:
        data["old_id"] = change.old_id
    data["name"] = change.name
    data["fields"] = [_field_json(f) for f in change.fields]
    if change.kind in ("added", "removed"):
        data["content"] = change.content
    return data


def diff_data(diff: PolicyDiff, notice: NoticeChange | None = None) -> dict[str, Any]:
    """The documented JSON structure (see the module docstring)."""
    data = {
        "diff_format": 1,
        "equal": diff.equal,
        "old": {"title": diff.old_title, "digest": diff.old_digest},
        "new": {"title": diff.new_title, "digest": diff.new_digest},
        "metadata": [_field_json(f) for f in diff.metadata],
        "items": [_item_json(c) for c in diff.items],
        "reordered": list(diff.reordered),
    }
    if notice is not None:
        data["notice_sections"] = notice.data()
    return data


def render_json(diff: PolicyDiff, notice: NoticeChange | None = None) -> str:
    """The JSON form, indented, keys in a fixed order."""
    return json.dumps(diff_data(diff, notice), indent=2, ensure_ascii=False) + "\n"


def render(diff: PolicyDiff, fmt: str, old_name: str = "old", new_name: str = "new",
           notice: NoticeChange | None = None) -> str:
    """Render in ``fmt`` (one of :data:`FORMATS`); ``notice``: the notice's sections altered."""
    if fmt == "text":
        return render_text(diff, old_name, new_name, notice)
    if fmt == "json":
        return render_json(diff, notice)
    if fmt == "html":
        from app.exporters.redline_html import render_html

        return render_html(diff, old_name, new_name, notice=notice)
    raise ValueError(translate("redline", "unknown diff format '{format}' (choose from "
                               "{formats})").format(format=fmt, formats=", ".join(FORMATS)))
