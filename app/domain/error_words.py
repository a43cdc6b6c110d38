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

from app.domain.i18n import QT_TRANSLATE_NOOP, translate
from app.domain.ids import ID_PATTERN
from app.domain.models import DOMAIN_PATTERN, LANGUAGE_PATTERN, Policy
from app.domain.path_words import child_model, clip, lower_title, place
from app.domain.region_codes import REGION_PATTERN
from app.domain.sections import is_section, section

_TEXT = QT_TRANSLATE_NOOP("error words", "expected text, found {found}")
_WHOLE = QT_TRANSLATE_NOOP("error words", "expected a whole number, found {found}")
_NUMBER = QT_TRANSLATE_NOOP("error words", "expected a number, found {found}")
_BOOL = QT_TRANSLATE_NOOP("error words", "expected true or false, found {found}")
_LIST = QT_TRANSLATE_NOOP("error words", "expected a list, found {found}")
_MAPPING = QT_TRANSLATE_NOOP("error words", "expected a mapping (key: value lines), found {found}")
_DATE = QT_TRANSLATE_NOOP("error words", "expected a date written YYYY-MM-DD, found {found}")
_KINDS = {
    "string_type": _TEXT, "int_type": _WHOLE, "int_parsing": _WHOLE, "int_from_float": _WHOLE,
    "float_type": _NUMBER, "float_parsing": _NUMBER, "bool_type": _BOOL, "bool_parsing": _BOOL,
    "list_type": _LIST, "dict_type": _MAPPING, "model_type": _MAPPING,
    "model_attributes_type": _MAPPING, "date_type": _DATE, "date_parsing": _DATE,
    "date_from_datetime_parsing": _DATE, "date_from_datetime_inexact": _DATE,
    "int_parsing_size": _WHOLE, "string_unicode": _TEXT,
}
"""What a value should have been, by the library's error type (a whole sentence each)."""
_BOUNDS = {
    "greater_than": QT_TRANSLATE_NOOP("error words",
                                      "{title} must be more than {bound}; found {found}"),
    "greater_than_equal": QT_TRANSLATE_NOOP("error words",
                                            "{title} must be at least {bound}; found {found}"),
    "less_than": QT_TRANSLATE_NOOP("error words",
                                   "{title} must be less than {bound}; found {found}"),
    "less_than_equal": QT_TRANSLATE_NOOP("error words",
                                         "{title} must be at most {bound}; found {found}"),
}
_FORMS = {
    ID_PATTERN: QT_TRANSLATE_NOOP(
        "error words", "an id uses lowercase letters, digits and _, with dots between levels"),
    REGION_PATTERN: QT_TRANSLATE_NOOP(
        "error words", "expected a country code (DE), a subdivision (US-CA) or a region group id"),
    r"^[A-Z]{2}$": QT_TRANSLATE_NOOP("error words",
                                     "expected a two-letter country code such as DE"),
    DOMAIN_PATTERN: QT_TRANSLATE_NOOP(
        "error words", "expected a lowercase internet domain such as ads.example.com"),
    LANGUAGE_PATTERN: QT_TRANSLATE_NOOP(
        "error words", "expected a language code: two or three lowercase letters, optionally "
        "a region, such as de, fr or de-CH"),
}
_VERSION_HINT = QT_TRANSLATE_NOOP("error words", "expected a version such as 1.0.0")
_NOUNS = {
    "ApprovalDecision": QT_TRANSLATE_NOOP("error words", "approval decision"),
    "Art9Condition": QT_TRANSLATE_NOOP("error words", "Art. 9 condition"),
    "AutomatedSafeguard": QT_TRANSLATE_NOOP("error words", "automated safeguard"),
    "CcpaCategory": QT_TRANSLATE_NOOP("error words", "CCPA category"),
    "ConsentMechanism": QT_TRANSLATE_NOOP("error words", "consent mechanism"),
    "ConsentState": QT_TRANSLATE_NOOP("error words", "consent state"),
    "DecisionReason": QT_TRANSLATE_NOOP("error words", "decision reason"),
    "Derogation": QT_TRANSLATE_NOOP("error words", "derogation"),
    "Disposition": QT_TRANSLATE_NOOP("error words", "disposition"),
    "DpiaState": QT_TRANSLATE_NOOP("error words", "assessment status"),
    "Effect": QT_TRANSLATE_NOOP("error words", "effect"),
    "Jurisdiction": QT_TRANSLATE_NOOP("error words", "jurisdiction"),
    "LegalBasis": QT_TRANSLATE_NOOP("error words", "legal basis"),
    "Obligation": QT_TRANSLATE_NOOP("error words", "obligation"),
    "PeriodStart": QT_TRANSLATE_NOOP("error words", "period start"),
    "PurposeKind": QT_TRANSLATE_NOOP("error words", "purpose kind"),
    "RecipientKind": QT_TRANSLATE_NOOP("error words", "recipient kind"),
    "Right": QT_TRANSLATE_NOOP("error words", "right"),
    "Safeguard": QT_TRANSLATE_NOOP("error words", "safeguard"),
    "Sensitivity": QT_TRANSLATE_NOOP("error words", "sensitivity"),
    "SourceKind": QT_TRANSLATE_NOOP("error words", "source kind"),
    "Status": QT_TRANSLATE_NOOP("error words", "status"),
    "Tag": QT_TRANSLATE_NOOP("error words", "tag"),
    "Trigger": QT_TRANSLATE_NOOP("error words", "trigger"),
}
"""What one choice of each vocabulary is called (translated where shown); another enumeration
reads as its name in words."""


