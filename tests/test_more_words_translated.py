"""Exporters', importers' and commands' remaining words speak German and French.

Each test runs the real code in English, then German and French (catalogues read from the
shipped files), and shows the translation appears while English stays as it was; what is read
by other programs (Google's form labels, ids, columns) stays as it is in every language.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from app.cli import main
from app.domain import i18n
from app.domain.document import PolicyDocument
from app.domain.edits import EditError, MoveItem, SetField
from app.domain.intrusiveness import review
from app.domain.remedies import remedies
from app.domain.store_labels import store_labels
from app.domain.timeline import build_rows
from app.exporters.dpia import build_draft
from app.exporters.registry import get, run_export
from app.importers.fides import plan_fides_import
from app.importers.retention_schedule import plan_retention_import
from app.paths import EXAMPLES
from app.storage.errors import PolicyFileError
from app.storage.loader import load_file
from app.storage.resources import default_weights, region_catalogue
from app.storage.translations import catalogue
from tests.domain.test_timeline_rows import diagram_policy
from tests.exporters.test_retention_csv import policy, schedule_text

EXAMPLE = EXAMPLES / "northwind-outfitters.policy.yaml"


@pytest.fixture
def speaking() -> Iterator[Callable[[str], None]]:
    """``speaking(code)`` makes the program speak ``code`` until the test ends."""
    before = i18n.current()
    yield lambda code: i18n.use(catalogue(code))
    i18n.use(before)


def test_the_play_form_keeps_googles_words_and_its_notes_are_translated(
        speaking: Callable[[str], None]) -> None:
    policy = load_file(EXAMPLE).policy
    english = run_export(get("play-data-safety"), policy)
    assert "encryption in transit, account creation and deletion, and the badges are left " \
        "blank: answer them in Play Console" in english.summary
    for code, words in (("de", "Beantworten Sie diese in der Play Console"),
                        ("fr", "répondez-y dans la Play Console")):
        speaking(code)
        translated = run_export(get("play-data-safety"), policy)
        assert translated.data == english.data, "the CSV is Google's vocabulary in any language"
        assert any(words in note for note in translated.summary)


def test_the_retention_import_speaks_the_chosen_language(
        speaking: Callable[[str], None], tmp_path: Path) -> None:
    schedule = tmp_path / "schedule.csv"
    schedule.write_text(schedule_text(), encoding="utf-8")
    bad = tmp_path / "bad.csv"
    bad.write_text("Id,Duration (ISO 8601)\r\nx,P1Y\r\n", encoding="utf-8")
    expected = {"en": ("0 fields to change, 0 unknown rule ids",
                       "the header has no 'Rule id' column"),
                "de": ("0 Felder zu ändern, 0 unbekannte Regel-IDs",
                       "die Kopfzeile hat keine Spalte 'Rule id'"),
                "fr": ("0 champ à modifier, 0 identifiant de règle inconnu",
                       "l\u2019en-tête n\u2019a pas de colonne 'Rule id'")}
    for code, (tally, header) in expected.items():
        speaking(code)
        assert plan_retention_import(policy(), schedule).tally() == tally
        with pytest.raises(PolicyFileError) as caught:
            plan_retention_import(policy(), bad)
        assert caught.value.message == header


def test_the_fides_import_speaks_the_chosen_language(
        speaking: Callable[[str], None], tmp_path: Path) -> None:
    manifest = tmp_path / "fides.yml"
    manifest.write_text("widgets: []\ndata_category:\n  - fides_key: user.contact.email\n"
                        "    name: Email\n", encoding="utf-8")
    empty = tmp_path / "empty"
    empty.mkdir()
    expected = {"en": ("1 to add, 0 already present, 1 note", "resource type 'widgets' is not "
                       "imported", "the folder holds no .yml or .yaml files"),
                "de": ("1 hinzuzufügen, 0 bereits vorhanden, 1 Hinweis",
                       "Ressourcentyp 'widgets' wird nicht importiert",
                       "der Ordner enthält keine .yml- oder .yaml-Dateien"),
                "fr": ("1 à ajouter, 0 déjà présent, 1 remarque",
                       "le type de ressource 'widgets' n\u2019est pas importé",
                       "le dossier ne contient aucun fichier .yml ou .yaml")}
    policy = load_file(EXAMPLE).policy
    for code, (tally, note, error) in expected.items():
        speaking(code)
        plan = plan_fides_import(policy, manifest)
        assert plan.tally() == tally
        assert note in plan.notes[0]
        with pytest.raises(PolicyFileError) as caught:
            plan_fides_import(policy, empty)
        assert caught.value.message == error


def test_undo_texts_and_edit_errors_speak_the_chosen_language(
        speaking: Callable[[str], None]) -> None:
    expected = {"en": ("Move account_management", "Change name of account_management",
                       "no field given"),
                "de": ("account_management verschieben", "name von account_management ändern",
                       "kein Feld angegeben"),
                "fr": ("Déplacer account_management", "Modifier name de account_management",
                       "aucun champ indiqué")}
    for code, (move, change, error) in expected.items():
        speaking(code)
        policy = load_file(EXAMPLE).policy
        assert MoveItem("purposes", "account_management", 0).apply(policy).summary == move
        rename = SetField("purposes", "account_management", ("name",), "News")
        assert rename.apply(policy).summary == change
        with pytest.raises(EditError, match=error):
            SetField("purposes", "account_management", (), "x").apply(policy)


def test_install_desktop_speaks_german(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                       speaking: Callable[[str], None]) -> None:
    data = tmp_path / "share"
    assert main(["--language", "de", "install-desktop", "--data-dir", str(data),
                 "--command", "policy-studio"]) == 0
    out = capsys.readouterr().out
    assert "installiert" in out and "installed" not in out
    speaking("en")
    assert main(["install-desktop", "--data-dir", str(data), "--remove"]) == 0
    assert "removed " in capsys.readouterr().out


def test_remedies_and_store_proposals_speak_the_chosen_language(
        speaking: Callable[[str], None]) -> None:
    policy = load_file(EXAMPLE).policy
    weights = default_weights()
    titles = {"en": "Switch purpose to opt-in", "de": "Zweck auf Opt-in umstellen",
              "fr": "Passer la finalité en opt-in"}
    reasons = {"en": "is proposed, not confirmed, for category contact.email (its DPV term "
                     "EmailAddress)",
               "de": "ist vorgeschlagen, nicht bestätigt, für Kategorie contact.email (ihr "
                     "DPV-Begriff EmailAddress)",
               "fr": "est proposé, non confirmé, pour la catégorie contact.email (son terme DPV "
                     "EmailAddress)"}
    for code, title in titles.items():
        speaking(code)
        offered = [remedy for use in review(policy, weights)
                   for remedy in remedies(policy, use, weights)]
        assert title in {remedy.title for remedy in offered}
        notes = "\n".join(store_labels(policy, "play", regions=region_catalogue()).notes)
        assert reasons[code] in notes


def test_a_utf16_schedule_is_refused_in_the_chosen_language(
        speaking: Callable[[str], None], tmp_path: Path) -> None:
    schedule = tmp_path / "schedule.csv"
    schedule.write_bytes("Rule id,Duration (ISO 8601)\r\nx,P1Y\r\n".encode("utf-16-le"))
    expected = {"en": "the file looks like UTF-16 text without a byte-order mark",
                "de": "die Datei sieht nach UTF-16-Text ohne Byte-Order-Mark aus",
                "fr": "le fichier ressemble à du texte UTF-16 sans marque"}
    for code, words in expected.items():
        speaking(code)
        with pytest.raises(PolicyFileError) as caught:
            plan_retention_import(policy(), schedule)
        assert caught.value.message.startswith(words)


def test_dpia_screening_criteria_speak_the_chosen_language(
        speaking: Callable[[str], None]) -> None:
    policy = load_file(EXAMPLE).policy
    english = build_draft(policy)
    titles = [c.title for s in english.screening for c in s.criteria]
    assert "sensitive or highly personal data" in titles
    for code, words in (("de", "sensible oder höchstpersönliche Daten"),
                        ("fr", "données sensibles ou à caractère hautement personnel")):
        speaking(code)
        draft = build_draft(policy)
        assert words in [c.title for s in draft.screening for c in s.criteria]
        assert [c.key for s in draft.screening for c in s.criteria] == \
            [c.key for s in english.screening for c in s.criteria]


def test_rename_texts_speak_the_chosen_language(speaking: Callable[[str], None]) -> None:
    expected = {"en": ("Rename account_management to accounts",
                       "the new id is the same as the old one"),
                "de": ("account_management in accounts umbenennen",
                       "die neue ID ist dieselbe wie die alte"),
                "fr": ("Renommer account_management en accounts",
                       "le nouvel identifiant est identique")}
    for code, (undo, error) in expected.items():
        speaking(code)
        document = PolicyDocument(load_file(EXAMPLE).policy)
        edit = document.rename_edit("purposes", "account_management", "accounts")
        assert document.apply(edit).summary == undo
        with pytest.raises(EditError, match=error):
            document.rename_edit("purposes", "accounts", "accounts")


def test_diff_counts_speak_german(capsys: pytest.CaptureFixture[str],
                                  speaking: Callable[[str], None]) -> None:
    assert main(["--language", "de", "diff", str(EXAMPLE), str(EXAMPLE)]) == 0
    assert capsys.readouterr().out.endswith("keine Unterschiede\n")
    speaking("en")
    assert main(["diff", str(EXAMPLE), str(EXAMPLE)]) == 0
    assert capsys.readouterr().out.endswith("no differences\n")


def test_timeline_sentences_speak_the_chosen_language(speaking: Callable[[str], None]) -> None:
    expected = {"en": ("Retention rule location_short: location ", "Ambiguous: location_long"),
                "de": ("Aufbewahrungsregel location_short: location", "Mehrdeutig: location_long"),
                "fr": ("Règle de conservation location_short : location",
                       "Ambigu : location_long")}
    for code, (start, ambiguous) in expected.items():
        speaking(code)
        found = {r.category.id: r for r in build_rows(diagram_policy())}
        (location,) = found["location"].bars
        sentence = location.describe("location")
        assert sentence.startswith(start) and ambiguous in sentence
