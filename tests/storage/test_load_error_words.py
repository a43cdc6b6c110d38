"""A file that does not fit the model is refused in plain words: where (by item id and field
title), what was found and what was expected, at the file's line and column."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.paths import EXAMPLES
from app.storage.errors import PolicyFileError
from app.storage.loader import CHUNK, load_file

EXAMPLE = (EXAMPLES / "northwind-outfitters.policy.yaml").read_text(encoding="utf-8")
JARGON = ("Input should", "type=", "pydantic", "errors.pydantic.dev", "String should",
          "Extra inputs", "Field required", "[0]", "dictionary", "instance of")


def refusal(tmp_path: Path, text: str) -> PolicyFileError:
    path = tmp_path / "shop.policy.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(PolicyFileError) as caught:
        load_file(path)
    for line in caught.value.lines():
        assert not any(word in line for word in JARGON), line
    return caught.value


def where(text: str, needle: str) -> tuple[int, int]:
    """1-based (line, column) of ``needle``'s first occurrence in ``text``."""
    before = text[:text.index(needle)]
    return before.count("\n") + 1, len(before) - before.rfind("\n")


def test_a_misspelt_legal_basis_names_the_purpose_the_field_and_the_choices(tmp_path):
    text = EXAMPLE.replace("    legal_basis: contract\n", "    legal_basis: consnet\n", 1)
    error = refusal(tmp_path, text)
    line, column = where(text, "consnet")
    assert error.lines() == [
        f"{tmp_path / 'shop.policy.yaml'}:{line}:{column}: error: in purpose "
        "'account_management', field legal basis: 'consnet' is not a valid legal basis; "
        "expected one of consent, contract, legal_obligation, vital_interests, public_task, "
        "legitimate_interests"]


def test_metadata_nested_records_and_unknown_fields_are_named_in_words(tmp_path):
    text = EXAMPLE.replace("  status: draft\n", "  status: drafty\n  colour: red\n", 1).replace(
        "      status: not_needed\n", "      status: not_needed\n      signed: yes\n", 1)
    messages = [p.message for p in refusal(tmp_path, text).problems]
    assert "in the policy details, field status: 'drafty' is not a valid status; expected one " \
           "of draft, in_review, approved, retired" in messages
    assert "in the policy details: unknown field 'colour'" in messages
    assert "in purpose 'account_management', impact assessment: unknown field 'signed'" \
        in messages


def test_wrong_kinds_say_what_was_expected_and_what_was_found(tmp_path):
    text = EXAMPLE.replace("    name: Running customer accounts\n", "    name: [a, b]\n", 1)
    text = text.replace("  effective_date: 2026-03-01\n", "  effective_date: soon\n", 1)
    messages = [p.message for p in refusal(tmp_path, text).problems]
    assert "in purpose 'account_management', field name: expected text, found a list" in messages
    assert "in the policy details, field effective date: expected a date written YYYY-MM-DD, " \
           "found the text 'soon'" in messages


def test_a_missing_field_and_a_bad_id_read_as_sentences(tmp_path):
    text = EXAMPLE.replace("  - id: account_management\n", "  - id: Account Management\n", 1)
    text = text.replace("  version: 2.3.0\n", "  version: two\n", 1)
    messages = [p.message for p in refusal(tmp_path, text).problems]
    assert "in purpose 'Account Management', field id: 'Account Management' is not a valid id; " \
           "an id uses lowercase letters, digits and _, with dots between levels" in messages
    assert "in the policy details, field version: 'two' is not a valid version; expected a " \
           "version such as 1.0.0" in messages
    text = "format_version: 2\npolicy:\n  title: Shop\n  version: 1.0.0\n"
    assert [p.message for p in refusal(tmp_path, text).problems] == [
        "the policy details needs the field id"]


def test_a_long_section_is_worded_the_same(tmp_path):
    items = "".join(f"  - id: c{n}\n    name: C{n}\n" for n in range(CHUNK + 5))
    items = items.replace(f"  - id: c{CHUNK + 2}\n    name: C{CHUNK + 2}\n",
                          f"  - id: c{CHUNK + 2}\n    name: C\n    sensitivity: hush\n")
    text = "format_version: 2\npolicy:\n  id: p\n  title: P\n  version: 1.0.0\n" \
           f"categories:\n{items}"
    error = refusal(tmp_path, text)
    assert error.message.startswith(f"in data category 'c{CHUNK + 2}', field ")
    assert "'hush' is not a valid" in error.message
    assert (error.line, error.column) == where(text, "hush")


@pytest.mark.parametrize(("text", "line", "column"), [
    ("format_version: 2\npolicy:\n  id: x\n\ttitle: y\n", 4, 1),
    ("format_version: 2\npolicy:\n\tid: x\n", 3, 1),
    ("format_version: 2\npolicy:\n  id: x\n  \ttitle: y\n", 4, 3),
])
def test_a_tab_in_the_indentation_is_named_plainly(tmp_path, text, line, column):
    error = refusal(tmp_path, text)
    assert (error.line, error.column) == (line, column)
    assert error.message == (f"line {line} is indented with a tab; YAML indents with spaces "
                             "only, so use spaces")


@pytest.mark.parametrize(("text", "line", "column", "words"), [
    ("format_version: 2\npolicy:\n  id: a\n   title: b\n", 4, 9,
     "a ':' cannot start a value here; check the indentation of this line, or put the value "
     "in quotes"),
    ("format_version: 2\npolicy:\n  id: a\n title: b\n", 4, 2,
     "this line does not line up with the keys above it; check its indentation"),
    ("format_version: 2\npolicy:\n  id: [a\n  title: x\n", 4, 8,
     "a list opened with '[' is not closed with ']'"),
    ("format_version: 2\npolicy: {id: a\n", 3, 1,
     "a mapping opened with '{' is not closed with '}'"),
    ("format_version: 2\npolicy:\n  id: a\n  title: \"open\n", 5, 1,
     "a quoted text is not closed: the file ends before its closing quote"),
    ("format_version: 2\npolicy:\n  id: a\n  title\n  version: 1.0.0\n", 5, 3,
     "a key has no ':' after it; write key: value"),
    ("format_version: 2\ncategories:\n  - id: a\n   - id: b\n", 4, 4,
     "this line does not line up with the list items above it; check its indentation"),
    ("format_version: 2\npolicy:\n  id: @x\n", 3, 7,
     "'@' cannot start a value; put the value in quotes"),
])
def test_yaml_syntax_errors_are_said_plainly(tmp_path, text, line, column, words):
    error = refusal(tmp_path, text)
    assert (error.line, error.column) == (line, column)
    assert error.message == f"YAML syntax: {words}"


def test_a_choice_is_named_by_what_it_is_even_in_a_list(tmp_path):
    text = EXAMPLE.replace("    obligations: [", "    obligations: [tattoo, ", 1)
    [message] = [p.message for p in refusal(tmp_path, text).problems]
    assert message.startswith("in use rule '"), message
    assert ", field obligations entry 1: 'tattoo' is not a valid obligation; expected one of " \
           "pseudonymise, " in message
