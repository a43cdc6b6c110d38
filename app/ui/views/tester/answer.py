"""The answer to one request, in words.

Decision, reason, rules, obligations, retention and the intrusiveness explanation.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QByteArray, Qt, QTimer, Signal
from PySide6.QtGui import QFontMetricsF, QPainter, QPixmap, QResizeEvent
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.domain.decisions import Decision, reason_words
from app.domain.enums import label
from app.domain.i18n import translate
from app.domain.intrusiveness import Score
from app.domain.sections import RETENTION, RULES
from app.ui.icons import ICONS, icon
from app.ui.views.words import band_label

ALLOW_COLOUR = "#1b6e31"
DENY_COLOUR = "#b3261e"
NEUTRAL_COLOUR = "#5f6368"
BANNER_CHROME = 100
"""Pixels of the panel the banner's words cannot use: its icon, margins and spacing."""


def white_pixmap(name: str, size: int, ratio: float = 1.0) -> QPixmap:
    """The bundled icon ``name`` drawn in white (for text on a coloured banner)."""
    svg = (ICONS / f"{name}.svg").read_text(encoding="utf-8").replace("currentColor", "white")
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(QByteArray(svg.encode("utf-8"))).render(painter)
    painter.end()
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


def retention_words(decision: Decision) -> str:
    """``Kept 2 years after collection, then deleted`` (or why nothing applies)."""
    info = decision.retention
    if info is None:
        return translate("tester", "No retention rule applies: add one for this category.") \
            if decision.allowed else "—"
    return info.sentence()[:1].upper() + info.sentence()[1:]


