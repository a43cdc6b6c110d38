"""The last English words of German and French runs: counts, expectation answers, load errors,
impact headlines and French punctuation follow the language; English stays as it was."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from app.domain.decisions import NO_RULE, REASON_TEXT
from app.domain.expectations import DENIALS, answer_text, mismatches
from app.domain.models import Expectation
from app.domain.typography import labelled, number, semicolons
from app.exporters.documents_html import environment
from app.exporters.impact_report import share_words
from app.exporters.redline_html import redline_with_impact
from app.storage.errors import PolicyFileError
from app.storage.loader import load_file
from app.storage.translations import catalogue_file, read_catalogue
from app.validation.catalogue import CheckRegistrationError, check
from app.validation.finding import Severity
from tests.test_more_words_translated import EXAMPLE
from tests.test_more_words_translated import speaking as speaking  # the fixture

Speaking = Callable[[str], None]


@pytest.mark.parametrize(("code", "whole", "decimal"), [
    ("en", "1,234,567", "1,234.5"), ("de", "1.234.567", "1.234,5"),
    ("fr", "1\u202f234\u202f567", "1\u202f234,5")])
def test_numbers_group_their_digits_as_the_language_does(
        speaking: Speaking, code: str, whole: str, decimal: str) -> None:
    speaking(code)
    assert (number(1234567), number(1234.5), number(999)) == (whole, decimal, "999")


def test_counts_in_impact_words_and_documents_use_the_grouping(speaking: Speaking) -> None:
    english = share_words(1234, 5678)
    assert english == "1,234 of the 5,678 uses compared get a different decision"
    template = environment().from_string("{{ number(12345) }}")
    assert template.render() == "12,345"
    speaking("de")
    assert "1.234" in share_words(1234, 5678) and "5.678" in share_words(1234, 5678)
    assert "," not in share_words(1234, 5678)
    assert template.render() == "12.345"
    speaking("fr")
    assert "1\u202f234" in share_words(1234, 5678) and template.render() == "12\u202f345"


def test_the_impact_headline_counts_each_kind_in_whole_words(speaking: Speaking) -> None:
    from app.ui.history.work import headline  # Qt-free: the window's worker runs it

    policy = load_file(EXAMPLE).policy
    changed = policy.model_copy(deep=True)
    changed.purposes = changed.purposes[:-1]
    impact = redline_with_impact(policy, changed, "old", "new")[1]
    assert not impact.unchanged
    # the engine's real groups, with counts made large enough to need digit grouping
    big = dataclasses.replace(impact, uses=impact.uses * 1000, changes=tuple(
        dataclasses.replace(c, count=c.count * 1000) for c in impact.changes))
    count = number(big.count("newly_denied"))
    assert f"({count} newly denied)" in headline(big)
    speaking("de")
    german = headline(big)
    assert f"{count.replace(',', '.')} neu abgelehnt" in german and "denied" not in german
    speaking("fr")
    french = headline(big)
    assert f"{count.replace(',', chr(0x202F))} nouvellement refusées" in french


def expectation(**fields: object) -> Expectation:
    return Expectation(id="q", category="contact.email", purpose="marketing", **fields)


def test_an_expectation_answer_says_decision_and_reason_in_the_language(
        speaking: Speaking) -> None:
    answer = {"decision": "deny", "reason": NO_RULE, "rules": []}
    wrong = expectation(expect="allow")
    assert answer_text(answer) == "deny (no_rule)"
    assert mismatches(wrong, answer) == ["expected allow, got deny (no_rule)"]
    assert answer_text({"decision": "allow", "rules": ["a"]}) == "allow by a"
    for code, said, expected in (
            ("de", "verweigern (no_rule: keine Regel erlaubt diese Nutzung)", "erlauben"),
            ("fr", "refuser (no_rule : aucune règle n\u2019autorise cette utilisation)",
             "autoriser")):
        speaking(code)
        assert answer_text(answer) == said  # the code stays, the words are the language's
        problem = mismatches(wrong, answer)[0]
        assert expected in problem and said in problem and "allow" not in problem
    assert set(DENIALS) == set(REASON_TEXT) - {"allowed"}, "every deny reason has its words"


def test_load_errors_pydantic_would_word_in_english_are_translated(
        speaking: Speaking, tmp_path: Path) -> None:
    path = tmp_path / "nan.policy.yaml"
    path.write_text("format_version: 2\npolicy:\n  id: p\n  version: 1.0.0\nsubjects:\n"
                    "  - id: kids\n    name: Kids\n    age_min: .nan\n", encoding="utf-8")

    def message() -> str:
        with pytest.raises(PolicyFileError) as caught:
            load_file(path)
        return str(caught.value)

    assert message() == (f"{path}:8:14: error: in data subject 'kids', field youngest age: "
                         "expected a finite number")
    speaking("de")
    german = message()
    assert german.startswith(f"{path}:8:14: error: ") and "endliche Zahl" in german
    assert "expected" not in german
    speaking("fr")
    assert message().endswith("attendu : un nombre fini")


def test_any_other_refusal_of_the_library_is_said_in_words(speaking: Speaking) -> None:
    from app.domain.error_words import reason_words

    error = {"type": "url_parsing", "msg": "Input should be a valid URL", "input": "x"}
    assert reason_words("url_parsing", error, "home page") == "'x' is not a valid home page"
    speaking("de")
    assert reason_words("url_parsing", error, "Startseite") == \
        "'x' ist kein gültiger Wert für „Startseite“"


def test_a_check_registered_wrongly_fails_at_once_for_its_developer() -> None:
    def nothing(_context: object) -> list[object]:
        return []

    with pytest.raises(CheckRegistrationError, match="family prefix"):
        check("XYZ001", Severity.INFO, "t", why="w", fix="f")
    with pytest.raises(CheckRegistrationError, match="registered twice"):
        check("STR001", Severity.INFO, "t", why="w", fix="f")(nothing)


def test_joined_parts_take_the_french_space_before_colons_and_semicolons(
        speaking: Speaking) -> None:
    assert (semicolons(["a", "b"]), labelled("x", "y")) == ("a; b", "x: y")
    speaking("de")
    assert (semicolons(["a", "b"]), labelled("x", "y")) == ("a; b", "x: y")
    speaking("fr")
    assert (semicolons(["a", "b"]), labelled("x", "y")) == ("a ; b", "x : y")


_NOT_PROSE = re.compile(
    r"https?://\S+"  # addresses
    r"|\{[^{}]*\}"  # placeholders, with format specs ({a}:{b}, {n:>3})
    r"|<[^<>]*>|&#?\w+;"  # markup and entities
    r"|'[^'\s]*'|'[^']*:[^']*'"  # quoted code: 'sha256:<hex>', 'format_version: 2'
    r"|\d:\d|[\w.-]+:[\w.<>-]+"  # times and prefixed names (pd:EmailAddress, sha256:...)
    r"|;;"  # file dialog filters
    r"|clé: valeur")  # the form of a YAML line, as typed
"""What may have ``:;!?`` without a space before it in French: code, not punctuation."""


def test_every_french_translation_keeps_the_space_before_two_part_punctuation() -> None:
    french = read_catalogue(catalogue_file("fr"), "fr")
    texts = [*french.texts.values(), *(form for forms in french.plurals.values()
                                       for form in forms)]
    assert len(texts) > 3000
    tight = [text for text in texts
             if re.search(r"[^\s\u00a0\u202f][:;!?]", _NOT_PROSE.sub(" ", text))]
    assert not tight, f"French puts a space before : ; ! ? — {tight[:5]}"
    assert re.search(r"[^\s\u00a0\u202f][:;!?]", _NOT_PROSE.sub(" ", "Attention: x")), \
        "the test can see a missing space"



def test_the_retention_import_preview_says_none_yes_and_no_in_the_language(
        speaking: Speaking) -> None:
    from app.importers.retention_schedule import FieldChange

    changes = (FieldChange("keep", "legal_hold", False, True),
               FieldChange("keep", "purposes", ["a", "b"], []),
               FieldChange("keep", "basis", None, ""))
    english = [change.preview() for change in changes]
    assert english == ["keep: legal hold no → yes", "keep: purposes a; b → (none)",
                       "keep: basis (none) → (empty)"]
    speaking("de")
    assert [change.preview() for change in changes] == [
        "keep: legal hold nein → ja", "keep: purposes a; b → (keine)",
        "keep: basis (keine) → (leer)"]
    speaking("fr")
    assert [change.preview() for change in changes][1] == "keep: purposes a ; b → (aucune)"


def test_french_documents_put_a_space_before_semicolons_joined_in_code(
        speaking: Speaking) -> None:
    from app.exporters.art30 import build_record
    from app.exporters.art30_html import render_html

    policy = load_file(EXAMPLE).policy
    english = render_html(build_record(policy))
    assert "<td>EU GDPR; UK GDPR</td>" in english  # the laws, joined in code
    assert "(GDPR Art. 46(2)(c)); the EU GDPR adequacy decision" in english  # safeguards
    speaking("de")
    assert "<td>EU-DSGVO; UK GDPR</td>" in render_html(build_record(policy))
    speaking("fr")
    french = render_html(build_record(policy))
    assert "<td>RGPD (UE) ; RGPD britannique (UK GDPR)</td>" in french
    assert "(art. 46(2)(c) RGPD) ; la décision" in french  # the safeguards too
