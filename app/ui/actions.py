"""Building actions the same way everywhere: icon, standard shortcut, tooltip with the keys."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from app.ui.icons import icon


def make_action(parent: QWidget, text: str, icon_name: str | None = None,
                shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
                tip: str | None = None) -> QAction:
    """An action with icon, shortcut and a tooltip that mentions the shortcut."""
    action = QAction(text, parent)
    if icon_name:
        action.setIcon(icon(icon_name))
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    plain = text.replace("&", "").rstrip(".")
    keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    action.setToolTip(f"{tip or plain} ({keys})" if keys else (tip or plain))
    action.setStatusTip(tip or plain)
    return action


def ensure_mnemonics(menu: QMenu) -> None:
    """Give every entry of ``menu`` (and its submenus) without an Alt-key letter a free one.

    The first letter of a word is preferred, then any letter; entries that have one keep it.
    """
    entries = [a for a in menu.actions() if not a.isSeparator() and a.text()]
    used = {a.text()[a.text().index("&") + 1].lower() for a in entries
            if "&" in a.text() and a.text().index("&") + 1 < len(a.text())}
    for action in entries:
        text = action.text()
        if "&" not in text:
            starts = [i for i, c in enumerate(text)
                      if c.isalnum() and (i == 0 or text[i - 1] == " ")]
            others = [i for i, c in enumerate(text) if c.isalnum()]
            free = next((i for i in starts + others if text[i].lower() not in used), None)
            if free is not None:
                used.add(text[free].lower())
                action.setText(f"{text[:free]}&{text[free:]}")
        if action.menu() is not None:
            ensure_mnemonics(action.menu())
