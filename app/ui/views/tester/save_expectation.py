"""Save the decision tester's question and its answer as an expectation of the policy.

The dialog asks for the question in plain words and derives an id from it (editable, checked
for validity and uniqueness as it is typed). The decision shown becomes the expected one: allow,
or deny with its reason; the rules and the retention rule are expected only when asked for.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain import ids
from app.domain.decisions import Decision, Request
from app.domain.enums import DecisionReason, Effect
from app.domain.expectations import answer_text
from app.domain.i18n import translate
from app.domain.models import Expectation
from app.ui.derived_id import DerivedId
from app.ui.editors.fields import error_colour

FILLER = frozenset({"a", "an", "the", "we", "us", "our", "i", "may", "can", "could", "is", "are",
                    "be", "do", "does", "to", "of", "it"})
"""Words left out of an id derived from a question."""


def question_id(question: str, taken: Collection[str], *, words: int = 6) -> str:
    """An id for ``question``: ``send_newsletter_without_consent`` (``_2``... when taken)."""
    found = re.findall(r"[a-z0-9]+", ids.ascii_letters(question).lower())
    kept = [w for w in found if w not in FILLER] or found or ["expectation"]
    base = "_".join(kept[:words])[:60].strip("_")
    if not base[0].isalpha():
        base = f"q_{base}"
    candidate, number = base, 2
    while candidate in taken:
        candidate, number = f"{base}_{number}", number + 1
    return candidate


def expectation_from(request: Request, decision: Decision, item_id: str, note: str, *,
                     rules: bool = False, retention: bool = False) -> Expectation:
    """The expectation that ``request`` keeps getting ``decision``.

    A deny expects its reason too; ``rules`` and ``retention`` add the exact rules and the
    retention rule of the decision.
    """
    allowed = decision.allowed
    return Expectation(
        id=item_id, note=note, category=request.category, purpose=request.purpose,
        subject=request.subject, recipient=request.recipient, region=request.region,
        consent=request.consent, gpc=request.gpc,
        expect=Effect.ALLOW if allowed else Effect.DENY,
        reason=None if allowed else DecisionReason(decision.reason),
        rules=list(decision.rules) if rules else [],
        retention=decision.retention.rule if retention and decision.retention else None)


class SaveExpectationDialog(QDialog):
    """Ask for the question and the id; :meth:`expectation` is what would be saved."""

    def __init__(self, request: Request, decision: Decision, taken: Collection[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("save expectation", "Save as expectation"))
        self.setMinimumWidth(520)
        self.request, self.decision, self.taken = request, decision, set(taken)
        self._question_touched = False
        layout = QVBoxLayout(self)
        intro = QLabel(translate("save expectation", "The policy must keep answering this "
                                 "question the same way: <b>{answer}</b>.").format(
            answer=answer_text(decision.to_dict())), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.question = QLineEdit(self)
        self.question.setPlaceholderText(translate(
            "save expectation", "e.g. May we send the newsletter without consent?"))
        self.question.setAccessibleName(translate("save expectation", "Question"))
        self.question.setToolTip(translate(
            "save expectation", "The question in plain words, as a DPO would be asked it"))
        self.id_edit = QLineEdit(self)
        self.id_edit.setAccessibleName(translate("save expectation", "Id"))
        self.id_edit.setToolTip(translate("save expectation",
                                          "Derived from the question; edit it if you like"))
        self.problem = QLabel(self)
        self.problem.setStyleSheet(f"color: {error_colour(self)};")
        self.problem.hide()
        self.with_rules = QCheckBox(translate(
            "save expectation", "Also expect exactly the rules ({rules})").format(
            rules=", ".join(decision.rules)), self)
        self.with_rules.setVisible(bool(decision.rules))
        rule = decision.retention.rule if decision.retention else ""
        self.with_retention = QCheckBox(translate(
            "save expectation", "Also expect the retention rule {rule}").format(rule=rule), self)
        self.with_retention.setVisible(bool(rule))
        form.addRow(translate("save expectation", "&Question:"), self.question)
        form.addRow(translate("save expectation", "&Id:"), self.id_edit)
        form.addRow("", self.problem)
        form.addRow("", self.with_rules)
        form.addRow("", self.with_retention)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.question.textChanged.connect(self._question_changed)
        self.derived = DerivedId(self.question, self.id_edit,
                                 lambda text: question_id(text, self.taken), self._check)
        self.question.setFocus()
        self._check()

    def _question_changed(self, _text: str) -> None:
        self._question_touched = True
        self._check()

    def id_problem(self) -> str | None:
        """Why the id cannot be used, or None."""
        text = self.id_edit.text().strip()
        if text in self.taken:
            return translate("save expectation",
                             "'{id}' is already used by another expectation").format(id=text)
        if not text:
            return translate("save expectation", "an id cannot be empty")
        problem = ids.id_problem(text)
        return f"'{text}' {problem}" if problem else None

    def _check(self) -> None:
        problem = self.id_problem()
        missing = not self.question.text().strip()
        if missing and problem is None and self._question_touched:
            problem = translate("save expectation", "write the question in plain words")
        # Nothing is wrong before the user has typed: Save simply waits for the question.
        shown = problem if (self._question_touched or self.derived.typed) else None
        self.problem.setText(shown or "")
        self.problem.setVisible(bool(shown))
        self.save_button.setEnabled(problem is None and not missing)

    def accept(self) -> None:
        """Close only with a question and a usable id."""
        if self.save_button.isEnabled():
            super().accept()

    def expectation(self) -> Expectation:
        """The expectation the dialog describes."""
        return expectation_from(self.request, self.decision, self.id_edit.text().strip(),
                                self.question.text().strip(),
                                rules=self.with_rules.isChecked(),
                                retention=self.with_retention.isChecked())
