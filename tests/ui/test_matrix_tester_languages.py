"""The use matrix's cell actions and details and the tester's batch panel speak German and
French when chosen; English stays the sources' words (the other tests read them)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt

from app.domain import i18n
from app.domain.flow import NO_SAFEGUARD, THIRD_PARTY, badge_words
from app.storage.translations import LANGUAGE_VARIABLE
from app.ui.language import start_language
from app.ui.views.tester.batch_model import DECISION_COLUMN
from app.ui.views.tester.batch_panel import BatchPanel
from app.ui.views.tester.csvio import CsvRequestError, parse_requests
from tests.ui.test_matrix_glance import shown


@pytest.fixture(params=["en", "de", "fr"])
def language(request, qapp, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """The window's language for the test (ours and Qt's); English again afterwards."""
    monkeypatch.setenv(LANGUAGE_VARIABLE, request.param)
    assert start_language(qapp) == request.param
    yield request.param
    monkeypatch.setenv(LANGUAGE_VARIABLE, "en")
    start_language(qapp)
    assert i18n.language() == "en"


NO_CELL = {"en": "Select a cell first.", "de": "Wählen Sie zuerst eine Zelle aus.",
           "fr": "Sélectionnez d\u2019abord une cellule."}
ALREADY = {"en": "contact.email for support is already allowed by ",
           "de": "contact.email für support ist bereits durch ",
           "fr": "contact.email pour support est déjà autorisé par "}
NO_ALLOW_RULE = {"en": "No allow rule covers this cell;",
                 "de": "Keine Erlaubnisregel deckt diese Zelle ab;",
                 "fr": "Aucune règle d\u2019autorisation ne couvre cette cellule ;"}
EVERY = {"en": " for every subject and recipient asked.",
         "de": ", für jede abgefragte betroffene Person und jeden Empfänger.",
         "fr": ", pour chaque personne concernée et chaque destinataire interrogés."}
WHOM = {"en": "<b>Customers</b>: not shared, or shared with any recipient",
        "de": "<b>Customers</b>: nicht weitergegeben oder an beliebige Empfänger weitergegeben",
        "fr": "<b>Customers</b> : non partagé, ou partagé avec tout destinataire"}
NOT_FOR = {"en": "<b>Not allowed for</b>: Children", "de": "<b>Nicht erlaubt für</b>: Children",
           "fr": "<b>Non autorisé pour</b> : Children"}
REVIEW_AID = {"en": "A review aid, not a verdict.", "de": "Eine Prüfhilfe, kein Urteil.",
              "fr": "Une aide à l\u2019examen, pas un verdict."}


def test_the_matrix_cell_actions_and_details_speak_the_language(language: str, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = shown(qtbot)
    actions = view.cell_actions
    assert actions.allow(QModelIndex()) == NO_CELL[language]
    allowed = view.model.index_of("contact.email", "support")
    assert actions.allow(allowed).startswith(ALREADY[language])
    assert actions.drop(view.model.index_of("contact", "marketing"),
                        [("categories", "location.precise")]).startswith(NO_ALLOW_RULE[language])
    view.table.setCurrentIndex(allowed)
    reason = view.details.reason.text()
    assert reason.endswith(EVERY[language]) and reason[0].isupper(), reason
    assert REVIEW_AID[language] in view.details.intrusiveness.text()
    view.table.setCurrentIndex(view.model.index_of("location.precise", "support"))
    whom = view.details.who.text()
    assert WHOM[language] in whom and NOT_FOR[language] in whom, whom
    view.resize(800, 600)
    qtbot.waitUntil(lambda: view.details.width() <= view.details_area.viewport().width())
    # the action buttons wrap instead of widening the panel past what is shown (German)
    buttons = view.details.buttons
    assert all(b.geometry().right() <= view.details_area.viewport().width() for b in buttons)
    assert view.bridge.undo_stack.count() == 0


GOOD = ("category,purpose,subject,recipient,region,consent\n"
        "contact.email,marketing.newsletter,,,,granted\n"
        "contact.email,marketing.newsletter,customer,,,unknown\n")
BAD = "category,purpose,colour\n"
BUTTONS = {"en": ("&Load requests…", "Sa&ve answers…", "No requests loaded."),
           "de": ("Anfragen &laden…", "Antworten &speichern…", "Keine Anfragen geladen."),
           "fr": ("&Charger des demandes…", "&Enregistrer les réponses…",
                  "Aucune demande chargée.")}
LOADED = {"en": "r.csv: 2 requests, ", "de": "r.csv: 2 Anfragen, ", "fr": "r.csv : 2 demandes ; "}
HEADERS = {"en": ["Category", "Decision"], "de": ["Kategorie", "Entscheidung"],
           "fr": ["Catégorie", "Décision"]}
ANSWERS = {"en": {"ALLOW", "DENY"}, "de": {"ERLAUBT", "VERBOTEN"}, "fr": {"AUTORISÉ", "REFUSÉ"}}
REFUSED = {"en": "bad.csv not loaded: 1 problem.", "de": "bad.csv nicht geladen: 1 Problem.",
           "fr": "bad.csv non chargé : 1 problème."}
UNKNOWN_COLUMN = {"en": "row 1, column 3: unknown column 'colour'",
                  "de": "Zeile 1, Spalte 3: unbekannte Spalte „colour“",
                  "fr": "ligne 1, colonne 3 : colonne inconnue « colour »"}


def test_the_batch_panel_speaks_the_language(language: str, qtbot, ui_policy,  # type: ignore[no-untyped-def]
                                              tmp_path: Path) -> None:
    panel = BatchPanel(lambda: ui_policy)
    qtbot.addWidget(panel)
    assert (panel.load_button.text(), panel.save_button.text(),
            panel.status.text()) == BUTTONS[language]
    assert "category, purpose, subject, recipient, region, consent" in \
        panel.load_button.toolTip()
    good = tmp_path / "r.csv"
    good.write_text(GOOD, encoding="utf-8")
    assert panel.load_path(str(good))
    assert panel.status.text().startswith(LOADED[language]), panel.status.text()
    model = panel.model
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in (0, DECISION_COLUMN)] == \
        HEADERS[language]
    assert {model.index(r, DECISION_COLUMN).data() for r in range(2)} <= ANSWERS[language]
    bad = tmp_path / "bad.csv"
    bad.write_text(BAD, encoding="utf-8")
    assert not panel.load_path(str(bad))
    assert panel.status.text() == REFUSED[language]
    assert panel.last_error is not None
    assert panel.last_error.problems[0].startswith(UNKNOWN_COLUMN[language])
    with pytest.raises(CsvRequestError):
        parse_requests(BAD)


BADGES = {"en": ("third party", "no safeguard"), "de": ("Dritter", "keine Garantie"),
          "fr": ("tiers", "sans garantie")}


def test_flow_badges_are_keys_shown_in_the_language(language: str) -> None:
    assert (THIRD_PARTY, NO_SAFEGUARD) == ("third party", "no safeguard")
    assert (badge_words(THIRD_PARTY), badge_words(NO_SAFEGUARD)) == BADGES[language]
    assert badge_words("US") == "US"
