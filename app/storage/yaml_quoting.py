"""Text that YAML readers would take for something else is written quoted.

A plain scalar such as ``1e3``, ``.5e1``, ``0o17``, ``null``, ``~`` or ``2026-01-01`` is a
number, a null or a date to some reader: our own (YAML 1.2 core schema, see
:mod:`app.storage.safe_yaml`), ruamel.yaml, or a YAML 1.1 reader such as PyYAML, which Fides
tooling uses and which also takes ``no``, ``on``, ``12:30`` (a number in base 60) and ``=`` for
something else than text. Every writer of YAML in the project quotes such text, so whatever it
writes reads back as the same text in every reader.

Text holding a line break that YAML 1.1 readers know but YAML 1.2 ones do not (NEL, U+2028,
U+2029) or a byte-order mark is written double-quoted, where those characters are escaped.
"""

from __future__ import annotations

import re
from typing import Any

import yaml
from ruamel.yaml.representer import RoundTripRepresenter
from yaml.nodes import ScalarNode

from app.storage.safe_yaml import plain_scalar_tag

STR_TAG = "tag:yaml.org,2002:str"
_YAML_1_1 = yaml.resolver.Resolver()
_FIRST = frozenset("0123456789+-.~nNtTfF") | frozenset(
    key for key in yaml.resolver.Resolver.yaml_implicit_resolvers if key)
_ESCAPED = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]")
"""Characters only a double-quoted scalar holds (escaped): controls, C1 and line separators.

YAML allows only printable characters bare; a block or single-quoted scalar holding any other
is unreadable or reads back as other text."""


def ambiguous(text: str) -> bool:
    """True when a YAML 1.1 or 1.2 reader takes plain ``text`` as something else than text."""
    if not text:
        return True
    if text[0] not in _FIRST:
        return False
    return (plain_scalar_tag(text) != STR_TAG
            or _YAML_1_1.resolve(ScalarNode, text, (True, False)) != STR_TAG)


def quote_style(text: str) -> str | None:
    """The scalar style ``text`` needs: ``'"'``, ``"'"`` or ``None`` (the writer chooses)."""
    if _ESCAPED.search(text):
        return '"'
    return "'" if ambiguous(text) else None


class QuotingRepresenter(RoundTripRepresenter):
    """ruamel.yaml's round-trip representer, quoting text as :func:`quote_style` says."""

    def ignore_aliases(self, data: Any) -> bool:
        """Write a node used twice in full, unless the file itself named it (``&name``).

        A save never makes up anchors and aliases; those a file had are kept.
        """
        anchor = getattr(data, "anchor", None)
        return anchor is None or getattr(anchor, "value", None) is None

    def represent_str(self, data: str) -> Any:
        """Text as a scalar, quoted where a reader would take it for something else."""
        return self.represent_scalar(STR_TAG, data, style=quote_style(data))


QuotingRepresenter.add_representer(str, QuotingRepresenter.represent_str)


class QuotingSafeDumper(yaml.SafeDumper):
    """PyYAML's safe dumper, quoting text as :func:`quote_style` says."""


def _represent_str(dumper: yaml.SafeDumper, data: str) -> yaml.ScalarNode:
    return dumper.represent_scalar(STR_TAG, data, style=quote_style(data))


QuotingSafeDumper.add_representer(str, _represent_str)
