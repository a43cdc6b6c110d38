"""The filter bar above the matrix: subject, recipient, region and consent state."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from app.domain.edits import Change
from app.domain.matrix import ANY, Filters
from app.domain.region_codes import canonical_region
from app.domain.sections import RECIPIENTS, RULES, SUBJECTS
from app.ui.bridge import DocumentBridge

NOT_GIVEN = "Not given"
CONSENT_LABELS = {
    ANY: "Any",
    "granted": "Granted",
    "denied": "Denied",
    "unknown": "Unknown",
}
_SOURCES = {"subject": SUBJECTS, "recipient": RECIPIENTS, "region": RULES}
_TIPS = {
    "subject": "Ask every cell about this data subject. When none is given, rules limited to "
               "some subjects do not apply.",
    "recipient": "Ask every cell about sharing with this recipient. When none is given, rules "
                 "limited to some recipients do not apply.",
    "region": "Ask every cell for this region (regions come from the rules). When none is "
              "given, rules limited to some regions do not apply.",
    "consent": "The consent state every cell is asked with. Any asks as if consent were "
               "granted and marks the cells that depend on it.",
}


class FilterBar(QWidget):
    """Combos whose values become the request fields of every cell."""

    filtersChanged = Signal(object)
    """The new :class:`~app.domain.matrix.Filters`."""

    def __init__(self, bridge: DocumentBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bridge = bridge
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.combos: dict[str, QComboBox] = {}
        for name, text in (("subject", "&Subject:"), ("recipient", "&Recipient:"),
                           ("region", "Re&gion:"), ("consent", "C&onsent:")):
            combo = QComboBox(self)
            combo.setAccessibleName(f"{name.capitalize()} filter")
            combo.setToolTip(_TIPS[name])
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setMinimumContentsLength(10)
            caption = QLabel(text, self)
            caption.setBuddy(combo)
            layout.addWidget(caption)
            layout.addWidget(combo)
            self.combos[name] = combo
        layout.addStretch(1)
        for value, text in CONSENT_LABELS.items():
            self.combos["consent"].addItem(text, value)
        self._fill(initial=True)
        for combo in self.combos.values():
            combo.currentIndexChanged.connect(self._emit)
        bridge.changed.connect(self._on_change)
        bridge.reset.connect(lambda: self._fill(initial=True))

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
        combo.setCurrentIndex(max(0, combo.findData(value)))

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
            combo.addItem(NOT_GIVEN, None)
            for value, text in self._choices(name):
                combo.addItem(text, value)
            found = combo.findData(current)
            if (found < 0 or initial) and name == "subject" and combo.count() > 1:
                found = 1  # most rules name their subjects: start with the first one
            combo.setCurrentIndex(max(0, found))
            combo.blockSignals(False)
        if self.filters() != before:
            self._emit()

    def _on_change(self, change: Change) -> None:
        sections = {section for section, _ in change.touched} | {change.section}
        if sections & {SUBJECTS, RECIPIENTS, RULES} or not change.touched:
            self._fill()

    def _emit(self, *_args: object) -> None:
        self.filtersChanged.emit(self.filters())
