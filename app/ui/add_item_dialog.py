"""Adding an item starts with its name: the dialog asks for it and derives the id as it is typed.

The id stays editable (once typed in, it no longer follows the name) and is checked live: well
formed and unique within the section. Enter adds, Esc cancels. Sections whose items have no
name ask for what stands in for one: a rule's description, an expectation's question.
"""

from __future__ import annotations

import html
from collections.abc import Collection, Mapping

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain import ids
from app.domain.i18n import QT_TRANSLATE_NOOP, translate
from app.domain.sections import TESTS
from app.domain.sections import section as section_info
from app.ui.derived_id import DerivedId
from app.ui.editors.fields import error_colour


def name_field(section: str) -> str:
    """The field of ``section``'s items the dialog's name goes into."""
    if section_info(section).named:
        return "name"
    return "note" if section == TESTS else "description"


_LABELS = {"name": (QT_TRANSLATE_NOOP("add item", "&Name:"),
                    QT_TRANSLATE_NOOP("add item", "e.g. {example}")),
           "description": (QT_TRANSLATE_NOOP("add item", "&Name:"),
                           QT_TRANSLATE_NOOP("add item", "What it is about, in a few words")),
           "note": (QT_TRANSLATE_NOOP("add item", "&Question:"),
                    QT_TRANSLATE_NOOP("add item",
                                      "e.g. May we send the newsletter without consent?"))}
_EXAMPLES = {"categories": QT_TRANSLATE_NOOP("add item", "Email address"),
             "subjects": QT_TRANSLATE_NOOP("add item", "Customers"),
             "recipients": QT_TRANSLATE_NOOP("add item", "Payment provider"),
             "purposes": QT_TRANSLATE_NOOP("add item", "Order fulfilment"),
             "regions": QT_TRANSLATE_NOOP("add item", "German-speaking countries")}


class AddItemDialog(QDialog):
    """Ask for the name (and the id derived from it) of a new item of ``section``."""

    def __init__(self, section: str, parent_id: str | None, taken: Collection[str],
                 parent: QWidget | None = None, *, names: Mapping[str, str] | None = None,
                 parent_name: str = "") -> None:
        super().__init__(parent)
        info = section_info(section)
        self.section, self.parent_id, self.taken = section, parent_id, set(taken)
        self.names = dict(names or {})
        """Names already used in the section (case-folded) -> the id of the item."""
        kind = translate("section", info.singular)
        section_title = translate("field", info.title)
        self.setWindowTitle(translate("add item", "Add {kind}").format(kind=kind))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        if parent_id:  # the parent by its name, its id after it
            shown = f"<b>{html.escape(parent_name)}</b> ({parent_id})" if parent_name \
                else f"<b>{parent_id}</b>"
            text = translate("add item", "Add a {kind} under {parent} in {section}. The id is "
                             "made from the name; edit it if you like.").format(
                kind=kind, parent=shown, section=section_title)
        else:
            text = translate("add item", "Add a {kind} to {section}. The id is made from the "
                             "name; edit it if you like.").format(kind=kind, section=section_title)
        intro = QLabel(text, self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        label, placeholder = _LABELS[name_field(section)]
        self.name = QLineEdit(self)
        example = _EXAMPLES.get(section, "")
        self.name.setPlaceholderText(translate("add item", placeholder).format(
            example=translate("add item", example) if example else ""))
        self.name.setAccessibleName(translate("add item", "Name"))
        self.id_edit = QLineEdit(self)
        self.id_edit.setAccessibleName(translate("add item", "Id"))
        self.id_edit.setToolTip(translate("add item", "Lowercase letters, digits, _ and dots; "
                                          "a dot makes a child of the part before it "
                                          "(contact.email)."))
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {error_colour(self)};")
        self.problem.hide()
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.note.hide()
        form.addRow(translate("add item", label), self.name)
        form.addRow(translate("add item", "&Id:"), self.id_edit)
        form.addRow("", self.problem)
        form.addRow("", self.note)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.add_button = buttons.addButton(translate("add item", "Add"),
                                            QDialogButtonBox.ButtonRole.AcceptRole)
        self.add_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.derived = DerivedId(self.name, self.id_edit, self._derived, self._check)
        self.name.setFocus()
        self._check()

    def _derived(self, name: str) -> str:
        return ids.from_name(name, parent=self.parent_id, taken=self.taken,
                             fallback=f"new_{section_info(self.section).stem}")

    def item_id(self) -> str:
        """The id the item gets."""
        return self.id_edit.text().strip()

    def item_name(self) -> str:
        """The name typed (may be empty: the id alone is enough)."""
        return " ".join(self.name.text().split())

    def problem_text(self) -> str | None:
        """Why the item cannot be added with this id, or None."""
        text = self.item_id()
        if not text:
            return translate("add item", "an id cannot be empty")
        if text in self.taken:
            return translate("add item", "'{id}' is already used by another {kind}").format(
                id=text, kind=translate("section", section_info(self.section).singular))
        problem = ids.id_problem(text)
        return f"'{text}' {problem}" if problem else None

    def _check(self) -> None:
        same = self.names.get(self.item_name().casefold()) if self.item_name() else None
        self.note.setText(translate("add item", "Another {kind} is already called that ({id}).")
                          .format(kind=translate("section", section_info(self.section).singular),
                                  id=same) if same else "")
        self.note.setVisible(same is not None)
        problem = self.problem_text()
        self.problem.setText(problem or "")
        self.problem.setVisible(problem is not None)
        self.add_button.setEnabled(problem is None)

    def accept(self) -> None:
        """Close only with a usable id."""
        if self.problem_text() is None:
            super().accept()
