"""Decision requests from outside: their keys, and reading a mapping into a :class:`Request`.

One reading serves ``policy-studio decide`` (options and JSON lines) and the decision tester's
CSV files, so both accept and refuse the same requests, in the same words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

from app.domain import ids
from app.domain.decisions import Request
from app.domain.enums import ConsentState
from app.domain.i18n import translate
from app.domain.ids import MAX_ID_LENGTH
from app.domain.region_codes import REGION_PATTERN, canonical_region
from app.domain.terminal_text import terminal_safe

REQUEST_KEYS = ("category", "purpose", "subject", "recipient", "region", "consent", "gpc")
"""The keys of a request, in the order of ``policy-studio decide``'s options and CSV columns."""
REQUIRED_KEYS = ("category", "purpose")
ID_KEYS = ("category", "purpose", "subject", "recipient")
"""The keys whose values are ids."""
_CONSENT = frozenset(state.value for state in ConsentState)
_GPC_TEXT = {"true": True, "false": False, "yes": True, "no": False, "1": True, "0": False}
"""How a text cell (the tester's CSV) says yes or no to GPC."""


class InvalidRequest(ValueError):
    """A request that cannot be asked; ``key`` names the field at fault ("" for the whole)."""

    def __init__(self, message: str, key: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.key = key


def request_problems(data: Mapping[str, object]) -> Iterator[InvalidRequest]:
    """Every reason ``data`` is not a request: unknown keys, missing keys, bad values.

    A value that is None is absent; consent may be absent or empty (it then means unknown).
    """
    unknown = sorted(set(data) - set(REQUEST_KEYS), key=str)
    if unknown:
        yield InvalidRequest(translate("request", "unknown key '{key}' (keys: {keys})").format(
            key=shown(unknown[0]), keys=", ".join(REQUEST_KEYS)))
    for key in REQUIRED_KEYS:
        if not data.get(key):
            yield InvalidRequest(translate("request", "the request needs '{key}'").format(
                key=key), key)
    for key in ID_KEYS:
        value = data.get(key)
        if value is None or (key in REQUIRED_KEYS and not value):
            continue
        problem = id_value_problem(key, value)
        if problem is not None:
            yield InvalidRequest(problem, key)
    region = data.get("region")
    if region is not None:
        problem = region_value_problem(region)
        if problem is not None:
            yield InvalidRequest(problem, "region")
    if gpc_value(data.get("gpc")) is None:
        yield InvalidRequest(translate("request", "gpc must be true or false"), "gpc")
    consent = data.get("consent") or "unknown"
    if not isinstance(consent, str) or consent not in _CONSENT:
        yield InvalidRequest(translate("request", "consent must be granted, denied or unknown"),
                             "consent")


def id_value_problem(key: str, value: object) -> str | None:
    """Why ``value`` cannot be the ``key`` of a request (an id key), or None when it can.

    A region is a region code in any case (``de``, ``US-CA``, ``eea``).
    """
    if not isinstance(value, str):
        return translate("request", "{key} must be text, not {kind}").format(
            key=key, kind=type(value).__name__)
    if key == "region":
        return region_value_problem(value)
    problem = ids.id_problem(value)
    return None if problem is None else translate("request", "{key} '{value}' {problem}").format(
        key=key, value=shown(value), problem=problem)


def region_value_problem(value: object) -> str | None:
    """Why ``value`` cannot be a request's region, or None (any case: ``de``, ``EEA``)."""
    if not isinstance(value, str):
        return translate("request", "region must be text, not {kind}").format(
            kind=type(value).__name__)
    code = str(canonical_region(value))
    if len(code) > MAX_ID_LENGTH or not re.match(REGION_PATTERN, code):
        return translate("request", "region '{value}' is not a region code (an ISO 3166 code "
                                    "such as DE or US-CA, or a group id such as eea)").format(
            value=shown(value))
    return None


def gpc_value(value: object) -> bool | None:
    """The GPC flag ``value`` says (absent or empty: False), None when it says neither."""
    if value is None or value == "":
        return False
    if isinstance(value, bool):
        return value
    if isinstance(value, str):
        return _GPC_TEXT.get(value.strip().lower())
    return None


def parse_request(data: Mapping[str, object]) -> Request:
    """The request ``data`` describes (keys of :data:`REQUEST_KEYS`).

    Raises:
        InvalidRequest: The first problem :func:`request_problems` finds.
    """
    for problem in request_problems(data):
        raise problem
    values = dict(data)
    values["gpc"] = gpc_value(data.get("gpc"))
    if values.get("region"):
        values["region"] = canonical_region(values["region"])
    return Request.from_dict(values)


def shown(value: object) -> str:
    """``value`` cut to a readable length for a message, control characters escaped."""
    text = str(value)
    return terminal_safe(text if len(text) <= 60 else text[:57] + "...")
