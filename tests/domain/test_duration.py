"""Retention durations: ISO 8601 text or ``indefinite``, ordered by nominal length."""

from __future__ import annotations

import json

import pytest
from pydantic import BaseModel, ValidationError

from app.domain.duration import Duration
from app.domain.models import RetentionRule


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("P30D", 30),
        ("P6M", 365.2425 / 2),
        ("P2Y", 2 * 365.2425),
        ("PT12H", 0.5),
        ("P1W", 7),
        ("P0D", 0),
        ("P1Y6M", 1.5 * 365.2425),
    ],
)
def test_parses_iso_durations(text: str, days: float) -> None:
    duration = Duration(text)
    assert duration.days == pytest.approx(days)
    assert str(duration) == text
    assert not duration.is_indefinite


@pytest.mark.parametrize("text", ["indefinite", "Indefinite", " indefinite "])
def test_indefinite(text: str) -> None:
    duration = Duration(text)
    assert duration.is_indefinite
    assert str(duration) == "indefinite"
    assert duration.days == float("inf")


def test_lowercase_and_spaces_are_normalised() -> None:
    assert str(Duration(" p30d ")) == "P30D"


@pytest.mark.parametrize("text", ["", "30 days", "P", "abc", "30D", "P1Q", "forever", "P1Y-1M"])
def test_junk_is_refused_with_a_clear_message(text: str) -> None:
    with pytest.raises(ValueError, match=r"not an? .*duration.*P30D"):
        Duration(text)


@pytest.mark.parametrize("text", ["-P1D", "-P2Y"])
def test_negative_is_refused(text: str) -> None:
    with pytest.raises(ValueError, match="negative"):
        Duration(text)


@pytest.mark.parametrize("text", ["P1.5Y", "P0,5D", "PT", "P1DT"])
def test_forms_outside_the_schema_pattern_are_refused(text: str) -> None:
    # The JSON Schema only allows whole numbers; the model must not accept more than it.
    with pytest.raises(ValueError, match="P30D"):
        Duration(text)


def test_ordering() -> None:
    assert Duration("P12M") == Duration("P1Y")
    assert hash(Duration("P12M")) == hash(Duration("P1Y"))
    assert Duration("P1Y") < Duration("P2Y")
    assert Duration("P2Y") < Duration("indefinite")
    assert Duration("P30D") < Duration("P6M") < Duration("P1Y")
    assert Duration("P365D") < Duration("P1Y")  # a nominal year is 365.2425 days
    assert Duration("P7D") == Duration("P1W")
    assert Duration("indefinite") == Duration("indefinite")
    assert sorted([Duration("indefinite"), Duration("P2Y"), Duration("P1D")]) == [
        Duration("P1D"), Duration("P2Y"), Duration("indefinite")
    ]
    assert Duration("P1Y") != "P1Y"  # no comparison with plain text


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("P1Y", "1 year"),
        ("P2Y", "2 years"),
        ("P6M", "6 months"),
        ("P1D", "1 day"),
        ("P30D", "30 days"),
        ("P2W", "2 weeks"),
        ("P6M15D", "6 months and 15 days"),
        ("P1Y2M3D", "1 year, 2 months and 3 days"),
        ("PT12H", "12 hours"),
        ("P0D", "0 days"),
        ("indefinite", "indefinitely"),
    ],
)
def test_words(text: str, words: str) -> None:
    assert Duration(text).words() == words


def test_of() -> None:
    assert str(Duration.of(3, "y")) == "P3Y"
    assert Duration.of(6, "M") == Duration("P6M")


class _Holder(BaseModel):
    duration: Duration


@pytest.mark.parametrize("text", ["P30D", "P6M", "P2Y", "PT12H", "indefinite", "P1Y2M3D"])
def test_pydantic_round_trips_the_iso_text(text: str) -> None:
    holder = _Holder(duration=text)
    assert isinstance(holder.duration, Duration)
    assert holder.model_dump(mode="json") == {"duration": text}
    assert json.loads(holder.model_dump_json()) == {"duration": text}
    assert _Holder.model_validate_json(holder.model_dump_json()).duration == Duration(text)
    assert holder.model_dump()["duration"] == text


def test_pydantic_refuses_non_text_and_junk() -> None:
    with pytest.raises(ValidationError, match="text such as P30D"):
        _Holder(duration=30)
    with pytest.raises(ValidationError, match="negative"):
        _Holder(duration="-P3D")


def test_retention_rule_field_and_json_schema() -> None:
    rule = RetentionRule(id="r", categories=["a"], duration="P2Y")
    assert rule.duration == Duration("P24M")
    schema = RetentionRule.model_json_schema()
    # Optional from format 2 (criteria may say how long instead): a string or null.
    [text, null] = schema["properties"]["duration"]["anyOf"]
    assert (text["type"], null["type"]) == ("string", "null")
    assert "indefinite" in text["pattern"]
