"""Plain words for why a policy file's content does not fit the model.

A validation error of the models names its place as a tuple of keys and list positions
(``("purposes", 3, "legal_basis")``) and its reason in the library's own terms. Here both are
said the way a policy author reads them: ``in purpose 'newsletter', field legal basis: 'consnet'
is not a valid legal basis; expected one of consent, contract, ...``. The loader (and through
it the command line and the desktop app) words every load problem with :func:`error_words`.
"""

from __future__ import annotations

import re
import typing
from collections.abc import Mapping, Sequence
from enum import Enum
from typing import Any

from pydantic import BaseModel, ValidationError
from pydantic.fields import FieldInfo

from app.domain.ids import ID_PATTERN
from app.domain.models import DOMAIN_PATTERN, Policy
from app.domain.path_words import child_model, clip, lower_title, place
from app.domain.region_codes import REGION_PATTERN
from app.domain.sections import is_section, section

_KINDS = {
    "string_type": "text", "int_type": "a whole number", "int_parsing": "a whole number",
    "int_from_float": "a whole number", "float_type": "a number", "float_parsing": "a number",
    "bool_type": "true or false", "bool_parsing": "true or false", "list_type": "a list",
    "dict_type": "a mapping (key: value lines)", "model_type": "a mapping (key: value lines)",
    "model_attributes_type": "a mapping (key: value lines)",
    "date_type": "a date written YYYY-MM-DD", "date_parsing": "a date written YYYY-MM-DD",
    "date_from_datetime_parsing": "a date written YYYY-MM-DD",
    "date_from_datetime_inexact": "a date written YYYY-MM-DD",
}
_BOUNDS = {"greater_than": "more than", "greater_than_equal": "at least",
           "less_than": "less than", "less_than_equal": "at most"}
_FORMS = {
    ID_PATTERN: "an id uses lowercase letters, digits and _, with dots between levels",
    REGION_PATTERN: "expected a country code (DE), a subdivision (US-CA) or a region group id",
    r"^[A-Z]{2}$": "expected a two-letter country code such as DE",
    DOMAIN_PATTERN: "expected a lowercase internet domain such as ads.example.com",
}
_VERSION_HINT = "expected a version such as 1.0.0"
_NOUNS = {"Art9Condition": "Art. 9 condition", "DpiaState": "assessment status",
          "CcpaCategory": "CCPA category", "Status": "status"}
"""What a choice is called where the enumeration's name does not say it."""


def error_words(error: Mapping[str, Any], data: object, loc: Sequence[object] | None = None) -> str:
    """One sentence for a model validation ``error`` (one of ``ValidationError.errors()``).

    ``data`` is the file's content as read (to name items by their ids); ``loc`` overrides the
    error's own location (for a section validated in parts).
    """
    path = tuple(error["loc"] if loc is None else loc)
    kind = str(error.get("type", ""))
    if kind == "extra_forbidden" and path:
        where = place_words(path[:-1], data, final="")
        return f"{where}: unknown field '{path[-1]}'" if where else f"unknown field '{path[-1]}'"
    if kind == "missing" and path:
        where = place_words(path[:-1], data, final="") or "the file"
        return f"{where.removeprefix('in ')} needs the field {_field_name(path)}"
    where = place_words(path, data)
    title = "entry" if path and isinstance(path[-1], int) else _title(path)
    noun = choice_noun(_last_field(path)) if kind == "enum" else None
    reason = reason_words(kind, error, noun or title)
    return f"{where}: {reason}" if where else reason


def first_reason(exc: ValidationError, model: type[BaseModel] | None = None) -> str:
    """Why the first value of ``exc`` was refused (an edit's refusal, shown by its field).

    ``model`` is the model whose field was set, to name the field by its title.
    """
    return field_reason(exc.errors(include_url=False)[0], model)


def field_reason(error: Mapping[str, Any], model: type[BaseModel] | None = None) -> str:
    """Why one value was refused, its field named by its title in ``model``."""
    loc = tuple(error.get("loc", ()))
    name = next((str(p) for p in reversed(loc) if isinstance(p, str)), "")
    field = model.model_fields.get(name) if model is not None else None
    title = lower_title(field.title or name) if field is not None else (
        name.replace("_", " ") or "value")
    if loc and isinstance(loc[-1], int):
        title = "entry"
    kind = str(error.get("type", ""))
    noun = choice_noun(field) if kind == "enum" else None
    return reason_words(kind, error, noun or title)


