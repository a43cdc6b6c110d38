"""Round-trip YAML saving: write a policy back into its file keeping comments and layout.

The saved policy is merged into the file's own YAML tree (read with ruamel.yaml in round-trip
mode): unchanged values keep their exact text, items of a section are matched by id so their
comments travel with them, and only what changed is rewritten.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap

from app.domain.i18n import translate
from app.domain.models import FORMAT_VERSION, Policy
from app.storage.collector import collector_paused
from app.storage.encoding import newline_of, with_newline
from app.storage.save_check import SaveRefused, checked, refused
from app.storage.schema import schema_id
from app.storage.splice import CannotSplice, failed_reason, refused_reason, spliced_text
from app.storage.tabs import ruamel_readable
from app.storage.yaml_merge import (
    guess_indentation,
    merge_tree,
    round_trip_yaml,
    to_commented,
    with_dates,
)

SCHEMA_COMMENT = " ".join(("#", "yaml-language-server:", "$schema={url}")) + "\n"
"""The line editors' YAML language server reads (its words, in every language)."""
SCHEMA_URL = schema_id(FORMAT_VERSION)
"""The schema a new file in the current format points editors at."""
_SCHEMA_LINE = re.compile(
    r"^(#[ \t]*yaml-language-server:[ \t]*\$schema=[^\s]*policy-v)(\d+)(\.schema\.json)",
    re.MULTILINE)


def policy_tree_data(policy: Policy) -> dict[str, Any]:
    """What a save writes: the fields that were read or set (defaults stay implicit).

    Dates stay dates, so YAML writes them plain (``2027-03-01``) rather than quoted.
    """
    data = policy.model_dump(mode="json", exclude_unset=True)
    data = {"format_version": policy.format_version, **data}
    return with_dates(data)


def new_yaml_text(policy: Policy, *, schema_url: str | None = None) -> str:
    """A fresh YAML file for ``policy`` (no earlier text to keep).

    It starts with a comment pointing editors at the schema of the policy's format version.
    """
    out = io.StringIO()
    out.write(SCHEMA_COMMENT.format(url=schema_url or schema_id(policy.format_version)))
    _yaml(2, 4, 2).dump(to_commented(policy_tree_data(policy)), out)
    return out.getvalue()


@dataclass(frozen=True)
class SavedText:
    """What a save into earlier text writes, and how it was made."""

    text: str
    spliced: bool
    """True: only the changed parts were rewritten; False: the whole file was."""
    reason: str = ""
    """Why the whole file was rewritten (empty when it was not)."""


def updated_yaml_text(policy: Policy, base_text: str, file: str = "<policy>") -> str:
    """``base_text`` with ``policy`` merged in: comments and layout elsewhere survive.

    Raises:
        SaveRefused: no text that reads back as ``policy`` could be written.
    """
    return saved_text(policy, base_text, file).text


def saved_text(policy: Policy, base_text: str, file: str = "<policy>") -> SavedText:
    """``base_text`` with ``policy`` saved into it, rewriting only what changed when it can.

    Only the changed items and keys are rewritten (:mod:`app.storage.splice`); when that cannot
    be made sure of, or its text fails :func:`~app.storage.save_check.checked`, the whole file
    is merged and written again (the same comments survive, at the cost of seconds on a large
    file), and checked in full.

    Raises:
        SaveRefused: neither text reads back as ``policy`` (``file`` is named in the message).
    """
    try:
        with collector_paused(collect=False):  # its objects are few and short-lived
            text = spliced_text(policy, base_text)
            return SavedText(checked(policy, text, file, parts_checked=True), True)
    except CannotSplice as exc:
        reason = str(exc)
    except SaveRefused as exc:
        reason = refused_reason(exc.message)
    except Exception as exc:  # whatever the partial rewrite trips on, the whole one is sure
        reason = failed_reason(exc)
    try:
        whole = whole_yaml_text(policy, base_text)
    except Exception as exc:  # ruamel.yaml's own faults: nothing can be written
        raise refused(file, translate("file errors", "it could not be written: {error}").format(
            error=f"{type(exc).__name__}: {exc}")) from None
    return SavedText(checked(policy, whole, file), False, reason)


def whole_yaml_text(policy: Policy, base_text: str) -> str:
    """``base_text`` with ``policy`` merged into the whole tree and the whole file written again."""
    mapping, sequence, offset = guess_indentation(base_text)
    yaml = _yaml(mapping, sequence, offset)
    tree = yaml.load(ruamel_readable(base_text))
    if not isinstance(tree, CommentedMap):
        return new_yaml_text(policy)
    merge_tree(tree, policy_tree_data(policy), aliases="*" in base_text)
    out = io.StringIO()
    yaml.dump(tree, out)
    text = with_schema_version(out.getvalue(), policy.format_version)
    return with_newline(text, newline_of(base_text))


def with_schema_version(text: str, version: int) -> str:
    """``text`` with its schema comment pointing at format ``version``'s schema.

    The comment is ``# yaml-language-server: $schema=...policy-vN.schema.json``; text without
    one is returned as is.
    """
    return _SCHEMA_LINE.sub(lambda m: f"{m[1]}{version}{m[3]}", text, count=1)


def normalised_yaml_text(base_text: str) -> str:
    """The same YAML with the standard layout, comments and line endings kept.

    The standard layout: 2-space maps, indented lists, plain quoting.
    """
    yaml = _yaml(2, 4, 2, preserve_quotes=False)
    tree = yaml.load(ruamel_readable(base_text))
    out = io.StringIO()
    yaml.dump(tree, out)
    return with_newline(out.getvalue(), newline_of(base_text))


def _yaml(mapping: int, sequence: int, offset: int, *, preserve_quotes: bool = True) -> YAML:
    return round_trip_yaml(mapping, sequence, offset, preserve_quotes=preserve_quotes)
