"""Forms for use rules and retention rules: references are picked, never typed."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from pydantic import BaseModel
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel

from app.domain.enums import Disposition, Effect, Obligation, PeriodStart, Trigger
from app.domain.i18n import QT_TRANSLATE_NOOP, translate
from app.domain.models import RetentionRule
from app.domain.retention_words import retention_sentence
from app.domain.sections import RETENTION, RULES
from app.ui.editors.base import ItemEditor, first_line
from app.ui.editors.choice_fields import BoolField, CheckListField, EnumCombo
from app.ui.editors.drops import ReferenceDropMixin
from app.ui.editors.duration_edit import DurationEdit
from app.ui.editors.pickers import ReferenceField
from app.ui.editors.region_fields import RegionListField, policy_regions, refresh_regions
from app.ui.editors.retention_fields import MonthDayField
from app.ui.icons import icon
from app.ui.wrapped import WrappedLabel

_NOUNS = {"categories": QT_TRANSLATE_NOOP("editor", "categories"),
          "purposes": QT_TRANSLATE_NOOP("editor", "purposes"),
          "subjects": QT_TRANSLATE_NOOP("editor", "subjects"),
          "recipients": QT_TRANSLATE_NOOP("editor", "recipients")}
"""What the pickers' buttons call the items of each scope field ("Add categories…")."""

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
        field = ReferenceField(self.label(name), self.tip(name), self.items_of(name),
                               noun=translate("editor", _NOUNS[name]), empty_text=empty_text)
        self.add(form, name, field)
        return field

    def header_name(self, target: BaseModel) -> str:
        """The first line of the rule's description."""
        description = getattr(target, "description", "") or ""
        return first_line(description)


class UseRuleEditor(_RuleEditor):
    """Allows or denies using some categories for some purposes."""

    section = RULES

    def build(self) -> None:
        """Create the use rule form."""
        general = self.group(translate("editor", "Rule"))
        self.add_id(general)
        self.add(general, "effect", EnumCombo(*self.words("effect"), list(Effect)))
        self.add_text(general, "description", block=True,
                      placeholder=translate("editor", "What the rule allows or forbids, and why"))
        scope = self.group(translate("editor", "Scope"))
        self.add_refs(scope, "categories",
                      translate("editor",
                                "none yet: the rule covers no data until a category is added"))
        self.add_refs(scope, "purposes",
                      translate("editor",
                                "none yet: the rule covers no use until a purpose is added"))
        self.add_refs(scope, "subjects",
                      translate("editor", "any data subject"))
        self.add_refs(scope, "recipients",
                      translate("editor", "any recipient (or none)"))
        self.add(scope, "regions", RegionListField(
            *self.words("regions"), policy_regions(lambda: self.bridge.document.policy),
            empty_text=translate("editor", "anywhere"), placeholder=translate("editor",
                                                                              "Add a region, e.g. "
                                                                              "de, US-CA or eea…")))
        duties = self.group(translate("editor", "Obligations"))
        self.add(duties, "obligations", CheckListField(
            *self.words("obligations"), list(Obligation)))

    def show_header(self, target: BaseModel) -> None:
        """Show the header, the effect icon and the region completions."""
        super().show_header(target)
        effect = str(getattr(target, "effect", ""))
        name = "rule-deny" if effect == "deny" else "rule-allow"
        self.icon_label.setPixmap(icon(name).pixmap(28, 28))
        refresh_regions(self.fields.values())


class RetentionEditor(_RuleEditor):
    """How long some categories are kept, from which event, and what happens after.

    Fields that only mean something for some choices are enabled only then: the custom event
    for a custom trigger, the financial year's start for a period from the end of a financial
    year, the legal hold's reason under a legal hold. The period in words sits under them.
    """

    section = RETENTION

    def build(self) -> None:
        """Create the retention rule form."""
        general = self.group(self.kind)
        self.add_id(general)
        self.add_text(general, "description", block=True)
        scope = self.group(translate("editor", "Scope"))
        self.add_refs(scope, "categories",
                      translate("editor", "none yet: add the categories this period applies to"))
        self.add_refs(scope, "purposes",
                      translate("editor", "any purpose"))
        period = self.group(translate("editor", "Period"))
        self.add(period, "duration", DurationEdit(*self.words("duration"),
                                                  none_text=translate("editor", "No fixed period")))
        self.add(period, "minimum", DurationEdit(*self.words("minimum"),
                                                 none_text=translate("editor", "No minimum"),
                                                 indefinite=False))
        self.add_text(period, "criteria", placeholder=translate("editor",
                                                                "e.g. for the life of the account"))
        self.add(period, "trigger", EnumCombo(*self.words("trigger"), list(Trigger)))
        self.add_text(period, "custom_event", placeholder=translate("editor",
                                                                    "e.g. asset disposed of"))
        self.add(period, "period_start", EnumCombo(*self.words("period_start"),
                                                   list(PeriodStart)))
        self.add(period, "financial_year_start", MonthDayField(
            *self.words("financial_year_start")))
        self.reads = WrappedLabel("", self)  # never cut short (a long German sentence)
        self.reads.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reads.setAccessibleName(translate("editor", "The period in words"))
        reads_label = QLabel(translate("editor", "Reads:"), self)
        self.labels.append(reads_label)
        period.addRow(reads_label, self.reads)
        after = self.group(translate("editor", "Afterwards"))
        self.add(after, "disposition", EnumCombo(*self.words("disposition"),
                                                 list(Disposition)))
        self.add(after, "dispositions", CheckListField(*self.words("dispositions"),
                                                       list(Disposition), columns=3))
        self.add_text(after, "citation",
                      placeholder=translate("editor",
                                            "The law or reason, e.g. HGB § 257 (10 years)"))
        self.add(after, "legal_hold", BoolField(
            *self.words("legal_hold"), translate("editor", "Deletion is suspended (legal hold)")))
        self.add_text(after, "legal_hold_reason",
                      placeholder=translate(
                          "editor", "e.g. statutory duty, or the litigation it is held for"))

    def show_header(self, target: BaseModel) -> None:
        """Show the header, enable what the choices make meaningful, say the period."""
        super().show_header(target)
        if not isinstance(target, RetentionRule):
            return
        enabled = {"custom_event": target.trigger == Trigger.CUSTOM,
                   "financial_year_start":
                       target.period_start == PeriodStart.END_OF_FINANCIAL_YEAR,
                   "legal_hold_reason": target.legal_hold}
        for name, on in enabled.items():
            field = self.fields[(name,)]
            # A value already there stays editable, so it can be seen and cleared.
            field.setEnabled(on or bool(getattr(target, name)))
        self.reads.setText(f"{capitalised(retention_sentence(target))}.")
        others = self.fields[("dispositions",)]
        if isinstance(others, CheckListField):  # "or" the disposition itself says nothing
            for value, box in others.boxes.items():
                box.setEnabled(value != str(target.disposition) or value in map(
                    str, target.dispositions))


def capitalised(text: str) -> str:
    """``text`` with its first letter upper-case."""
    return text[:1].upper() + text[1:]
