"""Storage, git, merge, workflow, impact and command-line messages speak German and French.

Each test runs the real code in English and in German or French (catalogues read from the
shipped files): the translation appears, English stays as it was, and what programs read
(git's config lines, the yaml-language-server line, the patterns that read English input) is
the same in every language.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from app.cli import main
from app.commands.git_setup import ATTRIBUTES
from app.domain import i18n
from app.domain.decisions import Decision, Request
from app.domain.edits import EditError
from app.domain.enums import Status
from app.domain.format_versions import format_2_uses
from app.domain.impact import Impact, UseChange, summary
from app.domain.merge_conflict import Conflict
from app.domain.merge_resolve import resolution_edit
from app.domain.models import Policy
from app.domain.workflow import back_to_draft, step_text
from app.storage.git_history import GitError, locate
from app.storage.roundtrip import new_yaml_text
from app.storage.translations import activate, catalogue
from tests.validation.policy_builder import base, findings, make_policy


@pytest.fixture
def speaking() -> Iterator[Callable[[str], None]]:
    """``speaking(code)`` makes the program speak ``code`` until the test ends."""
    before = i18n.current()
    yield lambda code: i18n.use(catalogue(code))
    i18n.use(before)


@pytest.mark.parametrize(("language", "words"), [
    ("en", "YAML syntax: a list opened with '[' is not closed with ']'"),
    ("de", "YAML-Syntax: eine mit '[' geöffnete Liste wird nicht mit ']' geschlossen"),
    ("fr", "une liste ouverte par '[' n\u2019est pas fermée par ']'"),
])
def test_a_malformed_file_is_told_with_file_line_and_column_in_the_chosen_language(
        tmp_path: Path, language: str, words: str,
        capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "p.policy.yaml"
    path.write_text("format_version: 2\npolicy:\n  id: [a\n  title: x\n", encoding="utf-8")
    try:
        assert main(["--language", language, "validate", str(path)]) == 2
    finally:
        activate("en")
    err = capsys.readouterr().err
    assert err.startswith(f"{path}:4:8: error: ") and words in err, err


@pytest.mark.parametrize(("language", "words"), [
    ("en", "{file} is not in a git repository, so it has no history"),
    ("de", "{file} liegt in keinem git-Repository und hat daher keinen Verlauf"),
    ("fr", "{file} n\u2019est pas dans un dépôt git : il n\u2019a donc pas d\u2019historique"),
])
def test_a_git_history_message_is_in_the_chosen_language(
        tmp_path: Path, language: str, words: str, speaking: Callable[[str], None]) -> None:
    file = tmp_path / "outside.policy.yaml"
    file.write_text("format_version: 2\n", encoding="utf-8")
    speaking(language)
    with pytest.raises(GitError) as caught:
        locate(file)
    assert str(caught.value) == words.format(file=file)
    missing = tmp_path / "missing" / "x.policy.yaml"
    with pytest.raises(GitError) as caught:
        locate(missing)
    assert str(caught.value) == {"en": f"{missing}: the folder does not exist",
                                 "de": f"{missing}: der Ordner existiert nicht",
                                 "fr": f"{missing} : le dossier n\u2019existe pas"}[language]


def test_a_placeholder_finding_is_in_french_and_still_found_by_its_english_words(
        speaking: Callable[[str], None]) -> None:
    policy = make_policy(policy={"organisation": "Your organisation name"}, **base())
    english = findings(policy, "GOV010")
    assert len(english) == 1
    assert "still holds placeholder text 'Your organisation name'" in english[0].message
    speaking("fr")
    french = findings(policy, "GOV010")
    assert [f.path for f in french] == [f.path for f in english]
    assert "contient encore le texte d'exemple 'Your organisation name'" in french[0].message


def _impact(category: str, count: int) -> Impact:
    deny, allow = Decision("deny", "no_rule"), Decision("allow", "allowed", ("r",))
    return Impact((UseChange("newly_allowed", Request(category, "x"), deny, allow, count),),
                  5000)


@pytest.mark.parametrize(("language", "one", "several", "unchanged"), [
    ("en", "newly allows 1 use (among them a for x)",
     "newly allows 1,234 uses (among them b for x)", "leaves every decision as it was"),
    ("de", "erlaubt neu 1 Nutzung (darunter a für x)",
     "erlaubt neu 1.234 Nutzungen (darunter b für x)", "lässt jede Entscheidung, wie sie war"),
    ("fr", "autorise désormais 1 utilisation (dont a pour x)",
     "autorise désormais 1\u202f234 utilisations (dont b pour x)",
     "laisse chaque décision inchangée"),
])
def test_the_impact_summary_says_one_use_and_several_in_the_chosen_language(
        language: str, one: str, several: str, unchanged: str,
        speaking: Callable[[str], None]) -> None:
    speaking(language)
    assert summary(_impact("a", 1)) == one
    assert summary(_impact("b", 1234)) == several
    assert summary(Impact((), 10)) == unchanged


def test_workflow_steps_and_merge_errors_speak_german(speaking: Callable[[str], None]) -> None:
    assert step_text(Status.APPROVED) == "Approve policy"
    assert back_to_draft("Rename 'a'") == "Rename 'a' (back to draft)"
    policy = Policy.model_validate({"format_version": 2, "policy": {"id": "p"}})
    conflict = Conflict("nonsense", None, "name", None, None, None)
    with pytest.raises(EditError, match="there is no section called 'nonsense'"):
        resolution_edit(policy, conflict, "x", "s")
    speaking("de")
    assert step_text(Status.APPROVED) == "Richtlinie freigeben"
    assert step_text(Status.IN_REVIEW) == "Zur Prüfung einreichen"
    assert back_to_draft("X") == "X (zurück zum Entwurf)"
    with pytest.raises(EditError, match="es gibt keinen Abschnitt 'nonsense'"):
        resolution_edit(policy, conflict, "x", "s")


def test_format_2_uses_are_named_in_french(speaking: Callable[[str], None]) -> None:
    policy = Policy.model_validate({"format_version": 2, "policy": {"id": "p"},
                                    "rules": [{"id": "r", "effect": "allow",
                                               "categories": ["a"], "purposes": ["x"],
                                               "recipients": ["*"], "regions": ["US-CA"]}]})
    assert [what for _, what in format_2_uses(policy)] == [
        "'*' (any recipient)", "the subdivision code 'US-CA'"]
    speaking("fr")
    assert [what for _, what in format_2_uses(policy)] == [
        "'*' (tout destinataire)", "le code de subdivision 'US-CA'"]


def test_what_programs_read_is_the_same_in_every_language(
        speaking: Callable[[str], None]) -> None:
    policy = Policy.model_validate({"format_version": 2, "policy": {"id": "p"}})
    english = new_yaml_text(policy)
    assert english.startswith("# yaml-language-server: $schema=")
    assert ATTRIBUTES == ("*.policy.yaml merge=policy-studio diff=policy-studio",
                          "*.policy.yml merge=policy-studio diff=policy-studio")
    speaking("de")
    assert new_yaml_text(policy) == english


@pytest.mark.parametrize(("system", "words"), [
    ("en", "policy-studio: error: --language 'xx': choose one of en (English), "),
    ("de", "policy-studio: error: --language 'xx': wählen Sie eine der Sprachen en ("),
])
def test_an_unknown_language_is_refused_in_the_systems_language(
        system: str, words: str, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("POLICY_STUDIO_LANGUAGE", system)
    try:
        assert main(["--language", "xx", "validate", "nothing.policy.yaml"]) == 2
    finally:
        activate("en")
    assert capsys.readouterr().err.startswith(words)
