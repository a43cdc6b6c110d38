"""No words are cut off in German or French (issue 15), nor in English: every view, every
item's form and the main dialogs, with the window at the smallest supported size and at the
screenshot size.

English is the longest-tested layout; German and French words are longer. The check is in
tests/ui/clipping.py, the walk in tests/ui/walk.py (shared with the accessibility test).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget

from app.domain import i18n
from app.storage.translations import LANGUAGE_VARIABLE
from app.ui.elided import ElidedLabel
from app.ui.language import start_language
from tests.ui.clipping import clipped, lasting
from tests.ui.walk import EXAMPLE, main_dialogs, settings_dialogs, visit_window

SIZES = ((1024, 700), (1400, 900))
"""The smallest window size supported and the screenshots' size. At the larger size the views
are walked and one form of each kind (a form that fits 1024 pixels fits 1400), which keeps the
test near half a minute of processor time per language."""


@pytest.fixture(params=["de", "fr", "en"])
def language(request, qapp, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """The window's language for the test (ours and Qt's), as the app loads it; English after."""
    monkeypatch.setenv(LANGUAGE_VARIABLE, request.param)
    assert start_language(qapp) == request.param
    yield request.param
    monkeypatch.setenv(LANGUAGE_VARIABLE, "en")
    start_language(qapp)
    assert i18n.language() == "en"


def test_no_words_are_cut_off_in_the_window_or_its_dialogs(language: str, qtbot) -> None:  # type: ignore[no-untyped-def]
    from app.ui.app import open_window

    found: list[str] = []
    stops = 0
    for width, height in SIZES:
        window = open_window(str(EXAMPLE))
        qtbot.addWidget(window)
        window.resize(width, height)
        window.show()
        assert (window.width(), window.height()) == (width, height), \
            f"the window cannot be {width}x{height} in {language}"
        seen: set[str] = set()
        for place in visit_window(window, every_item=width == SIZES[0][0]):
            stops += 1
            found += lasting(window, f"{language} {width}x{height} {place}", seen)
        if width == SIZES[0][0]:
            dialogs = {**main_dialogs(window), **settings_dialogs(window)}
            for place, dialog in dialogs.items():
                qtbot.addWidget(dialog)
                dialog.show()
                QApplication.processEvents()
                # (the compare dialog's impact arrives from the background: a moment's lag)
                found += lasting(dialog, f"{language} dialog {place}", set())
                dialog.close()
        window.close()
    assert stops > 150, "the walk made too few stops to be a walk of the window"
    assert not found, f"{len(found)} cut off:\n" + "\n".join(found)


def test_the_check_finds_cut_off_words_and_leaves_shortened_ones(qtbot) -> None:  # type: ignore[no-untyped-def]
    top = QWidget()
    qtbot.addWidget(top)
    narrow = QLabel("Verzeichnis von Verarbeitungstätigkeiten", top)
    narrow.setFixedWidth(60)
    button = QPushButton("Auftragsverarbeiter hinzufügen", top)
    button.setGeometry(0, 40, 50, 30)
    shortened = ElidedLabel("Verzeichnis von Verarbeitungstätigkeiten", top)
    shortened.setGeometry(0, 80, 60, 20)
    fitting = QLabel("Ja", top)
    fitting.setGeometry(0, 110, 100, 20)
    top.resize(300, 200)
    top.show()
    QApplication.processEvents()
    found = clipped(top, "test", set())
    assert len(found) == 2, found
    assert "QLabel" in found[0] and "QPushButton" in found[1]
    assert shortened.shown_text().endswith("…") and shortened.toolTip() == shortened.text()
