"""What the user can do from a cell: allow, deny, edit the rule behind it, drop items on it.

Every change is exactly one undo step through the bridge. Each method returns the message it
showed, so tests (and the status bar) can tell what happened when nothing was changed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from app.domain import ids
from app.domain.edits import EditError, RemoveItem, SetField
from app.domain.enums import Effect
from app.domain.i18n import translate
from app.domain.matrix import ALLOWING, CONSENT_MISSING, DENIED, OPTED_OUT
from app.domain.models import Policy, UseRule
from app.domain.sections import CATEGORIES, PURPOSES, RULES
from app.ui.views.matrix.model import MatrixModel

if TYPE_CHECKING:
    from app.ui.bridge import DocumentBridge

REMOVE, EDIT = "remove", "edit"
Asker = Callable[[QWidget | None, str, list[str]], str | None]


def rule_id(policy: Policy, effect: str, category: str, purpose: str) -> str:
    """A fresh id such as ``allow_contact_email_for_marketing`` (``_2``... when taken)."""
    def slug(value: str) -> str:
        return re.sub(r"[^a-z0-9_]+", "_", value.lower()).strip("_") or "item"
    base = f"{effect}_{slug(category)}_for_{slug(purpose)}"[:190]
    taken = {rule.id for rule in policy.rules}
    found, number = base, 2
    while found in taken:
        found, number = f"{base}_{number}", number + 1
    return found


def ask_about_deny(parent: QWidget | None, text: str, rules: list[str]) -> str | None:
    """Explain that a deny rule wins; offer to remove it (one rule) or to edit it."""
    box = QMessageBox(QMessageBox.Icon.Information, translate("matrix cell", "A deny rule wins"),
                      text, QMessageBox.StandardButton.Cancel, parent)
    remove = box.addButton(translate("matrix cell", "Remove {rule}").format(rule=rules[0]),
                           QMessageBox.ButtonRole.DestructiveRole) if len(rules) == 1 else None
    edit = box.addButton(translate("matrix cell", "Edit {rule}…").format(rule=rules[0]),
                         QMessageBox.ButtonRole.AcceptRole)
    box.exec()
    clicked = box.clickedButton()
    return REMOVE if remove is not None and clicked is remove else (
        EDIT if clicked is edit else None)


class CellActions(QObject):
    """Allow / deny / edit / drop on the cells of one matrix model."""

    revealRequested = Signal(str, str)
    """Show this item in the editor: (section, item id)."""

    def __init__(self, bridge: DocumentBridge, model: MatrixModel, tell: Callable[[str], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge, self.model, self.tell = bridge, model, tell
        self.ask: Asker = ask_about_deny
        self._parent = parent

    def _pair(self, index: QModelIndex) -> tuple[str, str]:
        return self.model.row_entry(index.row()).id, self.model.col_entry(index.column()).id

    def _say(self, text: str) -> str:
        self.tell(text)
        return text

    def _no_cell(self) -> str:
        return self._say(translate("matrix cell", "Select a cell first."))

    # -- allow / deny ------------------------------------------------------------------------
    def allow(self, index: QModelIndex) -> str:
        """Add an allow rule for the cell's pair, unless something else decides it."""
        if not index.isValid():
            return self._no_cell()
        category, purpose = self._pair(index)
        cell = self.model.cell(index)
        rules = list(cell.rules)
        if cell.state == DENIED:
            return self._deny_wins(category, purpose, rules)
        if cell.state in ALLOWING:
            return self._say(translate(
                "matrix cell", "{category} for {purpose} is already allowed by {rules}.").format(
                category=category, purpose=purpose, rules=", ".join(rules)))
        if cell.state in (CONSENT_MISSING, OPTED_OUT):
            return self._say(translate(
                "matrix cell", "{rules} already allows {category} for {purpose}; it is refused "
                "here because of the consent state, which a rule cannot change.").format(
                rules=", ".join(rules), category=category, purpose=purpose))
        return self._add(Effect.ALLOW, category, purpose)

    def deny(self, index: QModelIndex) -> str:
        """Add a deny rule for the cell's pair (unless a deny rule already covers it)."""
        if not index.isValid():
            return self._no_cell()
        category, purpose = self._pair(index)
        cell = self.model.cell(index)
        if cell.state == DENIED:
            return self._say(translate(
                "matrix cell", "{category} for {purpose} is already denied by {rules}.").format(
                category=category, purpose=purpose, rules=", ".join(cell.rules)))
        return self._add(Effect.DENY, category, purpose)

    def _add(self, effect: Effect, category: str, purpose: str) -> str:
        policy = self.bridge.policy
        new_id = rule_id(policy, str(effect), category, purpose)
        description = translate(
            "matrix cell", "Allow {category} for {purpose} (added from the use matrix)."
        ) if effect == Effect.ALLOW else translate(
            "matrix cell", "Deny {category} for {purpose} (added from the use matrix).")
        rule = UseRule(id=new_id, effect=effect, categories=[category], purposes=[purpose],
                       description=description.format(category=category, purpose=purpose))
        self.bridge.add_item(RULES, rule)
        return self._say(translate("matrix cell", "Added rule {rule}.").format(rule=new_id))

    def _deny_wins(self, category: str, purpose: str, rules: list[str]) -> str:
        text = translate(
            "matrix cell", "{category} for {purpose} is denied by {rules}. A deny rule always "
            "wins over allow rules, so adding an allow rule would change nothing. Remove the "
            "deny rule, or edit it to narrow what it covers.").format(
            category=category, purpose=purpose, rules=", ".join(rules))
        choice = self.ask(self._parent, text, rules)
        if choice == REMOVE and len(rules) == 1:
            self.bridge.apply(RemoveItem(RULES, rules[0]), translate(
                "matrix cell", "Remove deny rule {rule}").format(rule=rules[0]))
            return self._say(translate("matrix cell", "Removed deny rule {rule}.").format(
                rule=rules[0]))
        if choice == EDIT:
            self.revealRequested.emit(RULES, rules[0])
            return self._say(translate("matrix cell", "Edit {rule} to narrow it.").format(
                rule=rules[0]))
        return self._say(text)

    # -- edit --------------------------------------------------------------------------------
    def edit_rule(self, index: QModelIndex) -> str:
        """Show the first rule behind the cell in the editor."""
        if not index.isValid():
            return self._no_cell()
        rules = self.model.cell(index).rules
        if not rules:
            category, purpose = self._pair(index)
            return self._say(translate(
                "matrix cell", "No rule covers {category} for {purpose}; use Allow or Deny to "
                "add one.").format(category=category, purpose=purpose))
        self.revealRequested.emit(RULES, rules[0])
        return self._say(translate("matrix cell", "Editing {rule}.").format(rule=rules[0]))

    # -- drops -------------------------------------------------------------------------------
    def allow_rules(self, index: QModelIndex) -> list[UseRule]:
        """The allow rules that cover the cell for any subject and recipient asked.

        For a summary cell: those behind its pairs.
        """
        policy = self.bridge.policy
        row, col = self.model.row_entry(index.row()), self.model.col_entry(index.column())
        if row.summary or col.summary:
            wanted = set(self.model.cell(index).rules)
            return [r for r in policy.rules if r.id in wanted and r.effect == Effect.ALLOW]
        engine = self.model.evaluator.engine
        mask = self.model.evaluator.covering(row.id, col.id)
        return [policy.rules[i] for i in engine.rule_indices(mask)
                if policy.rules[i].effect == Effect.ALLOW]

    def drop(self, index: QModelIndex, items: list[tuple[str, str]]) -> str:
        """Add dropped categories/purposes to the one allow rule behind the cell."""
        if not index.isValid() or not items:
            return self._say(translate("matrix cell", "Drop categories or purposes onto a cell."))
        others = sorted({s for s, _ in items} - {CATEGORIES, PURPOSES})
        if others:
            return self._say(translate(
                "matrix cell", "Only categories and purposes can be dropped on a cell, not "
                "{sections}.").format(sections=", ".join(others)))
        rules = self.allow_rules(index)
        if not rules:
            return self._say(translate(
                "matrix cell", "No allow rule covers this cell; drop onto a cell with exactly "
                "one allow rule, or use Allow first."))
        if len(rules) > 1:
            return self._say(translate(
                "matrix cell", "%n allow rules cover this cell; drop onto a cell with exactly "
                "one allow rule, or use Allow first.", None, len(rules)))
        rule = rules[0]
        edits = []
        for section in (CATEGORIES, PURPOSES):
            current: list[str] = list(getattr(rule, section))
            new = [i for s, i in items if s == section and not ids.covers_any(current, i)]
            new = list(dict.fromkeys(new))
            if new:
                edits.append(SetField(RULES, rule.id, (section,), current + new))
        if not edits:
            return self._say(translate("matrix cell", "{rule} already covers what was dropped.")
                             .format(rule=rule.id))
        added = ", ".join(i for _, i in items)
        try:
            self.bridge.batch(edits, translate("matrix cell", "Add {items} to {rule}").format(
                items=added, rule=rule.id))
        except EditError as exc:
            return self._say(str(exc))
        return self._say(translate("matrix cell", "Added {items} to {rule}.").format(
            items=added, rule=rule.id))
