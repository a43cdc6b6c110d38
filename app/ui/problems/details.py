"""The pane beside the problems table: what the selected finding means and how to fix it."""

from __future__ import annotations

from functools import cache
from html import escape

from PySide6.QtWidgets import QTextBrowser, QWidget

from app.domain.i18n import QT_TRANSLATE_NOOP, translate
from app.validation.catalogue import Check, all_checks
from app.validation.finding import sentence
from app.validation.problems import SEVERITY_LABELS, Problem

EMPTY = QT_TRANSLATE_NOOP("problems", "Select a problem to see why it matters and how to fix it.")
SEVERITY_COLOURS = {"error": "#c62828", "warning": "#b26a00", "info": "#1565c0"}


@cache
def checks_by_code() -> dict[str, Check]:
    """The catalogue, by check code."""
    return {check.code: check for check in all_checks()}


def details_html(problem: Problem | None, place: str = "") -> str:
    """Rich text for ``problem``: title, message, where, and the catalogue's why and fix.

    Every piece of policy text is escaped; messages quote ids and names from the document.
    """
    if problem is None:
        return "<p style='color: #808080'>{}</p>".format(escape(translate("problems", EMPTY)))
    finding = problem.finding
    check = checks_by_code().get(finding.code)
    severity = finding.severity.value
    title = f"{finding.code} · {check.title}" if check else finding.code
    parts = [
        f"<h3 style='margin: 0'>{escape(title)}</h3>",
        f"<p style='margin-top: 4px'><span style='color: {SEVERITY_COLOURS[severity]}'>"
        f"<b>{SEVERITY_LABELS[finding.severity]}</b></span>"
        + (f" · {escape(check.family)}" if check else "") + "</p>",
        f"<p>{escape(finding.message)}</p>",
        "<p><b>{}</b> {}</p>".format(translate("problems", "Where:"), _where(problem, place)),
    ]
    if finding.hint:
        parts.append("<p><b>{}</b> {}</p>".format(translate("problems", "Hint:"),
                                                  escape(sentence(finding.hint))))
    if check:
        for heading, text in ((translate("problems", "Why it matters"), check.why),
                              (translate("problems", "How to fix"), check.fix)):
            parts.append(f"<h4 style='margin-bottom: 2px'>{heading}</h4><p>{escape(text)}</p>")
    parts.append("<p style='color: #808080'>{}</p>".format(escape(translate(
        "problems", "Double-click the problem (or press Enter) to go to it."))))
    return "".join(parts)


def _where(problem: Problem, place: str) -> str:
    finding = problem.finding
    text = escape(place or problem.location)
    if finding.line is not None:
        text += translate("problems", "; line {line}, column {column}").format(
            line=finding.line, column=finding.column)
    if finding.where:
        text += f" <span style='color: #808080'>(<code>{escape(finding.where)}</code>)</span>"
    return text


class DetailsPane(QTextBrowser):
    """Read-only rich text about the selected problem."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("problems", "Problem details"))
        self.setAccessibleDescription(translate(
            "problems", "What the selected problem means and how to fix it"))
        self.setOpenLinks(False)
        self.problem: Problem | None = None
        self.show_problem(None)

    def show_problem(self, problem: Problem | None, place: str = "") -> None:
        """Explain ``problem`` (or how to use the pane when None), placed by ``place``."""
        self.problem = problem
        self.setHtml(details_html(problem, place))

    def show_message(self, text: str) -> None:
        """Show a plain note instead of a problem (e.g. when there is nothing to show)."""
        self.problem = None
        self.setHtml(f"<p style='color: #808080'>{escape(text)}</p>")