def error_words(error: Mapping[str, Any], data: object, loc: Sequence[object] | None = None) -> str:
    """One sentence for a model validation ``error`` (one of ``ValidationError.errors()``).

    ``data`` is the file's content as read (to name items by their ids); ``loc`` overrides the
    error's own location (for a section validated in parts).
    """
    path = tuple(error["loc"] if loc is None else loc)
    kind = str(error.get("type", ""))
    if kind == "extra_forbidden" and path:
        where = place_words(path[:-1], data, final="")
        unknown = translate("error words", "unknown field '{field}'").format(field=path[-1])
        return _at(where, unknown)
    if kind == "missing" and path:
        where = _place_parts(path[:-1], data, final="") or translate("error words", "the file")
        return translate("error words", "{place} needs the field {field}").format(
            place=where, field=_field_name(path))
    where = place_words(path, data)
    title = translate("error words", "entry") if path and isinstance(path[-1], int) \
        else _title(path)
    noun = choice_noun(_last_field(path)) if kind == "enum" else None
    return _at(where, reason_words(kind, error, noun or title))


def _at(where: str, reason: str) -> str:
    """``in purpose 'x': reason`` (the reason alone when there is no place)."""
    return translate("error words", "{place}: {reason}").format(place=where, reason=reason) \
        if where else reason


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
    title = lower_title(translate("field", field.title) if field.title else name) \
        if field is not None else (
        name.replace("_", " ") or translate("error words", "value"))
    if loc and isinstance(loc[-1], int):
        title = translate("error words", "entry")
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
            noun = _NOUNS.get(name)
            return translate("error words", noun) if noun else \
                re.sub(r"(?<!^)(?=[A-Z])", " ", name).lower()
        stack.extend(typing.get_args(kind))
    return None


def place_words(path: Sequence[object], data: object, final: str = "field ") -> str:
    """Where ``path`` is, in words: ``in purpose 'newsletter', field legal basis``.

    ``final`` goes before the last field's name (nothing when the path ends at a record).
    """
    parts = _place_parts(path, data, final)
    if not place(path, data).record:
        return parts
    return translate("error words", "in {place}").format(place=parts)


def _place_parts(path: Sequence[object], data: object, final: str = "field ") -> str:
    """``purpose 'newsletter', field legal basis``: :func:`place_words` without its ``in``."""
    found = place(path, data)
    fields = list(found.fields)
    if fields and final:
        fields[-1] = translate("error words", "field {field}").format(field=fields[-1])
    return ", ".join(part for part in (found.record, *fields) if part)


def reason_words(kind: str, error: Mapping[str, Any], title: str | None = None) -> str:
    """Why the value was refused, without the library's terms (``title``: what it is)."""
    title = title or translate("error words", "value")
    value = error.get("input")
    shown = _shown(value)
    context = error.get("ctx") or {}
    if kind in ("enum", "literal_error"):
        expected = str(context.get("expected", ""))
        choices = ", ".join(re.findall(r"'([^']*)'", expected)) or expected
        return translate("error words", "{value} is not a valid {title}; expected one of "
                                        "{choices}").format(value=shown, title=title,
                                                            choices=choices)
    if kind in _KINDS:
        return translate("error words", _KINDS[kind]).format(found=_kind_of(value))
    if kind in _BOUNDS:
        bound = next(iter(context.values()), "")
        return translate("error words", _BOUNDS[kind]).format(title=title, bound=bound,
                                                               found=shown)
    if kind == "string_pattern_mismatch":
        pattern = str(context.get("pattern", ""))
        title = "id" if pattern == ID_PATTERN else title
        form = _FORMS.get(pattern, _VERSION_HINT if "\\d+\\.\\d+" in pattern else None)
        form = translate("error words", form) if form else translate(
            "error words", "it is not in the form a {title} takes").format(title=title)
        return translate("error words", "{value} is not a valid {title}; {form}").format(
            value=shown, title=title, form=form)
    if kind == "string_too_long":
        return translate("error words", "the text is too long; at most %n characters", None,
                         int(context.get("max_length") or 0))
    if kind in ("string_too_short", "too_short"):
        return translate("error words", "{title} must not be empty").format(title=title)
    if kind == "missing":
        return translate("error words", "{title} is needed").format(title=title)
    if kind == "extra_forbidden":
        return translate("error words", "there is no field {title}").format(title=title)
    if kind == "too_long":
        return translate("error words", "too many entries; at most {count}").format(
            count=context.get("max_length"))
    if kind == "finite_number":
        return translate("error words", "expected a finite number")
    if kind in ("value_error", "assertion_error"):  # our validators' own (translated) words
        return re.sub(r"^(Value error|Assertion failed), ", "", str(error.get("msg", "")))
    # another refusal of the library: its message is English and in its own terms
    return translate("error words", "{value} is not a valid {title}").format(value=shown,
                                                                          title=title)


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
        found = model.model_fields[step].title
        title = lower_title(translate("field", found) if found else str(step))
        model = child_model(model, str(step))
    return title


def _kind_of(value: object) -> str:
    if isinstance(value, bool):
        return f"{str(value).lower()}"
    if isinstance(value, (int, float)):
        return translate("error words", "the number {number}").format(number=value)
    if isinstance(value, str) and value:
        return translate("error words", "the text {text}").format(text=_shown(value))
    if isinstance(value, (str, Mapping, list)) or value is None:
        return _shown(value if value != "" else None)
    return translate("error words", "a value of another kind")


def _shown(value: object) -> str:
    if isinstance(value, str):
        return f"'{clip(value)}'"
    if isinstance(value, Mapping):
        return translate("error words", "a mapping")
    if isinstance(value, list):
        return translate("error words", "a list")
    return translate("error words", "nothing") if value is None else f"'{value}'"
