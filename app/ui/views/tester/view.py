"""The decision tester.

Ask the policy one question, or a CSV batch of them, and see the answers live as the policy or the
question changes.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.domain.choice_words import CONSENT_STATE_TIPS, CONSENT_STATE_WORDS, words
from app.domain.decisions import Decision, DecisionEngine, Request
from app.domain.enums import ConsentState
from app.domain.i18n import QT_TRANSLATE_NOOP, translate
from app.domain.intrusiveness import Scorer
from app.domain.models import Policy
from app.domain.requests import InvalidRequest, gpc_value, parse_request
from app.domain.sections import CATEGORIES, PURPOSES, RECIPIENTS, SUBJECTS, TESTS
from app.storage.resources import default_weights, region_catalogue
from app.ui.bridge import DocumentBridge
from app.ui.navigator.labels import rule_words
from app.ui.views.tester.answer import AnswerPanel
from app.ui.views.tester.batch_panel import BatchPanel
from app.ui.views.tester.choices import ChoiceCombo, item_rows
from app.ui.views.tester.save_expectation import SaveExpectationDialog

SAVE_SHORTCUT = "Ctrl+Shift+T"
RULE_WORDS = 44
"""Characters of a rule's description its button in the answer shows."""
EMPTY = QT_TRANSLATE_NOOP(
    "tester", "The policy has no data categories or purposes yet: add some (Add item, "
    "Ctrl+Shift+N) to ask whether a category may be used for a purpose.")
"""What the answer says while there is nothing to ask about."""

FIELDS = (
    ("category", QT_TRANSLATE_NOOP("tester", "Category"), CATEGORIES, "",
     QT_TRANSLATE_NOOP("tester", "The data category to use (required)")),
    ("purpose", QT_TRANSLATE_NOOP("tester", "Purpose"), PURPOSES, "",
     QT_TRANSLATE_NOOP("tester", "What the data would be used for (required)")),
    ("subject", QT_TRANSLATE_NOOP("tester", "Subject"), SUBJECTS,
     QT_TRANSLATE_NOOP("tester", "not known (no subject)"),
     QT_TRANSLATE_NOOP("tester", "Whom the data is about. Left empty, rules limited to some "
                       "subjects do not apply")),
    ("recipient", QT_TRANSLATE_NOOP("tester", "Recipient"), RECIPIENTS,
     QT_TRANSLATE_NOOP("tester", "not shared (no recipient)"),
     QT_TRANSLATE_NOOP("tester", "Who would receive the data. Left empty, the data is not "
                       "shared: rules that name recipients do not apply")),
    ("region", QT_TRANSLATE_NOOP("tester", "Region"), "",
     QT_TRANSLATE_NOOP("tester", "not known (no region)"),
     QT_TRANSLATE_NOOP("tester", "Where the data would be used (regions named by rules are "
                       "offered). Left empty, rules limited to some regions do not apply")),
)
LABELS = {"category": QT_TRANSLATE_NOOP("tester", "&Category:"),
          "purpose": QT_TRANSLATE_NOOP("tester", "&Purpose:"),
          "subject": QT_TRANSLATE_NOOP("tester", "&Subject:"),
          "recipient": QT_TRANSLATE_NOOP("tester", "&Recipient:"),
          "region": QT_TRANSLATE_NOOP("tester", "&Region:")}
"""Each field's label, with its access key."""
"""Request key, label, section offered, what an empty optional field means ("" required), tip.

The empty-field words are the use matrix's (see :mod:`app.ui.views.matrix.filters`)."""


