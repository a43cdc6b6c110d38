"""The Problems panel, the Export dialog and the file questions speak German when it is chosen.

English stays the sources' words (the other tests read them).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from app.domain import i18n
from app.exporters.registry import exporters
from app.storage.translations import LANGUAGE_VARIABLE
from app.ui.export.dialog import ExportDialog
from app.ui.files import dialogs
from app.ui.language import start_language
from app.validation.finding import Severity

HEADERS = {"en": ["Severity", "Code", "Message", "Location"],
           "de": ["Schweregrad", "Code", "Meldung", "Ort"]}
AUDIENCES = {"en": ["Legal documents", "Engineering files"],
             "de": ["Rechtliche Dokumente", "Technische Dateien"]}
HTML_TITLE = {"en": "Policy document (HTML)", "de": "Richtliniendokument (HTML)"}
QUESTION = {"en": "Do you want to save the changes to a.policy.yaml?",
            "de": "Möchten Sie die Änderungen an a.policy.yaml speichern?"}
COUNT_WORD = {"en": {Severity.ERROR: "error", Severity.WARNING: "warning"},
              "de": {Severity.ERROR: "Fehler", Severity.WARNING: "Warnung"}}


@pytest.fixture(params=["en", "de"])
def language(request, qapp, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """The window's language for the test (ours and Qt's); English again afterwards."""
    monkeypatch.setenv(LANGUAGE_VARIABLE, request.param)
    assert start_language(qapp) == request.param
    yield request.param
    monkeypatch.setenv(LANGUAGE_VARIABLE, "en")
    start_language(qapp)
    assert i18n.language() == "en"


def test_the_problems_panel_speaks_the_language(language: str, qtbot) -> None:  # type: ignore[no-untyped-def]
    from app.paths import EXAMPLES
    from app.ui.app import open_window

    window = open_window(str(EXAMPLES / "northwind-outfitters.policy.yaml"))
    qtbot.addWidget(window)
    panel = window.problems.panel
    qtbot.waitUntil(lambda: panel._checked, timeout=30000)
    model = panel.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
    assert headers == HEADERS[language]
    counts = {s: sum(p.finding.severity is s for p in model.problems()) for s in Severity}
    assert counts[Severity.WARNING], "the example policy has warnings to count"
    for severity, word in COUNT_WORD[language].items():
        text = panel.severity_buttons[severity].text()
        assert text.startswith(f"{counts[severity]} {word}"), text
    assert panel.state.text() == {"en": "Up to date", "de": "Aktuell"}[language]
    panel.select_problem(model.problems()[0])
    details = panel.details.toPlainText()
    assert {"en": "Why it matters", "de": "Warum es wichtig ist"}[language] in details
    assert {"en": "How to fix", "de": "So beheben Sie es"}[language] in details


def test_the_export_dialog_speaks_the_language(language: str, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = ExportDialog(exporters(), "/tmp/a.policy.yaml", 2)
    qtbot.addWidget(dialog)
    assert list(dialog.groups()) == AUDIENCES[language]
    dialog.select_format("html")
    assert dialog.list.currentIndex().data() == HTML_TITLE[language]
    assert dialog.description.text().startswith(
        {"en": "The readable policy", "de": "Die lesbare Richtlinie"}[language])
    assert dialog.force.text() == {
        "en": "Export &anyway: the policy has 2 error findings",
        "de": "&Trotzdem exportieren: Die Richtlinie hat 2 Fehlerbefunde"}[language]


def test_the_save_changes_question_speaks_the_language(language: str, qtbot) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    box = dialogs._save_changes_box(parent, "a.policy.yaml")
    assert box.text() == QUESTION[language]
    assert box.windowTitle() == {"en": "Unsaved Changes",
                                 "de": "Ungespeicherte Änderungen"}[language]


@pytest.mark.parametrize("language", ["en", "de"])
def test_export_list_names_formats_in_the_language(capsys: pytest.CaptureFixture[str],
                                                    language: str) -> None:
    from app.cli import main

    before = i18n.current()
    try:
        assert main(["export", "--list", "--language", language]) == 0
    finally:
        i18n.use(before)
    out = capsys.readouterr().out
    assert f"html         {HTML_TITLE[language]} (.html)" in out
    assert ("Die lesbare Richtlinie" in out) == (language == "de")
