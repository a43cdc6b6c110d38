"""Reading a request mapping: the one reading ``decide`` and the tester's CSV share."""

from __future__ import annotations

import pytest

from app.domain.decisions import Request
from app.domain.enums import ConsentState
from app.domain.requests import InvalidRequest, parse_request, request_problems


def test_a_full_request_reads_with_absent_fields_as_none() -> None:
    data = {"category": "contact.email", "purpose": "ads", "region": "eu", "consent": "granted",
            "subject": None}
    assert parse_request(data) == Request("contact.email", "ads", None, None, "EU",
                                          ConsentState.GRANTED)


@pytest.mark.parametrize(("data", "key", "message"), [
    ({"purpose": "p"}, "category", "the request needs 'category'"),
    ({"category": "c", "purpose": "p", "colour": "red"}, "", "unknown key 'colour' (keys: "),
    ({"category": "c", "purpose": "Bad Id"}, "purpose", "purpose 'Bad Id' is not a valid id"),
    ({"category": "c", "purpose": "p", "subject": 5}, "subject", "subject must be text, not int"),
    ({"category": "c", "purpose": "p", "consent": "maybe"}, "consent", "consent must be"),
])
def test_the_first_problem_is_raised_with_its_key(data: dict, key: str, message: str) -> None:
    with pytest.raises(InvalidRequest) as info:
        parse_request(data)
    assert info.value.key == key and info.value.message.startswith(message)


def test_every_problem_is_listed() -> None:
    problems = list(request_problems({"category": "", "purpose": "A", "region": "x y",
                                      "consent": 3}))
    assert [p.key for p in problems] == ["category", "purpose", "region", "consent"]


@pytest.mark.parametrize(("typed", "stored"), [("de", "DE"), ("us-ca", "US-CA"), ("EEA", "eea"),
                                               (" gb ", "GB"), ("eu", "EU")])
def test_a_region_is_read_in_any_case_and_asked_canonically(typed: str, stored: str) -> None:
    assert parse_request({"category": "c", "purpose": "p", "region": typed}).region == stored


@pytest.mark.parametrize("bad", ["x y", "D\u0415", "US_CA-1", "-CA", "a" * 300])
def test_a_region_that_cannot_be_one_is_refused(bad: str) -> None:
    with pytest.raises(InvalidRequest) as info:
        parse_request({"category": "c", "purpose": "p", "region": bad})
    assert info.value.key == "region" and "region" in info.value.message


def test_recipients_are_shown_in_words() -> None:
    from app.domain.region_codes import recipient_shown

    assert recipient_shown("*") == "any recipient"
    assert recipient_shown(None) == "none"
    assert recipient_shown(None, "—") == "—"
    assert recipient_shown("mailer") == "mailer"
