"""Canonical JSON: the deterministic machine form of a policy, with its content digest.

The digest covers what the policy *says*: everything except its review status and the list of
approvals, so approving a policy (which records the digest) does not change the digest, and
legal and engineering can compare what they hold.
"""

from __future__ import annotations

import copy
import hashlib
import json
import re
from typing import Any

from app.domain.models import Policy

DIGEST_PREFIX = "sha256:"
_EXCLUDED_FROM_DIGEST = ("status", "approvals")
_NOT_YAML_PRINTABLE = re.compile("[\x7f-\x9f\ufffe\uffff]")


def policy_data(policy: Policy) -> dict[str, Any]:
    """The policy as plain JSON data with every field present (defaults included)."""
    return policy.model_dump(mode="json", exclude_none=True)


def canonical_bytes(data: Any) -> bytes:
    """Deterministic JSON bytes: sorted keys, no spaces, UTF-8, a trailing newline.

    Characters a YAML reader refuses raw (DEL, C1 controls, U+FFFE, U+FFFF) are escaped, so
    the file reads back the same through the policy loader (JSON is read as YAML 1.2).
    """
    text = json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                      allow_nan=False)
    if not text.isascii() or "\x7f" in text:  # two fast scans spare the pattern's slow one
        text = _NOT_YAML_PRINTABLE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
    return text.encode("utf-8") + b"\n"


def digest(policy: Policy) -> str:
    """``sha256:<hex>`` of the canonical content (status and approvals excluded)."""
    return digest_of_data(policy_data(policy))


def digest_of_data(data: dict[str, Any]) -> str:
    """The content digest of already-dumped policy data."""
    content = copy.copy(data)
    meta = dict(content.get("policy", {}))
    for key in _EXCLUDED_FROM_DIGEST:
        meta.pop(key, None)
    content["policy"] = meta
    return DIGEST_PREFIX + hashlib.sha256(canonical_bytes(content)).hexdigest()


def to_canonical_json(policy: Policy) -> bytes:
    """The canonical JSON file for ``policy``; it carries its own digest under ``digest``."""
    data = policy_data(policy)
    data["digest"] = digest_of_data(data)
    return canonical_bytes(data)
