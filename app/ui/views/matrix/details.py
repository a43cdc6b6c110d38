"""The side panel: why the selected cell says what it says, and the rules behind it."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QResizeEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QListView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.decisions import reason_words
from app.domain.enums import label
from app.domain.i18n import translate
from app.domain.matrix import ALLOWING, MIXED, NOT_ALLOWED, SOME, STATE_TEXT, Cell
from app.domain.models import Policy, UseRule
from app.domain.typography import labelled
from app.ui.icons import icon
from app.ui.views.matrix import who

RuleIdRole = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


class RulesModel(QAbstractListModel):
    """The rules behind one cell."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rules: list[UseRule] = []

    def set_rules(self, rules: list[UseRule]) -> None:
        """Show ``rules``."""
        self.beginResetModel()
        self._rules = list(rules)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        """One row per rule."""
        return 0 if parent.isValid() else len(self._rules)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """What the rule's row shows or holds for ``role``."""
        if not index.isValid() or not 0 <= index.row() < len(self._rules):
            return None
        rule = self._rules[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{rule.id} ({rule.effect})"
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            text = (translate("matrix", "Deny rule {rule}") if rule.effect == "deny" else
                    translate("matrix", "Allow rule {rule}")).format(rule=rule.id)
            return labelled(text, rule.description) if rule.description else text
        if role == Qt.ItemDataRole.DecorationRole:
            return icon("rule-deny" if rule.effect == "deny" else "rule-allow")
        if role == RuleIdRole:
            return rule.id
        return None


class DetailsPanel(QWidget):
    """Decision, reason, covering rules (activate one to edit it) and the intrusiveness."""

    ruleActivated = Signal(str)

    def __init__(self, actions: list[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("matrix", "Cell details"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        self.title = QLabel(translate("matrix", "Select a cell"), self)
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.state = QLabel(self)
        self.state.setWordWrap(True)
        self.reason = QLabel(translate("matrix", "Each cell says whether a category may be used "
                                       "for a purpose under the filters above."), self)
        self.reason.setWordWrap(True)
        self.who = QLabel(self)
        self.who.setWordWrap(True)
        self.who.setAccessibleName(translate("matrix", "Whom the cell is allowed for"))
        self.who.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.rules_caption = QLabel(translate("matrix", "&Rules behind this cell:"), self)
        self.rules = RulesModel(self)
        self.rule_list = QListView(self)
        self.rule_list.setModel(self.rules)
        self.rule_list.setAccessibleName(translate("matrix", "Rules behind the cell"))
        self.rule_list.setToolTip(
            translate("matrix", "Activate a rule (double-click or Enter) to edit it"))
        self.rule_list.setMaximumHeight(96)
        self.rule_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.rule_list.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.rule_list.activated.connect(self._activate)
        self.rules_caption.setBuddy(self.rule_list)
        self.intrusiveness = QLabel(self)
        self.intrusiveness.setWordWrap(True)
        self.intrusiveness.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.extra = QLabel(self)
        self.extra.setWordWrap(True)
        self.buttons: list[QToolButton] = []
        for action in actions:
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            self.buttons.append(button)
        self.button_grid = QGridLayout()
        self._columns = 0
        self._place_buttons(len(self.buttons))
        for widget in (self.title, self.state, self.reason, self.who):
            layout.addWidget(widget)
        layout.addLayout(self.button_grid)
        for widget in (self.rules_caption, self.rule_list, self.intrusiveness, self.extra):
            layout.addWidget(widget)
        layout.addStretch(1)

    def _place_buttons(self, columns: int) -> None:
        """The action buttons in rows of ``columns`` (left-aligned)."""
        if columns == self._columns:
            return
        for column in range(len(self.buttons) + 1):
            self.button_grid.setColumnStretch(column, 0)
        for position, button in enumerate(self.buttons):
            self.button_grid.addWidget(button, position // columns, position % columns)
        self.button_grid.setColumnStretch(columns, 1)
        self._columns = columns

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Wrap the buttons when one row does not fit the room shown.

        Longer words (German) or a narrow window would otherwise widen the panel past its
        scroll area, and every label in it would be cut off on the right.
        """
        super().resizeEvent(event)
        outer = self.parentWidget()
        room = (outer.width() if outer is not None else self.width()) - 6
        spacing = max(self.button_grid.horizontalSpacing(), 0)
        widths = [button.sizeHint().width() for button in self.buttons]
        columns = len(widths)
        if sum(widths) + spacing * (columns - 1) > room:  # rows of columns as wide as the widest
            while columns > 1 and columns * max(widths) + spacing * (columns - 1) > room:
                columns -= 1
        self._place_buttons(max(columns, 1))

    def _activate(self, index: QModelIndex) -> None:
        rule_id = index.data(RuleIdRole)
        if rule_id:
            self.ruleActivated.emit(rule_id)

    def show_cell(self, title: str, cell: Cell | None, policy: Policy) -> None:
        """Explain ``cell`` (None clears the panel)."""
        if cell is None:
            self.title.setText(translate("matrix", "Select a cell"))
            for widget in (self.state, self.reason, self.who, self.intrusiveness, self.extra):
                widget.clear()
            self.rules.set_rules([])
            return
        self.title.setText(title)
        self.state.setText(translate("matrix", STATE_TEXT[cell.state]))
        self.reason.setText(_reason(cell))
        names = who.Names(policy)
        spread = cell.spread
        self.who.setText(who.full(spread, names) if spread is not None and cell.state == SOME
                         else "")
        wanted = set(cell.rules)
        self.rules.set_rules([rule for rule in policy.rules if rule.id in wanted])
        self.rules_caption.setText(translate("matrix", "&Rules behind this cell:") if wanted
                                   else translate("matrix", "&Rules behind this cell: none"))
        if cell.score is not None and (cell.state in ALLOWING or cell.state == SOME):
            factors = "".join(f"<li>{labelled(f.label, f'{f.points:+g}')}</li>"
                              for f in cell.score.factors)
            use = ""
            if cell.scored is not None and spread is not None and spread.combinations > 1:
                subject, recipient = cell.scored
                use = "<br>" + translate(
                    "matrix", "the most intrusive allowed use: {subject}, {recipient}").format(
                    subject=escape(names.subject(subject)),
                    recipient=escape(names.recipient(recipient)))
            heading = translate("matrix", "Intrusiveness {score} ({band})").format(
                score=f"{cell.score.value:g}", band=cell.score.band)
            self.intrusiveness.setText(
                f"<b>{heading}</b>{use}<ul style='margin:0'>{factors}</ul>"
                "<i>" + translate("matrix", "A review aid, not a verdict.") + "</i>")
        else:
            self.intrusiveness.setText(
                translate("matrix", "Intrusiveness is scored for allowed uses only."))
        self.extra.setText(_extra(cell))


def _reason(cell: Cell) -> str:
    if cell.state == MIXED:
        counts = ", ".join(f"{_lower_first(translate('matrix', STATE_TEXT[s]))}: {n}"
                           for s, n in cell.states.items())
        return translate(
            "matrix", "The pairs in this group do not all get the same answer ({counts}; "
            "stopped at the first difference). Expand the group to see each pair.").format(
            counts=counts)
    if cell.decision is None:
        return translate("matrix", "Nothing is declared in this group.")
    spread = cell.spread
    if cell.state == SOME and spread is None:
        return translate(
            "matrix", "Each of the %n pairs in this group is allowed for some subjects or "
            "recipients, not all. Expand the group to see whom.", None, cell.pairs)
    if cell.state == SOME and spread is not None:
        return translate("matrix", "Allowed for some of the subjects and recipients asked "
                         "({counts}), not for the others:").format(counts=who.brief(spread))
    if cell.state == NOT_ALLOWED and spread is not None:
        return translate("matrix", "Not allowed for any subject or recipient asked "
                         "({reasons}).").format(reasons=who.reasons(spread))
    reason = reason_words(cell.decision.reason)
    text = translate("matrix", "{reason} for every subject and recipient asked.").format(
        reason=reason) if spread is not None and spread.combinations > 1 else f"{reason}."
    text = text[:1].upper() + text[1:]
    if cell.pairs > 1:
        text += " " + translate("matrix", "All %n pairs in this group get this answer.", None,
                                cell.pairs)
    return text


def _lower_first(text: str) -> str:
    """A state's words inside a sentence (``Denied by rule`` -> ``denied by rule``)."""
    return text[:1].lower() + text[1:]


def _extra(cell: Cell) -> str:
    decision = cell.decision
    if decision is None or not decision.allowed:
        return ""
    parts = []
    if decision.obligations:
        parts.append(translate("matrix", "Obligations: {obligations}").format(
            obligations=", ".join(label(o) for o in decision.obligations)))
    if decision.retention is not None:
        kept = decision.retention
        parts.append(translate("matrix", "Retention: {retention} (rule {rule})").format(
            retention=escape(kept.sentence()), rule=kept.rule))
    else:
        parts.append(translate("matrix", "Retention: no retention rule applies"))
    return "<br>".join(parts)
