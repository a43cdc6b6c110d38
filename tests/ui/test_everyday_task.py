"""The everyday task, done the way a person does it and counted.

Starting from the blank template (``policy-studio new``), add 3 data categories, 2 purposes, a
subject, a recipient, 2 allow rules, a deny rule and a retention rule (all named; the rules
with their categories, purposes and recipient chosen; the retention rule with a duration),
then save, and read the file back with the loader.

Every step is a real mouse or key event sent to the real widget (``qtbot.mouseClick``,
``qtbot.keyClick``, ``qtbot.keyClicks``); no slot is called directly. The :class:`Hands`
wrapper counts them:

- **clicks**: mouse clicks (a double-click counts as two);
- **keys**: presses of keys that are not text: Enter, Tab, arrows, Esc and shortcuts such as
  Ctrl+S (a chord counts as one press). This is the kind of key press the baseline of 124
  clicks and 61 key presses counted (the names alone are far more than 61 characters);
- **characters**: text typed (names, filter words, numbers), one per character, reported
  separately.

The test asserts at most half the baseline: 62 clicks and 30 keys, and prints the counts.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from app.cli import main as cli_main
from app.storage.loader import load_file
from app.ui.add_item_dialog import AddItemDialog
from app.ui.app import open_window
from app.ui.editors.pickers import PickerDialog
from app.ui.main_window import MainWindow

BASELINE_CLICKS, BASELINE_KEYS = 124, 61


class Hands:
    """Sends real input events to widgets and counts them."""

    def __init__(self, qtbot) -> None:  # type: ignore[no-untyped-def]
        self.qtbot = qtbot
        self.clicks = self.keys = self.characters = 0

    def click(self, widget: QWidget, pos: QPoint | None = None) -> None:
        """One left click (at ``pos``, else the centre)."""
        self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos or widget.rect().center())
        self.clicks += 1

    def double_click(self, widget: QWidget, pos: QPoint | None = None) -> None:
        """A double-click: two clicks."""
        self.qtbot.mouseDClick(widget, Qt.MouseButton.LeftButton, pos=pos or widget.rect().center())
        self.clicks += 2

    def key(self, widget: QWidget, key: Qt.Key,
            modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        """One press of a key that is not text (or a shortcut chord)."""
        self.qtbot.keyClick(widget, key, modifiers)
        self.keys += 1

    def type(self, widget: QWidget, text: str) -> None:
        """Type ``text``: one key press per character."""
        self.qtbot.keyClicks(widget, text)
        self.characters += len(text)


def focused(window: MainWindow, qtbot) -> QWidget:  # type: ignore[no-untyped-def]
    """The widget with the keyboard focus.

    The offscreen platform has no window manager to hand the activation back to the window
    when a dialog closes; the test does that (it is not input, and is not counted).
    """
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    return QApplication.focusWidget()


def visible(window: MainWindow, kind: type) -> QWidget:
    """The one dialog of ``kind`` open over the window."""
    found = [d for d in window.findChildren(kind) if d.isVisible()]
    assert len(found) == 1, found
    return found[0]


class Task:
    """The steps of the task, each through :class:`Hands`."""

    def __init__(self, window: MainWindow, hands: Hands, qtbot) -> None:  # type: ignore[no-untyped-def]
        self.window, self.hands, self.qtbot = window, hands, qtbot

    def open_section(self, section: str) -> None:
        """Click the section's row in the navigator."""
        nav = self.window.navigator
        index = nav.proxy.mapFromSource(nav.model.index_for(section))
        self.hands.click(nav.tree.viewport(), nav.tree.visualRect(index).center())
        assert nav.current()[0] == section

    def add(self, name: str) -> None:
        """Add button on the toolbar, type the name, Enter."""
        button = self.window.toolbar.widgetForAction(self.window.add_action)
        self.hands.click(button)
        dialog = visible(self.window, AddItemDialog)
        self.qtbot.waitUntil(dialog.name.hasFocus)
        self.hands.type(dialog.name, name)
        self.hands.key(dialog.name, Qt.Key.Key_Return)
        self.qtbot.waitUntil(lambda: not dialog.isVisible())

    def pick(self, field: str, words: str) -> None:
        """Click the field's Add… button, type words of the name, Enter chooses."""
        editor = self.window.editors.current_editor()
        self.hands.click(editor.fields[(field,)].add_button)  # type: ignore[union-attr]
        picker = visible(self.window, PickerDialog)
        self.qtbot.waitUntil(picker.filter.hasFocus)
        self.hands.type(picker.filter, words)
        self.hands.key(picker.filter, Qt.Key.Key_Return)
        self.qtbot.waitUntil(lambda: not picker.isVisible())

    def set_years(self, years: int) -> None:
        """Double-click the amount of the period, type the number, Enter."""
        editor = self.window.editors.current_editor()
        amount = editor.fields[("duration",)].amount  # type: ignore[union-attr]
        text = amount.findChild(QLineEdit)
        self.hands.double_click(text)
        self.hands.type(text, str(years))
        self.hands.key(text, Qt.Key.Key_Return)


