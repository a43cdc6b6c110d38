"""The domain's shared words in German and French: labels, durations, retention, decisions.

English is the sources' text and stays as it was; the other languages come from the bundled
catalogues, chosen the way the command line and the window choose them.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.domain.decisions import REASON_TEXT, reason_words
from app.domain.duration import Duration
from app.domain.enums import ConsentMechanism, LegalBasis, Sensitivity, Status, label
from app.domain.models import RetentionRule
from app.domain.retention_words import brief_words, retention_sentence
from app.storage.translations import activate

TEMPLATES_FORMAT1 = Path(__file__).parent / "format1"


@pytest.fixture
def speak() -> Iterator[object]:
    yield activate
    activate("en")


def _rule(**fields: object) -> RetentionRule:
    values: dict[str, object] = {"id": "books", "categories": ["invoice"], "duration": "P8Y",
                                 "trigger": "contract_end",
                                 "period_start": "end_of_calendar_year"}
    return RetentionRule.model_validate({**values, **fields})


def test_enum_labels_in_german_and_french_english_unchanged(speak) -> None:  # type: ignore[no-untyped-def]
    assert [label(LegalBasis.LEGITIMATE_INTERESTS), label(ConsentMechanism.OPT_IN),
            label(Sensitivity.SPECIAL_CATEGORY), label(Status.IN_REVIEW)] == [
        "legitimate interests", "opt-in", "special category (GDPR Art. 9)", "in review"]
    speak("de")
    assert label(LegalBasis.LEGITIMATE_INTERESTS) == "berechtigte Interessen"
    assert label(Sensitivity.SPECIAL_CATEGORY) == "besondere Kategorie (Art. 9 DSGVO)"
    assert label("not_a_value_of_ours") == "not a value of ours"
    speak("fr")
    assert label(LegalBasis.CONSENT) == "consentement"


def test_every_value_has_a_label_that_reads_as_before_in_english() -> None:
    from enum import StrEnum

    from app.domain import enums

    vocabularies = [v for v in vars(enums).values()
                    if isinstance(v, type) and issubclass(v, StrEnum) and v is not StrEnum]
    for vocabulary in vocabularies:
        for value in vocabulary:
            assert value.value in enums._LABELS, value
    assert label("us_ca_cpra") == "California CCPA/CPRA"
    assert label("purchase_history") == "purchase history"


def test_durations_count_in_each_language(speak) -> None:  # type: ignore[no-untyped-def]
    assert Duration("P1Y6M").words() == "1 year and 6 months"
    assert Duration("P2Y1M3D").words() == "2 years, 1 month and 3 days"
    speak("de")
    assert Duration("P1Y6M").words() == "1 Jahr und 6 Monate"
    assert Duration("P2W").words() == "2 Wochen"
    speak("fr")
    assert Duration("P2Y1M3D").words() == "2 ans, 1 mois et 3 jours"
    assert Duration("P0D").words() == "0 jour"  # French: zero takes the singular
    assert Duration("indefinite").words() == "indéfiniment"


def test_a_retention_period_after_the_end_of_the_year(speak) -> None:  # type: ignore[no-untyped-def]
    rule = _rule()
    english = retention_sentence(rule)
    assert english == ("kept 8 years after the end of the calendar year in which the contract "
                       "ended, then deleted")
    speak("de")
    assert retention_sentence(rule) == ("aufbewahrt 8 Jahre nach Ende des Kalenderjahres, in "
                                        "dem der Vertrag endete, danach gelöscht")
    assert brief_words(rule) == "8 Jahre ab Jahresende nach Vertragsende"
    speak("fr")
    assert retention_sentence(_rule(period_start="end_of_financial_year",
                                    financial_year_start="04-01", disposition="anonymise")) == (
        "conservées 8 ans après la fin de l\u2019exercice (commençant le 1 avril) au cours duquel "
        "le contrat a pris fin, puis anonymisées")
    speak("en")
    assert retention_sentence(rule) == english


def test_decision_reasons_in_each_language(speak) -> None:  # type: ignore[no-untyped-def]
    assert [reason_words(r) for r in REASON_TEXT] == list(REASON_TEXT.values())
    speak("de")
    assert reason_words("opted_out") == "die Person hat diesem Zweck widersprochen"
    speak("fr")
    assert reason_words("no_rule") == \
        "aucune règle n\u2019autorise cette utilisation (refus par défaut)"


def test_choice_and_change_words_in_german(speak) -> None:  # type: ignore[no-untyped-def]
    from app.domain.change_words import change_words
    from app.domain.choice_words import CONSENT_STATE_WORDS, MECHANISM_WORDS, words
    from app.domain.edits import SetField
    from app.paths import TEMPLATES
    from app.storage.loader import load_file

    policy = load_file(TEMPLATES / "gdpr-online-shop.policy.yaml").policy
    change = SetField("purposes", "newsletter", ("description",), "News.").apply(policy)
    english = change_words(policy, change)
    assert english.startswith("Change description of purpose '")
    assert words(CONSENT_STATE_WORDS, "granted") == "Granted"
    speak("de")
    assert words(CONSENT_STATE_WORDS, "granted") == "Erteilt"
    assert words(MECHANISM_WORDS, "opt_out") == "außer bei Widerspruch"
    assert words(MECHANISM_WORDS, "something_else") == "something_else"
    assert change_words(policy, change) == english.replace(
        "Change description of purpose ", "Beschreibung von Zweck ") + " ändern"


def test_an_expectation_that_fails_says_so_in_french(speak) -> None:  # type: ignore[no-untyped-def]
    from app.domain.expectations import mismatches
    from app.domain.models import Expectation

    expectation = Expectation.model_validate(
        {"id": "t", "category": "a", "purpose": "b", "expect": "deny", "reason": "no_rule"})
    answer = {"decision": "deny", "reason": "consent_missing", "rules": ["r1"]}
    english = mismatches(expectation, answer)
    speak("fr")
    assert mismatches(expectation, answer) == [
        "raison attendue no_rule (aucune règle n\u2019autorise cette utilisation (refus par "
        "défaut)), obtenu : consent_missing"]
    speak("en")
    assert english == ["expected the reason no_rule (no rule allows this use (default deny)), "
                       "got consent_missing"]


def test_a_merge_conflict_in_german(speak) -> None:  # type: ignore[no-untyped-def]
    from app.domain.merge_conflict import Conflict, describe

    changed = Conflict("purposes", "newsletter", "consent", "opt_in", "opt_out", "none")
    deleted = Conflict("purposes", "newsletter", "", {"id": "newsletter"}, None, {"id": "x"})
    english = [describe(changed), describe(deleted)]
    assert english[1] == "Purpose 'newsletter': deleted in ours but changed in theirs"
    speak("de")
    assert describe(deleted) == ("Zweck 'newsletter': in unserer Version gelöscht, in ihrer "
                                 "aber geändert")
    assert describe(changed).endswith(": Basis opt_in, unsere opt_out, ihre none")
    speak("en")
    assert [describe(changed), describe(deleted)] == english


def test_intrusiveness_factors_read_in_german_and_stay_english_in_data(speak) -> None:  # type: ignore[no-untyped-def]
    from app.domain.intrusiveness import Scorer
    from app.paths import TEMPLATES
    from app.storage.loader import load_file
    from app.storage.resources import default_weights

    policy = load_file(TEMPLATES / "gdpr-online-shop.policy.yaml").policy
    score = Scorer(policy, default_weights()).score("location.precise", "order_fulfilment",
                                                    "customer", None, ("minimise",))
    english = score.explain()
    assert english.startswith("40 (medium): sensitive data +20, precise location data +20")
    speak("de")
    assert score.explain().startswith("40 (mittel): Daten: sensibel +20, Daten: genauer "
                                      "Standort +20")
    assert [f.label for f in score.factors][:2] == ["sensitive data", "precise location data"]


def test_a_purpose_choice_and_a_migration_note_in_french(speak) -> None:  # type: ignore[no-untyped-def]
    from app.domain.purpose_choices import cell_words

    assert cell_words(None) == "No use allowed"
    speak("fr")
    assert cell_words(None) == "Aucune utilisation autorisée"


def test_migrate_notes_in_german(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    from app.cli import main

    source = next((TEMPLATES_FORMAT1).glob("*.policy.yaml"))
    target = tmp_path / source.name
    target.write_bytes(source.read_bytes())
    try:
        assert main(["--language", "de", "migrate", "--check", str(target)]) == 1
    finally:
        activate("en")
    assert f"würde {target} auf Format 2 migrieren" in capsys.readouterr().out


def test_every_field_title_is_in_the_catalogues_and_reads_in_german(speak) -> None:  # type: ignore[no-untyped-def]
    from pydantic import BaseModel

    from app.domain import models
    from app.domain.models import Purpose
    from app.domain.sections import field_title
    from app.storage.catalogue_sources import model_messages

    used = {f.title for model in vars(models).values()
            if isinstance(model, type) and issubclass(model, BaseModel)
            for f in model.model_fields.values() if f.title}
    assert used <= {m.source for m in model_messages()}
    assert field_title(Purpose, "legal_basis") == "Legal basis"
    speak("de")
    assert field_title(Purpose, "legal_basis") == "Rechtsgrundlage"
