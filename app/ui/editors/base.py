"""What every form shares: showing one item, committing field edits, following the document.

A form is a set of fields keyed by their path inside the item (``("name",)``,
``("controller", "email")``). A field asks for a value; the form applies it as exactly one
undo step through the bridge, or shows the reason it was refused and leaves the document
alone. The form listens to the bridge and refreshes only when a change touches its item; it
follows renames of the item and shows an empty state when the item is deleted. A field's own
edit comes back with the field as its initiator: the form does not refresh in answer to it
(the field shows the stored value when the edit is applied).
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.domain import ids
from app.domain.edits import Change, EditError
from app.domain.i18n import translate
from app.domain.sections import field_help, field_title, is_section, referring_fields
from app.domain.sections import section as section_info
from app.ui.bridge import DocumentBridge
from app.ui.editors.changes import follow_id, normalised
from app.ui.editors.fields import FieldEditor, LineField, TextBlockField
from app.ui.editors.focus import FocusMixin
from app.ui.icons import icon

FieldPath = tuple[str, ...]



HEADER_LIMIT = 140
"""The most characters of a description the header shows as an item's name."""


def first_line(text: str, limit: int = HEADER_LIMIT) -> str:
    """The first line of ``text``, shortened at a word with "…" when longer than ``limit``.

    Cut mid-word, it looked like words clipped by the layout.
    """
    line = text.strip().splitlines()[0] if text.strip() else ""
    if len(line) <= limit:
        return line
    cut = line[:limit].rsplit(" ", 1)[0] if " " in line[:limit] else line[:limit]
    return cut.rstrip(" ,;:") + "…"

