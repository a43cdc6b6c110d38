"""Names and descriptions for assistive technology, given the same way everywhere.

A screen reader announces a control by its accessible name and then its description. Qt takes
a button's name from its text, but an input's name only from what is set: a label beside it
(even its buddy) is not read by every platform's bridge. :func:`name` sets both;
:func:`names_from_labels` names the inputs of a form from their buddy labels.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QLabel, QWidget

W = TypeVar("W", bound=QWidget)


def label_words(text: str) -> str:
    """A label's words as a name: without the mnemonic ampersand and the trailing colon."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip().rstrip(":")


def name(widget: W, words: str, description: str = "") -> W:
    """Give ``widget`` its accessible name and (when given) description; returns it."""
    widget.setAccessibleName(words)
    if description:
        widget.setAccessibleDescription(description)
    return widget


def names_from_labels(root: QWidget) -> None:
    """Name every labelled input under ``root`` that has no name yet, from its buddy label.

    The description, when the input has none, is the input's tooltip, else the label's.
    """
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is None:
            continue
        if not buddy.accessibleName():
            buddy.setAccessibleName(label_words(label.text()))
        if not buddy.accessibleDescription():
            buddy.setAccessibleDescription(buddy.toolTip() or label.toolTip())
