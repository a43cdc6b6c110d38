"""Small dialogs: About."""

from __future__ import annotations

from PySide6 import __version__ as pyside_version
from PySide6.QtWidgets import QMessageBox, QWidget

from app import __version__


def show_about(parent: QWidget) -> None:
    """The About box with the version."""
    QMessageBox.about(
        parent,
        "About Policy Studio",
        f"<h3>Policy Studio {__version__}</h3>"
        "<p>Compose, validate, explain and export data-use policies: which personal data "
        "may be used for which purposes, under which legal basis and consent, shared with "
        "whom, and kept for how long.</p>"
        f"<p>Qt for Python {pyside_version}</p>",
    )
