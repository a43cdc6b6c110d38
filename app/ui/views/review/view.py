"""The intrusiveness review: every allowed use by score, why, and how to lower it."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QHideEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.edits import EditError
from app.domain.i18n import QT_TRANSLATE_NOOP, translate
from app.domain.intrusiveness import BANDS, Use
from app.domain.region_codes import recipient_shown
from app.domain.remedies import Remedy, remedies
from app.domain.sections import RULES
from app.storage.resources import default_weights
from app.ui.bridge import DocumentBridge
from app.ui.icons import icon
from app.ui.navigator.labels import one_line
from app.ui.views.review.model import (
    BAND,
    CONSENT,
    SCORE,
    Names,
    ReviewFilter,
    ReviewModel,
    UseRole,
    policy_names,
    use_key,
)
from app.ui.views.review.runner import ReviewRunner
from app.ui.views.words import band_label

NARROW = 1200
"""Below this width the details go under the table, so that every column fits."""
RULE_WORDS = 44
"""Characters of a rule's words the details' button shows."""
EMPTY = QT_TRANSLATE_NOOP(
    "review", "No allowed uses to review yet. The review scores every use a rule allows: add a "
    "use rule that allows a data category for a purpose (Add item, Ctrl+Shift+N, in Use "
    "rules).")


class ReviewView(QWidget):
    """Filters on top, the uses table on the left, the selected use's details on the right."""

    revealRequested = Signal(str, str)
    """Show this item in the editor: (section, item id)."""

    def __init__(self, bridge: DocumentBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.runner = ReviewRunner(bridge, self)
        self.model = ReviewModel(self)
        self.proxy = ReviewFilter(self)
        self.proxy.setSourceModel(self.model)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(translate("review", "Bands:"), self))
        self.band_boxes: dict[str, QCheckBox] = {}
        for band in BANDS:
            word = band_label(band)
            box = QCheckBox(word[:1].upper() + word[1:], self)
            box.setChecked(True)
            box.setToolTip(translate("review", "Show uses in the {band} band").format(band=word))
            box.setAccessibleName(translate("review", "Show {band} uses").format(band=word))
            box.toggled.connect(self._bands_changed)
            bar.addWidget(box)
            self.band_boxes[band] = box
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(
            translate("review", "Filter by category, purpose, subject, recipient or rule…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(translate("review", "Filter uses"))
        self.filter.setToolTip(
            translate("review", "Show only the uses whose ids contain every word typed"))
        self.filter.textChanged.connect(self._text_changed)
        bar.addWidget(self.filter, 1)
        self.count = QLabel(self)
        self.count.setAccessibleName(translate("review", "Number of uses shown"))
        bar.addWidget(self.count)
        layout.addLayout(bar)
        self.splitter = splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.table = QTableView(splitter)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(SCORE, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(translate("review", "Allowed uses"))
        self.table.setTabKeyNavigation(False)  # arrows move between cells; Tab moves on
        self.table.setToolTip(translate(
            "review", "Every allowed use, most intrusive first; select one for details"))
        header = self.table.horizontalHeader()  # every column in sight, names share the room
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for column in (SCORE, BAND, CONSENT):  # short words, shown whole
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().currentRowChanged.connect(self._show_current)
        self.details = _Details(self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        self.details.setMinimumWidth(220)
        layout.addWidget(splitter, 1)
        self.setFocusProxy(self.table)
        self.runner.finished.connect(self._show_uses)
        self.runner.started.connect(self._scoring)
        self.runner.failed.connect(lambda why: self.count.setText(f"Review failed: {why}"))
        self.details.remedyChosen.connect(self.apply)
        self.details.rule_button.clicked.connect(self._reveal_rule)
        self.details.show_use(None, [], None)
        self._update_count()

    # -- data --------------------------------------------------------------------------------
    def current_use(self) -> Use | None:
        """The selected use."""
        index = self.table.currentIndex()
        return index.data(UseRole) if index.isValid() else None

    def select_use(self, key: tuple) -> bool:
        """Select the row of the use with ``key`` (see :func:`use_key`)."""
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if use_key(index.data(UseRole)) == key:
                self.table.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows)
                self.table.scrollTo(index)
                return True
        return False

    def _show_uses(self, uses: list[Use]) -> None:
        current = self.current_use()
        self.model.set_uses(uses, policy_names(self.bridge.policy))
        if current is None or not self.select_use(use_key(current)):
            self.details.show_use(None, [], self.model.names, empty=not uses)
        self._update_count()

    def _scoring(self) -> None:
        self.count.setText(translate("review", "Reviewing…"))
        if not self.model.uses:
            self.details.title.setText(
                translate("review", "Scoring every allowed use of the policy…"))

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Details beside the table when there is room for both, else below it."""
        super().resizeEvent(event)
        narrow = event.size().width() < NARROW
        orientation = Qt.Orientation.Vertical if narrow else Qt.Orientation.Horizontal
        if orientation != self.splitter.orientation():
            self.splitter.setOrientation(orientation)
            whole = self.height() if narrow else self.width()
            self.splitter.setSizes([whole * 2 // 3, whole // 3])

    def _show_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        use = current.data(UseRole) if current.isValid() else None
        offered = remedies(self.bridge.policy, use, default_weights()) if use else []
        self.details.show_use(use, offered, self.model.names, empty=not self.model.uses)

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count.setText(
            translate("review", "{shown} of %n uses", None, total).format(shown=shown)
            if shown != total else translate("review", "%n uses", None, total))

    # -- behaviour ---------------------------------------------------------------------------
    def _bands_changed(self) -> None:
        self.proxy.set_bands({b for b, box in self.band_boxes.items() if box.isChecked()})
        self._update_count()

    def _text_changed(self, text: str) -> None:
        self.proxy.set_text(text)
        self._update_count()

    def apply(self, remedy: Remedy) -> None:
        """Make the change ``remedy`` offers, as one undo step."""
        try:
            self.bridge.apply(remedy.edit, remedy.title)
        except EditError as exc:
            self.details.status.setText(
                translate("review", "Not changed: {error}").format(error=exc))

    def _reveal_rule(self) -> None:
        use = self.current_use()
        if use is not None:
            self.revealRequested.emit(RULES, use.rule)

    def showEvent(self, event: QShowEvent) -> None:
        """Show the review; the runner reviews again now if edits came while it was hidden."""
        super().showEvent(event)
        self.runner.set_active(True)

    def hideEvent(self, event: QHideEvent) -> None:
        """Hide the review; the runner then waits until it is shown to review again."""
        super().hideEvent(event)
        self.runner.set_active(False)


class _Details(QWidget):
    """The selected use: its factors with points and the changes that would lower it."""

    remedyChosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("review", "Use details"))
        layout = QVBoxLayout(self)
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.title.setAccessibleName(translate("review", "Selected use"))
        layout.addWidget(self.title)
        self.factors = QLabel(self)
        self.factors.setAccessibleName(translate("review", "Factors"))
        self.factors.setTextFormat(Qt.TextFormat.RichText)
        self.factors.setWordWrap(True)
        layout.addWidget(self.factors)
        self.rule_button = QPushButton(icon("rule-allow"), "", self)
        self.rule_button.setAccessibleName(translate("review", "Show the rule"))
        layout.addWidget(self.rule_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.remedy_title = QLabel(
            "<b>" + translate("review", "Lower the score") + "</b>", self)
        layout.addWidget(self.remedy_title)
        self.remedy_box = QVBoxLayout()
        layout.addLayout(self.remedy_box)
        self.buttons: list[QPushButton] = []
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        layout.addStretch(1)

    def show_use(self, use: Use | None, offered: list[Remedy], names: Names | None = None,
                 empty: bool = False) -> None:
        """Show ``use`` and the ``offered`` changes (nothing when None).

        ``names`` gives the items' names; ``empty`` says the policy allows no use at all.
        """
        for button in self.buttons:
            self.remedy_box.removeWidget(button)
            button.hide()
            button.setParent(None)  # type: ignore[call-overload]
        self.buttons = []
        self.status.setText("")
        visible = use is not None
        for widget in (self.factors, self.rule_button, self.remedy_title):
            widget.setVisible(visible)
        if use is None:
            self.title.setText(translate("review", EMPTY) if empty else translate(
                "review", "Select a use to see why it scores as it does and how to lower it."))
            return
        names = names or {}
        who = (translate("review", " about {subject}").format(
            subject=names.get(("subjects", use.subject)) or use.subject) if use.subject else "")
        to = (translate("review", ", shared with {recipient}").format(
            recipient=recipient_shown(use.recipient)) if use.recipient else "")
        category = names.get(("categories", use.category)) or use.category
        purpose = names.get(("purposes", use.purpose)) or use.purpose
        self.title.setText(
            translate("review", "<b>{category}</b> for <b>{purpose}</b>").format(
                category=escape(category), purpose=escape(purpose))
            + f"{escape(who)}{escape(to)}<br>"
            + translate("review", "Score {score} ({band})").format(
                score=f"{use.score.value:g}", band=escape(band_label(use.score.band))))
        rows = "".join(f"<tr><td>{escape(f.label)}</td><td align='right'>&nbsp;&nbsp;"
                       f"{f.points:+g}</td></tr>" for f in use.score.factors)
        total = escape(translate("review", "total"))
        self.factors.setText(f"<table>{rows}<tr><td><b>{total}</b></td><td align='right'><b>"
                             f"{use.score.value:g}</b></td></tr></table>")
        more = (translate("review", " (and {count} more)").format(count=len(use.rules) - 1)
                if len(use.rules) > 1 else "")
        words = one_line(names.get((RULES, use.rule)) or use.rule, RULE_WORDS)
        self.rule_button.setText(
            translate("review", "Allowed by: {rule}").format(rule=words) + more)
        self.rule_button.setToolTip(
            translate("review", "Show the rule '{rule}' in the editor").format(rule=use.rule)
            + (translate("review", "; also allowed by {rules}").format(
                rules=", ".join(use.rules[1:])) if more else ""))
        if not offered:
            self.status.setText(
                translate("review", "No change offered here would lower this score."))
        for remedy in offered:
            button = QPushButton(f"{remedy.title}  →  {remedy.score:g} "
                                 f"({band_label(remedy.band)})", self)
            button.setToolTip(remedy.tip + translate("review", " One step to undo (Ctrl+Z)."))
            button.setAccessibleName(remedy.title)
            button.setProperty("remedy_kind", remedy.kind)
            button.clicked.connect(lambda _c=False, r=remedy: self.remedyChosen.emit(r))
            self.remedy_box.addWidget(button)
            self.buttons.append(button)
