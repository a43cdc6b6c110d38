"""What a save writes, and how policy files are named, worked out without Qt for a worker.

A policy read from a YAML file is written back into that file's own text (comments, key
order and layout survive); a document without YAML text behind it gets a fresh YAML file;
a ``.json`` target gets the canonical JSON form with its digest.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from app.domain.canonical import to_canonical_json
from app.domain.i18n import translate
from app.domain.models import Policy
from app.domain.sections import SECTION_KEYS
from app.storage.roundtrip import new_yaml_text, policy_tree_data, updated_yaml_text
from app.storage.save_check import SaveRefused, checked

OPENABLE_SUFFIXES = (".yaml", ".yml", ".json")
"""Files the window opens (``*.policy.yaml``, ``*.policy.yml``, ``*.policy.json`` and kin)."""
DEFAULT_SUFFIX = ".policy.yaml"
FAST_RECOVERY_CHARS = 1_000_000
"""Above this size recovery text is written as JSON (which is YAML too): the round-trip YAML
writer needs tens of seconds for the large benchmark policy, JSON a fraction of a second."""


def is_json_path(path: str | Path) -> bool:
    """True when ``path`` names a JSON file (written as canonical JSON)."""
    return str(path).lower().endswith(".json")


def is_openable(path: str | Path) -> bool:
    """True when ``path`` looks like a policy file the window can open."""
    return str(path).lower().endswith(OPENABLE_SUFFIXES)


def is_yaml_text(text: str | None) -> bool:
    """True when ``text`` is YAML a round-trip save can merge into (not canonical JSON)."""
    return bool(text) and not text.lstrip().startswith("{")  # type: ignore[union-attr]


def text_for(policy: Policy, base_text: str | None, target: str | Path | None) -> str:
    """The file text for ``policy`` saved to ``target`` (``None``: YAML, e.g. for recovery).

    Every text is made sure to read back as ``policy`` (:mod:`app.storage.save_check`).

    Raises:
        SaveRefused: no text that reads back as ``policy`` could be made; write nothing.
    """
    file = str(target) if target is not None else "<policy>"
    if target is not None and is_json_path(target):
        return checked(policy, to_canonical_json(policy).decode("utf-8"), file)
    if base_text is not None and is_yaml_text(base_text):
        return updated_yaml_text(policy, base_text, file)
    return checked(policy, new_yaml_text(policy), file)


def recovery_text(policy: Policy, base_text: str | None) -> str:
    """What autosave writes.

    The YAML a save would write, or for a large document (or one whose YAML would not read
    back) the same data as JSON (the comments then come back from the original file on
    recovery).
    """
    if base_text is None or len(base_text) <= FAST_RECOVERY_CHARS:
        try:
            return text_for(policy, base_text, None)
        except SaveRefused:
            pass  # the data itself, as JSON, is kept instead
    return json.dumps(policy_tree_data(policy), ensure_ascii=False, indent=1,
                      default=_plain) + "\n"


def _plain(value: object) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(translate("file errors", "cannot write {kind} as JSON").format(
        kind=type(value).__name__))


def reusable_text(base_text: str | None, target: str | Path, modified: bool) -> str | None:
    """``base_text`` itself when it already is what a save to ``target`` would write."""
    if modified or base_text is None:
        return None
    if is_json_path(target) != (not is_yaml_text(base_text)):
        return None
    return base_text


def snapshot(policy: Policy) -> Policy:
    """A copy of ``policy`` that later edits on the GUI thread cannot change.

    Edits replace an item's field values rather than changing them in place (see
    :mod:`app.validation.snapshot`), so shallow copies of the items are enough; the metadata
    holds nested models that edits do change in place, so it is copied deeply. This costs a few
    tens of milliseconds on the large benchmark policy, where a deep copy costs far more.
    """
    return Policy.model_construct(
        _fields_set=set(policy.model_fields_set),
        format_version=policy.format_version,
        policy=policy.policy.model_copy(deep=True),
        **{section: [item.model_copy() for item in getattr(policy, section)]
           for section in SECTION_KEYS},
    )


def with_suffix(path: str, json_wanted: bool = False) -> str:
    """``path`` with a policy suffix added when it has none the window can open."""
    if is_openable(path):
        return path
    return path + (".policy.json" if json_wanted else DEFAULT_SUFFIX)


def display_name(path: str | None) -> str:
    """The file name shown in titles and messages."""
    return Path(path).name if path else "Untitled"