class TesterView(QWidget):
    """Pick a request, see the answer; load a CSV batch below."""

    answered = Signal(object)
    """The :class:`Decision` shown for the current request (None when it cannot be asked)."""
    revealRequested = Signal(str, str)
    """Show this item in the editor: (section, item id), from the answer's links."""
    showRequested = Signal()
    """Bring the tester to the front (a request was opened in it from elsewhere)."""

    def __init__(self, bridge: DocumentBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self._engine: DecisionEngine | None = None
        self._scorer: Scorer | None = None
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        top = QSplitter(Qt.Orientation.Horizontal, splitter)
        top.setChildrenCollapsible(False)
        request_box = QGroupBox(translate("tester", "Request"), top)
        form = QFormLayout(request_box)
        self.combos: dict[str, ChoiceCombo] = {}
        for key, title, _section, empty, tip in FIELDS:
            combo = ChoiceCombo(translate("tester", title), translate("tester", tip),
                                translate("tester", empty) if empty else "", request_box,
                                key=key)
            combo.valueChanged.connect(self.update_answer)
            label = QLabel(translate("tester", LABELS[key]), request_box)
            label.setBuddy(combo)
            form.addRow(label, combo)
            self.combos[key] = combo
        self.consent = QComboBox(request_box)
        for state in ConsentState:
            self.consent.addItem(words(CONSENT_STATE_WORDS, state.value), state.value)
            self.consent.setItemData(self.consent.count() - 1,
                                     words(CONSENT_STATE_TIPS, state.value),
                                     Qt.ItemDataRole.ToolTipRole)
        self.consent.setCurrentIndex(self.consent.findData(ConsentState.UNKNOWN.value))
        self.consent.setAccessibleName(translate("tester", "Consent"))
        self.consent.setToolTip(translate("tester", "The person's consent state for this purpose"))
        self.consent.currentIndexChanged.connect(lambda _i: self.update_answer())
        consent_label = QLabel(translate("tester", "C&onsent:"), request_box)
        consent_label.setBuddy(self.consent)
        form.addRow(consent_label, self.consent)
        self.gpc = QCheckBox(translate("tester", "&Global Privacy Control signal"), request_box)
        self.gpc.setToolTip(translate(
            "tester", "The person's browser sent a GPC signal: an opt-out of purposes that "
            "honour it, unless consent is granted"))
        self.gpc.toggled.connect(lambda _on: self.update_answer())
        form.addRow("", self.gpc)
        top.addWidget(request_box)
        answer_box = QGroupBox(translate("tester", "Answer"), top)
        answer_layout = QVBoxLayout(answer_box)
        self.answer = AnswerPanel(answer_box)
        scroller = QScrollArea(answer_box)  # a small window scrolls the answer, never cuts it
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # it wraps
        scroller.setWidget(self.answer)
        scroller.setAccessibleName(translate("tester", "Answer, scrolled"))
        answer_layout.addWidget(scroller)
        answer_layout.addLayout(self._build_save_row(answer_box))
        top.addWidget(answer_box)
        top.setStretchFactor(0, 2)
        top.setStretchFactor(1, 3)
        self.batch = BatchPanel(lambda: self.bridge.policy, splitter)
        splitter.addWidget(top)
        splitter.addWidget(self.batch)
        splitter.setStretchFactor(0, 4)  # the answer first; the batch grows when dragged
        splitter.setStretchFactor(1, 1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 6, 6, 6)
        outer.addWidget(splitter)
        self.setFocusProxy(self.combos["category"])
        self.answer.revealRequested.connect(self.revealRequested)
        bridge.changed.connect(self._on_policy_changed)
        bridge.reset.connect(self._on_policy_changed)
        self._fill_choices()
        self.update_answer()

    # -- state -------------------------------------------------------------------------------
    @property
    def policy(self) -> Policy:
        """The policy being tested."""
        return self.bridge.policy

    def request(self) -> Request | None:
        """The request the fields describe, or None when it cannot be asked."""
        values = {key: combo.value() for key, combo in self.combos.items()}
        if not values["category"] or not values["purpose"]:
            return None
        try:
            return parse_request({**values, "consent": self.consent.currentData(),
                                  "gpc": self.gpc.isChecked()})
        except InvalidRequest:
            return None

    def set_request(self, **values: str | bool | None) -> None:
        """Fill the fields (keys of ``policy-studio decide``; consent as a state name)."""
        for key, value in values.items():
            if key == "consent":
                self.consent.setCurrentIndex(self.consent.findData(value or "unknown"))
            elif key == "gpc":
                self.gpc.setChecked(gpc_value(value) is True)
            else:
                self.combos[key].set_value(value if isinstance(value, str) else None)

    def _build_save_row(self, parent: QWidget) -> QHBoxLayout:
        self.save_action = QAction(translate("tester", "Save as expectation…"), self)
        self.save_action.setShortcut(QKeySequence(SAVE_SHORTCUT))
        self.save_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_action.triggered.connect(self.save_as_expectation)
        self.addAction(self.save_action)
        keys = self.save_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        self.save_button = QPushButton(translate("tester", "&Save as expectation…"), parent)
        self.save_button.setToolTip(translate(
            "tester", "Keep this question and its answer in the policy as an expectation that "
            "validation checks ({keys})").format(keys=keys))
        self.save_button.clicked.connect(self.save_as_expectation)
        self.saved_label = QLabel(parent)
        self.saved_label.setTextFormat(Qt.TextFormat.RichText)
        self.saved_label.linkActivated.connect(lambda i: self.revealRequested.emit(TESTS, i))
        self.save_dialog: SaveExpectationDialog | None = None
        row = QHBoxLayout()
        row.addWidget(self.saved_label, 1)
        row.addWidget(self.save_button)
        return row

    def ask(self, values: dict[str, str | bool | None]) -> None:
        """Open a request (keys of ``policy-studio decide``) and ask to be shown."""
        for combo in self.combos.values():
            combo.set_value(None)
        self.set_request(**values)
        self.showRequested.emit()

    def save_as_expectation(self) -> SaveExpectationDialog | None:
        """Ask for the question, then add the request and its answer as one undoable edit."""
        request, decision = self.request(), self.answer.decision
        if request is None or decision is None:
            self.saved_label.setText(translate("tester", "Choose a category and a purpose first."))
            return None
        undeclared = [f"{key} '{combo.value()}'" for key, combo in self.combos.items()
                      if key != "region" and not combo.declared()]
        if undeclared:
            self.saved_label.setText(translate(
                "tester", "Declare the {items} first: an expectation names declared items "
                "only.").format(items=", ".join(undeclared)))
            return None
        taken = [item.id for item in self.policy.tests]
        dialog = SaveExpectationDialog(request, decision, taken, self.window())
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.accepted.connect(lambda: self._save(dialog))
        dialog.finished.connect(dialog.deleteLater)
        self.save_dialog = dialog
        dialog.open()
        return dialog

    def _save(self, dialog: SaveExpectationDialog) -> None:
        expectation = dialog.expectation()
        self.bridge.add_item(TESTS, expectation, initiator=self)
        self.saved_label.setText(translate("tester", "Saved as expectation {link}.").format(
            link=f"<a href='{expectation.id}'>{expectation.id}</a>"))

    # -- behaviour ---------------------------------------------------------------------------
    def _on_policy_changed(self, *_args: object) -> None:
        self._engine = self._scorer = None
        self._fill_choices()
        self.update_answer()
        self.batch.refresh()

    def _fill_choices(self) -> None:
        policy = self.policy
        for key, _title, section, _empty, _tip in FIELDS:
            if section:
                rows = item_rows(getattr(policy, section))
            else:
                regions = sorted({g for rule in policy.rules for g in rule.regions})
                rows = [(g, "", "") for g in regions]
            self.combos[key].set_choices(rows)

    def update_answer(self) -> None:
        """Answer the current request."""
        problems = [p for combo in self.combos.values() if (p := combo.problem())]
        request = self.request()
        if request is None:
            self.answer.show_message(problems[0].capitalize() + "." if problems else
                                     translate("tester", EMPTY) if not (
                                         self.policy.categories and self.policy.purposes) else
                                     translate("tester", "Choose a category and a purpose to "
                                               "see the answer."))
            self.answered.emit(None)
            self.save_button.setEnabled(False)
            return
        if self._engine is None or self._scorer is None:
            self._engine = DecisionEngine(self.policy, region_catalogue())
            self._scorer = Scorer(self.policy, default_weights())
        decision: Decision = self._engine.decide(request)
        score = None
        if decision.allowed:
            score = self._scorer.score(request.category, request.purpose, request.subject,
                                       request.recipient, decision.obligations)
        notes = [translate("tester", "Note: {field} '{value}' is not declared in the "
                           "policy.").format(field=key, value=combo.value())
                 for key, combo in self.combos.items()
                 if key != "region" and not combo.declared()]
        words = {rule.id: rule_words(self.policy, rule, RULE_WORDS)
                 for rule in self.policy.rules if rule.id in decision.rules}
        self.answer.show_decision(decision, score, notes, words)
        self.answered.emit(decision)
        self.save_button.setEnabled(True)