class AnswerPanel(QFrame):
    """Shows a :class:`Decision`; rule buttons ask to reveal the rule (``revealRequested``)."""

    revealRequested = Signal(str, str)
    """(section, item id) the user wants to see in the editor."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("tester", "Answer"))
        layout = QVBoxLayout(self)
        self.banner_frame = QFrame(self)
        self.banner_frame.setObjectName("decisionBanner")
        banner_row = QHBoxLayout(self.banner_frame)
        banner_row.addStretch(1)
        self.banner_icon = QLabel(self.banner_frame)
        banner_row.addWidget(self.banner_icon)
        self.banner = QLabel(self.banner_frame)
        self.banner.setAccessibleName(translate("tester", "Decision"))
        self.banner.setMinimumHeight(48)
        self.banner.setMinimumWidth(1)  # a narrow panel shrinks the words (see _fit_banner)
        font = self.banner.font()
        self._banner_points = font.pointSizeF() * 2.2
        font.setPointSizeF(self._banner_points)
        font.setBold(True)
        self.banner.setFont(font)
        banner_row.addWidget(self.banner)
        banner_row.addStretch(1)
        layout.addWidget(self.banner_frame)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.reason = self._label(translate("tester", "Reason"))
        form.addRow(translate("tester", "Reason:"), self.reason)
        self.rules_box = QWidget(self)
        self.rules_layout = QVBoxLayout(self.rules_box)  # one rule a line: long words fit
        self.rules_layout.setContentsMargins(0, 0, 0, 0)
        self.no_rules = QLabel(translate("tester", "none"), self.rules_box)
        self.no_rules.setEnabled(False)
        self.rules_layout.addWidget(self.no_rules)
        self.rules_layout.addStretch(1)
        self.rule_buttons: list[QPushButton] = []
        form.addRow(translate("tester", "Rules:"), self.rules_box)
        self.obligations = self._label(translate("tester", "Obligations"))
        form.addRow(translate("tester", "Obligations:"), self.obligations)
        self.retention = self._label(translate("tester", "Retention"))
        form.addRow(translate("tester", "Retention:"), self.retention)
        self.retention_button = QPushButton(icon("retention"), "", self)
        self.retention_button.setAccessibleName(translate("tester", "Show the retention rule"))
        self.retention_button.clicked.connect(self._reveal_retention)
        retention_row = QHBoxLayout()  # below the words: a wrapped label beside it is cut short
        retention_row.addWidget(self.retention_button)
        retention_row.addStretch(1)
        form.addRow("", retention_row)
        self.score = self._label(translate("tester", "Intrusiveness"))
        form.addRow(translate("tester", "Intrusiveness:"), self.score)
        self.factors = self._label(translate("tester", "Intrusiveness factors"))
        self.factors.setTextFormat(Qt.TextFormat.RichText)
        form.addRow("", self.factors)
        layout.addLayout(form)
        layout.addStretch(1)
        self.decision: Decision | None = None
        self._rule_words: dict[str, str] = {}
        self.show_message(translate("tester", "Choose a category and a purpose to see the answer."))

    def _label(self, name: str) -> QLabel:
        widget = QLabel(self)  # wraps: the panel is never wider than its scroller
        widget.setWordWrap(True)
        widget.setAccessibleName(name)
        widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return widget

    def _shown_width(self) -> int:
        """The width the panel is seen at: its scroller's, not one its last contents forced."""
        viewport = self.parentWidget()
        if viewport is not None and isinstance(viewport.parentWidget(), QScrollArea):
            return viewport.width()
        return self.width()

    def _fit_banner(self) -> None:
        """Shrink the banner's words until they fit the panel (some languages' are longer)."""
        room = self._shown_width() - BANNER_CHROME
        font = self.banner.font()
        points = self._banner_points
        font.setPointSizeF(points)
        while (points > self._banner_points / 2
               and QFontMetricsF(font).horizontalAdvance(self.banner.text()) > room):
            points -= 1
            font.setPointSizeF(points)
        self.banner.setFont(font)

    def _set_banner(self, text: str, colour: str, icon_name: str | None) -> None:
        self.banner.setText(text)
        self._fit_banner()
        self.banner_frame.setStyleSheet(
            f"#decisionBanner {{ background: {colour}; border-radius: 6px; }}"
            " QLabel { color: white; background: transparent; }")
        self.banner_frame.setToolTip(text)
        self.banner_icon.setVisible(icon_name is not None)
        if icon_name is not None:
            self.banner_icon.setPixmap(white_pixmap(icon_name, 44, self.devicePixelRatioF()))

    def show_message(self, text: str) -> None:
        """No answer yet (or the request cannot be asked): say why."""
        self.decision = None
        self._set_banner("—", NEUTRAL_COLOUR, None)
        self.reason.setText(text)
        for widget in (self.obligations, self.retention, self.score, self.factors):
            widget.setText("")
        self._set_rules(())
        self.retention_button.hide()

    def show_decision(self, decision: Decision, score: Score | None,
                      notes: list[str] | None = None,
                      rule_words: dict[str, str] | None = None) -> None:
        """Show ``decision`` and, for an allow, the intrusiveness ``score``.

        ``rule_words`` gives the words a rule's button shows (its id when missing).
        """
        self.decision = decision
        self._rule_words = rule_words or {}
        allowed = decision.allowed
        self._set_banner(translate("tester", "ALLOW") if allowed else translate("tester", "DENY"),
                         ALLOW_COLOUR if allowed else DENY_COLOUR,
                         "rule-allow" if allowed else "rule-deny")
        words = reason_words(decision.reason)
        self.banner.setAccessibleDescription(
            translate("tester", "{decision}: {reason}").format(decision=label(decision.decision),
                                                               reason=words))
        reason = words[:1].upper() + words[1:]  # a language's own capitals kept
        if notes:
            reason += "\n" + "\n".join(notes)
        self.reason.setText(reason)
        self.reason.setToolTip(
            translate("tester", "Reason code: {code}").format(code=decision.reason))
        self._set_rules(decision.rules)
        self.obligations.setText(", ".join(label(o) for o in decision.obligations)
                                 or (translate("tester", "none") if allowed else "—"))
        self.retention.setText(retention_words(decision))
        info = decision.retention
        self.retention_button.setVisible(info is not None)
        if info is not None:
            self.retention_button.setText(translate("tester", "Show rule"))
            self.retention_button.setToolTip(translate(
                "tester", "Show the retention rule '{rule}' in the editor").format(rule=info.rule))
        if score is None:
            self.score.setText("—" if not allowed else "")
            self.factors.setText("")
            return
        self.score.setText(f"{score.value:g} ({band_label(score.band)})")
        self.score.setToolTip(score.explain())
        rows = "".join(f"<tr><td>{escape(f.label)}</td><td align='right'>&nbsp;&nbsp;"
                       f"{f.points:+g}</td></tr>" for f in score.factors)
        self.factors.setText(f"<table>{rows}</table>" if rows
                             else translate("tester", "no factors"))

    def _set_rules(self, rules: tuple[str, ...]) -> None:
        for button in self.rule_buttons:
            self.rules_layout.removeWidget(button)
            button.hide()
            button.setParent(None)  # type: ignore[call-overload]
        self.rule_buttons = []
        self.no_rules.setVisible(not rules)
        for position, rule_id in enumerate(rules):
            allow = self.decision is not None and self.decision.allowed
            words = self._rule_words.get(rule_id, rule_id)
            button = QPushButton(icon("rule-allow" if allow else "rule-deny"), words,
                                 self.rules_box)
            button.setAccessibleDescription(words)  # the full words; the text may be elided
            button.setMinimumWidth(0)
            button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            button.setToolTip(
                translate("tester", "Show the rule '{rule}' in the editor").format(rule=rule_id))
            button.setAccessibleName(translate("tester", "Show rule {rule}").format(rule=rule_id))
            button.clicked.connect(lambda _c=False, r=rule_id: self.revealRequested.emit(
                RULES, r))
            self.rules_layout.insertWidget(position, button, 0, Qt.AlignmentFlag.AlignLeft)
            self.rule_buttons.append(button)
        self._elide_rules()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Fit the rule buttons' words to the new width."""
        super().resizeEvent(event)
        self._fit_banner()
        QTimer.singleShot(0, self._elide_rules)  # once the form has placed the rules box

    def _elide_rules(self) -> None:
        """Each rule button as wide as its words, elided when the panel is narrower."""
        margins = self.layout().contentsMargins()
        room = self._shown_width() - margins.right() - max(self.rules_box.x(), 90)
        for button in self.rule_buttons:
            metrics = button.fontMetrics()
            extra = button.iconSize().width() + 32
            words = button.accessibleDescription()
            text = metrics.elidedText(words, Qt.TextElideMode.ElideRight, max(0, room - extra))
            button.setText(text)
            button.setFixedWidth(max(0, min(room, metrics.horizontalAdvance(text) + extra)))

    def _reveal_retention(self) -> None:
        if self.decision is not None and self.decision.retention is not None:
            self.revealRequested.emit(RETENTION, self.decision.retention.rule)
