"""The form of an expectation: a question, the request it asks, the answer it expects.

Every reference is picked from the declared items. Above the fields the form says, live, whether
the policy answers the question as expected now ("Holds: deny (consent_missing)" or "Fails:
expected allow, got deny (consent_missing)"), asking the decision engine, and offers to open the
request in the decision tester.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton

from app.domain.decisions import DecisionEngine
from app.domain.edits import Change
from app.domain.enums import ConsentState, DecisionReason, Effect
from app.domain.expectations import answer_text, decision_for, mismatches
from app.domain.i18n import translate
from app.domain.models import Expectation
from app.domain.sections import CATEGORIES, PURPOSES, RECIPIENTS, RETENTION, RULES, SUBJECTS, TESTS
from app.domain.typography import semicolons
from app.ui.editors.base import ItemEditor, first_line
from app.ui.editors.choice_fields import BoolField, EnumCombo
from app.ui.editors.fields import error_colour, in_sentence
from app.ui.editors.pickers import ReferenceField
from app.ui.editors.reference_choice import ReferenceChoiceField
from app.ui.editors.region_fields import RegionLineField, policy_regions, refresh_regions
from app.ui.engine_cache import current_engine
from app.ui.icons import icon

HOLDS, FAILS, INCOMPLETE = "holds", "fails", "incomplete"


def verdict(engine: DecisionEngine, expectation: Expectation) -> tuple[str, str]:
    """(state, sentence): whether ``expectation`` holds, asked of the decision engine."""
    decision = decision_for(engine, expectation)
    if decision is None:
        return INCOMPLETE, translate("editor", "Incomplete: choose a category and a purpose to "
                                     "ask the question.")
    answer = decision.to_dict()
    problems = mismatches(expectation, answer)
    if problems:
        return FAILS, translate("editor", "Fails: {problems}").format(problems=semicolons(problems))
    return HOLDS, translate("editor", "Holds: {answer}").format(answer=answer_text(answer))


def request_values(expectation: Expectation) -> dict[str, Any]:
    """The request of ``expectation`` in the keys of ``policy-studio decide``."""
    return {"category": expectation.category, "purpose": expectation.purpose,
            "subject": expectation.subject, "recipient": expectation.recipient,
            "region": expectation.region, "consent": str(expectation.consent),
            "gpc": expectation.gpc}


class ExpectationEditor(ItemEditor):
    """A question the policy must keep answering the same way."""

    section = TESTS
    testRequested = Signal(dict)
    """Open this request in the decision tester (keys of :func:`request_values`)."""

    def build(self) -> None:
        """Create the verdict line and the expectation form."""
        self._build_verdict()
        general = self.group(translate("editor", "Question"))
        self.add_id(general)
        self.add_text(general, "note", block=True,
                      placeholder=translate("editor", "The question in plain words, e.g. May "
                                            "we send the newsletter without consent?"))
        request = self.group(translate("editor", "Request"))
        for name, section, empty in (
                ("category", CATEGORIES, translate("editor", "(choose a category)")),
                ("purpose", PURPOSES, translate("editor", "(choose a purpose)")),
                ("subject", SUBJECTS, translate("editor", "(not given)")),
                ("recipient", RECIPIENTS, translate("editor", "(no disclosure)"))):
            self.add_choice(request, name, section, empty)
        self.add(request, "region", RegionLineField(
            *self.words("region"), policy_regions(lambda: self.bridge.document.policy),
            placeholder=translate("editor", "e.g. DE or eea")))
        self.add(request, "consent", EnumCombo(*self.words("consent"), list(ConsentState)))
        self.add(request, "gpc", BoolField(*self.words("gpc"), translate(
            "editor", "The browser sends a Global Privacy Control signal")))
        answer = self.group(translate("editor", "Expected answer"))
        self.add(answer, "expect", EnumCombo(*self.words("expect"), list(Effect)))
        self.add(answer, "reason", EnumCombo(*self.words("reason"), list(DecisionReason),
                                             optional=True,
                                             none_text=translate("editor", "(any reason)")))
        self.add(answer, "rules", ReferenceField(
            *self.words("rules"), lambda: self.bridge.document.items(RULES),
            noun=translate("editor", "rules"),
            empty_text=translate("editor", "not checked")))
        self.add_choice(answer, "retention", RETENTION, translate("editor", "(not checked)"))

    def add_choice(self, form: Any, name: str, section: str, empty: str) -> None:
        """A single-choice picker for ``name`` over the declared items of ``section``."""
        self.add(form, name, ReferenceChoiceField(
            *self.words(name), lambda: self.bridge.document.items(section),
            noun=in_sentence(self.label(name)), empty_text=empty))

    def _build_verdict(self) -> None:
        frame = QFrame(self.form_page)
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        row = QHBoxLayout(frame)
        row.setContentsMargins(10, 6, 10, 6)
        self.verdict_icon = QLabel(frame)
        self.verdict_label = QLabel(frame)
        self.verdict_label.setWordWrap(True)
        self.verdict_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.verdict_label.setAccessibleName(
            translate("editor", "Whether the expectation holds now"))
        self.tester_button = QPushButton(translate("editor", "Open in &decision tester"), frame)
        self.tester_button.setIcon(icon("decision-tester"))
        self.tester_button.setToolTip(translate("editor", "Ask this request in the decision "
                                                "tester to see why the policy answers as it "
                                                "does."))
        self.tester_button.clicked.connect(self.open_in_tester)
        row.addWidget(self.verdict_icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.verdict_label, 1)
        row.addWidget(self.tester_button, 0, Qt.AlignmentFlag.AlignTop)
        self.form_column.addWidget(frame)
        self.state = INCOMPLETE

    def header_name(self, target: BaseModel) -> str:
        """The first line of the expectation's note."""
        return first_line(getattr(target, "note", "") or "")

    def show_header(self, target: BaseModel) -> None:
        """Show the header, the region completions and whether the expectation holds."""
        super().show_header(target)
        refresh_regions(self.fields.values())
        self.show_verdict()

    def show_verdict(self) -> None:
        """Ask the decision engine now and say whether the expectation holds.

        A hidden form waits until it is shown (the engine is rebuilt after every change).
        """
        target = self.target()
        self._stale = not self.isVisible()
        if not isinstance(target, Expectation) or self._stale:
            return
        self.state, text = verdict(current_engine(self.bridge.document), target)
        self.verdict_label.setText(text)
        self.tester_button.setEnabled(self.state != INCOMPLETE)
        colour = error_colour(self) if self.state == FAILS else ""
        self.verdict_label.setStyleSheet(f"color: {colour};" if colour else "")
        name = {HOLDS: "severity-info", FAILS: "severity-error"}.get(self.state,
                                                                      "severity-warning")
        self.verdict_icon.setPixmap(icon(name).pixmap(18, 18))

    def showEvent(self, event: QShowEvent) -> None:
        """Catch up with the changes made while the form was hidden."""
        super().showEvent(event)
        if getattr(self, "_stale", False):
            self.show_verdict()

    def _on_changed(self, change: Change, initiator: object = None) -> None:
        """Follow the item as every form does; any change may alter the decision."""
        super()._on_changed(change, initiator)
        self.show_verdict()

    def open_in_tester(self) -> None:
        """Ask for this request in the decision tester."""
        target = self.target()
        if isinstance(target, Expectation):
            self.testRequested.emit(request_values(target))
