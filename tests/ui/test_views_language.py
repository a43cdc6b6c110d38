"""The window's views speak the language chosen: titles, tabs and their main controls."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from app.paths import EXAMPLES
from app.storage.translations import LANGUAGE_VARIABLE
from app.ui.language import start_language
from app.ui.views.matrix.legend import ALLOWED, Legend

EXAMPLE = EXAMPLES / "northwind-outfitters.policy.yaml"
ENGLISH = {
    "tabs": ["Matrix", "Timeline", "Flow", "Tester", "Review", "Documents"],
    "legend": "Legend…", "allowed": "allowed", "headers": ["Kind", "Name", "Shown", "In words"],
    "list": "Show as &list", "save": "&Save as expectation…", "review": "Score",
    "export": "Export as", "chooser": "Policy document",
}
GERMAN = {
    "tabs": ["Matrix", "Fristen", "Datenfluss", "Test", "Prüfung", "Dokumente"],
    "legend": "Legende…", "allowed": "erlaubt",
    "headers": ["Art", "Name", "Angezeigt", "In Worten"],
    "list": "Als &Liste", "save": "Als Erwartung &speichern…", "review": "Wert",
    "export": "Exportieren als", "chooser": "Richtliniendokument",
}




def _seen(window) -> dict[str, object]:  # type: ignore[no-untyped-def]
    """The words of each view's tab and main controls."""
    views = window.views
    tabs = [views.tabText(i) for i in range(views.count())]
    legend = window.matrix.view.findChild(Legend)
    allowed = legend.marks[ALLOWED].parentWidget().findChildren(QLabel)[-1]
    timeline, flow = window.timeline.listing.model(), window.flow.listing.model()
    headers = [timeline.headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
    assert headers == [flow.headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
    bar = [w.text() for w in window.document_view.findChildren(QLabel)]
    return {
        "tabs": [t for t in tabs if t in ENGLISH["tabs"] + GERMAN["tabs"]],
        "legend": legend.words_button.text(), "allowed": allowed.text(), "headers": headers,
        "list": window.timeline.list_action.text(), "flow list": window.flow.list_action.text(),
        "save": window.tester.save_button.text(),
        "review": window.review.model.headerData(0, Qt.Orientation.Horizontal),
        "export": next(t for t in bar if t in (ENGLISH["export"], GERMAN["export"])),
        "chooser": window.document_view.chooser.itemText(0),
    }


def _window(qtbot):  # type: ignore[no-untyped-def]
    from app.ui.app import open_window

    window = open_window(str(EXAMPLE))
    qtbot.addWidget(window)
    return window


def _expect(seen: dict[str, object], words: dict[str, object]) -> None:
    for key, value in words.items():
        assert seen[key] == value, key
    assert seen["flow list"] == words["list"]


def test_in_german_every_view_and_its_main_controls_are_german(  # type: ignore[no-untyped-def]
        qapp, qtbot, speaking, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(LANGUAGE_VARIABLE, "de")
    assert start_language(qapp) == "de"
    window = _window(qtbot)
    _expect(_seen(window), GERMAN)
    titles = [window.views.widget(i).accessibleName() for i in range(window.views.count())]
    assert "Nutzungsmatrix" in titles and "Zeitleiste der Speicherdauer" in titles
    entries = [a.text() for a in window.view_menu.actions()]
    assert "Prüfung der Eingriffsintensität" in entries and "Use matrix" not in entries


def test_in_french_the_views_have_french_tabs(  # type: ignore[no-untyped-def]
        qapp, qtbot, speaking, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(LANGUAGE_VARIABLE, "fr")
    assert start_language(qapp) == "fr"
    window = _window(qtbot)
    tabs = [window.views.tabText(i) for i in range(window.views.count())]
    assert {"Matrice", "Conservation", "Flux", "Revue"} <= set(tabs)
    review = window.views.tabToolTip(tabs.index("Revue"))
    assert review == "Revue d\N{RIGHT SINGLE QUOTATION MARK}intrusivité"


def test_in_english_the_words_are_unchanged(qapp, qtbot, speaking) -> None:  # type: ignore[no-untyped-def]
    start_language(qapp)
    window = _window(qtbot)
    _expect(_seen(window), ENGLISH)
    titles = [window.views.widget(i).accessibleName() for i in range(window.views.count())]
    assert {"Use matrix", "Retention timeline", "Data flow", "Decision tester",
            "Intrusiveness review", "Documents"} <= set(titles)
