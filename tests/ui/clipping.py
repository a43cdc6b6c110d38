"""Words that do not fit their widget: the check behind the clipped-labels tests.

:func:`clipped` lists every visible widget under a window whose text is cut off: a label
without word wrap wider than its room (or a wrapped one taller than its room), a button
narrower than it asks to be, a tab or a header section narrower than its words, a group box
narrower than its title, a combo box narrower than its current text, and any of these cut by
an ancestor that does not scroll. Widgets the application shortens on purpose (marked by
:mod:`app.ui.elided`, with the full words in the tooltip) are left alone.
"""

from __future__ import annotations

import time
from collections.abc import Iterator

from PySide6.QtCore import QEvent, QRect, Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QWidget,
)

from app.ui.elided import elided_on_purpose
from app.ui.screenshots import settle

SLACK = 1
"""Pixels of rounding forgiven."""


def where(widget: QWidget) -> str:
    """A widget and a few ancestors, for a failure message."""
    chain = []
    while widget is not None and len(chain) < 4:
        name = widget.objectName() or widget.accessibleName()
        chain.append(f"{type(widget).__name__}({name[:30]})" if name else type(widget).__name__)
        widget = widget.parentWidget()
    return " < ".join(chain)


def words(text: str) -> str:
    """A text as shown: the mnemonic ampersand gone."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def text_width(widget: QWidget, text: str) -> int:
    """The widest line of ``text`` in ``widget``'s font."""
    metrics = widget.fontMetrics()
    return max((metrics.horizontalAdvance(line) for line in text.splitlines()), default=0)


def label_fault(label: QLabel) -> str:
    """Why ``label``'s text does not fit, or ''."""
    text = label.text()
    if not text.strip() or (label.pixmap() is not None and not label.pixmap().isNull()):
        return ""
    room = label.contentsRect().adjusted(label.margin(), label.margin(),
                                         -label.margin(), -label.margin())
    indent = max(label.indent(), 0)
    if label.wordWrap():
        need = label.heightForWidth(label.width())
        return f"needs {need} px high, has {label.height()}" if need > label.height() + SLACK \
            else ""
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text))
    if rich:
        document = QTextDocument()
        document.setDefaultFont(label.font())
        document.setDocumentMargin(0)
        document.setHtml(text)
        need = int(document.idealWidth() + 0.999)
    else:
        need = text_width(label, words(text) if label.buddy() is not None else text)
    room_width = room.width() - indent
    return f"needs {need} px, has {room_width}" if need > room_width + SLACK else ""


def button_fault(button: QAbstractButton) -> str:
    if not button.text().strip():
        return ""
    need = button.sizeHint().width()
    return f"needs {need} px, has {button.width()}" if need > button.width() + SLACK else ""


def group_fault(group: QGroupBox) -> str:
    if not group.title().strip():
        return ""
    style = group.style()
    need = text_width(group, words(group.title())) + 2 * style.pixelMetric(
        QStyle.PixelMetric.PM_LayoutLeftMargin, None, group)
    if group.isCheckable():
        need += style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, group) + 6
    return f"title needs {need} px, has {group.width()}" if need > group.width() + SLACK else ""


def combo_fault(combo: QComboBox) -> str:
    if combo.isEditable() or not combo.currentText().strip():
        return ""
    option = QStyleOptionComboBox()
    option.initFrom(combo)
    option.editable = False
    option.frame = combo.hasFrame()
    option.subControls = QStyle.SubControl.SC_All
    field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                         QStyle.SubControl.SC_ComboBoxEditField, combo)
    need = text_width(combo, combo.currentText())
    if not combo.itemIcon(combo.currentIndex()).isNull():
        need += combo.iconSize().width() + 4
    return f"“{combo.currentText()}” needs {need} px, has {field.width()}" \
        if need > field.width() + SLACK else ""


def tab_faults(bar: QTabBar) -> list[str]:
    style = bar.style()
    vertical = bar.shape() in (QTabBar.Shape.RoundedWest, QTabBar.Shape.RoundedEast,
                               QTabBar.Shape.TriangularWest, QTabBar.Shape.TriangularEast)
    space = style.pixelMetric(QStyle.PixelMetric.PM_TabBarTabHSpace, None, bar)
    found = []
    for index in range(bar.count()):
        if not bar.isTabVisible(index) or not bar.tabText(index).strip():
            continue
        if bar.tabToolTip(index) and bar.elideMode() != Qt.TextElideMode.ElideNone:
            continue  # shortened on purpose, the tooltip says all
        need = text_width(bar, words(bar.tabText(index))) + space
        if not bar.tabIcon(index).isNull():
            need += bar.iconSize().width() + 4
        for side in (QTabBar.ButtonPosition.LeftSide, QTabBar.ButtonPosition.RightSide):
            button = bar.tabButton(index, side)
            if button is not None:
                need += button.sizeHint().width()
        rect = bar.tabRect(index)
        has = rect.height() if vertical else rect.width()
        if need > has + SLACK:
            found.append(f"tab “{bar.tabText(index)}” needs {need} px, has {has}")
    return found


