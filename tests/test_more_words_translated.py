"""Exporters', importers' and commands' remaining words speak German and French.

Each test runs the real code in English, then German and French (catalogues read from the
shipped files), and shows the translation appears while English stays as it was; what is read
by other programs (Google's form labels, ids, columns) stays as it is in every language.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from app.domain import i18n
from app.exporters.registry import get, run_export
from app.paths import EXAMPLES
from app.storage.loader import load_file
from app.storage.translations import catalogue

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
