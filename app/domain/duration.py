"""ISO 8601 retention durations, including the explicit ``indefinite``.

Durations are compared by their nominal length (a year of 365.2425 days, a month of a twelfth
of that), which is what matters when asking "which retention is shorter?".
"""

from __future__ import annotations

import datetime as dt
import re
from functools import total_ordering
from typing import Any

import isodate
from pydantic import GetCoreSchemaHandler, GetJsonSchemaHandler
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import core_schema

from app.domain.i18n import translate

INDEFINITE = "indefinite"
_DAYS_PER_YEAR = 365.2425
_DAYS_PER_MONTH = _DAYS_PER_YEAR / 12
_UNIT_LETTERS = ("Y", "M", "W", "D")
DURATION_PATTERN = (
    r"^(indefinite|P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?)$"
)
_DURATION_RE = re.compile(DURATION_PATTERN)
_NUMBERS = re.compile(r"\d+")
_PARTS = re.compile(r"(\d+)([YMWDHS])")
_DATE_UNIT_DAYS = {"Y": _DAYS_PER_YEAR, "M": _DAYS_PER_MONTH, "W": 7.0, "D": 1.0}
_TIME_UNIT_DAYS = {"H": 1 / 24, "M": 1 / 1440, "S": 1 / 86400}
MAX_DIGITS = 15
"""Longest number in a duration; longer ones are refused before any arithmetic."""
MAX_CALENDAR_DAYS = (dt.date.max - dt.date.min).days
"""Beyond this no date can be reached by counting from any date (about 9,999 years)."""


@total_ordering
class Duration:
    """A non-negative ISO 8601 duration such as ``P30D`` or ``P2Y``, or ``indefinite``."""

    __slots__ = ("_days", "_text")

    def __init__(self, text: str) -> None:
        cleaned = text.strip()
        if cleaned.lower() == INDEFINITE:
            self._text = INDEFINITE
            self._days = float("inf")
            return
        cleaned = cleaned.upper()
        match = _DURATION_RE.match(cleaned)
        if match is None:
            try:
                isodate.parse_duration(cleaned)
            except (isodate.ISO8601Error, ValueError, OverflowError) as exc:
                raise ValueError(translate(
                    "duration", "'{text}' is not an ISO 8601 duration (use e.g. P30D, P6M, P2Y "
                                "or 'indefinite')").format(text=text)) from exc
            if cleaned.startswith("-"):
                raise ValueError(translate(
                    "duration", "'{text}' is negative; a retention duration cannot be").format(
                    text=text))
            raise ValueError(translate(
                "duration", "'{text}' is not a supported duration (use whole numbers, e.g. P30D, "
                            "P6M, P2Y or 'indefinite')").format(text=text))
        if max(len(number) for number in _NUMBERS.findall(cleaned)) > MAX_DIGITS:
            raise ValueError(translate(
                "duration", "'{text}' has a number of more than {digits} digits; use "
                            "'indefinite' for data kept without an end").format(
                text=text[:40], digits=MAX_DIGITS))
        self._text = cleaned
        self._days = _days_of(cleaned)

    @classmethod
    def of(cls, amount: int, unit: str) -> Duration:
        """Build from an amount and a unit letter (Y, M, W, D)."""
        return cls(f"P{int(amount)}{unit.upper()}")

    @property
    def is_indefinite(self) -> bool:
        """True for ``indefinite``."""
        return self._text == INDEFINITE

    @property
    def days(self) -> float:
        """Nominal length in days (``inf`` when indefinite)."""
        return self._days

    def words(self) -> str:
        """Plain-word form, e.g. ``2 years`` or ``6 months and 15 days`` (translated)."""
        if self.is_indefinite:
            return translate("duration", "indefinitely")
        body = self._text[1:].split("T")[0]
        parts: list[str] = []
        for letter in _UNIT_LETTERS:
            if letter in body:
                number, body = body.split(letter, 1)
                parts.append(_amount(letter, int(number)))
        if "T" in self._text:
            parts.append(translate("duration", "{hours} hours").format(hours=f"{self._days * 24:g}")
                         if not parts else translate("duration", "some hours"))
        if not parts:
            return translate("duration", "%n days", None, 0)
        if len(parts) == 1:
            return parts[0]
        return translate("duration", "{list} and {last}").format(
            list=translate("duration", ", ").join(parts[:-1]), last=parts[-1])

    def __str__(self) -> str:
        return self._text

    def __repr__(self) -> str:
        return f"Duration({self._text!r})"

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Duration):
            return self._days == other._days
        return NotImplemented

    def __lt__(self, other: object) -> bool:
        if isinstance(other, Duration):
            return self._days < other._days
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._days)

    @classmethod
    def __get_pydantic_core_schema__(
        cls, _source: Any, _handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        return core_schema.no_info_plain_validator_function(
            _to_duration,
            serialization=core_schema.plain_serializer_function_ser_schema(str, when_used="always"),
        )

    @classmethod
    def __get_pydantic_json_schema__(
        cls, _schema: core_schema.CoreSchema, _handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        # the published schema describes the form (app.storage.schema, with its other words)
        return {"type": "string", "pattern": DURATION_PATTERN}


def _amount(letter: str, count: int) -> str:
    """``2 years`` for (``Y``, 2), in the current language.

    One is a message of its own: the sources are English, whose catalogue has no plural forms.
    """
    if letter == "Y":
        return translate("duration", "1 year") if count == 1 else \
            translate("duration", "%n years", None, count)
    if letter == "M":
        return translate("duration", "1 month") if count == 1 else \
            translate("duration", "%n months", None, count)
    if letter == "W":
        return translate("duration", "1 week") if count == 1 else \
            translate("duration", "%n weeks", None, count)
    return translate("duration", "1 day") if count == 1 else \
        translate("duration", "%n days", None, count)


def _days_of(text: str) -> float:
    """Nominal days of a duration that matched :data:`DURATION_PATTERN`."""
    date_part, _, time_part = text[1:].partition("T")
    days = 0.0
    for number, unit in _PARTS.findall(date_part):
        days += int(number) * _DATE_UNIT_DAYS[unit]
    for number, unit in _PARTS.findall(time_part):
        days += int(number) * _TIME_UNIT_DAYS[unit]
    return days


def longer_than_calendar(duration: Duration) -> bool:
    """True for a finite duration no calendar date can be counted to (over 9,999 years)."""
    return not duration.is_indefinite and duration.days > MAX_CALENDAR_DAYS


def _to_duration(value: Any) -> Duration:
    if isinstance(value, Duration):
        return value
    if isinstance(value, str):
        return Duration(value)
    raise ValueError(translate("duration",
                               "a duration must be text such as P30D, P2Y or 'indefinite'"))

