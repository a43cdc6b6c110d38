"""The table of allowed uses with their scores, and the proxy that filters and sorts it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from app.domain.choice_words import MECHANISM_WORDS
from app.domain.i18n import QT_TRANSLATE_NOOP, translate
from app.domain.intrusiveness import BANDS, Use
from app.domain.region_codes import recipient_shown
from app.domain.sections import RULES
from app.domain.typography import labelled, semicolons
from app.ui.navigator.labels import rule_words
from app.ui.views.words import band_label

Index = QModelIndex | QPersistentModelIndex
HEADERS = (QT_TRANSLATE_NOOP("review", "Score"), QT_TRANSLATE_NOOP("review", "Band"),
           QT_TRANSLATE_NOOP("review", "Category"), QT_TRANSLATE_NOOP("review", "Purpose"),
           QT_TRANSLATE_NOOP("review", "Subject"), QT_TRANSLATE_NOOP("review", "Recipient"),
           QT_TRANSLATE_NOOP("review", "Region"), QT_TRANSLATE_NOOP("review", "Consent"),
           QT_TRANSLATE_NOOP("review", "Rules"))
SCORE, BAND, CONSENT, RULES_COLUMN = 0, 1, 7, 8
SortRole = Qt.ItemDataRole.UserRole + 1
UseRole = Qt.ItemDataRole.UserRole + 2
BAND_COLOURS = {"low": ("#2e7d32", "white"), "medium": ("#f9c74f", "black"),
                "high": ("#e8590c", "white"), "critical": ("#b3261e", "white")}


def use_key(use: Use) -> tuple[str, str, str | None, str | None, str | None]:
    """What identifies a use across refreshes."""
    return (use.category, use.purpose, use.subject, use.recipient, use.region)


Names = dict[tuple[str, str], str]
"""(section, id) -> the item's name."""
NAMED = {2: ("categories", "category"), 3: ("purposes", "purpose"), 4: ("subjects", "subject"),
         5: ("recipients", "recipient")}
"""Columns that show an item by name (the id is in the tooltip)."""


def policy_names(policy: Any) -> Names:
    """The names of categories, purposes, subjects and recipients; what each use rule says.

    Rules have no name: the navigator shows the same words for them.
    """
    names = {(section, item.id): item.name for section, _field in NAMED.values()
             for item in getattr(policy, section) if getattr(item, "name", "")}
    names.update({(RULES, rule.id): rule_words(policy, rule) for rule in policy.rules})
    return names


def use_text(use: Use, names: Names | None = None) -> tuple[str, ...]:
    """The cells of one row (also what the text filter searches): names where known."""
    def shown(section: str, item_id: str) -> str:
        return (names or {}).get((section, item_id)) or item_id

    anyone = translate("review", "any")
    return (f"{use.score.value:g}", band_label(use.score.band), shown("categories", use.category),
            shown("purposes", use.purpose),
            shown("subjects", use.subject) if use.subject else anyone,
            shown("recipients", recipient_shown(use.recipient, "—")), use.region or anyone,
            MECHANISM_WORDS.get(use.consent.value, use.consent.value),
            semicolons(shown(RULES, rule) for rule in use.rules))


class ReviewModel(QAbstractTableModel):
    """One row per allowed use."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.uses: list[Use] = []
        self.names: Names = {}

    def set_uses(self, uses: list[Use], names: Names | None = None) -> None:
        """Show ``uses``, items by their ``names`` (ids where there is none)."""
        self.beginResetModel()
        self.uses = list(uses)
        self.names = dict(names or {})
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        """One row per allowed use."""
        return 0 if parent.isValid() else len(self.uses)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        """One column per header."""
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The column's header text (also as its tooltip: the columns share the room)."""
        if (orientation == Qt.Orientation.Horizontal and role in (
                Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
                and 0 <= section < len(HEADERS)):
            return translate("review", HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """What the use's cell shows or holds for ``role``."""
        if not index.isValid() or not 0 <= index.row() < len(self.uses):
            return None
        use, column = self.uses[index.row()], index.column()
        values = use_text(use, self.names)
        if role == Qt.ItemDataRole.DisplayRole:
            return values[column]
        if role == SortRole:
            if column == SCORE:
                return use.score.value
            if column == BAND:
                return BANDS.index(use.score.band) if use.score.band in BANDS else -1
            return values[column]
        if role == UseRole:
            return use
        if role == Qt.ItemDataRole.ToolTipRole:
            if column in NAMED and getattr(use, NAMED[column][1]):
                return f"{getattr(use, NAMED[column][1])}\n{use.score.explain()}"
            if column == RULES_COLUMN:
                return "\n".join(labelled(rule, self.names.get((RULES, rule), rule))
                                  for rule in use.rules)
            return use.score.explain()
        if role == Qt.ItemDataRole.TextAlignmentRole and column == SCORE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if column == BAND and role in (Qt.ItemDataRole.BackgroundRole,
                                       Qt.ItemDataRole.ForegroundRole):
            back, fore = BAND_COLOURS.get(use.score.band, ("#777777", "white"))
            return QBrush(QColor(back if role == Qt.ItemDataRole.BackgroundRole else fore))
        return None


class ReviewFilter(QSortFilterProxyModel):
    """Shows the uses in the ticked bands whose text holds every typed word; sorts by value."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.bands: set[str] = set(BANDS)
        self._words: list[str] = []
        self.setSortRole(SortRole)

    def set_bands(self, bands: set[str]) -> None:
        """Show only these bands."""
        self._refilter(lambda: setattr(self, "bands", set(bands)))

    def set_text(self, text: str) -> None:
        """Show only uses whose texts hold every word.

        The texts are the category, purpose, subject, recipient, region, consent and rules.
        """
        self._refilter(lambda: setattr(self, "_words", text.lower().split()))

    def _refilter(self, change) -> None:  # type: ignore[no-untyped-def]
        if hasattr(self, "beginFilterChange"):  # Qt 6.10 and later
            self.beginFilterChange()
            change()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # pragma: no cover - older Qt
            change()
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        """Keep the uses of the bands shown that match the words typed."""
        model = self.sourceModel()
        use = model.index(source_row, 0, source_parent).data(UseRole)
        if use is None or use.score.band not in self.bands:
            return False
        if not self._words:
            return True
        names = getattr(model, "names", None)
        text = " ".join([*use_text(use, names)[2:], use.category, use.purpose,
                         use.subject or "", use.recipient or "", *use.rules]).lower()
        return all(word in text for word in self._words)
