"""Forms for use rules and retention rules: references are picked, never typed."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from pydantic import BaseModel
from PySide6.QtWidgets import QFormLayout

from app.domain.enums import Disposition, Effect, Obligation, Trigger
from app.domain.sections import RETENTION, RULES
from app.ui.editors.base import ItemEditor
from app.ui.editors.chips import TagField
from app.ui.editors.choice_fields import BoolField, CheckListField, EnumCombo
from app.ui.editors.drops import ReferenceDropMixin
from app.ui.editors.duration_edit import DurationEdit
from app.ui.editors.pickers import ReferenceField
from app.ui.icons import icon


class _RuleEditor(ReferenceDropMixin, ItemEditor):
    """Shared: reference pickers over the declared items of another section.

    Navigator items dropped on the form are added to the matching references.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.enable_reference_drops()

    def items_of(self, section: str) -> Callable[[], Sequence[Any]]:
        """A function giving the current items of ``section`` (the document may change)."""
        return lambda: self.bridge.document.items(section)

    def add_refs(self, form: QFormLayout, name: str, empty_text: str) -> ReferenceField:
        """A picker for the reference field ``name`` (ids of the section of the same name)."""
        field = ReferenceField(self.label(name), self.tip(name), self.items_of(name), noun=name,
                               empty_text=empty_text)
        self.add(form, name, field)
        return field

    def title_text(self, target: BaseModel) -> tuple[str, str]:
        title, _ = super().title_text(target)
        description = getattr(target, "description", "") or ""
        first_line = description.strip().splitlines()[0] if description.strip() else ""
        return title, first_line[:140]


class UseRuleEditor(_RuleEditor):
    """Allows or denies using some categories for some purposes."""

    section = RULES

    def build(self) -> None:
        """Create the use rule form."""
        general = self.group("Rule")
        self.add_id(general)
        self.add(general, "effect", EnumCombo(*self.words("effect"), list(Effect)))
        self.add_text(general, "description", block=True,
                      placeholder="What the rule allows or forbids, and why")
        scope = self.group("Scope")
        self.add_refs(scope, "categories",
                      "none yet: the rule covers no data until a category is added")
        self.add_refs(scope, "purposes",
                      "none yet: the rule covers no use until a purpose is added")
        self.add_refs(scope, "subjects",
                      "any data subject")
        self.add_refs(scope, "recipients",
                      "any recipient (or none)")
        regions = TagField(*self.words("regions"), empty_text="anywhere",
                           placeholder="Add a region, e.g. eu…")
        self.add(scope, "regions", regions)
        duties = self.group("Obligations")
        self.add(duties, "obligations", CheckListField(
            *self.words("obligations"), list(Obligation)))

    def show_header(self, target: BaseModel) -> None:
        """Show the header, the effect icon and the region suggestions."""
        super().show_header(target)
        effect = str(getattr(target, "effect", ""))
        name = "rule-deny" if effect == "deny" else "rule-allow"
        self.icon_label.setPixmap(icon(name).pixmap(28, 28))
        used = {r for rule in self.bridge.document.items(RULES) for r in rule.regions}
        regions = self.fields[("regions",)]
        if isinstance(regions, TagField):
            regions.set_suggestions(sorted(used))


class RetentionEditor(_RuleEditor):
    """How long some categories are kept, from which event, and what happens after."""

    section = RETENTION

    def build(self) -> None:
        """Create the retention rule form."""
        general = self.group(self.kind)
        self.add_id(general)
        self.add_text(general, "description", block=True)
        scope = self.group("Scope")
        self.add_refs(scope, "categories",
                      "none yet: add the categories this period applies to")
        self.add_refs(scope, "purposes",
                      "any purpose")
        period = self.group("Period")
        self.add(period, "duration", DurationEdit(*self.words("duration")))
        self.add(period, "trigger", EnumCombo(*self.words("trigger"), list(Trigger)))
        self.add(period, "disposition", EnumCombo(*self.words("disposition"),
                                                  list(Disposition)))
        self.add_text(period, "citation",
                      placeholder="The law or reason, e.g. HGB § 257 (10 years)")
        self.add(period, "legal_hold", BoolField(
            *self.words("legal_hold"), "Deletion is suspended (legal hold)"))
