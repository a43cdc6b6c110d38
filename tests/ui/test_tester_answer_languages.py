"""The tester's answer, its consent choice and the save-expectation dialog speak German and
French when chosen (the answer's reason and the expected decision were English before)."""

from __future__ import annotations

from pathlib import Path

from app.domain.decisions import DecisionEngine, Request
from app.storage.resources import region_catalogue
from app.ui.app import open_window
from app.ui.views.tester.save_expectation import SaveExpectationDialog
from tests.ui.test_matrix_tester_languages import language as language  # the fixture

GRANTED = {"en": "Granted", "de": "Erteilt", "fr": "Accordé"}
ALLOWED = {"en": "Allowed by rule", "de": "Durch Regel erlaubt", "fr": "Autorisé par une règle"}
DESCRIBED = {"en": "allow: allowed by rule", "de": "erlauben: durch Regel erlaubt",
             "fr": "autoriser : autorisé par une règle"}
NOT_ASKED_TIP = {"en": "Nobody asked", "de": "Niemand", "fr": "Personne"}
SAVED = {"en": "<b>deny (consent_missing) by newsletter_email</b>",
         "de": "<b>verweigern (consent_missing: keine Einwilligung erteilt) durch ",
         "fr": "<b>refuser (consent_missing : aucun consentement accordé) par "}
MATRIX_ANY_GRANTED = {"en": ("Any", "Granted"), "de": ("Beliebig", "Erteilt"),
                      "fr": ("Indifférent", "Accordé")}


def test_the_answer_and_the_consent_choice_speak_the_language(
        language: str, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from tests.ui.conftest import UI_POLICY

    path = tmp_path / "ui.policy.yaml"
    path.write_bytes(UI_POLICY)
    window = open_window(str(path))
    qtbot.addWidget(window)
    tester = window.tester
    consent = tester.consent
    assert consent.itemText(consent.findData("granted")) == GRANTED[language]
    assert consent.itemData(consent.findData("unknown"), 3).startswith(NOT_ASKED_TIP[language])
    tester.set_request(category="contact.email", purpose="marketing.newsletter")
    consent.setCurrentIndex(consent.findData("granted"))
    assert tester.answer.decision is not None and tester.answer.decision.allowed
    assert tester.answer.reason.text() == ALLOWED[language]
    assert tester.answer.banner.accessibleDescription() == DESCRIBED[language]
    filters = window.matrix.view.filters.combos["consent"]
    assert (filters.itemText(filters.findData("any")),
            filters.itemText(filters.findData("granted"))) == MATRIX_ANY_GRANTED[language]

    request = Request("contact.email", "marketing.newsletter")
    decision = DecisionEngine(window.policy, region_catalogue()).decide(request)
    assert decision.reason == "consent_missing"
    dialog = SaveExpectationDialog(request, decision, ())
    qtbot.addWidget(dialog)
    intro = dialog.findChildren(type(tester.saved_label))[0].text()
    assert SAVED[language] in intro, intro
