"""Lists of ids shown as removable chips, and a free tag editor (regions)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, QRect, QSize, QStringListModel, Qt
from PySide6.QtWidgets import (
    QCompleter,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QLineEdit,
    QToolButton,
    QWidget,
)

from app.domain import ids
from app.domain.i18n import translate
from app.ui.editors.fields import FieldEditor, error_colour, in_sentence


class FlowLayout(QLayout):
    """Lays widgets out left to right and wraps them onto new lines, like words."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._gap = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        """Take ownership of ``item``, placed after the others."""
        self._items.append(item)

    def count(self) -> int:
        """The number of items laid out."""
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        """The item at ``index``, or None past the end."""
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        """Remove and return the item at ``index`` (None past the end)."""
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        """Neither direction: the chips take only the room they need."""
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        """True: the height depends on the width the chips wrap in."""
        return True

    def heightForWidth(self, width: int) -> int:
        """The height the chips need when wrapped in ``width``."""
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        """Lay the chips out in ``rect``, wrapping onto new lines."""
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        """The minimum size (the layout wraps rather than grows)."""
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        """Large enough for the largest chip."""
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return size

    def _arrange(self, rect: QRect, move: bool) -> int:
        lines: list[list[tuple[QLayoutItem, QSize]]] = [[]]
        x = rect.x()
        for item in self._items:
            if item.widget() is not None and item.widget().isHidden():
                continue
            hint = item.sizeHint()
            if x + hint.width() > rect.right() + 1 and lines[-1]:
                lines.append([])
                x = rect.x()
            lines[-1].append((item, hint))
            x += hint.width() + self._gap
        y = rect.y()
        for line in lines:
            height = max((hint.height() for _item, hint in line), default=0)
            x = rect.x()
            for item, hint in line:
                if move:
                    offset = (height - hint.height()) // 2
                    item.setGeometry(QRect(QPoint(x, y + offset), hint))
                x += hint.width() + self._gap
            y += height + self._gap
        return max(y - self._gap - rect.y(), 0)


class Chip(QFrame):
    """One value with a remove button."""

    def __init__(self, text: str, value: str, tip: str, owner: str, *, warning: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.value = value
        self.setObjectName("chip")
        border = error_colour(self) if warning else "palette(mid)"
        self.setStyleSheet(
            f"QFrame#chip {{ border: 1px solid {border}; border-radius: 11px;"
            " background: palette(base); }")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 2, 3, 2)
        layout.setSpacing(2)
        self.label = QLabel(("⚠ " if warning else "") + text, self)
        self.label.setToolTip(tip)
        layout.addWidget(self.label)
        self.remove_button = QToolButton(self)
        self.remove_button.setText("✕")
        self.remove_button.setAutoRaise(True)
        self.remove_button.setAccessibleName(
            translate("editor", "Remove {value} from {field}").format(value=value, field=owner))
        self.remove_button.setToolTip(translate("editor", "Remove {value}").format(value=value))
        self.remove_button.setCursor(Qt.CursorShape.PointingHandCursor)
        layout.addWidget(self.remove_button)
        self.setAccessibleName(text)
        self.setToolTip(tip)


class ChipsField(FieldEditor):
    """A list of ids as chips; subclasses add the way to add more."""

    def __init__(self, label_text: str, tip: str = "", *, empty_text: str = "",
                 parent: QWidget | None = None) -> None:
        """``empty_text`` is shown when there are no values (default: "none")."""
        super().__init__(label_text, tip, parent)
        self.values: list[str] = []
        self.chips: list[Chip] = []
        self.chip_area = QWidget(self)
        self.flow = FlowLayout(self.chip_area)
        self.empty_label = QLabel(empty_text or translate("editor", "none"), self.chip_area)
        self.empty_label.setEnabled(False)
        self.empty_label.setContentsMargins(0, 0, 6, 0)
        self.flow.addWidget(self.empty_label)
        self.control_box = QWidget(self.chip_area)
        self.controls = QHBoxLayout(self.control_box)
        self.controls.setContentsMargins(0, 0, 0, 0)
        self.controls.setSpacing(6)
        self.flow.addWidget(self.control_box)
        self.body.addWidget(self.chip_area, 1)

    def chip_text(self, value: str) -> tuple[str, str, bool]:
        """(text, tooltip, warning) for one value."""
        return value, value, False

    def _show(self, value: Any) -> None:
        self.values = list(value or [])
        for chip in self.chips:
            self.flow.removeWidget(chip)
            chip.hide()  # out of sight and of the layout now, not when the loop deletes it
            chip.deleteLater()
        self.chips = []
        for item in self.values:
            text, tip, warning = self.chip_text(item)
            chip = Chip(text, item, tip, self.label_text, warning=warning, parent=self.chip_area)
            chip.remove_button.clicked.connect(lambda _c=False, v=item: self.remove(v))
            # Shown now: Qt would show it from the event loop, after the form has measured
            # the lines of chips without it (the flow skips hidden widgets) and kept that.
            chip.show()
            self.flow.addWidget(chip)
            self.chips.append(chip)
        self.flow.removeWidget(self.control_box)
        self.flow.addWidget(self.control_box)
        self.empty_label.setVisible(not self.values)
        self.chip_area.updateGeometry()
        # The field's height for its width changes with its lines of chips while its size
        # hints need not: without this the form keeps the old height and cuts a line off.
        self.updateGeometry()

    def remove(self, value: str) -> None:
        """Ask for the list without ``value``."""
        self.emit([v for v in self.values if v != value])

    def add(self, new_values: list[str]) -> None:
        """Ask for the list with ``new_values`` appended (repeats are skipped)."""
        wanted = self.values + [v for v in dict.fromkeys(new_values) if v not in self.values]
        if wanted != self.values:
            self.emit(wanted)

    def focus_input(self, index: int | None = None) -> QWidget | None:
        """Focus the remove button of chip ``index``, or the entry when no chip is meant."""
        if index is not None and 0 <= index < len(self.chips):
            target: QWidget = self.chips[index].remove_button
            target.setFocus(Qt.FocusReason.OtherFocusReason)
            return target
        return super().focus_input(index)


class TagField(ChipsField):
    """Free ids typed by the person (regions): type one and press Enter to add it."""

    keeps_bad_input = True

    def __init__(self, label_text: str, tip: str = "", *, empty_text: str = "",
                 placeholder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(label_text, tip, empty_text=empty_text, parent=parent)
        self.entry = QLineEdit(self)
        self.entry.setPlaceholderText(placeholder or translate("editor", "Add…"))
        self.entry.setMinimumWidth(220)
        self.describe(self.entry,
                      translate("editor", "Add to {field}").format(field=in_sentence(label_text)),
                      translate("editor", "{help}\nType an id (lowercase letters, digits, _ and "
                                "dots) and press Enter.").format(help=tip).strip())
        self.suggestions = QStringListModel(self)
        completer = QCompleter(self.suggestions, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.entry.setCompleter(completer)
        self.controls.addWidget(self.entry)
        self.entry.returnPressed.connect(self._enter)
        self.entry.textEdited.connect(lambda _t: self.clear_error())

    def inputs(self) -> list[QWidget]:
        """The text entry new tags are typed in."""
        return [self.entry]

    def set_suggestions(self, values: list[str]) -> None:
        """Values offered while typing (e.g. regions used elsewhere in the policy)."""
        self.suggestions.setStringList(values)

    def parse(self, text: str) -> str:
        """The value typed ``text`` stands for (subclasses may translate names)."""
        return text

    def problem(self, value: str) -> str | None:
        """Why ``value`` cannot be added, or None."""
        if not ids.is_valid_id(value):
            return translate("editor", "'{id}' is not a valid id: use lowercase letters, "
                             "digits, _ and dots, e.g. eu or us.ca").format(id=value)
        return None

    def _enter(self) -> None:
        text = self.entry.text().strip()
        if not text:
            return
        value = self.parse(text)
        problem = self.problem(value)
        if problem is None and value in self.values:
            problem = translate("editor", "'{id}' is already in the list").format(id=value)
        if problem:
            self.show_error(problem)
            return
        self.entry.clear()
        self.add([value])

    def _mark(self, bad: bool) -> None:
        self.entry.setStyleSheet(
            f"QLineEdit {{ border: 1px solid {error_colour(self)}; border-radius: 3px;"
            " padding: 2px; }" if bad else "")
