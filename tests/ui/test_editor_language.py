"""The item editors, the navigator and the add-item dialog speak the window's language.

Field labels and help come from the models' titles and descriptions, translated in context
``field``; section names in the tree are the same titles; the dialog's words are its own.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox

from app.domain import i18n
from app.domain.models import Purpose
from app.storage.translations import LANGUAGE_VARIABLE
from app.ui.add_item_dialog import AddItemDialog
from app.ui.language import start_language
from tests.ui.conftest import UI_POLICY


@pytest.fixture
def speak(qapp, monkeypatch: pytest.MonkeyPatch) -> Iterator:  # type: ignore[no-untyped-def]
    """Switch the language (``speak("de")``); English again afterwards."""
    def switch(code: str) -> None:
        monkeypatch.setenv(LANGUAGE_VARIABLE, code)
        assert start_language(qapp) == code

    yield switch
    switch("en")


def _purpose_form(qtbot, tmp_path):  # type: ignore[no-untyped-def]
    from app.ui.app import open_window

    path = tmp_path / "ui.policy.yaml"
    path.write_bytes(UI_POLICY)
    window = open_window(str(path))
    qtbot.addWidget(window)
    purpose = window.bridge.document.items("purposes")[0].id
    window.navigator.select("purposes", purpose)
    editor = window.editors.editor_for("purposes")
    labels = {label.text(): label.toolTip() for label in editor.labels}
    groups = [box.title() for box in editor.findChildren(QGroupBox)]
    model = window.navigator.model
    section_row = model.data(model.index_for("purposes"), Qt.ItemDataRole.DisplayRole)
    return editor, labels, groups, section_row


def test_a_purpose_form_and_the_tree_speak_german(qtbot, tmp_path, speak) -> None:  # type: ignore[no-untyped-def]
    speak("de")
    editor, labels, groups, section_row = _purpose_form(qtbot, tmp_path)
    assert labels["Beschreibung:"] == ("Was dies ist, in einfachen Worten; es erscheint in "
                                       "den exportierten Dokumenten.")
    assert "Rechtsgrundlage:" in labels and "ID:" in labels
    assert not any(text in labels for text in ("Description:", "Legal basis:", "Id:"))
    assert "Rechtsgrundlage && Einwilligung" in groups
    assert editor.subtitle_label.text().startswith("Zweck · ")
    assert section_row.startswith("Zwecke (")
    assert i18n.translate("field", Purpose.model_fields["name"].title or "") == "Name"


def test_english_is_unchanged(qtbot, tmp_path, speak) -> None:  # type: ignore[no-untyped-def]
    speak("en")
    editor, labels, groups, section_row = _purpose_form(qtbot, tmp_path)
    assert labels["Description:"] == ("What this is, in plain words; it appears in the "
                                      "exported documents.")
    assert "Legal basis:" in labels and "Id:" in labels
    assert "Legal basis && consent" in groups
    assert editor.subtitle_label.text().startswith("Purpose · ")
    assert section_row.startswith("Purposes (")
    dialog = AddItemDialog("purposes", None, set())
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Add purpose"
    assert dialog.name.placeholderText() == "e.g. Order fulfilment"
    assert dialog.add_button.text() == "Add"


@pytest.mark.parametrize(("language", "title", "placeholder", "button", "taken"), [
    ("de", "Zweck hinzufügen", "z. B. Auftragsabwicklung", "Hinzufügen",
     "'billing' ist bereits vergeben (Zweck)"),
    ("fr", "Ajouter : finalité", "p. ex. Exécution des commandes", "Ajouter",
     "'billing' est déjà utilisé (finalité)"),
])
def test_the_add_item_dialog_speaks_the_language(  # type: ignore[no-untyped-def]
        qtbot, speak, language, title, placeholder, button, taken) -> None:
    speak(language)
    dialog = AddItemDialog("purposes", None, {"billing"})
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == title
    assert dialog.name.placeholderText() == placeholder
    assert dialog.add_button.text() == button
    dialog.id_edit.setText("billing")
    assert dialog.problem_text() == taken
