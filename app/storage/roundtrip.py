"""Round-trip YAML saving: write a policy back into its file keeping comments and layout.

The saved policy is merged into the file's own YAML tree (read with ruamel.yaml in round-trip
mode): unchanged values keep their exact text, items of a section are matched by id so their
comments travel with them, and only what changed is rewritten.
"""

from __future__ import annotations

import io
import re
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap

from app.domain.models import FORMAT_VERSION, Policy
from app.storage.encoding import newline_of, with_newline
from app.storage.schema import schema_id
from app.storage.tabs import ruamel_readable
from app.storage.yaml_merge import merge_tree, round_trip_yaml, to_commented, with_dates

SCHEMA_COMMENT = "# yaml-language-server: $schema={url}\n"
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


def updated_yaml_text(policy: Policy, base_text: str) -> str:
    """``base_text`` with ``policy`` merged in: comments and layout elsewhere survive."""
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


def guess_indentation(text: str) -> tuple[int, int, int]:
    """(mapping indent, sequence indent, dash offset) the file uses; (2, 4, 2) by default."""
    mapping = sequence = offset = None
    after_top_key = False
    for line in text.splitlines():
        stripped = line.lstrip(" ")
        if not stripped or stripped.startswith("#"):
            continue
        indent = len(line) - len(stripped)
        if indent == 0 and not (after_top_key and stripped.startswith("- ")):
            after_top_key = stripped.rstrip().endswith(":")
            continue
        if after_top_key:
            if stripped.startswith("- ") and offset is None:
                offset = indent
                rest = stripped[2:]
                sequence = indent + 2 + (len(rest) - len(rest.lstrip(" ")))
            elif mapping is None and not stripped.startswith("- "):
                mapping = indent
        after_top_key = False
        if mapping is not None and offset is not None:
            break
    mapping = mapping or 2
    if offset is None:
        return mapping, mapping + 2, mapping
    return mapping, max(sequence or offset + 2, offset + 2), offset


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
