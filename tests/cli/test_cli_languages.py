"""The command line in German and French: errors, explanations and labels, English unchanged.

Each test runs the real command on real files with ``--language``; the language chosen stays
for the process, so every test here puts English back afterwards.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.cli import main
from app.storage.translations import activate

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def english_afterwards() -> Iterator[None]:
    yield
    activate("en")


def _bad_field(small_policy: Path) -> tuple[Path, int, int]:
    """The small policy with a legal basis misspelt: the file and the value's line and column."""
    text = small_policy.read_text(encoding="utf-8").replace("legal_basis: consent",
                                                            "legal_basis: consnet", 1)
    small_policy.write_text(text, encoding="utf-8")
    lines = text.splitlines()
    number = next(i for i, line in enumerate(lines, 1) if "consnet" in line)
    return small_policy, number, lines[number - 1].index("consnet") + 1


def test_validate_in_german_keeps_file_line_and_column(small_policy: Path) -> None:
    path, line, column = _bad_field(small_policy)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "POLICY_STUDIO_LANGUAGE": "en"}
    german = subprocess.run([sys.executable, "-m", "app", "--language", "de", "validate",
                             str(path)], capture_output=True, text=True, env=env, check=False)
    english = subprocess.run([sys.executable, "-m", "app", "validate", str(path)],
                             capture_output=True, text=True, env=env, check=False)
    assert german.returncode == english.returncode == 2
    where = f"{path}:{line}:{column}: error: "
    assert german.stderr.startswith(where) and english.stderr.startswith(where)
    assert "'consnet' ist kein gültiger Wert für „Rechtsgrundlage“" in german.stderr
    assert "error: Zweck 'newsletter', Feld Rechtsgrundlage: " in german.stderr
    assert english.stderr.startswith(
        f"{where}in purpose 'newsletter', field legal basis: 'consnet' is not a valid legal "
        "basis; expected one of consent, contract,")


@pytest.mark.parametrize(("language", "words"), [
    ("de", "die Datei gibt ihr Format nicht an; ergänzen Sie 'format_version: "),
    ("fr", "le fichier n\u2019indique pas son format ; ajoutez 'format_version: "),
    ("en", "the file does not say its format; add 'format_version: "),
])
def test_a_load_error_is_in_the_chosen_language(tmp_path: Path, language: str, words: str,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "p.policy.yaml"
    path.write_text("policy: {}\n", encoding="utf-8")
    assert main(["--language", language, "validate", str(path)]) == 2
    assert capsys.readouterr().err.startswith(f"{path}:1:1: error: {words}")


def test_a_yaml_error_and_the_count_of_hidden_problems_in_french(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "p.policy.yaml"
    path.write_text("format_version: 1\npolicy:\n\tid: x\n", encoding="utf-8")
    assert main(["--language", "fr", "validate", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"{path}:3:1: error: la ligne 3 est indentée par une tabulation")


SHOP = ROOT / "resources" / "templates" / "gdpr-online-shop.policy.yaml"
ASK = ["decide", str(SHOP), "--category", "location.precise", "--purpose", "order_fulfilment",
       "--subject", "customer"]


def test_decide_explains_in_french_and_english_is_unchanged(
        capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--language", "fr", *ASK]) == 0
    french = capsys.readouterr().out
    assert main(ASK) == 0
    english = capsys.readouterr().out
    assert french.splitlines()[0] == "AUTORISÉ : autorisé par une règle"
    assert "  conservation : conservées 1 jour après la collecte, puis supprimées " \
           "(règle precise_location)" in french
    assert "(moyen) : " in french
    assert english.splitlines()[:4] == [
        "ALLOW: allowed by rule", "  rules:       pickup_point_search",
        "  obligations: minimise",
        "  retention:   kept 1 day after collection, then deleted (rule precise_location)"]
    assert english.splitlines()[4].startswith("  intrusiveness: 40 (medium): ")


def test_a_denial_and_a_bad_request_in_german(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--language", "de", "decide", str(SHOP), "--category", "browsing.product_views",
                 "--purpose", "interest_based_ads", "--subject", "customer",
                 "--recipient", "ad_network"]) == 1
    assert capsys.readouterr().out.startswith(
        "VERWEIGERT: der Zweck erfordert eine Einwilligung, und es wurde keine erteilt\n")
    assert main(["--language", "de", "decide", str(SHOP), "--category", "Bad Id",
                 "--purpose", "newsletter"]) == 2
    assert "--category: category 'Bad Id' ist keine gültige ID" in capsys.readouterr().err


def test_help_texts_in_german_and_english(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["validate", "--help", "--language", "de"])
    german = capsys.readouterr().out
    assert "usage: policy-studio validate" in german  # argparse's own words stay
    assert "Führt jede Prüfung des Katalogs auf jeder FILE aus." in german
    assert "Berichtsformat (Standard: text)" in german
    activate("en")
    with pytest.raises(SystemExit):
        main(["validate", "--help"])
    assert "report format (default: text)" in capsys.readouterr().out


def test_command_messages_and_review_counts_in_french(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--language", "fr", "new", "-t", "nope", "-o", str(tmp_path / "x.yaml")]) == 2
    assert capsys.readouterr().err.startswith(
        "policy-studio new: error: aucun modèle 'nope' (disponibles : ")
    assert main(["--language", "fr", "review", str(SHOP), "--band", "high"]) == 1
    last = capsys.readouterr().out.splitlines()[-1]
    assert last.startswith("2 au niveau élevé ou au-dessus ; ")
    assert "utilisations autorisées (0 critique, 2 élevé, " in last


def test_a_bad_duration_and_an_unwritable_folder_in_german(
        small_policy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = small_policy.read_text(encoding="utf-8")
    bad = tmp_path / "bad.policy.yaml"
    bad.write_text(text.replace("retention:\n", "retention:\n  - id: forever\n"
                                "    categories: [contact]\n    duration: P2X\n", 1),
                   encoding="utf-8")
    assert main(["--language", "de", "validate", str(bad)]) == 2
    assert "'P2X' ist keine ISO-8601-Dauer (verwenden Sie z. B. P30D" in capsys.readouterr().err
    missing = tmp_path / "no-such-folder" / "out.yaml"
    assert main(["--language", "de", "new", "-o", str(missing)]) == 2
    assert f"der Ordner {missing.parent} existiert nicht" in capsys.readouterr().err
