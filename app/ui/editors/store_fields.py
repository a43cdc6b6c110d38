"""Form fields for the app-store labels: store data types and purposes, tracking domains."""

from __future__ import annotations

import re
from enum import StrEnum

from pydantic import BaseModel
from PySide6.QtWidgets import QFormLayout, QPushButton, QSizePolicy, QWidget

from app.domain.enums import label
from app.domain.i18n import QT_TRANSLATE_NOOP, translate
from app.domain.ids import by_id
from app.domain.models import DOMAIN_PATTERN, DataCategory, Purpose
from app.domain.store_confirm import proposal_edits
from app.domain.store_kinds import (
    APPLE_LABELS,
    PLAY_PURPOSES,
    PLAY_TYPES,
    AppleDataType,
    ApplePurpose,
    PlayDataType,
    PlayPurpose,
)
from app.domain.store_labels import proposal_of
from app.ui.editors.base import ItemEditor
from app.ui.editors.chips import TagField
from app.ui.editors.choice_fields import EnumCombo
from app.ui.editors.fields import in_sentence

_DOMAIN = re.compile(DOMAIN_PATTERN)


TYPES = (("apple_data_type", AppleDataType, "apple"), ("play_data_type", PlayDataType, "play"))
PURPOSES = (("apple_purpose", ApplePurpose, "apple"), ("play_purpose", PlayPurpose, "play"))


_APPLE_WORDS = {"id": "ID", "or": "or"}


def store_words(value: StrEnum | str) -> str:
    """A store value as the store's own form says it (``Device ID``), else plain words."""
    if isinstance(value, PlayPurpose):
        return PLAY_PURPOSES[value][1]
    if isinstance(value, PlayDataType):
        return PLAY_TYPES[value][2]
    if isinstance(value, ApplePurpose | AppleDataType):
        return APPLE_LABELS.get(value) or " ".join(
            _APPLE_WORDS.get(word, word.capitalize()) for word in value.value.split("_"))
    return label(value)


def add_store_types(editor: ItemEditor, form: QFormLayout) -> None:
    """A category's Apple and Google Play data types (empty: the exports propose one)."""
    for name, choices, _ in TYPES:
        editor.add(form, name, EnumCombo(*editor.words(name), list(choices), optional=True,
                                         words=store_words))
    add_confirm_button(editor, form)


def add_store_purposes(editor: ItemEditor, form: QFormLayout) -> None:
    """A purpose's Apple and Google Play purposes (empty: the exports propose one)."""
    for name, choices, _ in PURPOSES:
        editor.add(form, name, EnumCombo(*editor.words(name), list(choices), optional=True,
                                         words=store_words))
    add_confirm_button(editor, form)


CONFIRM_TEXT = QT_TRANSLATE_NOOP("editor", "Confirm proposals for every item")


def add_confirm_button(editor: ItemEditor, form: QFormLayout) -> QPushButton:
    """A button writing every proposal into its empty store field, as one undo step.

    For all categories and purposes at once: the proposals are reviewed in the exports'
    summaries and here, item by item; confirming them is one decision.
    """
    button = QPushButton(translate("editor", CONFIRM_TEXT), editor)
    button.setToolTip(translate("editor", "Write what the store exports propose into every "
                                "empty store label of the categories and purposes (one step, "
                                "undone with Ctrl+Z); labels already chosen stay"))
    button.setAccessibleName(translate("editor", CONFIRM_TEXT))
    button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
    button.clicked.connect(lambda: confirm_proposals(editor))
    form.addRow("", button)
    editor.confirm_button = button  # type: ignore[attr-defined]
    return button


def confirm_proposals(editor: ItemEditor) -> int:
    """Write every proposed store label into its empty field; the number of labels written."""
    editor.finish_editing()
    edits = proposal_edits(editor.bridge.document.policy)
    if edits:
        count = len(edits)
        editor.bridge.batch(edits, translate("editor", "Confirm %n proposed store label", None,
                                             count) if count == 1 else
                            translate("editor", "Confirm %n proposed store labels", None, count))
    else:
        editor.confirm_button.setText(translate("editor", "Nothing left to confirm"))  # type: ignore[attr-defined]
    return len(edits)


def show_proposals(editor: ItemEditor, target: BaseModel) -> None:
    """Say, in the empty choice of each store field, what the exports would propose."""
    if not isinstance(target, DataCategory | Purpose):
        return
    fields = TYPES if isinstance(target, DataCategory) else PURPOSES
    proposal = proposal_of(target, by_id(editor.bridge.document.policy.purposes))
    button = getattr(editor, "confirm_button", None)
    if button is not None:
        button.setText(translate("editor", CONFIRM_TEXT))
    for name, _, store in fields:
        field = editor.fields.get((name,))
        if isinstance(field, EnumCombo):
            value = getattr(proposal, store)
            field.combo.setItemText(
                0, translate("editor", "not set (nothing fits: choose one)") if value is None
                else translate("editor", "not set (proposed: {label})").format(
                    label=store_words(value)))


class DomainListField(TagField):
    """Internet domains as chips: type one (any case) and press Enter."""

    def __init__(self, label_text: str, tip: str, parent: QWidget | None = None) -> None:
        super().__init__(label_text, tip, empty_text=translate("editor", "none"),
                         placeholder=translate("editor", "e.g. ads.example.com"), parent=parent)
        self.describe(self.entry,
                      translate("editor", "Add to {field}").format(field=in_sentence(label_text)),
                      translate("editor", "{help}\nType a domain such as ads.example.com and "
                                "press Enter.").format(help=tip))

    def parse(self, text: str) -> str:
        """The domain in lowercase, without a trailing dot."""
        return text.strip().lower().rstrip(".")

    def problem(self, value: str) -> str | None:
        """Why ``value`` is not a domain name, or None."""
        if len(value) > 253 or not _DOMAIN.match(value):
            return translate("editor", "'{value}' is not an internet domain: write it like "
                             "ads.example.com").format(value=value)
        return None


def add_tracking_domains(editor: ItemEditor, form: QFormLayout) -> None:
    """A recipient's tracking domains (Apple's NSPrivacyTrackingDomains)."""
    editor.add(form, "tracking_domains", DomainListField(*editor.words("tracking_domains")))
