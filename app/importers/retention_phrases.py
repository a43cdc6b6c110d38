"""Retention periods and dispositions as people write them in schedules (no Qt).

The retention schedule import reads its period cells with :func:`parse_period`: an ISO 8601
duration (``P6Y``), ``indefinite``, or a phrase of the kind UK council and company schedules use:

========================================== ==============================================
``Current year plus 6`` / ``3 years plus   6 years from the end of the calendar year of the
current year``                             event
``6 complete financial years``             6 years from the end of the financial year
``6 years`` / ``18 months`` / ``30 days``  that period from the event
``40 years from the date of commencement`` 40 years from a custom event ("the date of
                                           commencement")
``Indefinite`` / ``Permanent``             indefinite
``Life of building`` / ``Until            criteria (the text), no period
superseded`` / ``While valid``
========================================== ==============================================

:func:`parse_dispositions` reads ``delete or anonymise`` (and ``destroy``, ``shred`` as delete;
``preserve``, ``permanent preservation`` as archive). Anything else raises ValueError with a
message meant for ``file:row:col: error:`` lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.domain.duration import Duration
from app.domain.enums import Disposition, PeriodStart
from app.domain.i18n import translate
from app.storage.spreadsheet import FORMULA_STARTS

MAX_PHRASE = 300
"""Longer cells are refused (no schedule writes a period in more words)."""
_UNITS = {"year": "Y", "month": "M", "week": "W", "day": "D"}
_NUMBER = r"(\d{1,4})"
_UNIT = r"(year|month|week|day)s?"
_PLUS_CURRENT = re.compile(
    rf"^(?:current\s+(?:calendar\s+)?year\s*(?:plus|\+)\s*{_NUMBER}(?:\s+{_UNIT})?"
    rf"|{_NUMBER}\s+{_UNIT}\s*(?:plus|\+)\s*(?:the\s+)?current\s+(?:calendar\s+)?year)$")
_FINANCIAL = re.compile(rf"^{_NUMBER}\s+(?:complete\s+)?(?:financial|fiscal|tax)\s+years?$")
_PLAIN = re.compile(rf"^{_NUMBER}\s+{_UNIT}$")
_FROM_EVENT = re.compile(rf"^{_NUMBER}\s+{_UNIT}\s+(?:from|after)\s+(.+)$")
_WORDED = re.compile(r"^(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                     r"fifteen|twenty|thirty|forty|fifty|hundred)\s+(?:calendar\s+|complete\s+|"
                     r"financial\s+)?(?:years?|months?|weeks?|days?)$")
_INDEFINITE = {"indefinite", "indefinitely", "permanent", "permanently", "forever"}
_ISO_LIKE = re.compile(r"^[+-]?P\d|^P$|^PT", re.IGNORECASE)
DISPOSITION_WORDS: dict[str, Disposition] = {
    **{str(d): d for d in Disposition},
    "anonymize": Disposition.ANONYMISE, "pseudonymize": Disposition.PSEUDONYMISE,
    "destroy": Disposition.DELETE, "shred": Disposition.DELETE, "erase": Disposition.DELETE,
    "preserve": Disposition.ARCHIVE, "permanent preservation": Disposition.ARCHIVE,
}


@dataclass(frozen=True)
class Period:
    """What a period cell says; ``None`` fields it leaves to other columns."""

    duration: Duration | None = None
    criteria: str = ""
    period_start: PeriodStart | None = None
    custom_event: str = ""


def _amount(number: str, unit: str) -> Duration:
    return Duration.of(int(number), _UNITS[unit])


def parse_period(text: str) -> Period:
    """The period ``text`` describes (see the module docstring); ValueError when unreadable."""
    cleaned = " ".join(text.split())
    if len(cleaned) > MAX_PHRASE:
        raise ValueError(translate("retention import", "a period of {length} characters is too "
                                   "long (at most {most})").format(length=len(cleaned),
                                                                   most=MAX_PHRASE))
    lowered = cleaned.casefold().rstrip(".")
    if not lowered:
        return Period()
    if cleaned.startswith(FORMULA_STARTS):
        raise ValueError(translate("retention import", "'{value}' looks like a spreadsheet "
                                   "formula, not a period").format(value=cleaned[:40]))
    if lowered in _INDEFINITE:
        return Period(Duration("indefinite"))
    if _ISO_LIKE.match(cleaned):
        return Period(Duration(cleaned))  # the Duration error names the problem
    if match := _PLUS_CURRENT.match(lowered):
        number = match.group(1) or match.group(3)
        unit = match.group(2) or match.group(4) or "year"
        return Period(_amount(number, unit), period_start=PeriodStart.END_OF_CALENDAR_YEAR)
    if match := _FINANCIAL.match(lowered):
        return Period(_amount(match.group(1), "year"),
                      period_start=PeriodStart.END_OF_FINANCIAL_YEAR)
    if match := _PLAIN.match(lowered):
        return Period(_amount(match.group(1), match.group(2)))
    if match := _FROM_EVENT.match(lowered):
        event = cleaned[match.start(3):].strip()
        return Period(_amount(match.group(1), match.group(2)), period_start=PeriodStart.EVENT,
                      custom_event=event)
    if _WORDED.match(lowered):
        raise ValueError(translate("retention import", "'{value}': write the number in digits "
                                   "(e.g. 2 years or P2Y)").format(value=cleaned[:40]))
    if not any(char.isalpha() for char in cleaned) or any(
            ord(char) < 32 for char in cleaned):
        raise ValueError(translate("retention import", "'{value}' is neither a period (e.g. "
                                   "P6Y, 6 years, Current year plus 6) nor criteria in words")
                         .format(value=cleaned[:40]))
    return Period(criteria=cleaned)


def parse_dispositions(text: str) -> list[Disposition]:
    """``delete or anonymise`` -> [delete, anonymise]; ValueError on an unknown word."""
    found: list[Disposition] = []
    for part in re.split(r"\s*(?:\bor\b|/|;|,)\s*", text.strip().casefold()):
        if not part:
            continue
        key = part.replace("_", " ").strip()
        value = DISPOSITION_WORDS.get(key) or DISPOSITION_WORDS.get(key.replace(" ", "_"))
        if value is None:
            choices = ", ".join(str(d) for d in Disposition)
            raise ValueError(translate("retention import", "'{value}' is not a disposition "
                                       "({choices})").format(value=part[:40], choices=choices))
        if value not in found:
            found.append(value)
    return found
