"""Which editor class edits which section."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def editor_class(section: str) -> type[QWidget] | None:
    """The editor for ``section`` ("policy" for the metadata), or None."""
    try:
        from app.ui.editors import forms
    except ImportError:  # editors not available yet
        return None
    return forms.EDITORS.get(section)
