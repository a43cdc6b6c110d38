"""The impact report, Klaro, GPC table, PIA, Apple and retention exports in German and French.

Each export runs in English, German and French (catalogues read from the shipped files). The
words a person reads follow the language; what another program reads (keys, ids, service
names, the Apple manifest, the retention schedule's columns and yes/no that its import reads
back) is the same bytes in every language, and English is as it was.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from app.cli import main
from app.domain import i18n
from app.exporters.gpc_table import COLUMNS, render_html
from app.exporters.klaro import GPC_SNIPPET
from app.exporters.registry import get, run_export
from app.importers.retention_schedule import plan_retention_import
from app.paths import EXAMPLES
from app.storage.loader import load_file
from app.storage.spreadsheet import RETENTION_COLUMNS
from app.storage.translations import catalogue
from tests.cli.test_diff_impact_cli import NEW
from tests.exporters.test_retention_csv import policy as retention_policy
from tests.small_policy import UI_POLICY

EXAMPLE = EXAMPLES / "northwind-outfitters.policy.yaml"


@pytest.fixture
def speaking() -> Iterator[Callable[[str], None]]:
    """``speaking(code)`` makes the program speak ``code`` until the test ends."""
    before = i18n.current()
    yield lambda code: i18n.use(catalogue(code))
    i18n.use(before)


@pytest.fixture
def example() -> Any:
    return load_file(EXAMPLE).policy


IMPACT = {
    "en": ["newly allowed (24 uses)", "denied for another reason (8 uses)",
           "    e.g. no subject, no recipient, no region, consent granted",
           "    before: denied by rule no_location_ads",
           "    after:  allowed by rule no_location_ads; no retention rule applies",
           "(32 of the 72 uses compared get a different decision; a use is one data category"],
    "de": ["neu erlaubt (24 Nutzungen)", "aus anderem Grund abgelehnt (8 Nutzungen)",
           "    z. B. keine betroffene Person, kein Empfänger, keine Region, Einwilligung erteilt",
           "    vorher: abgelehnt durch Regel no_location_ads",
           "    nachher: erlaubt durch Regel no_location_ads; keine Aufbewahrungsregel gilt",
           "    vorher: abgelehnt: der Zweck erfordert eine Einwilligung",
           "(32 von 72 verglichenen Nutzungen erhalten eine andere Entscheidung; eine Nutzung "
           "ist eine Datenkategorie"],
    "fr": ["nouvellement autorisé (24 utilisations)",
           "refusé pour une autre raison (8 utilisations)",
           "    avant : refusé par la règle no_location_ads",
           "    après :  autorisé par la règle no_location_ads ; aucune règle de conservation "
           "ne s\u2019applique",
           "(32 des 72 utilisations comparées reçoivent une autre décision ; une utilisation "
           "est une catégorie de données"],
}


def test_the_impact_report_speaks_the_chosen_language(
        speaking: Callable[[str], None], tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    old, new = tmp_path / "old.policy.yaml", tmp_path / "new.policy.yaml"
    old.write_bytes(UI_POLICY)
    new.write_text(NEW, encoding="utf-8")
    for code, lines in IMPACT.items():
        assert main(["--language", code, "diff", str(old), str(new), "--impact"]) == 1
        text = capsys.readouterr().out
        for line in lines:
            assert line in text, (code, line)
        if code != "en":
            assert "uses)" not in text and "before: " not in text and "e.g. " not in text
    speaking("de")
    target = tmp_path / "impact.html"
    assert main(["--language", "de", "diff", str(old), str(new), "-f", "html", "--impact",
                 "-o", str(target)]) == 1
    html = target.read_text(encoding="utf-8")
    assert '<td class="add">Neu erlaubt</td>' in html
    assert '<td class="chg">Aus anderem Grund abgelehnt</td>' in html
    assert "Eine Nutzung ist eine Datenkategorie für einen Zweck" in html
    assert "Newly allowed" not in html and "A use is one data category" not in html


def test_klaro_texts_follow_the_language_and_its_keys_do_not(
        speaking: Callable[[str], None], example: Any) -> None:
    english = run_export(get("klaro"), example)
    config = json.loads(english.data)
    speaking("de")
    german = run_export(get("klaro"), example)
    translated = json.loads(german.data)
    assert [s["name"] for s in translated["services"]] == [s["name"] for s in config["services"]]
    assert translated["purposeOrder"] == config["purposeOrder"]
    assert translated["policyStudio"] == config["policyStudio"]
    assert list(translated["translations"]) == ["zz"]  # Klaro's fallback: any browser language
    own = next(s for s in translated["services"] if s["name"] == "call_quality--own-use")
    english_own = next(s for s in config["services"] if s["name"] == "call_quality--own-use")
    assert english_own["translations"]["zz"]["description"] == (
        "Northwind Outfitters GmbH uses the data itself for recording service calls for "
        "quality and training.")
    assert own["translations"]["zz"]["description"] == (
        "Northwind Outfitters GmbH nutzt die Daten selbst für recording service calls for "
        "quality and training.")
    assert "the policy names no cookies" in english.summary[1]
    assert german.summary[1].startswith("die Richtlinie nennt keine Cookies")
    script = run_export(get("klaro-js"), example).data.decode()
    assert script.startswith("// Klaro consent-manager configuration, policy digest ")
    assert script.endswith(GPC_SNIPPET)


def test_the_gpc_table_reads_in_the_language(speaking: Callable[[str], None],
                                             example: Any) -> None:
    def header() -> list[str]:
        text = run_export(get("gpc-table-csv"), example).data.decode("utf-8-sig")
        return next(csv.reader(io.StringIO(text, newline="")))

    assert tuple(header()) == COLUMNS
    speaking("de")
    german = header()
    assert german[:4] == ["Zweck-ID", "Zweck", "Einwilligungsverfahren", "Beachtet GPC"]
    assert german[6:8] == ["Erteilt", "Erteilt mit GPC"] and german[-1] == "Digest"
    html = render_html(example)
    assert '<th colspan="2">Erteilt</th>' in html and ">mit Einwilligung" in html
    assert "Granted" not in html and ">with consent" not in html
    speaking("fr")
    assert header()[6:8] == ["Accordé", "Accordé avec GPC"]


def test_the_pia_answers_speak_the_language_under_the_same_fields(
        speaking: Callable[[str], None], example: Any) -> None:
    english = json.loads(run_export(get("dpia-pia-json"), example).data)
    speaking("fr")
    french = json.loads(run_export(get("dpia-pia-json"), example).data)
    assert french["pia"].keys() == english["pia"].keys()
    assert [a["reference_to"] for a in french["answers"]] == \
        [a["reference_to"] for a in english["answers"]]
    assert english["pia"]["name"] == "DPIA draft: Northwind Outfitters data-use policy"
    assert french["pia"]["name"] == "Projet d\u2019AIPD : Northwind Outfitters data-use policy"
    answers = {a["reference_to"]: a["data"]["text"] for a in french["answers"]}
    assert "<li>Finalités évaluées :" in answers[111]
    assert "<strong>Catégories de données à caractère personnel</strong>" in answers[121]
    assert "Droits applicables : " in answers[113] and "Droits applicables" not in answers[112]
    assert "À COMPLÉTER : comment les personnes concernées les exercent" in answers[223]
    assert "Aucun consentement n\u2019est demandé" in answers[222]
    english_answers = {a["reference_to"]: a["data"]["text"] for a in english["answers"]}
    assert "<li>Laws applied: " in english_answers[113]
    assert "TO BE COMPLETED: how people exercise them" in english_answers[223]


def test_apple_and_retention_files_stay_as_programs_read_them(
        speaking: Callable[[str], None], example: Any) -> None:
    apple = run_export(get("apple-privacy-manifest"), example)
    schedule = run_export(get("retention-csv"), retention_policy()).data
    speaking("de")
    german = run_export(get("apple-privacy-manifest"), example)
    assert german.data == apple.data
    assert apple.summary[-1].endswith("add them in Xcode")
    assert german.summary[-1].endswith("ergänzen Sie sie in Xcode")
    text = run_export(get("retention-csv"), retention_policy()).data.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    english_rows = list(csv.reader(io.StringIO(schedule.decode("utf-8-sig"), newline="")))
    assert tuple(rows[0]) == RETENTION_COLUMNS
    purposes, hold = RETENTION_COLUMNS.index("Purposes"), RETENTION_COLUMNS.index("Legal hold")
    assert {r[purposes] for r in english_rows[1:]} >= {"any purpose"}
    assert {r[purposes] for r in rows[1:]} >= {"jeder Zweck"}
    assert [r[hold] for r in rows[1:]] == [r[hold] for r in english_rows[1:]]


def test_a_german_schedule_imports_back_unchanged(speaking: Callable[[str], None],
                                                  tmp_path: Path) -> None:
    speaking("de")
    path = tmp_path / "schedule.csv"
    path.write_bytes(run_export(get("retention-csv"), retention_policy()).data)
    assert plan_retention_import(retention_policy(), path).tally() == \
        "0 Felder zu ändern, 0 unbekannte Regel-IDs"


def test_an_unknown_format_is_refused_in_the_language(
        speaking: Callable[[str], None], tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    speaking("en")
    out = tmp_path / "x.out"
    assert main(["--language", "fr", "export", str(EXAMPLE), "-f", "nosuch", "-o",
                 str(out)]) == 2
    assert "format d\u2019export inconnu 'nosuch' (disponibles : " in capsys.readouterr().err
    assert main(["--language", "en", "export", str(EXAMPLE), "-f", "nosuch", "-o",
                 str(out)]) == 2
    assert "unknown export format 'nosuch' (available: " in capsys.readouterr().err
