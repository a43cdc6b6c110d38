"""Which editor class edits which section."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.ui.editors import forms


def editor_class(section: str) -> type[QWidget] | None:
    """The editor for ``section`` ("policy" for the metadata), or None."""
    return forms.EDITORS.get(section)