def header_faults(header: QHeaderView) -> list[str]:
    model = header.model()
    if model is None:
        return []
    style = header.style()
    margin = 2 * style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    horizontal = header.orientation() == Qt.Orientation.Horizontal
    count = model.columnCount() if horizontal else model.rowCount()
    found = []
    for section in range(min(count, 200)):
        if header.isSectionHidden(section):
            continue
        text = model.headerData(section, header.orientation(), Qt.ItemDataRole.DisplayRole)
        tip = model.headerData(section, header.orientation(), Qt.ItemDataRole.ToolTipRole)
        if not isinstance(text, str) or not text.strip() or tip:
            continue
        need = text_width(header, text) + margin
        if header.isSortIndicatorShown() and header.sortIndicatorSection() == section:
            need += style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
        has = header.sectionSize(section) if horizontal else header.width()
        if need > has + SLACK:
            found.append(f"section “{text}” needs {need} px, has {has}")
    return found


def cut_by_ancestor(widget: QWidget) -> str:
    """Which ancestor (up to a scrolling viewport or the window) cuts ``widget`` off, or ''."""
    rect = QRect(widget.rect())
    child, parent = widget, widget.parentWidget()
    while parent is not None and not child.isWindow():
        rect.translate(child.pos())
        scrolls = isinstance(parent.parentWidget(), QAbstractScrollArea) and \
            parent is parent.parentWidget().viewport()
        if scrolls:
            return ""
        if not parent.rect().contains(rect) and rect.intersects(parent.rect()):
            return f"cut by {type(parent).__name__}({parent.objectName()})"
        child, parent = parent, parent.parentWidget()
    return ""


def fault(widget: QWidget) -> list[str]:
    """Why the words of ``widget`` do not fit, if they do not."""
    if isinstance(widget, QLabel):
        found = [label_fault(widget)]
    elif isinstance(widget, QAbstractButton) and widget.parentWidget() is not None and \
            not isinstance(widget.parentWidget(), QTabBar):
        found = [button_fault(widget)]
    elif isinstance(widget, QGroupBox):
        found = [group_fault(widget)]
    elif isinstance(widget, QComboBox):
        found = [combo_fault(widget)]
    elif isinstance(widget, QTabBar):
        found = tab_faults(widget)
    elif isinstance(widget, QHeaderView):
        found = header_faults(widget)
    else:
        return []
    found = [f for f in found if f]
    has_words = isinstance(widget, (QLabel, QAbstractButton, QGroupBox)) and bool(
        (widget.title() if isinstance(widget, QGroupBox) else widget.text()).strip())
    if has_words and not found:
        cut = cut_by_ancestor(widget)
        if cut:
            found.append(cut)
    return found


def shown(top: QWidget) -> Iterator[QWidget]:
    """``top`` and the widgets under it that are shown (hidden branches are not entered)."""
    if not top.isVisible():
        return
    yield top
    for child in top.children():
        if isinstance(child, QWidget) and not child.isWindow():
            yield from shown(child)


def lasting(window: QWidget, place: str, seen: set[str], tries: int = 3) -> list[str]:
    """:func:`clipped`, but only the faults still there once the window has settled again,
    ``tries`` times (a form just filled can be a layout pass behind, more on a loaded
    machine; the user never sees that state)."""
    for _ in range(tries):
        if not clipped(window, place, set(seen)):
            return []
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        settle(window)
        time.sleep(0.05)
        settle(window)
    return clipped(window, place, seen)


def clipped(top: QWidget, place: str, seen: set[str]) -> list[str]:
    """Each visible widget under ``top`` whose words are cut off, once per fault."""
    found = []
    for widget in shown(top):
        if widget.width() <= 0 or widget.height() <= 0 or elided_on_purpose(widget):
            continue
        for why in fault(widget):
            line = f"{where(widget)}: {why}"
            if line not in seen:
                seen.add(line)
                found.append(f"{place}: {line}")
    return found

