"""The filter bar above the matrix: subject, recipient, region and consent state."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSizePolicy, QWidget

from app.domain.choice_words import CONSENT_STATE_TIPS, CONSENT_STATE_WORDS, words
from app.domain.edits import Change
from app.domain.i18n import QT_TRANSLATE_NOOP, translate
from app.domain.matrix import ANY, EVERY, Filters
from app.domain.region_codes import canonical_region
from app.domain.sections import RECIPIENTS, RULES, SUBJECTS
from app.ui.bridge import DocumentBridge
from app.ui.editors.chips import FlowLayout

CHOICES: dict[str, tuple[tuple[str | None, str, str], ...]] = {
    "subject": (
        (EVERY, QT_TRANSLATE_NOOP("matrix", "Every subject"),
         QT_TRANSLATE_NOOP("matrix", "Ask every cell about each declared data subject: a cell is "
                                     "allowed when it is allowed "
         "for all of them, allowed for some (select it to see whom), or not allowed.")),
        (None, QT_TRANSLATE_NOOP("matrix", "Subject not known"),
         QT_TRANSLATE_NOOP("matrix", "Ask without a data subject: rules limited to some subjects "
                                     "do not apply, only rules "
         "open to any subject do.")),
    ),
    "recipient": (
        (EVERY, QT_TRANSLATE_NOOP("matrix", "Every recipient"),
         QT_TRANSLATE_NOOP("matrix", "Ask every cell about not sharing the data and about sharing "
                                     "it with each declared "
         "recipient: allowed when every one of those is allowed, allowed for some (select the "
         "cell to see which), or not allowed.")),
        (None, QT_TRANSLATE_NOOP("matrix", "Not shared (no recipient)"),
         QT_TRANSLATE_NOOP("matrix", "Ask about using the data without sharing it: rules that "
                                     "name recipients do not "
         "apply.")),
    ),
    "region": (
        (None, QT_TRANSLATE_NOOP("matrix", "Not known"),
         QT_TRANSLATE_NOOP("matrix", "Ask without a region: rules limited to some regions do not "
                                     "apply, only rules open to "
         "every region do.")),
    ),
}
"""The fixed first entries of each combo: value, text, what it means (the item's tooltip)."""
CONSENT_LABELS = {ANY: QT_TRANSLATE_NOOP("matrix", "Any"), **{state: CONSENT_STATE_WORDS[state]
                                  for state in ("granted", "denied", "unknown")}}


def consent_label(value: str) -> str:
    """The consent filter's words for ``value`` (``any`` or a consent state), translated."""
    return translate("matrix", CONSENT_LABELS[value]) if value == ANY \
        else words(CONSENT_STATE_WORDS, value)


_SOURCES = {"subject": SUBJECTS, "recipient": RECIPIENTS, "region": RULES}
_TIPS = {
    "subject": QT_TRANSLATE_NOOP("matrix", "The data subject every cell is asked about, or every "
                                           "subject at once."),
    "recipient": QT_TRANSLATE_NOOP("matrix", "The recipient every cell is asked about sharing "
                                             "with, every recipient at "
                 "once, or not sharing at all."),
    "region": QT_TRANSLATE_NOOP("matrix", "The region every cell is asked for (regions come from "
                                          "the rules)."),
    "consent": QT_TRANSLATE_NOOP("matrix", "The consent state every cell is asked with. Any asks "
                                           "as if consent were "
               "granted and marks the cells that depend on it."),
}


class FilterBar(QWidget):
    """Combos whose values become the request fields of every cell."""

    filtersChanged = Signal(object)
    """The new :class:`~app.domain.matrix.Filters`."""

    def __init__(self, bridge: DocumentBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bridge = bridge
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        layout = FlowLayout(self, spacing=8)
        self.combos: dict[str, QComboBox] = {}
        for name, text, label in (
                ("subject", translate("matrix", "&Subject:"),
                 translate("matrix", "Subject filter")),
                ("recipient", translate("matrix", "&Recipient:"),
                 translate("matrix", "Recipient filter")),
                ("region", translate("matrix", "Re&gion:"), translate("matrix", "Region filter")),
                ("consent", translate("matrix", "C&onsent:"),
                 translate("matrix", "Consent filter"))):
            pair = QWidget(self)
            row = QHBoxLayout(pair)
            row.setContentsMargins(0, 0, 0, 0)
            combo = QComboBox(pair)
            combo.setAccessibleName(label)
            combo.setToolTip(translate("matrix", _TIPS[name]))
            # As wide as the choice shown (so that the legend fits on the row); longer names
            # show in full in the list.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(1)
            combo.currentTextChanged.connect(lambda _t, c=combo: _fit(c))
            caption = QLabel(text, pair)
            caption.setBuddy(combo)
            row.addWidget(caption)
            row.addWidget(combo)
            layout.addWidget(pair)
            self.combos[name] = combo
        for value in CONSENT_LABELS:
            self.combos["consent"].addItem(consent_label(value), value)
            if value in CONSENT_STATE_TIPS:
                self.combos["consent"].setItemData(self.combos["consent"].count() - 1,
                                                   words(CONSENT_STATE_TIPS, value),
                                                   Qt.ItemDataRole.ToolTipRole)
        _fit(self.combos["consent"], min(map(consent_label, CONSENT_LABELS), key=len) * 2)
        self._fill(initial=True)
        for combo in self.combos.values():
            combo.currentIndexChanged.connect(self._emit)
        bridge.changed.connect(self._on_change)
        bridge.reset.connect(lambda: self._fill(initial=True))

    def add_trailing(self, widget: QWidget) -> None:
        """Put ``widget`` after the filters on their row (it wraps below when the row is full)."""
        self.layout().addWidget(widget)

    def filters(self) -> Filters:
        """The current filter values."""
        def value(name: str) -> str | None:
            return self.combos[name].currentData()
        return Filters(value("subject"), value("recipient"), value("region"),
                       value("consent") or ANY)

    def set_value(self, name: str, value: str | None) -> None:
        """Select ``value`` (an id, a consent state or None) in the combo ``name``."""
        combo = self.combos[name]
        if name == "region" and value:
            value = str(canonical_region(value))  # any case, as regions are typed elsewhere
        combo.setCurrentIndex(max(0, _find(combo, value)))

    def _choices(self, name: str) -> list[tuple[str, str]]:
        policy = self._bridge.policy
        if name == "region":
            regions = sorted({g for rule in policy.rules for g in rule.regions})
            return [(g, g) for g in regions]
        items = getattr(policy, _SOURCES[name])
        return [(item.id, f"{item.name or item.id} ({item.id})") for item in items]

    def _fill(self, initial: bool = False) -> None:
        before = self.filters() if self.combos["consent"].count() else Filters()
        for name in ("subject", "recipient", "region"):
            combo = self.combos[name]
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for value, text, meaning in CHOICES[name]:
                combo.addItem(translate("matrix", text), value)
                combo.setItemData(combo.count() - 1, translate("matrix", meaning),
                                  Qt.ItemDataRole.ToolTipRole)
            for value, text in self._choices(name):
                combo.addItem(text, value)
            found = -1 if initial else _find(combo, current)
            combo.setCurrentIndex(max(0, found))
            combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 24)
            combo.blockSignals(False)
            _fit(combo)
        if self.filters() != before:
            self._emit()

    def _on_change(self, change: Change) -> None:
        sections = {section for section, _ in change.touched} | {change.section}
        if sections & {SUBJECTS, RECIPIENTS, RULES} or not change.touched:
            self._fill()

    def _emit(self, *_args: object) -> None:
        self.filtersChanged.emit(self.filters())


def _fit(combo: QComboBox, shortest: str = "") -> None:
    """Make ``combo`` wide enough for its current text (and at least for ``shortest``)."""
    metrics = combo.fontMetrics()
    text = max(combo.currentText(), shortest, key=metrics.horizontalAdvance)
    combo.setMinimumWidth(metrics.horizontalAdvance(text) + 2 * metrics.averageCharWidth() + 28)
    combo.updateGeometry()


def _find(combo: QComboBox, value: str | None) -> int:
    """The row holding ``value`` (None included, which ``findData`` cannot look for), or -1."""
    return next((row for row in range(combo.count()) if combo.itemData(row) == value), -1)
