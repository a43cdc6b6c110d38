"""The registry of checks. Each check is a small function with its documentation."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from app.domain.i18n import QT_TRANSLATE_NOOP, translate
from app.domain.models import Metadata
from app.domain.sections import METADATA, SECTION_KEYS, section
from app.validation.changes import Changes
from app.validation.finding import Hit, Severity

CheckFunction = Callable[..., Iterable[Hit]]
"""``f(context)`` (or ``f(context, findings)`` for post checks) yielding :class:`Hit`."""

FAMILIES = {
    "STR": QT_TRANSLATE_NOOP("checks", "Structure and references"),
    "RUL": QT_TRANSLATE_NOOP("checks", "Rule logic"),
    "LEG": QT_TRANSLATE_NOOP("checks", "Legal bases"),
    "RET": QT_TRANSLATE_NOOP("checks", "Retention"),
    "TRF": QT_TRANSLATE_NOOP("checks", "Transfers"),
    "REG": QT_TRANSLATE_NOOP("checks", "Regions"),
    "INT": QT_TRANSLATE_NOOP("checks", "Intrusiveness"),
    "TRN": QT_TRANSLATE_NOOP("checks", "Transparency"),
    "GOV": QT_TRANSLATE_NOOP("checks", "Governance"),
    "ADM": QT_TRANSLATE_NOOP("checks", "Automated decisions"),
    "CPR": QT_TRANSLATE_NOOP("checks", "Sale and sharing (CPRA)"),
    "PPL": QT_TRANSLATE_NOOP("checks", "People and data"),
    "FMT": QT_TRANSLATE_NOOP("checks", "File format"),
    "TST": QT_TRANSLATE_NOOP("checks", "Expectations"),
}
"""Family names by code prefix, in English (:attr:`Check.family` translates them)."""


@dataclass(frozen=True)
class Check:
    """A documented check: its code, severity, what it means and how to fix what it finds.

    The words are kept in English, as the sources mark them for the catalogues (with
    ``QT_TRANSLATE_NOOP(context, ...)``); :attr:`title`, :attr:`why` and :attr:`fix` give them
    in the current language.
    """

    code: str
    severity: Severity
    title_source: str
    why_source: str
    fix_source: str
    run: CheckFunction
    post: bool = False
    """Post checks run last and receive the other checks' findings as a second argument."""
    reads: frozenset[str] | None = None
    """What the check looks at: section keys (``"rules"``: every field of its items),
    ``"policy"`` for the metadata, or ``"section.field"`` for one field. None (undeclared)
    means anything: the check reruns after every edit."""
    context: str = "checks"
    """The translation context of the words: ``checks/<module>`` for a module of checks."""
    id_text: bool = False
    """True when the check reads the letters of ids (their form, not only which item they
    name): it runs again after a rename (see :mod:`app.validation.renaming`)."""
    quotes_prose: bool = False
    """True when the check's messages quote free text (descriptions...): it runs again after a
    rename of items that text mentions."""

    def affected_by(self, changes: Changes) -> bool:
        """True when an edit that changed ``changes`` can change what this check finds."""
        if self.reads is None or changes.everything:
            return True
        reads = self.reads
        return any(section in reads or f"{section}.{name}" in reads
                   or (name == "*" and any(r.startswith(section + ".") for r in reads))
                   for section, name in changes.fields)

    @property
    def title(self) -> str:
        """The title, in the current language."""
        return _words(self.context, self.title_source)

    @property
    def why(self) -> str:
        """Why the check matters, in the current language."""
        return _words(self.context, self.why_source)

    @property
    def fix(self) -> str:
        """How to fix what it finds, in the current language."""
        return _words(self.context, self.fix_source)

    @property
    def family(self) -> str:
        """The family name, from the code's prefix, in the current language."""
        return translate("checks", FAMILIES[self.code[:3]])


def _words(context: str, source: str) -> str:
    """``source`` translated, its runs of white space made one space."""
    return " ".join(translate(context, source).split())


PROSE = frozenset({"description"})
"""Fields written for people that no check but the prose checks looks at (an item's
description; names are not among them: findings name the items they speak of)."""


def facts(*sections: str) -> tuple[str, ...]:
    """Every field of the items of ``sections`` except :data:`PROSE`, as ``reads`` entries.

    For a check that looks at what items mean (ids, names, kinds, references) but never
    prints or judges their descriptions: editing a description does not rerun it.
    """
    return tuple(f"{key}.{name}" for key in sections
                 for name in section(key).model.model_fields if name not in PROSE)


DECISIONS = (*facts("categories", "subjects", "recipients", "purposes", "rules"), "regions")
"""What the decision engine (region names included), the allowed uses and the intrusiveness
scorer are built from. The retention an allowed answer carries comes from the retention
rules: a check that looks at it reads ``"retention"`` as well."""
METADATA_PROSE = frozenset({"title", "description"})
"""The metadata's fields written for people (the policy's title and description)."""
EVERYTHING_BUT_PROSE = (*facts(*SECTION_KEYS),
                        *(f"{METADATA}.{name}" for name in Metadata.model_fields
                          if name not in METADATA_PROSE))
"""The whole policy except the descriptions of its items and its own title and description."""


CATALOGUE: dict[str, Check] = {}


class CheckRegistrationError(ValueError):
    """A check registered wrongly (at import, by a developer): its words are for developers."""


def check(code: str, severity: Severity, title: str, *, why: str, fix: str, post: bool = False,
          reads: Iterable[str] | None = None,
          id_text: bool = False,
          quotes_prose: bool = False) -> Callable[[CheckFunction], CheckFunction]:
    """Register the decorated function as the check ``code``.

    See :attr:`Check.reads`, :attr:`Check.id_text` and :attr:`Check.quotes_prose`. ``title``,
    ``why`` and ``fix`` are English, marked for the catalogues in the context
    ``checks/<module>`` (the last part of the function's module name).
    """
    if code[:3] not in FAMILIES or len(code) != 6 or not code[3:].isdigit():
        raise CheckRegistrationError(
            f"check code {code!r} must be a family prefix and three digits")

    def register(function: CheckFunction) -> CheckFunction:
        if code in CATALOGUE:
            raise CheckRegistrationError(f"check {code} is registered twice")
        module = function.__module__.rsplit(".", 1)[-1]
        CATALOGUE[code] = Check(code, severity, title, why, fix, function, post,
                                None if reads is None else frozenset(reads),
                                f"checks/{module}", id_text, quotes_prose)
        return function

    return register


def all_checks() -> list[Check]:
    """Every registered check, in code order."""
    from app.validation import checks  # noqa: F401  (registers the checks)

    return [CATALOGUE[code] for code in sorted(CATALOGUE)]
