"""The merged file's text and its conflict record (``<file>.conflicts.json``).

A merge that leaves conflicts writes a valid policy (ours' value in each conflicting field)
and, next to it, a JSON record the window reads to let each conflict be resolved::

    {"kind": "policy-studio-merge-conflicts", "version": 1, "file": "privacy.policy.yaml",
     "conflicts": [{"section": "rules", "item_id": "newsletter", "field": "effect",
                    "base": "allow", "ours": "deny", "theirs": "allow"}]}

``section`` is a section key, ``security_measures`` or ``policy`` (the metadata); ``field`` a
dotted path, ``id`` for an item renamed differently, ``""`` for an item deleted on one side and
changed on the other (``ours`` or ``theirs`` is then null). The window deletes the record once
every conflict is resolved and the file saved.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from app.domain.i18n import translate
from app.domain.merge import MergeResult
from app.domain.merge_conflict import Conflict
from app.storage.atomic import write_atomic
from app.storage.errors import PolicyFileError
from app.storage.safe_yaml import read_bytes
from app.storage.serialize import text_for

SUFFIX = ".conflicts.json"
KIND = "policy-studio-merge-conflicts"
VERSION = 1
MAX_RECORD_BYTES = 16 * 2**20
MAX_VALUE_CHARS = 100_000


def merged_text(result: MergeResult, ours_text: str, ours_path: str | None = None) -> str:
    """The merged policy written over ours' text: ours' comments, quoting and order kept.

    A canonical JSON ``ours_path`` gets canonical JSON.
    """
    if result.same_as_ours:
        return ours_text
    return text_for(result.policy, ours_text, ours_path)


def record_path(policy_path: str | os.PathLike[str]) -> Path:
    """Where the conflict record of ``policy_path`` lives."""
    return Path(os.fspath(policy_path) + SUFFIX)


def record_text(policy_path: str | os.PathLike[str], conflicts: tuple[Conflict, ...]) -> str:
    """The record's JSON text."""
    data = {"kind": KIND, "version": VERSION, "file": Path(policy_path).name,
            "conflicts": [c.to_dict() for c in conflicts]}
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def write_record(policy_path: str | os.PathLike[str], conflicts: tuple[Conflict, ...]) -> Path:
    """Write (or, with no conflicts, remove) the record next to ``policy_path``."""
    path = record_path(policy_path)
    if not conflicts:
        remove_record(policy_path)
        return path
    write_atomic(path, record_text(policy_path, conflicts).encode("utf-8"))
    return path


def remove_record(policy_path: str | os.PathLike[str]) -> bool:
    """Delete the record of ``policy_path``; True when there was one."""
    try:
        record_path(policy_path).unlink()
    except FileNotFoundError:
        return False
    return True


def read_record(policy_path: str | os.PathLike[str]) -> tuple[Conflict, ...] | None:
    """The conflicts recorded for ``policy_path``; None when it has no record.

    Raises:
        PolicyFileError: the record is unreadable (message names file:line:column).
    """
    path = record_path(policy_path)
    name = str(path)
    try:
        with path.open("rb") as stream:
            data = stream.read(MAX_RECORD_BYTES + 1)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise PolicyFileError.at(name, 1, 1, translate(
            "file errors", "cannot read the conflict record: {reason}").format(
            reason=exc.strerror or exc)) from None
    if len(data) > MAX_RECORD_BYTES:
        raise PolicyFileError.at(name, 1, 1, translate("file errors",
                                                       "the conflict record is too large"))
    try:
        raw = json.loads(data.decode("utf-8"))
    except UnicodeDecodeError:
        raise PolicyFileError.at(name, 1, 1, translate(
            "file errors", "the conflict record is not UTF-8 text")) from None
    except json.JSONDecodeError as exc:
        raise PolicyFileError.at(name, exc.lineno, exc.colno, exc.msg) from None
    if not isinstance(raw, dict) or raw.get("kind") != KIND or \
            not isinstance(raw.get("conflicts"), list):
        raise PolicyFileError.at(name, 1, 1, translate(
            "file errors", "this is not a Policy Studio conflict record"))
    try:
        return tuple(Conflict.from_dict(c) for c in raw["conflicts"])
    except ValueError as exc:
        raise PolicyFileError.at(name, 1, 1, str(exc)) from None


def parse_value(text: str) -> Any:
    """A value the user typed for a conflict, read as YAML (``P3Y``, ``[a, b]``, ``no``).

    Raises:
        PolicyFileError: the text is not YAML (message names value:line:column).
    """
    if not text.strip():
        return None
    if len(text) > MAX_VALUE_CHARS:
        raise PolicyFileError.at("value", 1, 1, translate("file errors", "the value is too long"))
    return read_bytes(text.encode("utf-8"), "value").data


def value_text(value: Any) -> str:
    """A value as the one line of YAML the user edits (flow style)."""
    if value is None:
        return ""
    if isinstance(value, str) and value and not value.strip().startswith(("[", "{", "'", '"')):
        return value
    return json.dumps(value, ensure_ascii=False)
