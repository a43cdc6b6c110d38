"""Nothing is written as a policy file unless it reads back as the policy being saved.

Every writer of a policy file (the window's Save and Save As, autosave, merge, approve, the
import commands, fmt and migrate) gets its text through :func:`checked`, directly or through
:func:`app.storage.serialize.text_for` and :func:`app.storage.roundtrip.saved_text`. A text
that does not pass raises :class:`SaveRefused` before anything is written, so the file on disk
stays as it was and the user is told why.

Two depths of check:

- **Full** (fresh files, canonical JSON, whole-file rewrites, fmt, migrate): the text is read as
  the loader reads a file, and the policy it holds must equal the policy being saved.
- **Spliced** (a save that rewrote only the changed parts, :mod:`app.storage.splice`, whose
  every rewritten part has already been read back and compared): reading the whole large
  benchmark policy again costs about a second, over the save's budget, so the whole text is
  instead parsed by libyaml without building any value (under a tenth of a full read), and must
  hold one document with exactly as many keys, items and values as the policy being saved. An
  unreadable joint between parts, or a part that swallowed or split its neighbour, fails here.
"""

from __future__ import annotations

from typing import Any

import yaml
from yaml._yaml import CParser

from app.domain.i18n import translate
from app.domain.models import Policy
from app.storage.errors import PolicyFileError, Problem
from app.storage.loader import load_bytes
from app.storage.splice import policy_data
from app.storage.text_index import kept_data

FIXED_EVENTS = 4
"""Stream start and end, document start and end."""
_NESTED = (dict, list)


class SaveRefused(PolicyFileError):
    """A save was refused: its text would not read back as the policy; nothing was written."""


def checked(policy: Policy, text: str, file: str = "<policy>", *,
            parts_checked: bool = False) -> str:
    """``text``, once it is sure to read back as ``policy`` (see the module for how).

    Args:
        policy: The policy being saved.
        text: The text that would be written.
        file: The file it would be written to (named in the message).
        parts_checked: Only some parts were rewritten and each has been read back already.

    Raises:
        SaveRefused: the text would not read back as ``policy``.
    """
    problem = _spliced_problem(policy, text) if parts_checked else _problem(policy, text)
    if problem:
        raise refused(file, problem)
    return text


def refused(file: str, problem: str) -> SaveRefused:
    """The error telling the user that nothing was saved, and why."""
    return SaveRefused(file, [Problem(1, 1, translate(
        "file errors", "not saved: the text to be written would not read back as the edited "
                       "policy ({problem}); the file was left as it was").format(
        problem=problem))])


def _problem(policy: Policy, text: str) -> str:
    try:
        back = load_bytes(text.encode("utf-8"), "<saved text>").policy
    except PolicyFileError as exc:
        return translate("file errors", "it does not read: {error}").format(
            error=exc.lines()[0])
    if back == policy:
        return ""
    fields = [name for name in type(policy).model_fields
              if getattr(back, name) != getattr(policy, name)]
    return translate("file errors", "it would hold other values in {fields}").format(
        fields=", ".join(fields or [translate("file errors", "the policy")]))


def _spliced_problem(policy: Policy, text: str) -> str:
    parser = CParser(text.encode("utf-8"))
    try:
        found = parser.raw_parse()
    except yaml.YAMLError as exc:
        return translate("file errors", "it does not read: {error}").format(
            error=str(exc).splitlines()[0] if str(exc) else translate("file errors",
                                                                      "YAML syntax"))
    finally:
        parser.dispose()
    data = kept_data(text)  # the splice's own policy_data(policy), without making it again
    expected = FIXED_EVENTS + _events(policy_data(policy) if data is None else data)
    if found != expected:
        return translate("file errors", "it holds {found} YAML events where the policy needs "
                                        "{expected}").format(found=found, expected=expected)
    return ""


def _events(value: Any) -> int:
    """YAML parser events for ``value``.

    A scalar is one; a mapping or list is its start, its end and its content (a key is a
    scalar). Written for speed: the large benchmark policy holds 270,000.
    """
    if type(value) is dict:
        count = 2 + len(value)
        values = value.values()
    elif type(value) is list:
        count, values = 2, value
    else:
        return 1
    for item in values:
        count += _events(item) if type(item) in _NESTED else 1
    return count