class ItemEditor(FocusMixin, QWidget):
    """Base of the forms: subclasses name their ``section`` and build their fields.

    The header's noun, the icon, the model and the referenced sections come from the section's
    entry in :mod:`app.domain.sections` (the metadata form sets them itself).
    """

    section = ""
    kind = ""
    icon_name = "policy"
    model: type[BaseModel] = BaseModel
    reference_sections: tuple[str, ...] = ()
    """Sections whose items this form displays by name (their changes refresh it)."""

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if not is_section(cls.section):
            return
        info = section_info(cls.section)
        derived = {"kind": info.noun, "icon_name": info.icon, "model": info.model,
                   "reference_sections": referring_fields(cls.section)}
        for name, value in derived.items():
            if name not in cls.__dict__:  # a subclass may still say otherwise
                setattr(cls, name, value)

    def __init__(self, bridge: DocumentBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.item_id: str | None = None
        self.kind = self.kind_words()
        self.fields: dict[FieldPath, FieldEditor] = {}
        self.setObjectName(f"{self.section}_editor")
        outer = QHBoxLayout(self)
        outer.setContentsMargins(20, 14, 20, 18)
        column = QVBoxLayout()
        column.setSpacing(12)
        outer.addLayout(column, 1)
        header = QHBoxLayout()
        header.setSpacing(10)
        self.icon_label = QLabel(self)
        self.icon_label.setPixmap(icon(self.icon_name).pixmap(28, 28))
        header.addWidget(self.icon_label, 0, Qt.AlignmentFlag.AlignTop)
        titles = QVBoxLayout()
        titles.setSpacing(0)
        self.title_label = QLabel(self)
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title_label.setFont(font)
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.title_label.setAccessibleName(translate("editor", "Editor title"))
        self.title_label.setWordWrap(True)  # a long name wraps rather than widen the form
        self.subtitle_label = QLabel(self)
        # Secondary, yet readable in every palette (a disabled label is 1.5:1 in light ones).
        self.subtitle_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        titles.addWidget(self.title_label)
        titles.addWidget(self.subtitle_label)
        header.addLayout(titles, 1)
        column.addLayout(header)
        self.form_page = QWidget(self)
        self.form_page.setMaximumWidth(1040)
        self.form_column = QVBoxLayout(self.form_page)
        self.form_column.setContentsMargins(0, 0, 0, 0)
        self.form_column.setSpacing(14)
        self.empty_label = QLabel(self)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.empty_label.hide()
        column.addWidget(self.form_page)
        column.addWidget(self.empty_label)
        column.addStretch(1)
        self.labels: list[QLabel] = []
        self.build()
        self.form_column.addStretch(1)
        self._align_labels()
        bridge.changed.connect(self._on_changed)
        bridge.reset.connect(self.refresh)
        self.refresh()

    # -- building ---------------------------------------------------------------------------
    LABEL_CHARACTERS = 35
    """Widest label column, in average characters; longer labels (German ones) wrap."""

    def _align_labels(self) -> None:
        """One label column for every group, as wide as the widest label up to a cap."""
        if not self.labels:
            return
        cap = self.labels[0].fontMetrics().averageCharWidth() * self.LABEL_CHARACTERS
        column = min(max(label.sizeHint().width() for label in self.labels), cap)
        for label in self.labels:
            if label.sizeHint().width() > column:
                label.setWordWrap(True)
                label.setMaximumWidth(column)
            label.setMinimumWidth(column)

    def build(self) -> None:
        """Create the groups and fields (subclasses)."""

    def group(self, title: str) -> QFormLayout:
        """A titled box holding a form; fields are added to it with :meth:`add`."""
        box = QGroupBox(title, self.form_page)
        box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        form = QFormLayout(box)
        form.setContentsMargins(12, 10, 12, 12)
        form.setHorizontalSpacing(14)
        form.setVerticalSpacing(8)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.setFormAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.form_column.addWidget(box)
        return form

    def kind_words(self) -> str:
        """The header's noun in the reader's language, e.g. ``Data category``."""
        if not is_section(self.section):
            return translate("field", type(self).kind)
        singular = translate("section", section_info(self.section).singular)
        return singular[:1].upper() + singular[1:]

    def label(self, name: str, model: type[BaseModel] | None = None) -> str:
        """The label of a field: its title in the model, in the reader's language."""
        return field_title(model or self.model, name)  # already in the reader's language

    def words(self, name: str) -> tuple[str, str]:
        """(label, tooltip) of a field of the form's model, as a field widget takes them."""
        return self.label(name), self.tip(name)

    def tip(self, name: str, model: type[BaseModel] | None = None) -> str:
        """The help text of a field: its description in the model."""
        help_text = field_help(model or self.model, name)
        return translate("field", help_text) if help_text else ""

    def add(self, form: QFormLayout, path: FieldPath | str, field: FieldEditor, *,
            span: bool = False) -> FieldEditor:
        """Put ``field`` in ``form`` and wire it to commit ``path``.

        With ``span``, the field goes across the whole width, under the group's title instead of a
        label.
        """
        path = (path,) if isinstance(path, str) else path
        if span:
            form.addRow(field)
        else:
            label = QLabel(translate("editor", "{label}:").format(label=field.label_text),
                           form.parentWidget())
            label.setToolTip(field.tip)
            label.setContentsMargins(0, 4, 0, 0)
            if field.inputs():
                label.setBuddy(field.inputs()[0])
            form.addRow(label, field)
            self.labels.append(label)
        field.committed.connect(lambda value, p=path: self.commit(p, value))
        self.fields[path] = field
        return field

    def add_id(self, form: QFormLayout) -> FieldEditor:
        """The id field: checked as it is typed; a change renames (references follow)."""
        tip = translate("editor", "{help} Changing it renames the item everywhere it is used; "
                        "sub-items move along.").format(help=self.tip("id"))
        return self.add(form, "id", LineField(self.label("id"), tip, check=self.check_id))

    def add_text(self, form: QFormLayout, name: str, *, block: bool = False,
                 placeholder: str = "") -> FieldEditor:
        """A one-line (or, with ``block``, multi-line) text field for ``name``."""
        cls = TextBlockField if block else LineField
        return self.add(form, name, cls(self.label(name), self.tip(name),
                                        placeholder=placeholder))

    def check_id(self, text: str) -> str | None:
        """Why ``text`` cannot be this item's id, or None."""
        if not text:
            return translate("editor", "an id cannot be empty")
        if not ids.is_valid_id(text):
            return translate("editor", "'{id}' is not a valid id: use lowercase letters, digits, "
                             "_ and dots (e.g. contact.email)").format(id=text)
        if text != self.item_id and self.bridge.document.find(self.section, text) is not None:
            return translate("editor", "'{id}' is already used by another {kind}").format(
                id=text, kind=self.kind_noun())
        return None

    def kind_noun(self) -> str:
        """The noun in running text: lower case in English, as written in other languages."""
        if is_section(self.section):
            return translate("section", section_info(self.section).singular)
        return self.kind.lower() if self.kind == type(self).kind else self.kind

    # -- what is shown ----------------------------------------------------------------------
    def target(self) -> BaseModel | None:
        """The model the form edits, or None when it is not (or no longer) in the policy."""
        if not self.item_id:
            return None
        return self.bridge.document.find(self.section, self.item_id)

    def value_at(self, target: BaseModel | None, path: FieldPath) -> Any:
        """The value at ``path`` inside ``target`` (None through missing parts)."""
        value: Any = target
        for name in path:
            if value is None:
                return None
            value = getattr(value, name)
        return value

    def show_item(self, item_id: str | None) -> None:
        """Edit ``item_id`` (text typed for the previous item is committed to it first)."""
        if (item_id or None) != self.item_id:
            self.finish_editing()
        self.item_id = item_id or None
        self.refresh()

    def finish_editing(self) -> None:
        """Commit whatever is typed but not committed yet."""
        if self.target() is not None:
            for field in list(self.fields.values()):
                field.finish_editing()

    def title_text(self, target: BaseModel) -> tuple[str, str]:
        """(title, subtitle) for the header: the item's name first, then its kind and id."""
        kind_id = f"{self.kind} · {target.id}"  # type: ignore[attr-defined]
        name = self.header_name(target)
        return (name, kind_id) if name else (kind_id, "")

    def header_name(self, target: BaseModel) -> str:
        """What the header calls ``target`` (its name; subclasses say otherwise)."""
        return getattr(target, "name", "") or ""

    def refresh(self, paths: list[FieldPath] | None = None) -> None:
        """Show the document's values (all fields, or only those under ``paths``)."""
        target = self.target()
        if target is None:
            self._show_empty()
            return
        self.empty_label.hide()
        self.form_page.show()
        self.show_header(target)
        for path, field in self.fields.items():
            if paths is not None and not any(path[:len(p)] == p or p[:len(path)] == path
                                             for p in paths):
                continue
            field.clear_error()
            field.set_value(self.value_at(target, path))

    def _show_empty(self) -> None:
        if self.item_id:
            self.title_label.setText(f"{self.kind} · {self.item_id}")
            self.empty_label.setText(translate(
                "editor", "'{id}' is no longer in the policy: it was deleted. "
                "Undo (Ctrl+Z) brings it back, or pick another item in the tree.").format(
                    id=self.item_id))
        else:
            self.title_label.setText(self.kind)
            self.empty_label.setText(translate("editor", "Nothing selected."))
        self.subtitle_label.hide()
        self.form_page.hide()
        self.empty_label.show()

    # -- following the document -------------------------------------------------------------
    def _on_changed(self, change: Change, initiator: object = None) -> None:
        if self.item_id is None:
            return
        followed = follow_id(change, self.section, self.item_id)
        if followed != self.item_id:
            self.item_id = followed
            self.refresh()
            return
        mine = (self.section, self.item_id)
        if self.own_edit(change, initiator) and mine in change.touched:
            return
        if not change.touched or change.kind != "update":
            if not change.touched or mine in change.touched or self._shows_any(change):
                self.refresh()
            return
        if mine in change.touched:
            self.refresh([change.field[:1]] if change.field else None)
        elif self._shows_any(change):
            self.refresh([p for p, f in self.fields.items() if hasattr(f, "open_picker")])

    def own_edit(self, change: Change, initiator: object) -> bool:
        """True when ``change`` is the edit one of this form's fields asked for.

        That field already shows it.
        """
        return (initiator is not None and change.kind == "update"
                and self.fields.get(change.field) is initiator)

    def _shows_any(self, change: Change) -> bool:
        return any(section in self.reference_sections for section, _ in change.touched)

    # -- committing ---------------------------------------------------------------------------
    def commit(self, path: FieldPath, value: Any) -> bool:
        """Apply ``value`` at ``path`` as one undo step; on refusal show why. True if applied."""
        field = self.fields[path]
        target = self.target()
        if target is None:
            return False
        if normalised(value) == normalised(self.value_at(target, path)):
            field.clear_error()
            return False
        try:
            self.apply_value(path, value)
        except EditError as exc:
            field.show_error(str(exc))
            if not field.keeps_bad_input:
                field.set_value(self.value_at(self.target(), path))
            return False
        field.clear_error()
        self._show_applied(path)
        return True

    def _show_applied(self, path: FieldPath) -> None:
        """Show the stored value of ``path`` and the header, after the form's own edit.

        The model may have normalised the value the field asked for.
        """
        target = self.target()
        if target is None:
            return
        self.show_header(target)
        self.fields[path].set_value(self.value_at(target, path))

    def show_header(self, target: BaseModel) -> None:
        """Show the title and subtitle of ``target`` (subclasses add what depends on it)."""
        title, subtitle = self.title_text(target)
        self.title_label.setText(title)
        self.subtitle_label.setText(subtitle)
        self.subtitle_label.setVisible(bool(subtitle))

    def apply_value(self, path: FieldPath, value: Any) -> None:
        """Change the document (raises EditError when refused)."""
        if path == ("id",):
            self.rename(str(value))
        else:
            self.bridge.set_field(self.section, self.item_id, ".".join(path), value,
                                  initiator=self.fields[path])

    def rename(self, new_id: str) -> None:
        """Rename the item (and its descendants) so that every reference follows."""
        old = self.item_id or ""
        existing = [item.id for item in self.bridge.document.items(self.section)]
        subtree = any(ids.covers(old, other) and other != old for other in existing)
        edit = self.bridge.document.rename_edit(self.section, old, new_id, subtree=subtree)
        self.bridge.apply(edit, translate("editor", "Rename {old} to {new}").format(
            old=old, new=new_id), self.fields.get(("id",)))
