"""An edit the model refuses says why in plain words, as a load error does."""

from __future__ import annotations

import pytest

from app.domain.edits import EditError, SetField
from app.domain.models import Metadata, Policy, Purpose

JARGON = ("Input should", "String should", "Field required", "type=", "pydantic", "valid string")


def policy() -> Policy:
    return Policy(policy=Metadata(id="p"), purposes=[Purpose(id="newsletter", name="News")])


@pytest.mark.parametrize(("section", "item", "path", "value", "words"), [
    ("purposes", "newsletter", ("legal_basis",), "consnet",
     "'consnet' is not a valid legal basis; expected one of consent, contract, "
     "legal_obligation, vital_interests, public_task, legitimate_interests"),
    ("purposes", "newsletter", ("sale",), "maybe", "expected true or false, found the text "
                                                  "'maybe'"),
    ("policy", None, ("version",), "two", "'two' is not a valid version; expected a version "
                                          "such as 1.0.0"),
    ("purposes", "newsletter", ("name",), ["a"], "expected text, found a list"),
])
def test_a_refused_value_is_said_in_words(section, item, path, value, words):
    with pytest.raises(EditError) as caught:
        SetField(section, item, path, value).apply(policy())
    assert str(caught.value) == words
    assert not any(word in str(caught.value) for word in JARGON)