def choice_noun(field: FieldInfo | None) -> str | None:
    """What one choice of an enumerated field is called: ``legal basis`` for LegalBasis."""
    stack = [field.annotation] if field is not None else []
    while stack:
        kind = stack.pop()
        if isinstance(kind, type) and issubclass(kind, Enum):
            name = kind.__name__
            return _NOUNS.get(name) or re.sub(r"(?<!^)(?=[A-Z])", " ", name).lower()
        stack.extend(typing.get_args(kind))
    return None


def place_words(path: Sequence[object], data: object, final: str = "field ") -> str:
    """Where ``path`` is, in words: ``in purpose 'newsletter', field legal basis``.

    ``final`` goes before the last field's name (nothing when the path ends at a record).
    """
    found = place(path, data)
    fields = list(found.fields)
    if fields:
        fields[-1] = final + fields[-1]
    parts = [part for part in (found.record, *fields) if part]
    return ("in " if found.record else "") + ", ".join(parts)


def reason_words(kind: str, error: Mapping[str, Any], title: str = "value") -> str:
    """Why the value was refused, without the library's terms."""
    value = error.get("input")
    shown = _shown(value)
    context = error.get("ctx") or {}
    if kind in ("enum", "literal_error"):
        expected = str(context.get("expected", ""))
        choices = ", ".join(re.findall(r"'([^']*)'", expected)) or expected
        return f"{shown} is not a valid {title}; expected one of {choices}"
    if kind in _KINDS:
        return f"expected {_KINDS[kind]}, found {_kind_of(value)}"
    if kind in _BOUNDS:
        bound = next(iter(context.values()), "")
        return f"{title} must be {_BOUNDS[kind]} {bound}; found {shown}"
    if kind == "string_pattern_mismatch":
        pattern = str(context.get("pattern", ""))
        title = "id" if pattern == ID_PATTERN else title
        form = _FORMS.get(pattern, _VERSION_HINT if "\\d+\\.\\d+" in pattern else
                          f"it is not in the form a {title} takes")
        return f"{shown} is not a valid {title}; {form}"
    if kind == "string_too_long":
        return f"the text is too long; at most {context.get('max_length')} characters"
    if kind in ("string_too_short", "too_short"):
        return f"{title} must not be empty"
    if kind == "missing":
        return f"{title} is needed"
    if kind == "extra_forbidden":
        return f"there is no field {title}"
    if kind == "too_long":
        return f"too many entries; at most {context.get('max_length')}"
    message = str(error.get("msg", "")).removeprefix("Value error, ")
    message = re.sub(r"^Input should be ", "expected ", message)
    return message


def _field_name(path: Sequence[object]) -> str:
    title = _title(path)
    name = str(path[-1])
    return f"{title} ({name})" if title != name.replace("_", " ") else title


def _last_field(path: Sequence[object]) -> FieldInfo | None:
    """The field at the end of ``path`` (inside lists), if the models have it."""
    model: type[BaseModel] | None = Policy
    found = None
    for step in path:
        if isinstance(step, int):
            continue
        if model is Policy and is_section(str(step)):
            model = section(str(step)).model
            continue
        found = model.model_fields.get(str(step)) if model is not None else None
        model = child_model(model, str(step)) if found is not None and model else None
    return found


def _title(path: Sequence[object]) -> str:
    """The lower-case title of the field at the end of ``path`` (``value`` when none)."""
    model: type[BaseModel] | None = Policy
    title = "value"
    for step in path:
        if isinstance(step, int):
            continue
        if model is not None and is_section(str(step)) and model is Policy:
            model, title = section(str(step)).model, section(str(step)).singular
            continue
        if model is None or step not in model.model_fields:
            continue
        title = lower_title(model.model_fields[step].title or str(step))
        model = child_model(model, str(step))
    return title


def _kind_of(value: object) -> str:
    if isinstance(value, bool):
        return f"{str(value).lower()}"
    if isinstance(value, (int, float)):
        return f"the number {value}"
    if isinstance(value, str):
        return f"the text {_shown(value)}" if value else "nothing"
    if value is None:
        return "nothing"
    if isinstance(value, Mapping):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    return "a value of another kind"


def _shown(value: object) -> str:
    if isinstance(value, str):
        return f"'{clip(value)}'"
    if isinstance(value, (Mapping, list)):
        return "a mapping" if isinstance(value, Mapping) else "a list"
    return "nothing" if value is None else f"'{value}'"