def test_the_everyday_task_takes_at_most_half_the_clicks_and_keys(qtbot, tmp_path: Path,
                                                                  capsys) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "shop.policy.yaml"
    assert cli_main(["new", "--template", "blank", "-o", str(path)]) == 0
    window = open_window(str(path))
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    hands = Hands(qtbot)
    task = Task(window, hands, qtbot)

    task.open_section("categories")
    for name in ("Email address", "Postal address", "Payment card"):
        task.add(name)
    task.open_section("purposes")
    for name in ("Order fulfilment", "Marketing"):
        task.add(name)
    task.open_section("subjects")
    task.add("Customers")
    task.open_section("recipients")
    task.add("Courier")

    task.open_section("rules")
    task.add("Deliver orders")
    task.pick("categories", "postal")
    task.pick("categories", "email")
    task.pick("purposes", "order")
    task.pick("recipients", "courier")
    task.add("Newsletter")
    task.pick("categories", "email")
    task.pick("purposes", "marketing")
    task.add("No card data for marketing")
    hands.key(focused(window, qtbot), Qt.Key.Key_Down)  # the focus is on the effect: allow -> deny
    task.pick("categories", "card")
    task.pick("purposes", "marketing")

    task.open_section("retention")
    task.add("Order records")
    task.pick("categories", "postal")
    task.set_years(6)

    hands.key(focused(window, qtbot), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.bridge.modified, timeout=10_000)

    policy = load_file(str(path)).policy
    names = {section: {item.id: getattr(item, "name", "") for item in getattr(policy, section)}
             for section in ("categories", "purposes", "subjects", "recipients")}
    assert names == {
        "categories": {"email_address": "Email address", "postal_address": "Postal address",
                       "payment_card": "Payment card"},
        "purposes": {"order_fulfilment": "Order fulfilment", "marketing": "Marketing"},
        "subjects": {"customers": "Customers"},
        "recipients": {"courier": "Courier"}}
    rules = {r.id: (str(r.effect), r.categories, r.purposes, r.recipients, r.description)
             for r in policy.rules}
    assert rules == {
        "deliver_orders": ("allow", ["postal_address", "email_address"], ["order_fulfilment"],
                           ["courier"], "Deliver orders"),
        "newsletter": ("allow", ["email_address"], ["marketing"], [], "Newsletter"),
        "no_card_data_for_marketing": ("deny", ["payment_card"], ["marketing"], [],
                                       "No card data for marketing")}
    [retention] = policy.retention
    assert (retention.id, retention.categories, str(retention.duration),
            retention.description) == ("order_records", ["postal_address"], "P6Y",
                                       "Order records")
    assert "# The kinds of personal data you hold" in path.read_text()  # comments kept

    with capsys.disabled():
        print(f"\neveryday task: {hands.clicks} clicks, {hands.keys} key presses (not text), "
              f"{hands.characters} characters typed; baseline {BASELINE_CLICKS} clicks, "
              f"{BASELINE_KEYS} key presses")
    assert hands.clicks <= BASELINE_CLICKS // 2
    assert hands.keys <= BASELINE_KEYS // 2
