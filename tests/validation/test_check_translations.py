"""The checks speak German and French: the same findings, in the chosen language.

Validating a shipped policy in German or French gives the findings English gives (same codes,
paths and count) with messages taken from that language's catalogue; every check's title, why
and fix is translated where shown; the command line prints the chosen language; English stays
as it was.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.domain import i18n
from app.paths import ROOT
from app.storage.loader import load_file
from app.storage.translations import catalogue, catalogue_file, read_catalogue
from app.validation.catalogue import all_checks
from app.validation.finding import Finding, Severity, sentence, severity_count
from app.validation.reporters import summary_line
from app.validation.runner import validate_loaded

EXAMPLE = ROOT / "resources" / "examples" / "northwind-outfitters.policy.yaml"
TEMPLATES = sorted((ROOT / "resources" / "templates").glob("*.policy.yaml"))
TODAY = dt.date(2026, 12, 1)
LANGUAGES = ["de", "fr"]


@pytest.fixture
def speaking() -> Iterator:
    """``speaking(code)`` makes the checks speak ``code`` until the test ends."""
    before = i18n.current()
    yield lambda code: i18n.use(catalogue(code))
    i18n.use(before)


def _findings(path: Path) -> list[Finding]:
    return validate_loaded(load_file(path), today=TODAY)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("path", [EXAMPLE, *TEMPLATES], ids=lambda p: p.name)
def test_a_policy_validated_in_another_language_gives_the_same_findings_in_its_words(
        speaking, language: str, path: Path) -> None:  # type: ignore[no-untyped-def]
    english = _findings(path)
    speaking(language)
    translated = _findings(path)
    assert english, "the policy should have findings to translate"
    assert [(f.code, f.path, f.severity, f.line) for f in translated] == \
        [(f.code, f.path, f.severity, f.line) for f in english]
    same = [(f.code, f.message) for f, e in zip(translated, english, strict=True)
            if f.message == e.message or (e.hint and f.hint == e.hint)]
    assert not same, f"left in English: {same[:5]}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_finding_is_the_catalogue_sentence_with_its_values(speaking,  # type: ignore[no-untyped-def]
                                                             language: str) -> None:
    speaking(language)
    found = next(f for f in _findings(EXAMPLE) if f.code == "RUL003")
    words = read_catalogue(catalogue_file(language), language)
    source = ("deny rule {rule} overlaps no allow rule, so it changes no decision (everything it "
              "denies is denied by default)")
    text = words.find(("checks/rules", source, ""), -1)
    assert text is not None
    assert found.message == sentence(text.format(rule="no_sensitive_data_for_marketing"))
    assert found.message != sentence(source.format(rule="no_sensitive_data_for_marketing"))


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_check_is_titled_and_explained_in_the_language(speaking,  # type: ignore[no-untyped-def]
                                                             language: str) -> None:
    english = {c.code: (c.title, c.why, c.fix, c.family) for c in all_checks()}
    speaking(language)
    untranslated = [(c.code, part) for c in all_checks()
                    for part, words, before in zip(("title", "why", "fix", "family"),
                                                   (c.title, c.why, c.fix, c.family),
                                                   english[c.code], strict=True)
                    if words == before and not (part == "family" and c.family == "Governance")]
    assert not untranslated, untranslated[:10]


def test_counts_and_the_summary_line_follow_each_languages_plurals(speaking) -> None:  # type: ignore[no-untyped-def]
    errors = [Finding("STR001", Severity.ERROR, "x")]
    assert summary_line(errors, 2) == "1 error, 0 warnings, 0 notes in 2 files"
    speaking("de")
    assert summary_line(errors, 1) == "1 Fehler, 0 Warnungen, 0 Hinweise in 1 Datei"
    speaking("fr")
    assert severity_count(Severity.ERROR, 0) == "0 erreur"  # French: 0 takes the singular
    assert severity_count(Severity.WARNING, 2) == "2 avertissements"


def test_a_sentence_capitalises_a_french_elision_but_keeps_an_id() -> None:
    assert sentence("l'attente 'x' n'a pas de finalité") == "L'attente 'x' n'a pas de finalité."
    assert sentence("contact.email is unknown") == "contact.email is unknown."
    assert sentence("Die Regel r erlaubt nichts") == "Die Regel r erlaubt nichts."


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("POLICY_STUDIO_LANGUAGE", None)
    return subprocess.run([sys.executable, "-m", "app", *args], capture_output=True,
                          text=True, env=env, cwd=ROOT, check=False, timeout=120)


def test_the_command_line_validates_in_german_and_french_and_english_is_unchanged() -> None:
    german = _cli("--language", "de", "validate", str(EXAMPLE))
    french = _cli("--language", "fr", "validate", str(EXAMPLE))
    english = _cli("--language", "en", "validate", str(EXAMPLE))
    rule = "no_sensitive_data_for_marketing"
    assert f"RUL003 Die Verbotsregel {rule} überschneidet sich mit keiner Erlaubnisregel" \
        in german.stdout
    assert f"RUL003 La règle d'interdiction {rule} ne recoupe aucune règle" in french.stdout
    assert f"RUL003 Deny rule {rule} overlaps no allow rule, so it changes no decision " \
           "(everything it denies is denied by default)." in english.stdout
    assert "Warnungen" in german.stderr and "avertissements" in french.stderr
    assert [line.split(" ")[:3] for line in german.stdout.splitlines()] == \
        [line.split(" ")[:3] for line in english.stdout.splitlines()]
