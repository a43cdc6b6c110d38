"""The Translations group: collapsed at first, each table edit one undo step."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox

from app.domain.models import Translation
from app.ui.bridge import DocumentBridge
from app.ui.editors.translation_fields import TranslationsField
from tests.ui.test_editors_people import make_editor  # noqa: F401 (a fixture)


def test_a_translation_is_entered_in_one_undo_step(
        bridge: DocumentBridge, make_editor) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    editor = make_editor("purposes", "marketing")
    field: TranslationsField = editor.fields[("translations",)]
    box = field.parentWidget()
    assert isinstance(box, QGroupBox) and not box.isChecked() and not field.isVisible()
    box.setChecked(True)
    assert field.isVisible()
    field.add_row()  # German first
    model = field.model
    before = bridge.undo_stack.count()
    assert model.setData(model.index(0, 1), "Werbung <b>\u202e")
    assert bridge.undo_stack.count() == before + 1
    found = bridge.document.find("purposes", "marketing").translations
    assert found == {"de": Translation(name="Werbung <b>\u202e")}
    field.add_row()
    assert model.index(1, 0).data() == "fr"
    model.setData(model.index(1, 0), "de")
    assert "listed twice" in field.error
    model.setData(model.index(1, 0), "Français")
    assert set(bridge.document.find("purposes", "marketing").translations) == {"de", "fr"}
    bridge.undo_stack.undo()  # the French row
    assert model.rowCount() == 1
    bridge.undo_stack.undo()  # the German name
    assert bridge.document.find("purposes", "marketing").translations == {
        "de": Translation()}
    for section, item in (("categories", "contact.email"), ("subjects", "customer"),
                          ("recipients", "mailer")):
        assert isinstance(make_editor(section, item).fields[("translations",)],
                          TranslationsField)


def test_the_policy_title_is_translated_and_a_bad_language_refused(
        qtbot, bridge: DocumentBridge) -> None:  # type: ignore[no-untyped-def]
    from app.domain.models import TitleTranslation
    from app.ui.editors.metadata import MetadataEditor
    from tests.ui.test_editors_metadata import type_line

    qtbot.addWidget(editor := MetadataEditor(bridge))
    editor.show_item(None)
    editor.show()
    field: TranslationsField = editor.fields[("translations",)]
    field.add_row()
    assert field.model.setData(field.model.index(0, 1), "Kundendaten-Richtlinie")
    assert bridge.policy.policy.translations == {
        "de": TitleTranslation(title="Kundendaten-Richtlinie")}
    language = editor.fields[("language",)]
    type_line(qtbot, language, "English")
    assert bridge.policy.policy.language == "en" and "language code" in language.error
    type_line(qtbot, language, "de")
    assert bridge.policy.policy.language == "de"
