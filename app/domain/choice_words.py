"""The words the views show for choice values whose bare names would not read well.

Every view that offers or shows a consent state or a consent mechanism takes its words from
here, so the tester, the matrix and the review say the same thing. Other enum values read well
through :func:`app.domain.enums.label`.
"""

from __future__ import annotations

from app.domain.i18n import QT_TRANSLATE_NOOP, translate

CONSENT_STATE_WORDS = {
    "unknown": QT_TRANSLATE_NOOP("choice words", "Not asked"),
    "granted": QT_TRANSLATE_NOOP("choice words", "Granted"),
    "denied": QT_TRANSLATE_NOOP("choice words", "Refused or opted out"),
}
"""A person's consent state, as a choice (tester, matrix filter); English, see :func:`words`."""
CONSENT_STATE_TIPS = {
    "unknown": QT_TRANSLATE_NOOP("choice words", "Nobody asked the person (opt-in purposes are "
                                                 "denied, opt-out allowed)"),
    "granted": QT_TRANSLATE_NOOP("choice words", "The person agreed"),
    "denied": QT_TRANSLATE_NOOP("choice words", "The person said no (or opted out)"),
}
"""What each consent state means (the choice's tooltip); English, see :func:`words`."""
MECHANISM_WORDS = {
    "opt_in": QT_TRANSLATE_NOOP("choice words", "with consent"),
    "opt_out": QT_TRANSLATE_NOOP("choice words", "unless opted out"),
    "none": QT_TRANSLATE_NOOP("choice words", "not needed"),
}
"""How a purpose collects consent, as a column of uses says it; English, see :func:`words`."""


def words(table: dict[str, str], value: str) -> str:
    """``table``'s words for ``value`` in the current language (the value itself if none)."""
    found = table.get(value)
    return translate("choice words", found) if found else value
