"""A semantic, stable text rendering of one policy, for ``git diff`` (textconv).

Every item is one block headed ``<section> <id>``, sections in file order and items sorted by
id, fields in model order with only the values that differ from the defaults; lists are sorted
and comma-separated, nested records are flattened to dotted paths. Reordering a file or
rewriting its layout therefore changes nothing here, and an edit shows as the lines of the
fields it changed.
"""

from __future__ import annotations

import json
from typing import Any

from pydantic import BaseModel

from app.domain.models import Policy
from app.domain.sections import SECTION_KEYS


def semantic_text(policy: Policy) -> str:
    """The rendering: metadata first, then the security measures and every section."""
    lines = [_keyed("format_version", policy.format_version), _keyed("policy", policy.policy.id)]
    lines += _fields(policy.policy, exclude={"id", "security_measures"})
    blocks = [("security_measures", policy.policy.security_measures)]
    blocks += [(key, getattr(policy, key)) for key in SECTION_KEYS]
    for section, items in blocks:
        for item in sorted(items, key=lambda i: i.id):
            lines.append("")
            lines.append(_keyed(section, item.id))
            lines += _fields(item, exclude={"id"})
    return "\n".join(lines) + "\n"


def _keyed(key: str, value: object) -> str:
    """A heading line: a key of the file and its value (``policy shop``); no words to translate."""
    return f"{key} {value}"


def _fields(model: BaseModel, exclude: set[str]) -> list[str]:
    data = model.model_dump(mode="json", exclude_defaults=True, exclude=exclude)
    return [f"  {path}: {text}" for path, text in _flat(data, "")]


def _flat(data: dict[str, Any], prefix: str) -> list[tuple[str, str]]:
    rows: list[tuple[str, str]] = []
    for key, value in data.items():
        path = prefix + key
        if isinstance(value, dict) and value:
            rows += _flat(value, path + ".")
        elif isinstance(value, list):
            rows.append((path, ", ".join(sorted(_one(v) for v in value))))
        else:
            rows.append((path, _one(value)))
    return rows


def _one(value: Any) -> str:
    if isinstance(value, str):
        return value.replace("\\", "\\\\").replace("\n", "\\n")
    return json.dumps(value, ensure_ascii=False, sort_keys=True)
